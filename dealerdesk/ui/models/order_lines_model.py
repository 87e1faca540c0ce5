"""Editable table models for a work order's labour and parts lines (the form's own copy, saved with the order)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from dealerdesk.domain.money import format_hours, format_yuan, parse_hours, parse_yuan
from dealerdesk.domain.order_rules import LabourLineInput, PartsLineInput, parse_quantity
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


class _LinesModel(QAbstractTableModel):
    """Shared row handling; ``lines_changed`` fires after every edit, insert or removal."""

    lines_changed = Signal()
    KINDS: tuple[CellKind, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.read_only = False

    def row_list(self) -> list[Any]:
        raise NotImplementedError

    def new_line(self) -> Any:
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
        self.lines = [LabourLineInput(x.operation, x.hours_x100, x.rate_fen, x.technician_id) for x in lines]
        # A technician since deactivated still shows on the orders he worked on.
        known = {tid for tid, _ in self.technicians}
        for tid, name in (technicians or {}).items():
            if tid not in known:
                self.technicians.append((tid, name))
        self.endResetModel()

    def technician_name(self, technician_id: int | None) -> str:
        return next((name for tid, name in self.technicians if tid == technician_id), "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return (
            self.tr("Operation"),
            self.tr("Hours"),
            self.tr("Rate (CNY/h)"),
            self.tr("Amount (CNY)"),
            self.tr("Technician"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, col = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3):
            return _RIGHT
        if role == Qt.ItemDataRole.EditRole:
            values = (line.operation, format_hours(line.hours_x100), format_yuan(line.rate_fen), None)
            return values[col] if col < 4 else line.technician_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                line.operation,
                format_hours(line.hours_x100),
                format_yuan(line.rate_fen),
                format_yuan(line.amount_fen),
                self.technician_name(line.technician_id),
            )[col]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        line, col = self.lines[index.row()], index.column()
        if col == 0:
            line.operation = str(value)
        elif col == 1:
            hours = parse_hours(str(value)).value
            if hours is None:
                return False
            line.hours_x100 = hours
        elif col == 2:
            rate = parse_yuan(str(value)).value
            if rate is None:
                return False
            line.rate_fen = rate
        elif col == 4:
            line.technician_id = int(value) if value is not None else None
        else:
            return False
        self._changed(index)
        return True


class PartsLinesModel(_LinesModel):
    KINDS = (CellKind.TEXT, CellKind.TEXT, CellKind.QUANTITY, CellKind.MONEY, CellKind.COMPUTED)

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[PartsLineInput] = []

    def row_list(self) -> list[Any]:
        return self.lines

    def new_line(self) -> PartsLineInput:
        return PartsLineInput()

    def set_lines(self, lines: list[PartsLineInput]) -> None:
        self.beginResetModel()
        self.lines = [PartsLineInput(x.part_no, x.name, x.quantity_x1000, x.unit_price_fen) for x in lines]
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return (
            self.tr("Part number"),
            self.tr("Name"),
            self.tr("Quantity"),
            self.tr("Unit price (CNY)"),
            self.tr("Amount (CNY)"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, col = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 4):
            return _RIGHT
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (
                line.part_no,
                line.name,
                quantity_text(line.quantity_x1000),
                format_yuan(line.unit_price_fen),
                format_yuan(line.amount_fen),
            )[col]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        line, col = self.lines[index.row()], index.column()
        if col == 0:
            line.part_no = str(value)
        elif col == 1:
            line.name = str(value)
        elif col == 2:
            quantity = parse_quantity(str(value)).value
            if quantity is None:
                return False
            line.quantity_x1000 = quantity
        elif col == 3:
            price = parse_yuan(str(value)).value
            if price is None:
                return False
            line.unit_price_fen = price
        else:
            return False
        self._changed(index)
        return True
