"""The Manager's review area (经理审核): the daily document audit, complaints and the Monday meeting, as tabs.

Complaints are also in the Customer care area, where they are opened; here the manager follows them up
and signs them off beside the other reviews."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dealerdesk.ui.context import UiContext
from dealerdesk.ui.review.complaints_page import ComplaintsPage
from dealerdesk.ui.review.document_audit_page import DocumentAuditPage
from dealerdesk.ui.review.monday_page import MondayPage


class ReviewPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.audit = DocumentAuditPage(ctx)
        self.complaints = ComplaintsPage(ctx)
        self.monday = MondayPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.audit, self.tr("Document aud&it"))
        self.tabs.addTab(self.complaints, self.tr("Complain&ts"))
        self.tabs.addTab(self.monday, self.tr("&Monday meeting"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, DocumentAuditPage | ComplaintsPage | MondayPage):
            page.refresh()
