"""The outlets box of the care desk's settings: every second-tier outlet (二级网点) with its cars and lists.

On the Care settings tab, with the rest of what the service manager or an administrator sets
for the desk: they rename an outlet (names stay unique) and deactivate or reactivate it. A
deactivated outlet is no longer offered for a new sales list, and keeps its cars, its lists
and its place in the figures.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.services.care import outlets
from dealerdesk.services.care.outlets import EDIT_ROLES, OutletView
from dealerdesk.services.care.sales_import import OUTLET_NAME_LIMIT
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error
from dealerdesk.ui.models.row_table_model import RowTableModel, row_table_view
from dealerdesk.ui.widgets.empty_hint import EmptyHint
from dealerdesk.ui.widgets.field_problems import STYLE, FieldProblems
from dealerdesk.ui.widgets.window_geometry import chars_width

DEACTIVATED_BRUSH = QBrush(QColor("#8a8a8a"))


class OutletsModel(RowTableModel):
    COLUMNS = 4

    def headers(self) -> list[str]:
        return [self.tr("Outlet"), self.tr("Cars"), self.tr("Lists sent"), self.tr("Status")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        o: OutletView = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if o.active else DEACTIVATED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        status = self.tr("Active") if o.active else self.tr("Deactivated: not offered for a new list")
        return (o.name, o.cars, o.lists, status)[index.column()]


class OutletsBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Second-tier outlets (二级网点)"))
        self.ctx = ctx
        self.can_edit = ctx.actor.has(*EDIT_ROLES)
        intro = QLabel(
            self.tr(
                "The outlets that send sales lists, with the cars sold through them. "
                "An outlet is added when a list or a vehicle record first names it. A deactivated outlet is "
                "no longer offered for a new list; its cars, its lists and the figures keep it."
            )
        )
        intro.setWordWrap(True)
        self.model = OutletsModel()
        self.view = row_table_view(self.model, "outletsTable")
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the spare width
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selected())
        self.empty = EmptyHint(self.view)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("outletName")
        self.name_edit.setMaxLength(OUTLET_NAME_LIMIT)
        self.name_edit.setMinimumWidth(chars_width(self.name_edit, 24, True))
        self.name_edit.returnPressed.connect(self.rename)
        name_label = QLabel(self.tr("&Outlet's new name:"))
        name_label.setBuddy(self.name_edit)
        self.rename_button = QPushButton(self.tr("&Change name"))
        self.rename_button.clicked.connect(self.rename)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.name_problem = QLabel()
        self.name_problem.hide()
        self.problems = FieldProblems()
        self.problems.add("name", self.name_edit, self.name_problem)
        self.result = QLabel()
        self.result.setObjectName("outletResult")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(name_label)
        row.addWidget(self.name_edit)
        row.addWidget(self.rename_button)
        row.addSpacing(24)
        row.addWidget(self.active_button)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        self.view.setMinimumHeight(200)
        layout.addLayout(row)
        layout.addWidget(self.name_problem)
        layout.addWidget(self.result)
        if not self.can_edit:
            self.result.setText(self.tr("The service manager or an administrator renames and deactivates outlets."))
        self.setStyleSheet(STYLE)
        self._selected()

    def refresh(self, keep: int | None = None) -> None:
        """The outlets as the database has them; ``keep`` (else the selected one) stays selected."""
        chosen = self.selected()
        keep = keep if keep is not None else chosen.outlet_id if chosen is not None else None
        # A new name typed and not yet saved stays for the same outlet (after another tab, say).
        typed = self.name_edit.text() if chosen is not None and self.name_edit.text() != chosen.name else None
        try:
            rows = outlets.list_outlets(self.ctx.db, self.ctx.actor)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.model.set_rows(rows)
        self.empty.explain(self.tr("No outlet yet: one is added when a sales list or a vehicle record names it."))
        ids = [o.outlet_id for o in rows]
        if rows:
            self.view.selectRow(ids.index(keep) if keep in ids else 0)
        self._selected()
        now = self.selected()
        if typed is not None and chosen is not None and now is not None and now.outlet_id == chosen.outlet_id:
            self.name_edit.setText(typed)

    def selected(self) -> OutletView | None:
        index = self.view.selectionModel().currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _selected(self) -> None:
        o = self.selected()
        self.problems.clear()
        self.name_edit.setText(o.name if o is not None else "")
        self.active_button.setText(self.tr("Reactivate") if o is not None and not o.active else self.tr("Deactivate"))
        for w in (self.name_edit, self.rename_button, self.active_button):
            w.setEnabled(self.can_edit and o is not None)

    def rename(self) -> None:
        o = self.selected()
        if o is None or not self.can_edit:
            return
        try:
            done = outlets.rename_outlet(self.ctx.db, self.ctx.actor, o.outlet_id, self.name_edit.text())
        except ValidationError as err:
            self.problems.show_all(err.problems)
            self.name_edit.setFocus()
            return
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.name_edit.setText(done.name)  # saved, as cleaned: not a new name for refresh to keep
        self.refresh(done.outlet_id)
        if done.name == o.name:
            self.result.setText(self.tr("Nothing changed: the outlet is already named {name}.").format(name=done.name))
            return
        self.result.setText(
            self.tr("{old} is now named {new}, on its cars and lists too.").format(old=o.name, new=done.name)
        )

    def toggle_active(self) -> None:
        o = self.selected()
        if o is None or not self.can_edit:
            return
        try:
            done = outlets.set_outlet_active(self.ctx.db, self.ctx.actor, o.outlet_id, not o.active)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.refresh(done.outlet_id)
        if done.active:
            self.result.setText(self.tr("{name} is active again: it is offered for a new list.").format(name=done.name))
        else:
            self.result.setText(
                self.tr(
                    "{name} is deactivated: it is no longer offered for a new list; its {cars} cars keep it."
                ).format(name=done.name, cars=done.cars)
            )
