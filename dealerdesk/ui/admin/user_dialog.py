"""Add a user or edit one's name, team and roles (administrators only; the service checks too)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.roles import ROLE_LABELS, Role
from dealerdesk.services import users
from dealerdesk.services.users import UserView
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, tr_message


class UserDialog(QDialog):
    def __init__(self, ctx: UiContext, user: UserView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Add user") if user is None else self.tr("Edit user"))
        self.username = QLineEdit(user.username if user else "")
        self.username.setEnabled(user is None)
        self.full_name = QLineEdit(user.full_name if user else "")
        # Teams come from the list in Settings: typed freely, one team became several in the reports.
        self.team = QComboBox()
        self.team.addItem(self.tr("— no team —"), "")
        current = user.team if user else ""
        for team in [*ctx.settings.teams, *([current] if current and current not in ctx.settings.teams else [])]:
            self.team.addItem(team, team)
        self.team.setCurrentIndex(max(0, self.team.findData(current)))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Team:"), self.team)
        if user is None:
            form.addRow(self.tr("&Password:"), self.password)
        roles_box = QGroupBox(self.tr("Roles"))
        roles_layout = QVBoxLayout(roles_box)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(tr_message(ROLE_LABELS[role]))
            box.setChecked(bool(user and role in user.roles))
            roles_layout.addWidget(box)
            self.role_boxes[role] = box
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(roles_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def selected_roles(self) -> set[Role]:
        return {r for r, box in self.role_boxes.items() if box.isChecked()}

    def save(self) -> None:
        try:
            if self.user is None:
                users.create_user(
                    self.ctx.db,
                    self.ctx.actor,
                    self.username.text(),
                    self.full_name.text(),
                    self.password.text(),
                    self.selected_roles(),
                    str(self.team.currentData()),
                )
            else:
                users.update_user(
                    self.ctx.db,
                    self.ctx.actor,
                    self.user.id,
                    self.full_name.text(),
                    self.selected_roles(),
                    str(self.team.currentData()),
                )
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return
        self.accept()
