"""The care desk's settings tab: the follow-up call rules and the outlets; the boxes scroll, so a small
screen still reaches every one."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from dealerdesk.ui.care.care_rules_box import CareRulesBox
from dealerdesk.ui.care.outlets_box import OutletsBox
from dealerdesk.ui.context import UiContext


class CareSettingsPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        content = QWidget()
        column = QVBoxLayout(content)
        self.rules = CareRulesBox(ctx)
        column.addWidget(self.rules)
        self.outlets = OutletsBox(ctx)
        column.addWidget(self.outlets, 1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def refresh(self) -> None:
        """Each time the tab comes to the front: the outlets as the lists and records left them."""
        self.outlets.refresh()
