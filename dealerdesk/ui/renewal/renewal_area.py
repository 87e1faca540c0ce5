"""The Renewals area (续保): one tab per part of the insurance desk.

Each tab is listed once in :func:`renewal_tabs` with the roles that see it (ui/widgets/tab_area.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dealerdesk.domain.roles import Role
from dealerdesk.services.renewal.common import CALL_ROLES, MANAGE_ROLES, VIEW_ROLES
from dealerdesk.services.renewal.policy_import import IMPORT_ROLES
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.widgets.tab_area import AreaTab, TabArea


def renewal_tabs() -> list[AreaTab]:
    return [
        AreaTab(
            "today",
            QCoreApplication.translate("RenewalArea", "&Today's calls"),
            CALL_ROLES,
            "dealerdesk.ui.renewal.today_page",
            "TodayPage",
        ),
        AreaTab(
            "plan",
            QCoreApplication.translate("RenewalArea", "Weekly &plan"),
            MANAGE_ROLES,
            "dealerdesk.ui.renewal.plan_page",
            "PlanPage",
        ),
        AreaTab(
            "policies",
            QCoreApplication.translate("RenewalArea", "Polic&y lists"),
            IMPORT_ROLES,
            "dealerdesk.ui.renewal.policies_page",
            "PoliciesPage",
        ),
        AreaTab(
            "losses",
            QCoreApplication.translate("RenewalArea", "Loss &analysis"),
            VIEW_ROLES,
            "dealerdesk.ui.renewal.losses_page",
            "LossAnalysisPage",
        ),
        AreaTab(
            "offers",
            QCoreApplication.translate("RenewalArea", "Hand-over offers && bonus &ledger"),
            (Role.MANAGER,),
            "dealerdesk.ui.renewal.bonus_page",
            "OfferBonusPage",
        ),
    ]


class RenewalArea(TabArea):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx, renewal_tabs(), "renewal")
