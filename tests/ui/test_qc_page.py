"""The QC page: the queue per user, finishing work, delivering, history and reopening."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel
from dealerdesk.services.actor import Actor
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import QueueStage, RoundView
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.qc.checklist_dialog import ChecklistDialog
from dealerdesk.ui.qc.qc_history_dialog import QcHistoryDialog
from dealerdesk.ui.qc.qc_page import QcPage
from dealerdesk.ui.qc.qc_queue_model import QcQueueModel
from dealerdesk.ui.qc.qc_signoffs_model import QcSignoffsModel
from dealerdesk.ui.qc.reopen_level_dialog import ReopenLevelDialog
from tests.db.qc_helpers import make_order, passing_answers, with_failure
from tests.db.settlement_helpers import settle_in_full
from tests.helpers import PASSWORD, UserSet


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


def shown(page: QcPage, column: int = QcQueueModel.ORDER) -> list[str]:
    return [str(page.proxy.index(r, column).data()) for r in range(page.proxy.rowCount())]


def sign_through(db: Database, people: UserSet, view: RoundView, last: QcLevel) -> None:
    signers = {1: people.tech, 2: people.lead2, 3: people.qc, 4: people.advisor}
    for level in range(1, int(last) + 1):
        road = RoadTest(42_010, 42_015) if level == 3 else None
        answers = passing_answers(view, QcLevel(level))
        qc.sign_level(db, signers[level], view.id, level, PASSWORD, answers, road)


@pytest.fixture
def orders(db: Database, people: UserSet) -> dict[str, int]:
    """One order at each stage."""
    out = {"workshop": make_order(db, people.advisor, people.tech)}
    for name, last in (("level1", None), ("level3", QcLevel.TEAM_LEAD), ("deliver", QcLevel.HANDOVER)):
        view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
        if last is not None:
            sign_through(db, people, view, last)
        out[name] = view.order_id
    return out


def number_of(db: Database, order_id: int) -> str:
    return qc.qc_history(db, order_id).order_number


def test_inspector_sees_final_inspections_first_and_opens_one_with_enter(
    qtbot: QtBot, db: Database, people: UserSet, orders: dict[str, int]
) -> None:
    page = page_for(qtbot, db, people.qc)
    assert shown(page, QcQueueModel.WAITING) == [
        "Level 3: final inspection",
        "In workshop",
        "Level 1: self-check",
        "Ready to deliver",
    ]
    assert page.count.text() == "4 of 4 orders · 1 waiting for you"
    assert page.table.currentIndex().row() == 0 and page.open_button.isEnabled()
    assert not page.finish_button.isEnabled() and not page.deliver_button.isEnabled()
    assert not page.reopen_button.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, ChecklistDialog) and dialog.isVisible()
    assert dialog.level is QcLevel.FINAL and dialog.view.order_id == orders["level3"]
    dialog.reject()

    page.mine.setChecked(True)
    assert shown(page) == [number_of(db, orders["level3"])]
    page.mine.setChecked(False)
    page.stage.setCurrentIndex(page.stage.findData(int(QueueStage.LEVEL_1)))
    assert shown(page) == [number_of(db, orders["level1"])]
    page.stage.setCurrentIndex(0)
    page.search.setText(number_of(db, orders["deliver"])[-4:])
    assert shown(page, QcQueueModel.WAITING) == ["Ready to deliver"]


def test_technician_finishes_work_from_the_page(
    qtbot: QtBot, db: Database, people: UserSet, orders: dict[str, int], messages: list[str]
) -> None:
    page = page_for(qtbot, db, people.tech)
    assert shown(page, QcQueueModel.WAITING)[:2] == ["In workshop", "Level 1: self-check"]
    page.select_order(orders["workshop"])
    assert page.finish_button.isEnabled() and not page.open_button.isEnabled()
    page.finish_button.click()
    assert messages[-1].startswith("Finish the work on ")
    assert qc.load_round(db, order_id=orders["workshop"]).order_status is OrderStatus.AWAITING_QC
    row = page.selected()
    assert row is not None and row.order_id == orders["workshop"] and row.stage is QueueStage.LEVEL_1


def test_advisor_delivers_after_the_hand_over_check(
    qtbot: QtBot, db: Database, people: UserSet, orders: dict[str, int], messages: list[str]
) -> None:
    page = page_for(qtbot, db, people.advisor)
    assert shown(page, QcQueueModel.WAITING)[0] == "Ready to deliver"
    assert page.deliver_button.isEnabled() and page.settle_button.isEnabled()
    page.deliver_button.click()
    assert messages[-1] == f"Order {number_of(db, orders['deliver'])} has no settlement yet: settle it before delivery."
    settle_in_full(db, people.advisor, orders["deliver"])
    page.deliver_button.click()
    assert messages[-1] == f"{number_of(db, orders['deliver'])} is delivered."
    assert orders["deliver"] not in [r.order_id for r in page.model.rows]
    assert qc.load_round(db, order_id=orders["deliver"]).order_status is OrderStatus.DELIVERED


def test_history_shows_every_round_and_what_each_signature_signed(qtbot: QtBot, db: Database, people: UserSet) -> None:
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    sign_through(db, people, view, QcLevel.SELF_CHECK)
    failing = with_failure(passing_answers(view, QcLevel.TEAM_LEAD), "charging_voltage", "12.9", "发电机皮带打滑")
    qc.sign_level(db, people.lead2, view.id, 2, PASSWORD, failing)
    second = qc.finish_work(db, people.tech, view.order_id)
    sign_through(db, people, second, QcLevel.SELF_CHECK)
    qc.reopen_level(db, people.manager, second.id, 1, "机油液位填错")

    dialog = QcHistoryDialog(UiContext(db, people.manager, get_settings(db), "en"), view.order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rounds.text().splitlines()[0].startswith("Round 1: failed · Periodic maintenance checklist v1")
    assert dialog.rounds.text().splitlines()[1].startswith("Round 2: in progress")
    rows = [
        [str(dialog.signoffs.index(r, c).data()) for c in (0, 1, 2, 3, 5, 7)] for r in range(dialog.signoffs.rowCount())
    ]
    assert rows == [
        ["1 (failed)", "L1 self-check", "Pass", "王师傅", "", ""],
        ["1 (failed)", "L2 team lead", "Fail", "吴班长", "", ""],
        ["2 (in progress)", "L1 self-check", "Pass", "王师傅", "周经理", "机油液位填错"],
    ]
    dialog.signoffs_view.selectRow(1)
    voltage = [dialog.results.index(r, 2).data() for r in range(dialog.results.rowCount())]
    assert "12.9 V" in voltage
    assert "发电机皮带打滑" in [dialog.results.index(r, 4).data() for r in range(dialog.results.rowCount())]
    assert dialog.results_caption.text().startswith("What 吴班长 signed for Level 2: team lead check on ")


def test_manager_reopens_a_level_with_a_reason(qtbot: QtBot, db: Database, people: UserSet) -> None:
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    sign_through(db, people, view, QcLevel.TEAM_LEAD)
    page = page_for(qtbot, db, people.manager)
    assert page.reopen_button.isVisible() and page.reopen_button.isEnabled()
    page.reopen_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReopenLevelDialog)
    assert dialog.level.currentText().startswith("Level 2: team lead check – Pass, 吴班长")
    dialog.reopen()
    assert dialog.error.text() == "Enter the reason for reopening." and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "wrong brake pad reading")
    dialog.reopen()
    assert dialog.result() == ReopenLevelDialog.DialogCode.Accepted
    assert dialog.result_view is not None and dialog.result_view.next_level is QcLevel.TEAM_LEAD
    assert shown(page, QcQueueModel.WAITING) == ["Level 2: team lead"]


def test_queue_and_signoff_models_pass_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, db: Database, people: UserSet, orders: dict[str, int]
) -> None:
    queue = QcQueueModel()
    queue.set_rows(qc.qc_queue(db, people.qc))
    qtmodeltester.check(queue)
    signoffs = QcSignoffsModel()
    signoffs.set_history(qc.qc_history(db, orders["deliver"]))
    qtmodeltester.check(signoffs)
    assert signoffs.rowCount() == 4


def test_main_window_shows_the_qc_page(qtbot: QtBot, db: Database, people: UserSet, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(
        UiContext(db, people.qc, get_settings(db), "en"), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    page = window.page("qc")
    assert isinstance(page, QcPage) and page.objectName() == "page_qc"
