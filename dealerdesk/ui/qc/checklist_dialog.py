"""One QC round's checklist: answer a level's items, keep the draft, sign with the password.

Signing asks the QC service first (check_signing), so refusals and unanswered items are
shown at their rows before the password is asked; road-test warnings are confirmed.
Whatever was typed is saved as a draft before signing, on switching level and on
closing: nothing typed is lost.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import qc_rules
from dealerdesk.domain.messages import DealerDeskError, Problem, ValidationError
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.vocabulary import CATEGORY_LABELS, ItemAnswer, QcLevel
from dealerdesk.services.actor import Actor
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import RoundStatus, RoundView, SignResult
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.password_confirm_dialog import PasswordConfirmDialog
from dealerdesk.ui.feedback import ask_yes_no, error_text, problem_text, show_error, show_info, tr_message
from dealerdesk.ui.qc.checklist_table import ChecklistTableView
from dealerdesk.ui.qc.qc_checklist_model import QcChecklistModel
from dealerdesk.ui.qc.qc_labels import (
    FAIL_BACKGROUND,
    FAIL_COLOUR,
    PASS_COLOUR,
    failed_item_line,
    failure_text,
    level_label,
    outcome_label,
    short_level,
)
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.window_geometry import fit_window
from dealerdesk.ui.workshop.parts_account_box import PartsAccountBox

ROAD_FIELDS = (qc_rules.ROAD_TEST_OUT_FIELD, qc_rules.ROAD_TEST_IN_FIELD)


class ChecklistDialog(QDialog):
    signed = Signal(object)  # SignResult, after a level was signed

    def __init__(
        self, ctx: UiContext, round_id: int, level: QcLevel | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.view: RoundView = qc.load_round(ctx.db, round_id, actor=ctx.actor)
        self.level = QcLevel.SELF_CHECK
        self.last_result: SignResult | None = None
        self.password_dialog: PasswordConfirmDialog | None = None
        self._road_dirty = False
        self._confirm_warnings = False

        self.header = QLabel()
        self.header.setObjectName("headerLabel")
        self.header.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.tabs = QTabBar()
        self.tabs.setObjectName("levelTabs")
        for lvl in QcLevel:
            self.tabs.addTab(short_level(lvl))
        self.level_status = QLabel()
        self.level_status.setObjectName("levelStatus")
        self.level_status.setWordWrap(True)
        self.concerns = QLabel()
        self.concerns.setWordWrap(True)
        self.concerns.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The previous round's failures: what the workshop was to fix, so every level checks it again.
        self.previous_failure = QLabel()
        self.previous_failure.setObjectName("previousFailure")
        self.previous_failure.setWordWrap(True)
        self.previous_failure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.previous_failure.setStyleSheet(
            f"background: {FAIL_BACKGROUND.name()}; color: {FAIL_COLOUR.name()}; padding: 4px;"
            f" border: 1px solid {FAIL_COLOUR.name()};"
        )
        if self.view.previous_failure is not None:
            self.previous_failure.setText(failure_text(self.view.previous_failure, ctx.lang))
        self.previous_failure.setVisible(self.view.previous_failure is not None)

        self.model = QcChecklistModel(ctx.lang)
        self.table = ChecklistTableView()
        self.table.setModel(self.model)
        self.table.setColumnWidth(QcChecklistModel.ITEM, 420)
        self.table.setColumnWidth(QcChecklistModel.RANGE, 110)
        self.table.setColumnWidth(QcChecklistModel.VALUE, 90)
        # Wide enough for the longest answer in the window's language ("不合格（按测量值）", "Fail (by value)").
        metrics = self.table.fontMetrics()
        answer_width = max(metrics.horizontalAdvance(text) for text in self.model.answer_texts()) + 16
        self.table.setColumnWidth(QcChecklistModel.ANSWER, max(110, answer_width))

        # The current item in both languages and what is wrong with it, as the cursor moves.
        self.item_info = QLabel()
        self.item_info.setObjectName("itemInfo")
        self.item_info.setWordWrap(True)
        self.item_info.setMinimumHeight(36)
        self.item_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Level 1 accounts for every part issued to the order (the seed's air filter never fitted).
        self.parts_box = PartsAccountBox(ctx, self.view.order_id)
        self.road_box = QWidget()
        self.road_out = QLineEdit()
        self.road_out.setObjectName("roadOut")
        self.road_in = QLineEdit()
        self.road_in.setObjectName("roadIn")
        road = QHBoxLayout(self.road_box)
        road.setContentsMargins(0, 0, 0, 0)
        for label, edit in ((self.tr("Road test: odometer &out"), self.road_out), (self.tr("&back"), self.road_in)):
            edit.setValidator(QIntValidator(0, 9_999_999, edit))
            edit.setMaximumWidth(110)
            edit.textEdited.connect(self._road_edited)
            caption = QLabel(label)
            caption.setBuddy(edit)
            road.addWidget(caption)
            road.addWidget(edit)
        road.addWidget(QLabel(self.tr("km")))
        road.addStretch(1)

        self.problems = QLabel()
        self.problems.setObjectName("problemsLabel")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.keys = keys = QLabel(
            self.tr(
                "Keys: P pass · F fail (then type the note) · N not applicable · Del clear · "
                "type a number for a measured item · Enter next item · Tab next field · Ctrl+S save · Ctrl+Enter sign"
            )
        )
        keys.setStyleSheet("color: #666666;")
        keys.setWordWrap(True)
        policy = keys.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # hidden on a read-only level; the buttons keep their size
        keys.setSizePolicy(policy)

        self.save_button = QPushButton(self.tr("&Save draft"))
        self.save_button.clicked.connect(self.save_draft)
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("signButton")
        self.sign_button.clicked.connect(self.start_signing)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.sign_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to the table
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_draft)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.start_signing)
        buttons = QHBoxLayout()
        buttons.addWidget(keys, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        layout.addWidget(self.level_status)
        layout.addWidget(self.previous_failure)
        layout.addWidget(self.concerns)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.item_info)
        layout.addWidget(self.road_box)
        layout.addWidget(self.parts_box)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_item_info())
        self.model.dataChanged.connect(lambda *_: self._show_item_info())
        self._show_header()
        self.show_level(level or self._first_level())
        self.tabs.currentChanged.connect(lambda i: self.show_level(QcLevel(i + 1)))
        fit_window(self, QSize(1100, 720))  # at most the screen's available geometry

    # --- what is shown -------------------------------------------------------------------------
    def _first_level(self) -> QcLevel:
        """The level this user can sign now, else the one waiting, else the last signed."""
        for lvl in QcLevel:
            if self.view.level(lvl).refusal is None:
                return lvl
        if self.view.next_level is not None:
            return self.view.next_level
        signed = [lv.level for lv in self.view.levels if lv.signed]
        return signed[-1] if signed else QcLevel.SELF_CHECK

    def _show_header(self) -> None:
        v = self.view
        self.setWindowTitle(self.tr("QC checklist – {number}").format(number=v.order_number))
        self.header.setText(
            self.tr("{number} · {plate} · {model} · {category} · round {round} · checklist v{version}").format(
                number=v.order_number,
                plate=v.plate or self.tr("no plate"),
                model=v.model,
                category=tr_message(CATEGORY_LABELS[v.category]),
                round=v.round_no,
                version=v.handover_version if self.level is QcLevel.HANDOVER else v.template_version,
            )
        )
        for lvl in QcLevel:
            signoff = v.level(lvl).signoff
            mark = "" if signoff is None else (" ✓" if signoff.passed else " ✗")
            self.tabs.setTabText(int(lvl) - 1, short_level(lvl) + mark)

    def editable(self, level: QcLevel) -> bool:
        """Only the person who may sign the level now answers it: no one pre-fills a check out of turn."""
        return self.view.status is RoundStatus.IN_PROGRESS and self.view.level(level).refusal is None

    def show_level(self, level: QcLevel) -> None:
        if level is not self.level and not self._keep_typed():
            self.tabs.setCurrentIndex(int(self.level) - 1)
            return
        self.level = level
        if self.tabs.currentIndex() != int(level) - 1:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(int(level) - 1)
            self.tabs.blockSignals(False)
        lv = self.view.level(level)
        editable = self.editable(level)
        self.model.load(level, lv.items, editable)
        self._show_header()
        self.problems.clear()
        self.sign_button.setText(
            self.tr("Sign &hand-over check…")
            if level is QcLevel.HANDOVER
            else self.tr("Si&gn level {level}…").format(level=int(level))
        )
        self.sign_button.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.keys.setVisible(editable)
        if lv.signoff is not None:
            so = lv.signoff
            self.level_status.setText(
                self.tr("{level} signed by {signer} on {time}: {outcome}. Signed and final.").format(
                    level=level_label(level),
                    signer=so.signer,
                    time=local_text(so.signed_at),
                    outcome=outcome_label(so.outcome),
                )
            )
            colour = PASS_COLOUR if so.passed else FAIL_COLOUR
            self.level_status.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
        else:
            self.level_status.setStyleSheet("")
            if lv.refusal is not None:
                text = error_text(lv.refusal)
            else:
                text = self.tr("{level}: answer every item, then sign.").format(level=level_label(level))
            self.level_status.setText(text)
        self.concerns.setVisible(level is QcLevel.HANDOVER)
        if level is QcLevel.HANDOVER:
            lines = "\n".join(f"{i}. {c}" for i, c in enumerate(self.view.concerns, start=1))
            self.concerns.setText(self.tr("Customer concerns on the work order:\n{lines}").format(lines=lines))
        self.parts_box.setVisible(level is QcLevel.SELF_CHECK and bool(self.parts_box.rows))
        self.parts_box.set_editable(editable)
        with_road = level is QcLevel.FINAL and self.view.road_test
        self.road_box.setVisible(with_road)
        self.road_out.setEnabled(editable)
        self.road_in.setEnabled(editable)
        self.road_out.setText("" if self.view.road_test_out_km is None else str(self.view.road_test_out_km))
        self.road_in.setText("" if self.view.road_test_in_km is None else str(self.view.road_test_in_km))
        self._road_dirty = False
        self.table.go_to(0)
        self.table.setFocus()

    def _show_item_info(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            self.item_info.clear()
            return
        item = self.model.rows[row].item
        lines = [f"{row + 1}. {self.model.item_text(item)}"]  # the screen's language only
        judgement = self.model.judgement(row)
        if judgement:
            lines.append(judgement)
        if (
            self.model.editable
            and self.model.effective(row) is ItemAnswer.FAIL
            and not self.model.rows[row].note
            and not self.model.rows[row].problem  # a refusal already says so
        ):
            lines.append(self.tr("A failed item needs a note: type it in the Note column."))
        self.item_info.setText("\n".join(lines))
        failing = bool(judgement) or self.model.effective(row) is ItemAnswer.FAIL
        self.item_info.setStyleSheet(f"color: {FAIL_COLOUR.name()};" if failing else "color: #444444;")

    # --- drafts ---------------------------------------------------------------------------------
    def _road_edited(self) -> None:
        self._road_dirty = True

    def road_test(self) -> RoadTest | None:
        if not (self.level is QcLevel.FINAL and self.view.road_test):
            return None

        def number(edit: QLineEdit) -> int | None:
            return int(edit.text()) if edit.text().strip() else None

        return RoadTest(number(self.road_out), number(self.road_in))

    @property
    def dirty(self) -> bool:
        self.table.commit_editing()
        return self.model.dirty or self._road_dirty

    def save_draft(self) -> bool:
        if not self.model.editable:
            return True
        try:
            self.view = qc.save_answers(
                self.ctx.db, self.ctx.actor, self.round_id, self.level, self.model.entries(), self.road_test()
            )
        except DealerDeskError as err:
            self.problems.setText(error_text(err))
            return False
        self.model.dirty = False
        self._road_dirty = False
        return True

    # --- the account was deactivated while this was typed (MainWindow.keep_or_discard) -----------
    def typed_work(self) -> bool:
        return self.model.editable and self.dirty

    def keep_typed_work(self, actor: Actor) -> bool:
        """The answers saved as a draft under ``actor``, the colleague who signed in for them."""
        own, self.ctx = self.ctx, dataclasses.replace(self.ctx, actor=actor)
        if self.save_draft():
            return True
        self.ctx = own  # refused: the form stays its author's until another colleague tries
        return False

    def discard_typed_work(self) -> None:
        self.model.dirty = False
        self._road_dirty = False

    def _keep_typed(self) -> bool:
        return not self.dirty or self.save_draft()

    def done(self, result: int) -> None:
        if self.dirty and not self.save_draft():
            # The draft could not be kept (the level was signed meanwhile...): say so before closing.
            show_error(self, self.problems.text())
        super().done(result)

    # --- signing --------------------------------------------------------------------------------
    def start_signing(self) -> None:
        if not self.sign_button.isEnabled():
            return
        if self.dirty and not self.save_draft():
            return
        if self.level is QcLevel.SELF_CHECK and not self.parts_box.save():
            return
        entries = self.model.entries()
        try:
            problems = qc.check_signing(
                self.ctx.db, self.ctx.actor, self.round_id, self.level, entries, self.road_test()
            )
        except DealerDeskError as err:
            self.problems.setText(error_text(err))
            return
        self.model.show_problems(problems)
        errors = [p for p in problems if p.is_error]
        if errors:
            self._show_refusal(errors)
            return
        self.problems.clear()
        self._confirm_warnings = False
        if problems:
            text = "\n".join(problem_text(p) for p in problems)
            if not ask_yes_no(self, self.tr("{warnings}\n\nSign anyway?").format(warnings=text)):
                return
            self._confirm_warnings = True
        prompt = self.tr("Sign {level} of order {number} as {name}: enter your password.").format(
            level=level_label(self.level), number=self.view.order_number, name=self.ctx.actor.full_name
        )
        self.password_dialog = PasswordConfirmDialog(prompt, self._sign_with, self)
        self.password_dialog.accepted.connect(self._after_signing)
        self.password_dialog.open()

    def _show_refusal(self, errors: list[Problem]) -> None:
        lines = []
        first_row: int | None = None
        for p in errors:
            if p.field in ROAD_FIELDS:
                lines.append(problem_text(p))
                continue
            code = p.params.get("code", "")
            row = self.model.row_of(str(code)) if code else -1
            if row >= 0:
                first_row = row if first_row is None else min(first_row, row)
                lines.append(
                    self.tr("Item {row} ({item}): {problem}").format(
                        row=row + 1, item=self.model.item_text(self.model.rows[row].item), problem=problem_text(p)
                    )
                )
        self.problems.setText(
            self.tr("{level} cannot be signed yet:\n{lines}").format(
                level=level_label(self.level), lines="\n".join(lines)
            )
        )
        if first_row is not None:
            self.table.go_to(first_row)
            self.table.setFocus()
        elif any(p.field == qc_rules.ROAD_TEST_OUT_FIELD for p in errors):
            self.road_out.setFocus()
        else:
            self.road_in.setFocus()

    def _sign_with(self, password: str) -> None:
        try:
            self.last_result = qc.sign_level(
                self.ctx.db,
                self.ctx.actor,
                self.round_id,
                self.level,
                password,
                self.model.entries(),
                self.road_test(),
                confirm_warnings=self._confirm_warnings,
            )
        except ValidationError as err:
            # The round changed between the check and the signature: show it at the rows.
            self.model.show_problems(err.problems)
            raise

    def _after_signing(self) -> None:
        result = self.last_result
        assert result is not None
        self.model.dirty = False
        self._road_dirty = False
        self.signed.emit(result)
        level = level_label(result.signoff.level)
        if result.signoff.passed:
            text = self.tr("{level} signed: pass.").format(level=level)
        else:
            items = "\n".join(f"• {failed_item_line(i, self.ctx.lang)}" for i in result.failed_items)
            text = self.tr(
                "{level} signed: FAIL. The car goes back to the workshop with these items:\n{items}\n"
                "Rework record {rework} was created; the next finish of the work starts a new QC round."
            ).format(level=level, items=items, rework=result.rework_id)
        show_info(self, text)
        self.accept()
