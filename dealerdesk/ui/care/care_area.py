"""The Customer care area (客户关怀): one tab per part of the desk.

Each tab is listed once in :func:`care_tabs` with the roles that see it (ui/widgets/tab_area.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dealerdesk.domain.roles import Role
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.widgets.tab_area import AreaTab, TabArea

# Who works the care desk itself; advisors see the area for the complaints they open at the counter.
CARE_DESK_ROLES = (Role.CUSTOMER_CARE, Role.MANAGER, Role.ADMIN)


CareTab = AreaTab


def care_tabs() -> list[CareTab]:
    return [
        CareTab(
            "calls",
            QCoreApplication.translate("CareArea", "Follow-&up calls"),
            CARE_DESK_ROLES,
            "dealerdesk.ui.care.call_list_page",
            "CallListPage",
        ),
        CareTab(
            "fixes",
            QCoreApplication.translate("CareArea", "Data to fi&x"),
            (*CARE_DESK_ROLES, Role.ADVISOR),
            "dealerdesk.ui.care.data_fixes_page",
            "DataFixesPage",
        ),
        CareTab(
            "vehicles",
            QCoreApplication.translate("CareArea", "Customer &base"),
            CARE_DESK_ROLES,
            "dealerdesk.ui.care.vehicles_page",
            "VehiclesPage",
        ),
        CareTab(
            "imports",
            QCoreApplication.translate("CareArea", "Sales &lists"),
            CARE_DESK_ROLES,
            "dealerdesk.ui.care.import_page",
            "ImportPage",
        ),
        CareTab(
            "satisfaction",
            QCoreApplication.translate("CareArea", "Satisfaction && complaints"),
            tuple(Role),
            "dealerdesk.ui.review.customer_care_page",
            "CustomerCarePage",
        ),
        CareTab(
            "figures",
            QCoreApplication.translate("CareArea", "Month's &key figures"),
            CARE_DESK_ROLES,
            "dealerdesk.ui.care.figures_page",
            "FiguresPage",
        ),
        CareTab(
            "segments",
            QCoreApplication.translate("CareArea", "Se&gments"),
            CARE_DESK_ROLES,
            "dealerdesk.ui.care.segments_page",
            "SegmentsPage",
        ),
        CareTab(
            "loyalty",
            QCoreApplication.translate("CareArea", "Loyalty bonus"),
            (Role.CUSTOMER_CARE, Role.MANAGER),
            "dealerdesk.ui.care.loyalty_page",
            "LoyaltyPage",
        ),
        CareTab(
            "care_settings",
            QCoreApplication.translate("CareArea", "Care setti&ngs"),
            (Role.MANAGER, Role.ADMIN),
            "dealerdesk.ui.care.care_settings_page",
            "CareSettingsPage",
        ),
    ]


class CareArea(TabArea):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx, care_tabs(), "care")
