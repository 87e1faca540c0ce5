"""Table model of the user accounts (administration)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from dealerdesk.domain.roles import ROLE_LABELS
from dealerdesk.services.users import UserView
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex


class UsersModel(RowTableModel):
    COLUMNS = 5

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[UserView] = []

    def headers(self) -> list[str]:
        return [self.tr("User name"), self.tr("Full name"), self.tr("Roles"), self.tr("Team"), self.tr("Status")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        u = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return u.username
            if col == 1:
                return u.full_name
            if col == 2:
                return ", ".join(tr_message(ROLE_LABELS[r]) for r in sorted(u.roles))
            if col == 3:
                return u.team
            return self.tr("Active") if u.is_active else self.tr("Deactivated")
        if role == Qt.ItemDataRole.ForegroundRole and not u.is_active:
            return QColor("#888888")
        return None
