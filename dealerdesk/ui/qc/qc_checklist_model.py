"""The items of one QC level being answered: answer, measured value, note; judged as typed.

The model holds what the checker typed until it is saved; the dialog turns it into
ItemEntry values for the QC service. Range judgement and the "a fail needs a note"
hint come from domain/qc_rules, so the screen and the signature agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dealerdesk.domain import qc_rules
from dealerdesk.domain.checklists import ChecklistItem, ItemKind
from dealerdesk.domain.messages import Problem
from dealerdesk.domain.qc_rules import ItemEntry
from dealerdesk.domain.vocabulary import ItemAnswer, QcLevel
from dealerdesk.services.qc.views import ItemView
from dealerdesk.ui.feedback import problem_text
from dealerdesk.ui.qc.qc_labels import (
    FAIL_BACKGROUND,
    FAIL_COLOUR,
    PASS_BACKGROUND,
    PASS_COLOUR,
    PROBLEM_BACKGROUND,
    answer_label,
)

Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Row:
    item: ChecklistItem
    answer: ItemAnswer | None
    value: str
    note: str
    problem: str = ""  # the last refusal for this item, until it is edited


class QcChecklistModel(QAbstractTableModel):
    ITEM, RANGE, VALUE, ANSWER, NOTE = range(5)
    COLUMNS = 5

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        self.level = QcLevel.SELF_CHECK
        self.rows: list[_Row] = []
        self.editable = False
        self.dirty = False

    def load(self, level: QcLevel, items: tuple[ItemView, ...], editable: bool) -> None:
        self.beginResetModel()
        self.level = level
        self.rows = [_Row(v.item, v.answer, v.value, v.note) for v in items]
        self.editable = editable
        self.dirty = False
        self.endResetModel()

    # --- what the dialog reads ---------------------------------------------------------------
    def entry(self, row: int) -> ItemEntry:
        r = self.rows[row]
        return ItemEntry(self.level, r.item.code, r.answer, r.value.strip(), r.note.strip())

    def entries(self) -> list[ItemEntry]:
        return [self.entry(i) for i in range(len(self.rows))]

    def effective(self, row: int) -> ItemAnswer | None:
        return qc_rules.effective_answer(self.rows[row].item, self.entry(row))

    def judgement(self, row: int) -> str:
        """What the screen says about a row right now: a refusal, or an out-of-range value."""
        r = self.rows[row]
        if r.problem:
            return r.problem
        if r.item.kind is ItemKind.MEASURED and r.value.strip() and r.answer is not ItemAnswer.NOT_APPLICABLE:
            _, problems = qc_rules.judge_measurement(r.item, r.value)
            return "\n".join(problem_text(p) for p in problems)
        return ""

    def row_of(self, code: str) -> int:
        return next(i for i, r in enumerate(self.rows) if r.item.code == code)

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark the items a refusal names; other problems (road test) are the dialog's."""
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(problem_text(p))
        for r in self.rows:
            r.problem = "\n".join(by_field.get(qc_rules.item_field(r.item.code), []))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))

    def set_answer(self, row: int, answer: ItemAnswer | None) -> bool:
        return self.setData(self.index(row, self.ANSWER), answer.value if answer else "", Qt.ItemDataRole.EditRole)

    def answer_texts(self) -> list[str]:
        """Every text the Answer column can show, to size it."""
        plain = [answer_label(answer) for answer in ItemAnswer]
        return plain + [self._by_value(answer) for answer in ItemAnswer]

    def _by_value(self, answer: ItemAnswer) -> str:
        return self.tr("{answer} (by value)").format(answer=answer_label(answer))

    def item_text(self, item: ChecklistItem) -> str:
        return item.zh if self.lang.startswith("zh") else item.en

    # --- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return [self.tr("Item"), self.tr("Range"), self.tr("Value"), self.tr("Answer"), self.tr("Note")][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = index.column()
        r = self.rows[index.row()]
        if self.editable and (
            col in (self.ANSWER, self.NOTE) or (col == self.VALUE and r.item.kind is ItemKind.MEASURED)
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self.rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, col, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            other = r.item.en if self.lang.startswith("zh") else r.item.zh
            return "\n".join(t for t in (other, self.judgement(row)) if t)
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.ANSWER, self.VALUE):
            effective = self.effective(row)
            if effective is ItemAnswer.FAIL:
                return FAIL_COLOUR
            if effective is ItemAnswer.PASS and col == self.ANSWER:
                return PASS_COLOUR
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.problem:
                return PROBLEM_BACKGROUND
            if col == self.ANSWER:
                effective = self.effective(row)
                if effective is ItemAnswer.FAIL:
                    return FAIL_BACKGROUND
                if effective is ItemAnswer.PASS:
                    return PASS_BACKGROUND
        return None

    def _text(self, row: int, col: int, edit: bool) -> str:
        r = self.rows[row]
        if col == self.ITEM:
            text = self.item_text(r.item)
            if r.item.kind is ItemKind.NOTE and not edit:
                return self.tr("{text} (note required)").format(text=text)
            return text
        if col == self.RANGE:
            return r.item.range_text
        if col == self.VALUE:
            if edit or not r.value:
                return r.value
            return f"{r.value} {r.item.unit}"
        if col == self.ANSWER:
            if edit:
                return r.answer.value if r.answer else ""
            effective = self.effective(row)
            if r.item.kind is ItemKind.MEASURED and r.answer is None and effective is not None:
                # Judged from the value alone: say so, so nobody thinks it was clicked.
                return self._by_value(effective)
            return answer_label(effective if effective is not None else r.answer)
        return r.note

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        r = self.rows[index.row()]
        col = index.column()
        text = "" if value is None else str(value)
        if col == self.VALUE:
            if text == r.value:
                return False
            r.value = text
        elif col == self.NOTE:
            if text == r.note:
                return False
            r.note = text
        else:
            answer = ItemAnswer(text) if text else None
            if answer == r.answer:
                return False
            r.answer = answer
        r.problem = ""
        self.dirty = True
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.COLUMNS - 1))
        return True
