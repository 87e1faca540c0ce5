"""The Customer care area (客户关怀): satisfaction calls and complaints, side by side as tabs.

A low mark on a call goes straight to a new complaint with the customer's words. The front desk
(advisors) sees the complaints only: it opens them when a customer complains at the counter.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dealerdesk.services.review.satisfaction import CALL_ROLES
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.review.complaints_page import ComplaintsPage
from dealerdesk.ui.review.satisfaction_page import SatisfactionPage


class CustomerCarePage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.calls: SatisfactionPage | None = None
        if ctx.actor.has(*CALL_ROLES):
            self.calls = SatisfactionPage(ctx)
            self.tabs.addTab(self.calls, self.tr("Satisfaction &calls"))
            self.calls.complaint_requested.connect(self._complaint_from_call)
        self.complaints = ComplaintsPage(ctx)
        self.tabs.addTab(self.complaints, self.tr("Com&plaints"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, SatisfactionPage | ComplaintsPage):
            page.refresh()

    def _complaint_from_call(self, order_number: str, words: str, call_id: int) -> None:
        self.tabs.setCurrentWidget(self.complaints)
        self.complaints.new_complaint(order_number, words, call_id)
