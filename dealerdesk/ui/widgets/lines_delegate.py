"""Cell editors for the labour and parts tables: parsed numbers, and a technician chooser."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dealerdesk.domain.money import AMOUNT_NEGATIVE, HOURS_NEGATIVE
from dealerdesk.ui.orders.order_lines_model import CellKind, LabourLinesModel
from dealerdesk.ui.widgets.parsed_input import ParsedLineEdit, hours_parser, quantity_parser, yuan_parser

Index = QModelIndex | QPersistentModelIndex


class LinesDelegate(QStyledItemDelegate):
    def __init__(self, model: Any, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines_model = model
        self.field = field
        self.on_refused: Any = None  # callable(Problem): the dialog shows it under the table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = self.lines_model.kind(index.column())
        if kind is CellKind.TECHNICIAN and isinstance(self.lines_model, LabourLinesModel):
            combo = QComboBox(parent)
            combo.addItem(self.tr("— not assigned —"), None)
            for tid, name in self.lines_model.technicians:
                combo.addItem(name, tid)
            return combo
        parser = {
            CellKind.HOURS: (hours_parser(self.field), HOURS_NEGATIVE),
            CellKind.MONEY: (yuan_parser(self.field), AMOUNT_NEGATIVE),
            CellKind.QUANTITY: (quantity_parser(self.field), None),
        }.get(kind)
        if parser is None:
            return QLineEdit(parent)
        edit = ParsedLineEdit(parser[0], negative_text=parser[1], field=self.field, parent=parent)
        if self.on_refused is not None:
            edit.refused.connect(self.on_refused)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, ParsedLineEdit):
            editor.setText(editor.validator_.fixup(editor.text()))
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
