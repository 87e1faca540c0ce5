"""People working through a QC checklist with the keyboard, asserting what they see."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import ReworkRecord
from dealerdesk.domain.vocabulary import ItemAnswer, OrderStatus, QcLevel
from dealerdesk.services.actor import Actor
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import RoundView
from dealerdesk.services.settings import get_settings
from dealerdesk.ui import feedback
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.qc.checklist_dialog import ChecklistDialog
from dealerdesk.ui.qc.qc_checklist_model import QcChecklistModel
from tests.db.qc_helpers import make_order, passing_answers
from tests.helpers import PASSWORD, UserSet


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """What the message boxes would have said; questions are answered yes."""
    said: list[str] = []
    import dealerdesk.ui.qc.checklist_dialog as dialog_module

    for module in (feedback, dialog_module):
        monkeypatch.setattr(module, "show_info", lambda _parent, text: said.append(text))
        monkeypatch.setattr(module, "show_error", lambda _parent, text: said.append(text))
        monkeypatch.setattr(module, "ask_yes_no", lambda _parent, text: said.append(text) or True)
    yield said


def open_dialog(qtbot: QtBot, db: Database, actor: Actor, round_id: int) -> ChecklistDialog:
    dialog = ChecklistDialog(UiContext(db, actor, get_settings(db), "en"), round_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    return dialog


def type_keys(qtbot: QtBot, keys: str | Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Keys go where a person's would: to whatever has the focus (the table, then its editor)."""
    for key in [keys] if isinstance(keys, Qt.Key) else list(keys):
        target = QApplication.focusWidget()
        assert isinstance(target, QWidget)
        if isinstance(key, Qt.Key):
            qtbot.keyClick(target, key, modifier)
        else:
            qtbot.keyClicks(target, key)
        QApplication.processEvents()  # Enter commits through a queued call


def cell(dialog: ChecklistDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def finished_round(db: Database, people: UserSet) -> RoundView:
    return qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))


