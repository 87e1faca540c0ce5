"""Settings: the repair-quality guarantee class of each service category (the comeback window)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.rework_rules import REPAIR_CLASS_LABELS, RepairClass
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import CATEGORY_LABELS, ServiceCategory
from dealerdesk.services.rework.register import repair_classes
from dealerdesk.services.settings import save_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info, tr_message


class RepairClassesBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Repair-quality guarantee (comeback window) per service category"))
        # In a scroll area: eight rows must not force the Settings page taller than a small window.
        inner = QWidget()
        grid = QGridLayout(inner)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumHeight(80)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        self.combos: dict[ServiceCategory, QComboBox] = {}
        current = repair_classes(ctx.settings)
        for i, category in enumerate(ServiceCategory):
            combo = QComboBox()
            # The class labels are long; the page must still fit a small window.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            for cls in RepairClass:
                combo.addItem(tr_message(REPAIR_CLASS_LABELS[cls]), cls.value)
            combo.setCurrentIndex(combo.findData(current[category].value))
            label = QLabel(self.tr("{category}:").format(category=tr_message(CATEGORY_LABELS[category])))
            label.setBuddy(combo)
            grid.addWidget(label, i, 0)
            grid.addWidget(combo, i, 1)
            self.combos[category] = combo
        self.save_button = QPushButton(self.tr("Save &guarantee classes"))
        self.save_button.clicked.connect(self.save)
        grid.setColumnStretch(1, 1)
        outer.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        can_edit = ctx.actor.has(Role.MANAGER, Role.ADMIN)
        for w in [*self.combos.values(), self.save_button]:
            w.setEnabled(can_edit)

    def chosen(self) -> dict[str, str]:
        return {category.value: str(combo.currentData()) for category, combo in self.combos.items()}

    def save(self) -> None:
        new = dataclasses.replace(self.ctx.settings, repair_classes=self.chosen())
        try:
            self.ctx.settings = save_settings(self.ctx.db, self.ctx.actor, new, base=self.ctx.settings)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        show_info(self, self.tr("The guarantee classes were saved. New comebacks are checked against them."))
