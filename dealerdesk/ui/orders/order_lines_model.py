"""Editable table models for a work order's labour and parts lines (the form's own copy, saved with the order)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from dealerdesk.domain.money import format_hours, format_yuan, parse_hours, parse_yuan
from dealerdesk.domain.order_rules import LabourLineInput, PartsLineInput, parse_quantity
from dealerdesk.domain.validation import ValidationResult
from dealerdesk.ui.widgets.parsed_input import quantity_text

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CellKind(enum.Enum):
    TEXT = enum.auto()
    HOURS = enum.auto()
    MONEY = enum.auto()
    QUANTITY = enum.auto()
    TECHNICIAN = enum.auto()
    COMPUTED = enum.auto()


# How a numeric column shows its value, and how what was typed into it is read back.
_FORMAT: dict[CellKind, Callable[[int], str]] = {
    CellKind.HOURS: format_hours,
    CellKind.MONEY: format_yuan,
    CellKind.QUANTITY: quantity_text,
}
_PARSE: dict[CellKind, Callable[[str], ValidationResult[int]]] = {
    CellKind.HOURS: parse_hours,
    CellKind.MONEY: parse_yuan,
    CellKind.QUANTITY: parse_quantity,
}
_LEFT_ALIGNED = frozenset({CellKind.TEXT, CellKind.TECHNICIAN})


class _LinesModel(QAbstractTableModel):
    """Shared row handling; ``lines_changed`` fires after every edit, insert or removal.

    Each column is a CellKind and the line attribute it edits (FIELDS; "" for the computed
    amount), so showing and parsing a cell is decided by its kind, not per model.
    """

    lines_changed = Signal()
    KINDS: tuple[CellKind, ...] = ()
    FIELDS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.read_only = False

    def row_list(self) -> list[Any]:
        raise NotImplementedError

    def new_line(self) -> Any:
        raise NotImplementedError

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.row_list())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.KINDS)

    def kind(self, column: int) -> CellKind:
        return self.KINDS[column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or self.kind(index.column()) is CellKind.COMPUTED:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return self.headers()[section]

    def cell(self, line: Any, column: int, edit: bool) -> Any:
        """What a cell shows, or (``edit``) what its editor starts from; None: nothing to edit."""
        kind = self.kind(column)
        if kind is CellKind.COMPUTED:
            return None if edit else format_yuan(line.amount_fen)
        value = getattr(line, self.FIELDS[column])
        return _FORMAT[kind](value) if kind in _FORMAT else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and self.kind(index.column()) not in _LEFT_ALIGNED:
            return _RIGHT
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cell(self.row_list()[index.row()], index.column(), role == Qt.ItemDataRole.EditRole)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        kind = self.kind(index.column())
        new: Any
        if kind is CellKind.COMPUTED:
            return False
        if kind is CellKind.TEXT:
            new = str(value)
        elif kind is CellKind.TECHNICIAN:
            new = int(value) if value is not None else None
        else:
            new = _PARSE[kind](str(value)).value
            if new is None:
                return False
        setattr(self.row_list()[index.row()], self.FIELDS[index.column()], new)
        self._changed(index)
        return True

    def insert_line(self) -> int:
        row = len(self.row_list())
        self.beginInsertRows(QModelIndex(), row, row)
        self.row_list().append(self.new_line())
        self.endInsertRows()
        self.lines_changed.emit()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self.row_list()):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.row_list()[row]
        self.endRemoveRows()
        self.lines_changed.emit()

    def _changed(self, index: Index) -> None:
        # The amount column depends on the others: repaint the whole row.
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.KINDS) - 1))
        self.lines_changed.emit()


class LabourLinesModel(_LinesModel):
    KINDS = (CellKind.TEXT, CellKind.HOURS, CellKind.MONEY, CellKind.COMPUTED, CellKind.TECHNICIAN)
    FIELDS = ("operation", "hours_x100", "rate_fen", "", "technician_id")

    def __init__(self, technicians: list[tuple[int, str]], default_rate_fen: int) -> None:
        super().__init__()
        self.lines: list[LabourLineInput] = []
        self.technicians = technicians
        self.default_rate_fen = default_rate_fen

    def row_list(self) -> list[Any]:
        return self.lines

    def new_line(self) -> LabourLineInput:
        return LabourLineInput(rate_fen=self.default_rate_fen)

    def set_lines(self, lines: list[LabourLineInput], technicians: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.lines = [replace(x) for x in lines]  # the form's own copies, packages and vouchers included
        # A technician since deactivated still shows on the orders he worked on.
        known = {tid for tid, _ in self.technicians}
        for tid, name in (technicians or {}).items():
            if tid not in known:
                self.technicians.append((tid, name))
        self.endResetModel()

    def technician_name(self, technician_id: int | None) -> str:
        return next((name for tid, name in self.technicians if tid == technician_id), "")

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Operation"),
            self.tr("Hours"),
            self.tr("Rate (CNY/h)"),
            self.tr("Amount (CNY)"),
            self.tr("Technician"),
        )

    def cell(self, line: Any, column: int, edit: bool) -> Any:
        # The chooser edits the id; the table shows the name.
        if self.kind(column) is CellKind.TECHNICIAN and not edit:
            return self.technician_name(line.technician_id)
        return super().cell(line, column, edit)


class PartsLinesModel(_LinesModel):
    KINDS = (CellKind.TEXT, CellKind.TEXT, CellKind.QUANTITY, CellKind.MONEY, CellKind.COMPUTED)
    FIELDS = ("part_no", "name", "quantity_x1000", "unit_price_fen", "")

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[PartsLineInput] = []

    def row_list(self) -> list[Any]:
        return self.lines

    def new_line(self) -> PartsLineInput:
        return PartsLineInput()

    def set_lines(self, lines: list[PartsLineInput]) -> None:
        self.beginResetModel()
        self.lines = [replace(x) for x in lines]
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Part number"),
            self.tr("Name"),
            self.tr("Quantity"),
            self.tr("Unit price (CNY)"),
            self.tr("Amount (CNY)"),
        )