def test_technician_answers_level_1_by_keyboard_and_a_low_tyre_fails_it(
    qtbot: QtBot, db: Database, people: UserSet, messages: list[str]
) -> None:
    view = finished_round(db, people)
    dialog = open_dialog(qtbot, db, people.tech, view.id)
    assert dialog.tabs.currentIndex() == 0 and dialog.sign_button.text() == "Si&gn level 1…"
    assert dialog.table.currentIndex().row() == 0

    type_keys(qtbot, "pp")  # oil filter, drain plug
    type_keys(qtbot, "85")  # engine oil level: typing a digit on a measured item opens its value
    assert cell(dialog, 2, QcChecklistModel.ANSWER) == "Pass (by value)"  # judged while typing
    type_keys(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, "40")  # coolant below its 50-100 %
    assert cell(dialog, 3, QcChecklistModel.ANSWER) == "Fail (by value)"
    assert "40 % is outside 50–100 %: the item fails." in dialog.item_info.text()
    type_keys(qtbot, Qt.Key.Key_Backspace)
    type_keys(qtbot, "5")  # 45 %
    assert cell(dialog, 3, QcChecklistModel.ANSWER) == "Fail (by value)"
    type_keys(qtbot, Qt.Key.Key_Backspace)
    type_keys(qtbot, Qt.Key.Key_Backspace)
    type_keys(qtbot, "55")  # in range again
    assert cell(dialog, 3, QcChecklistModel.ANSWER) == "Pass (by value)"
    type_keys(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, "pnp")  # filters, spark plugs not due, washer fluid
    assert cell(dialog, 5, QcChecklistModel.ANSWER) == "N/A"
    type_keys(qtbot, "1.9")  # tyre pressure, too low
    type_keys(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, "125")
    type_keys(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, "pp")  # no leaks; fault codes (a note item) answered...
    type_keys(qtbot, "p")  # ...service reminder
    assert dialog.table.currentIndex().row() == 11

    # Ctrl+Enter: two items are refused at their rows, nothing is signed, the password is not asked.
    type_keys(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.password_dialog is None
    assert "Level 1: technician self-check cannot be signed yet:" in dialog.problems.text()
    assert "Item 8 (Tyre pressure" in dialog.problems.text() and "needs a note" in dialog.problems.text()
    assert "Item 11 (Read all modules' fault codes" in dialog.problems.text()
    assert dialog.table.currentIndex().row() == 7  # the first refused item, to fix it
    assert dialog.model.rows[7].problem and dialog.model.rows[10].problem

    type_keys(qtbot, Qt.Key.Key_Right)  # Value
    type_keys(qtbot, Qt.Key.Key_Right)  # Answer
    type_keys(qtbot, Qt.Key.Key_Right)  # Note
    type_keys(qtbot, "f")  # typing in the note column starts the note
    type_keys(qtbot, "ront left 1.9 bar, slow leak")
    type_keys(qtbot, Qt.Key.Key_Return)
    dialog.table.go_to(10, QcChecklistModel.NOTE)
    type_keys(qtbot, "none")
    type_keys(qtbot, Qt.Key.Key_Return)
    assert dialog.model.rows[7].note == "front left 1.9 bar, slow leak" and dialog.model.rows[10].note == "none"

    type_keys(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    password = dialog.password_dialog
    assert password is not None and password.isVisible()
    assert "Sign Level 1: technician self-check of order" in password.prompt.text()
    qtbot.keyClicks(password.password, PASSWORD)
    qtbot.keyClick(password.password, Qt.Key.Key_Return)

    assert dialog.result() == ChecklistDialog.DialogCode.Accepted
    result = dialog.last_result
    assert result is not None and not result.signoff.passed
    assert [i.code for i in result.failed_items] == ["tyre_pressure"]
    assert messages[-1].startswith("Level 1: technician self-check signed: FAIL.")
    assert "front left 1.9 bar, slow leak" in messages[-1]
    signed = qc.load_round(db, view.id).level(QcLevel.SELF_CHECK)
    answers = {i.code: (i.answer, i.value, i.note) for i in signed.items}
    assert answers["engine_oil_level"] == (None, "85", "")
    assert answers["coolant_level"] == (None, "55", "")
    assert answers["spark_plugs"] == (ItemAnswer.NOT_APPLICABLE, "", "")
    assert answers["fault_codes"] == (ItemAnswer.PASS, "", "none")
    with db.read() as s:
        assert s.scalars(select(ReworkRecord.qc_level)).all() == [1]


def test_inspector_signs_final_inspection_with_road_test_and_password(
    qtbot: QtBot, db: Database, people: UserSet, messages: list[str]
) -> None:
    view = finished_round(db, people)
    qc.sign_level(db, people.tech, view.id, 1, PASSWORD, passing_answers(view, QcLevel.SELF_CHECK))
    qc.sign_level(db, people.lead2, view.id, 2, PASSWORD, passing_answers(view, QcLevel.TEAM_LEAD))
    dialog = open_dialog(qtbot, db, people.qc, view.id)
    assert dialog.level is QcLevel.FINAL and dialog.sign_button.isEnabled()
    assert "✓" in dialog.tabs.tabText(0) and "✓" in dialog.tabs.tabText(1)
    assert dialog.road_box.isVisible()

    type_keys(qtbot, "ppppp")
    assert [cell(dialog, r, QcChecklistModel.ANSWER) for r in range(5)] == ["Pass"] * 5
    type_keys(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Enter the odometer reading before the road test." in dialog.problems.text()
    assert QApplication.focusWidget() is dialog.road_out
    type_keys(qtbot, "42010")
    type_keys(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.road_in
    type_keys(qtbot, "42018")
    type_keys(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    password = dialog.password_dialog
    assert password is not None
    qtbot.keyClicks(password.password, "wrong-one")
    qtbot.keyClick(password.password, Qt.Key.Key_Return)
    assert password.isVisible() and password.error.text() == "The password is wrong."
    assert dialog.isVisible() and qc.load_round(db, view.id).level(QcLevel.FINAL).signoff is None
    qtbot.keyClicks(password.password, PASSWORD)
    qtbot.keyClick(password.password, Qt.Key.Key_Return)

    assert messages[-1] == "Level 3: final inspection signed: pass."
    after = qc.load_round(db, view.id)
    assert after.order_status is OrderStatus.READY
    assert (after.road_test_out_km, after.road_test_in_km) == (42_010, 42_018)
    signoff = after.level(QcLevel.FINAL).signoff
    assert signoff is not None and signoff.signer == "郑质检"


def test_a_level_the_user_may_not_sign_says_why(qtbot: QtBot, db: Database, people: UserSet) -> None:
    view = finished_round(db, people)
    dialog = open_dialog(qtbot, db, people.qc, view.id)
    assert dialog.level is QcLevel.SELF_CHECK  # nothing is for the inspector yet: the waiting level
    assert not dialog.sign_button.isEnabled() and not dialog.model.editable
    assert dialog.level_status.text() == "Level 1 (self-check) can be signed only by a technician."
    dialog.tabs.setCurrentIndex(2)
    assert dialog.level_status.text() == "Level 2 must be signed before level 3."
    type_keys(qtbot, "p")
    assert dialog.model.rows[0].answer is None


def test_typed_answers_are_kept_when_the_dialog_closes(
    qtbot: QtBot, db: Database, people: UserSet, messages: list[str]
) -> None:
    view = finished_round(db, people)
    dialog = open_dialog(qtbot, db, people.tech, view.id)
    type_keys(qtbot, "pf")  # F opens the failed item's note
    type_keys(qtbot, "drain plug washer reused")
    dialog.close_button.click()  # the note editor is still open: its text is kept too
    assert not dialog.isVisible() and messages == []
    kept = {i.code: (i.answer, i.note) for i in qc.load_round(db, view.id).level(QcLevel.SELF_CHECK).items}
    assert kept["oil_filter_replaced"] == (ItemAnswer.PASS, "")
    assert kept["drain_plug_torqued"] == (ItemAnswer.FAIL, "drain plug washer reused")

    again = open_dialog(qtbot, db, people.tech, view.id)
    assert cell(again, 1, QcChecklistModel.ANSWER) == "Fail"
    assert cell(again, 1, QcChecklistModel.NOTE) == "drain plug washer reused"


def test_checklist_model_passes_the_model_tester(qtmodeltester, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    view = finished_round(db, people)
    model = QcChecklistModel("zh_CN")
    model.load(QcLevel.SELF_CHECK, view.level(QcLevel.SELF_CHECK).items, editable=True)
    qtmodeltester.check(model)
    assert model.index(0, QcChecklistModel.ITEM).data().startswith("机油滤清器已更换")
    assert model.setData(model.index(7, QcChecklistModel.VALUE), "2.8")
    assert model.index(7, QcChecklistModel.ANSWER).data() == "Fail (by value)"
    assert not model.setData(model.index(0, QcChecklistModel.VALUE), "1")  # a check item takes no value


def test_whoever_signed_level_1_is_told_someone_else_signs_level_2(qtbot: QtBot, db: Database, people: UserSet) -> None:
    order_id = make_order(db, people.advisor, people.lead)  # lead1 is technician and team lead, on the order
    view = qc.finish_work(db, people.lead, order_id)
    qc.sign_level(db, people.lead, view.id, 1, PASSWORD, passing_answers(view, QcLevel.SELF_CHECK))
    dialog = open_dialog(qtbot, db, people.lead, view.id)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.level is QcLevel.TEAM_LEAD
    assert dialog.level_status.text() == "You signed level 1 of this QC round, so someone else must sign level 2."
    assert not dialog.sign_button.isEnabled() and not dialog.model.editable
    type_keys(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.password_dialog is None
    dialog.tabs.setCurrentIndex(0)
    assert dialog.level_status.text().startswith("Level 1: technician self-check signed by 孙班长 on ")
    assert dialog.level_status.text().endswith(": Pass. Signed and final.")
