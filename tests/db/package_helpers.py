"""Vehicles with packages, and orders that use them, through the services as the shop would."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import timedelta

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.order_rules import LabourLineInput, PartsLineInput
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.vocabulary import QcLevel
from dealerdesk.services.orders import work_orders
from dealerdesk.services.packages import templates
from dealerdesk.services.qc import rounds as qc
from tests.db.qc_helpers import passing_answers
from tests.db.settlement_helpers import settle_in_full
from tests.helpers import PASSWORD, UserSet
from tests.order_samples import complete_order

FIVE_SERVICES = "五次保养 9/8/7/6/5折"
# Each visit reads more km than the last (a road test at delivery records its reading too).
_MILEAGE = itertools.count(42_000, 100)
PREPAID_OIL = "预存机油 8折 (5次×4L)"


def template_id(db: Database, name: str) -> int:
    return next(t.id for t in templates.list_templates(db) if t.terms.name == name)


def order_with(
    db: Database,
    people: UserSet,
    *,
    package_sale_id: int | None = None,
    voucher_id: int | None = None,
    mileage: int | None = None,
    vin: str | None = None,
) -> int:
    """An open order for the sample car: labour 300.00 and oil filter 88.00, both lines on the package/voucher."""
    data = complete_order(
        mileage=mileage if mileage is not None else next(_MILEAGE),
        technician_id=people.tech.id,
        checked_in_at=utcnow() - timedelta(hours=3),
        **({"vin": vin} if vin else {}),
    )
    data = replace(
        data,
        labour_lines=[LabourLineInput("常规保养", 100, 300_00, people.tech.id, package_sale_id, voucher_id)],
        parts_lines=[PartsLineInput("06L115562", "机油滤清器", 1000, 88_00, package_sale_id, voucher_id)],
    )
    return work_orders.open_order(db, people.advisor, data).id


def vehicle_of(db: Database, order_id: int) -> int:
    vehicle_id = work_orders.load_order(db, order_id).vehicle_id
    assert vehicle_id is not None
    return vehicle_id


def deliver(db: Database, people: UserSet, order_id: int) -> None:
    """Through the workshop, all four QC levels, settled in full, handed over."""
    make_ready(db, people, order_id)
    settle_in_full(db, people.advisor, order_id)
    qc.deliver(db, people.advisor, order_id)


def make_ready(db: Database, people: UserSet, order_id: int) -> None:
    """Through the workshop and all four QC levels: ready for settlement and delivery."""
    mileage = work_orders.load_order(db, order_id).mileage_in or 0
    work_orders.dispatch_to_workshop(db, people.advisor, order_id)
    view = qc.finish_work(db, people.tech, order_id)
    qc.sign_level(db, people.tech, view.id, 1, PASSWORD, passing_answers(view, QcLevel.SELF_CHECK))
    qc.sign_level(db, people.lead2, view.id, 2, PASSWORD, passing_answers(view, QcLevel.TEAM_LEAD))
    road = RoadTest(mileage + 10, mileage + 15)
    qc.sign_level(db, people.qc, view.id, 3, PASSWORD, passing_answers(view, QcLevel.FINAL), road)
    qc.handover_check(db, people.advisor, view.id, PASSWORD, passing_answers(view, QcLevel.HANDOVER))
