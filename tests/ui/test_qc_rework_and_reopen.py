"""What the workshop sees after a failed level, and a manager reopening a ready car's final inspection."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel
from dealerdesk.services.actor import Actor
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.qc.checklist_dialog import ChecklistDialog
from dealerdesk.ui.qc.qc_checklist_model import QcChecklistModel
from dealerdesk.ui.qc.qc_page import QcPage
from dealerdesk.ui.qc.qc_queue_model import QcQueueModel
from dealerdesk.ui.qc.reopen_level_dialog import ReopenLevelDialog
from tests.db.qc_helpers import make_order, passing_answers, with_failure
from tests.helpers import PASSWORD, UserSet

L1, L2, L3, L4 = QcLevel


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    said: list[str] = []
    import dealerdesk.ui.qc.qc_page as page_module

    monkeypatch.setattr(page_module, "show_info", lambda _parent, text: said.append(text))
    monkeypatch.setattr(page_module, "show_error", lambda _parent, text: said.append(text))
    monkeypatch.setattr(page_module, "ask_yes_no", lambda _parent, text: said.append(text) or True)
    yield said


def page_for(qtbot: QtBot, db: Database, actor: Actor) -> QcPage:
    page = QcPage(UiContext(db, actor, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    return page


def test_technician_sees_what_failed_and_the_next_round_shows_it_again(
    qtbot: QtBot, db: Database, people: UserSet, messages: list[str]
) -> None:
    order_id = make_order(db, people.advisor, people.tech)
    first = qc.finish_work(db, people.tech, order_id)
    qc.sign_level(db, people.tech, first.id, L1, PASSWORD, passing_answers(first, L1))
    failing = with_failure(passing_answers(first, L2), "brake_pad_thickness", "2.1", "left front pad worn")
    qc.sign_level(db, people.lead2, first.id, L2, PASSWORD, failing)

    page = page_for(qtbot, db, people.tech)
    page.select_order(order_id)
    last = page.proxy.index(page.table.currentIndex().row(), QcQueueModel.LAST)
    assert last.data() == "Round 1 failed at L2 team lead"
    assert page.failure.isVisible()
    lines = page.failure.text().splitlines()
    assert lines[0].startswith("Round 1 failed at Level 2: team lead check (吴班长, ")
    assert lines[0].endswith(". Failed items:")
    assert lines[1:] == [
        "• Brake-pad lining thickness (thinnest of the four wheels): 2.1 mm (allowed ≥ 3 mm) – left front pad worn"
    ]
    assert "left front pad worn" in str(last.data(Qt.ItemDataRole.ToolTipRole))

    page.finish_button.click()  # the question repeats the failed items before a new round starts
    assert lines[1] in messages[-1] and "A new QC round starts at level 1." in messages[-1]
    assert not page.failure.isVisible()  # now in QC: the row has a round again

    dialog = ChecklistDialog(UiContext(db, people.tech, get_settings(db), "en"), page.selected().round_id or 0)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.previous_failure.isVisible()
    assert dialog.previous_failure.text().splitlines()[1:] == lines[1:]
    dialog.tabs.setCurrentIndex(2)  # every level sees it, not only the self-check
    assert dialog.previous_failure.isVisible()


def test_a_first_round_has_no_failure_banner(qtbot: QtBot, db: Database, people: UserSet) -> None:
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    dialog = ChecklistDialog(UiContext(db, people.tech, get_settings(db), "en"), view.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.previous_failure.isVisible() and dialog.previous_failure.text() == ""


def test_manager_reopens_final_inspection_of_a_ready_car_by_keyboard(
    qtbot: QtBot, db: Database, people: UserSet
) -> None:
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    for who, level in ((people.tech, L1), (people.lead2, L2), (people.qc, L3)):
        road = RoadTest(42_010, 42_015) if level is L3 else None
        qc.sign_level(db, who, view.id, level, PASSWORD, passing_answers(view, level), road)

    page = page_for(qtbot, db, people.manager)
    page.select_order(view.order_id)
    assert page.reopen_button.isEnabled()
    page.reopen_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReopenLevelDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)
    assert dialog.level.currentText().startswith("Level 3: final inspection – Pass, 郑质检")
    assert dialog.consequence.isVisible()
    assert "is ready for delivery: reopening Level 3: final inspection sends it back to awaiting QC" in (
        dialog.consequence.text()
    )
    qtbot.keyClicks(dialog.reason, "road test readings swapped")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Backtab)  # to the level
    assert QApplication.focusWidget() is dialog.level
    qtbot.keyClick(dialog.level, Qt.Key.Key_Up)
    assert dialog.level.currentData() == int(L2) and dialog.consequence.isVisible()
    qtbot.keyClick(dialog.level, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.level, Qt.Key.Key_Return)  # Enter accepts the dialog

    assert dialog.result() == ReopenLevelDialog.DialogCode.Accepted
    after = qc.load_round(db, view.id)
    assert (after.order_status, after.next_level) == (OrderStatus.AWAITING_QC, L3)
    assert [str(page.proxy.index(r, QcQueueModel.WAITING).data()) for r in range(page.proxy.rowCount())] == [
        "Level 3: final inspection"
    ]


def test_reopening_only_the_hand_over_check_says_nothing_about_qc(qtbot: QtBot, db: Database, people: UserSet) -> None:
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    for who, level in ((people.tech, L1), (people.lead2, L2), (people.qc, L3), (people.advisor, L4)):
        road = RoadTest(42_010, 42_015) if level is L3 else None
        qc.sign_level(db, who, view.id, level, PASSWORD, passing_answers(view, level), road)
    dialog = ReopenLevelDialog(UiContext(db, people.manager, get_settings(db), "en"), qc.load_round(db, view.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.level.currentData() == int(L4) and not dialog.consequence.isVisible()
    dialog.level.setCurrentIndex(2)
    assert dialog.consequence.isVisible()


def test_steps_for_another_role_stay_greyed(qtbot: QtBot, db: Database, people: UserSet) -> None:
    in_workshop = make_order(db, people.advisor, people.tech)
    inspector = page_for(qtbot, db, people.qc)
    inspector.select_order(in_workshop)
    assert not inspector.finish_button.isEnabled() and inspector.history_button.isEnabled()
    technician = page_for(qtbot, db, people.tech)
    technician.select_order(in_workshop)
    assert technician.finish_button.isEnabled()


def test_the_answer_column_fits_its_longest_answer(qtbot: QtBot, db: Database, people: UserSet) -> None:
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    dialog = ChecklistDialog(UiContext(db, people.tech, get_settings(db), "en"), view.id)
    qtbot.addWidget(dialog)
    widest = dialog.table.fontMetrics().horizontalAdvance("Fail (by value)")
    assert dialog.table.columnWidth(QcChecklistModel.ANSWER) > widest
