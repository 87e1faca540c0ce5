"""The checklist table, built for the keyboard.

On a row: P pass, F fail (then the note opens, since a fail needs one), N not
applicable, Delete clears the answer; a digit on a measured item starts typing its
value, judged against its range with every key; Enter commits and goes to the next
item; Tab walks the fields. The mouse works too (double-click, answer combo).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from dealerdesk.domain.checklists import ItemKind
from dealerdesk.domain.vocabulary import ItemAnswer
from dealerdesk.ui.qc.qc_checklist_model import QcChecklistModel
from dealerdesk.ui.qc.qc_labels import answer_label

Index = QModelIndex | QPersistentModelIndex

ANSWER_KEYS = {
    Qt.Key.Key_P: ItemAnswer.PASS,
    Qt.Key.Key_F: ItemAnswer.FAIL,
    Qt.Key.Key_N: ItemAnswer.NOT_APPLICABLE,
}
VALUE_START = set("0123456789.-+０１２３４５６７８９．")


class ChecklistDelegate(QStyledItemDelegate):
    """A combo for the answer; a value editor that commits every key so the judgement is live."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == QcChecklistModel.ANSWER:
            combo = QComboBox(parent)
            combo.addItem("", "")
            for answer in ItemAnswer:
                combo.addItem(answer_label(answer), answer.value)
            return combo
        editor = super().createEditor(parent, option, index)
        if index.column() == QcChecklistModel.VALUE and isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class ChecklistTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ChecklistDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setTabKeyNavigation(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def checklist(self) -> QcChecklistModel:
        model = self.model()
        assert isinstance(model, QcChecklistModel)
        return model

    def go_to(self, row: int, column: int = QcChecklistModel.ANSWER) -> None:
        model = self.checklist()
        if 0 <= row < model.rowCount():
            index = model.index(row, column)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.checklist()
        current = self.currentIndex()
        if self.state() == QAbstractItemView.State.EditingState or not model.editable or not current.isValid():
            super().keyPressEvent(event)
            return
        row, col = current.row(), current.column()
        item = model.rows[row].item
        typing_here = col == QcChecklistModel.NOTE or (col == QcChecklistModel.VALUE and item.kind is ItemKind.MEASURED)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        key = Qt.Key(event.key())
        if plain and not typing_here and key in ANSWER_KEYS:
            answer = ANSWER_KEYS[key]
            model.set_answer(row, answer)
            if answer is ItemAnswer.FAIL:
                note = model.index(row, QcChecklistModel.NOTE)
                self.setCurrentIndex(note)
                self.edit(note)
            else:
                self.go_to(row + 1, col)
            return
        if plain and not typing_here and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.set_answer(row, None)
            return
        if plain and item.kind is ItemKind.MEASURED and col != QcChecklistModel.VALUE and event.text() in VALUE_START:
            value = model.index(row, QcChecklistModel.VALUE)
            self.setCurrentIndex(value)
            self.edit(value, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
            return
        super().keyPressEvent(event)

    def commit_editing(self) -> None:
        """Take what is in an open editor before saving or signing (a note typed, Enter not yet pressed)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.viewport().findChildren(QWidget):
            if editor.parent() is self.viewport() and editor.isVisible():
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        row = self.currentIndex().row()
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            # Enter: the field is done, on to the next item's answer.
            self.go_to(row + 1)
