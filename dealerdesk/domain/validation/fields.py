"""Names of the work-order form fields that validation problems are attached to.

The form maps ``Problem.field`` to its widget, so these strings are a contract with
the UI and the services: change them only together.
"""

from __future__ import annotations

from typing import Final

CUSTOMER_MOBILE: Final = "customer_mobile"
CONTACT_MOBILE: Final = "contact_mobile"  # the person who brought the car, when not the owner
PLATE: Final = "plate"
VIN: Final = "vin"
MILEAGE_IN: Final = "mileage_in"
PROMISED_AT: Final = "promised_at"
ESTIMATE: Final = "estimate"
LABOUR_HOURS: Final = "labour_hours"
