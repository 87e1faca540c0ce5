"""Issue 12.1: the same comeback is never registered twice, whichever way the advisor goes."""

from __future__ import annotations

import importlib
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.vocabulary import OrderStatus, ReworkKind
from dealerdesk.services.orders.work_orders import open_order
from dealerdesk.services.rework import register as rework
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.rework.comeback_dialog import ComebackDialog
from tests.helpers import UserSet
from tests.order_samples import VIN_CHINA, complete_order
from tests.rework_data import add_order
from tests.ui.comeback_answer import answer_comeback, no_prompt_expected, says_yes
from tests.ui.test_comeback_prompt import no_other_boxes  # noqa: F401  (autouse: no message box blocks)


@pytest.fixture
def earlier(db: Database, people: UserSet) -> int:
    return add_order(
        db,
        people.advisor.id,
        vin=VIN_CHINA,
        delivered_at=datetime.now(UTC) - timedelta(days=3),
        mileage_in=12_000,
        technician_ids=(people.tech.id,),
    )


def _open_new_order(qtbot: QtBot, db: Database, people: UserSet) -> WorkOrderDialog:
    dialog = WorkOrderDialog(UiContext(db, people.advisor, get_settings(db), "en"))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.fill(complete_order(vin=VIN_CHINA, mileage=12_345))
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return dialog


def test_registered_on_the_rework_page_then_yes_links_the_new_order_to_that_record(
    qtbot: QtBot, db: Database, people: UserSet, earlier: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    registered = rework.register_external(db, people.advisor, earlier, None, "刹车又响")
    seen: list[tuple[str, str]] = []

    def reads_then_says_yes(prompt: ComebackDialog) -> None:
        seen.append((prompt.details.toPlainText(), prompt.yes_button.text()))
        assert prompt.yes_button.isEnabled()
        says_yes(qtbot)(prompt)

    answer_comeback(monkeypatch, qtbot, reads_then_says_yes)
    dialog = _open_new_order(qtbot, db, people)
    assert "registered already, without its comeback order" in seen[0][0]
    assert "link to the registered external rework" in seen[0][1]
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.OPEN
    [record] = rework.list_reworks(db, people.manager)  # one record: the comeback counts once
    assert record.id == registered.summary.id and record.kind is ReworkKind.EXTERNAL
    assert record.rework_order_number == dialog.detail.number


def test_registered_with_its_order_the_prompt_does_not_offer_it_again(
    qtbot: QtBot, db: Database, people: UserSet, earlier: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_order(db, people.advisor, complete_order(vin=VIN_CHINA, mileage=12_100), comeback_of=earlier)
    prompts = no_prompt_expected(monkeypatch)
    dialog = _open_new_order(qtbot, db, people)
    assert prompts == []
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.OPEN
    [record] = rework.list_reworks(db, people.manager)
    assert record.rework_order_number == first.number
    # The prompt itself, shown anyway: Yes is not offered for it.
    [candidate] = rework.comeback_candidates(db, people.advisor, VIN_CHINA, 12_345)
    prompt = ComebackDialog([candidate])
    qtbot.addWidget(prompt)
    assert not prompt.yes_button.isEnabled()
    assert f"registered already, with order {first.number}" in prompt.details.toPlainText()


def test_the_service_refuses_a_second_record(db: Database, people: UserSet, earlier: int) -> None:
    rework.register_external(db, people.advisor, earlier, None)
    with pytest.raises(DealerDeskError, match="registered already"):
        rework.register_external(db, people.advisor, earlier, None)
    assert len(rework.list_reworks(db, people.manager)) == 1


def test_the_database_refuses_a_second_external_rework(db: Database, people: UserSet, earlier: int) -> None:
    rework.register_external(db, people.advisor, earlier, None)
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        insert = (
            "INSERT INTO rework_records (version, original_order_id, kind, detected_at, detected_by_id, stage, "
            "failed_items, description, cause_detail, corrective_action, labour_cost_fen, parts_cost_fen, status) "
            "VALUES (1, ?, ?, '2026-03-01 10:00:00', ?, '', '[]', '', '', '', 0, 0, 'open')"
        )
        conn.execute(insert, (earlier, "qc", people.advisor.id))  # other kinds are not limited
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute(insert, (earlier, "external", people.advisor.id))


def test_migration_merges_the_duplicates_written_before_it(db: Database, people: UserSet, earlier: int) -> None:

    back = open_order(db, people.advisor, complete_order(vin=VIN_CHINA, mileage=12_100)).id
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:  # the database as the bug left it: no guard yet
        conn.execute("DROP INDEX uq_rework_records_external_original")
    first = rework.register_external(db, people.advisor, earlier, None).summary.id
    with sqlite3.connect(db.path) as conn:
        conn.execute(
            "INSERT INTO rework_records (version, original_order_id, rework_order_id, kind, detected_at, "
            "detected_by_id, stage, failed_items, description, cause_detail, corrective_action, labour_cost_fen, "
            "parts_cost_fen, status) VALUES (1, ?, ?, 'external', '2099-01-01 00:00:00', ?, 'after_delivery', '[]', "
            "'第二次登记', '', '', 0, 0, 'open')",
            (earlier, back, people.advisor.id),
        )
    # Migration 0012's own step, run on that database (the later migrations' steps are not part of the story).
    migration = importlib.import_module("dealerdesk.db.migrations.versions.0012_one_external_rework")
    with db.engine.begin() as conn:
        migration._merge_duplicates(conn)
    [record] = rework.list_reworks(db, people.manager)
    assert record.id == first and record.rework_order_number != ""  # kept the earliest, with the later one's order
    history = rework.get_rework(db, people.manager, first).history
    assert any(h.action == "merge_duplicate_external_rework" and "第二次登记" in str(h.changes) for h in history)
