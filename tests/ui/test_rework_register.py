"""The rework register page and its detail dialog, driven as the service manager would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import CauseCategory, OrderStatus, ReworkKind
from dealerdesk.services.actor import Actor
from dealerdesk.services.rework import register as rework
from dealerdesk.services.rework.views import ReworkStatus
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.rework.rework_detail_dialog import ReworkDetailDialog
from dealerdesk.ui.rework.rework_page import ReworkPage
from dealerdesk.ui.rework.rework_register_model import ReworkRegisterModel
from tests.helpers import UserSet
from tests.rework_data import VIN2, add_order, add_rework


def _ctx(db: Database, actor: Actor) -> UiContext:
    return UiContext(db, actor, get_settings(db), "en")


@pytest.fixture
def records(db: Database, people: UserSet) -> dict[str, int]:
    recent = datetime.now(UTC) - timedelta(days=3)
    o1 = add_order(db, people.advisor.id, delivered_at=recent, technician_ids=(people.tech.id,), parts_fen=80000)
    o2 = add_order(db, people.advisor.id, vin=VIN2, delivered_at=recent, technician_ids=(people.tech2.id,))
    return {
        "qc": add_rework(db, o1, people.lead.id, technician_id=people.tech.id, detected_at=recent - timedelta(hours=5)),
        "internal": add_rework(
            db,
            o2,
            people.advisor.id,
            kind=ReworkKind.INTERNAL,
            qc_level=4,
            technician_id=people.tech2.id,
            cause=CauseCategory.MAN,
            detected_at=recent - timedelta(hours=1),
        ),
        "o1": o1,
    }


def test_model_passes_the_model_tester(qtmodeltester, db: Database, people: UserSet, records: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    model = ReworkRegisterModel()
    model.set_rows(rework.list_reworks(db, people.manager))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, ReworkRegisterModel.KIND).data() == "Internal rework"
    assert model.index(1, ReworkRegisterModel.TECHNICIAN).data() == "王师傅"


def test_filters_narrow_the_register(qtbot: QtBot, db: Database, people: UserSet, records: dict[str, int]) -> None:
    page = ReworkPage(_ctx(db, people.manager))
    qtbot.addWidget(page)
    page.show()
    assert page.proxy.rowCount() == 2 and page.count_label.text() == "Records: 2"
    page.kind.setCurrentIndex(page.kind.findData(ReworkKind.QC.value))
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, ReworkRegisterModel.KIND).data() == "QC rework"
    page.kind.setCurrentIndex(0)
    page.cause.setCurrentIndex(page.cause.findData(CauseCategory.MAN.value))
    assert page.count_label.text() == "Records: 1"
    assert page.proxy.index(0, ReworkRegisterModel.CAUSE).data() == "Man (people)"
    page.cause.setCurrentIndex(0)
    page.technician.setCurrentIndex(page.technician.findData(people.tech.id))
    assert page.proxy.index(0, ReworkRegisterModel.TECHNICIAN).data() == "王师傅" and page.proxy.rowCount() == 1
    page.technician.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData(ReworkStatus.CLOSED.value))
    assert page.proxy.rowCount() == 0
    page.status.setCurrentIndex(0)
    page.date_from.setDate(page.date_to.date().addDays(1))
    assert page.proxy.rowCount() == 0


def test_enter_opens_detail_and_closing_needs_cause_and_action(
    qtbot: QtBot, db: Database, people: UserSet, records: dict[str, int]
) -> None:
    page = ReworkPage(_ctx(db, people.qc))
    qtbot.addWidget(page)
    page.show()
    page.select_id(records["qc"])
    page.view.setFocus()
    opened: list[ReworkDetailDialog] = []
    original_open = page.open_record
    page.open_record = lambda rid: opened.append(original_open(rid)) or opened[-1]  # type: ignore[method-assign]
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = opened[0]
    assert dialog.isVisible() and "油箱附近有汽油味" in dialog.facts.toPlainText()
    assert dialog.technician.currentText().startswith("王师傅")
    dialog.close_record_button.click()
    assert dialog.isVisible()
    assert "Choose the cause category" in dialog.error.text() and "corrective action" in dialog.error.text()
    assert dialog.cause.styleSheet() != "" and dialog.corrective_action.styleSheet() != ""
    dialog.cause.setCurrentIndex(dialog.cause.findData(CauseCategory.METHOD.value))
    dialog.cause_detail.setPlainText("油管卡箍未按规定力矩拧紧")
    dialog.corrective_action.setPlainText("重新紧固，作业指导书增加力矩检查")
    dialog.labour_cost.selectAll()  # as tabbing into the field does
    qtbot.keyClicks(dialog.labour_cost, "300")
    dialog.close_record_button.click()
    assert not dialog.isVisible()
    d = rework.get_rework(db, people.manager, records["qc"])
    assert d.is_closed and d.summary.cause is CauseCategory.METHOD and d.labour_cost_fen == 30000
    assert d.corrective_action == "重新紧固，作业指导书增加力矩检查"
    status_col = ReworkRegisterModel.STATUS
    row = page.view.selectionModel().selectedRows()[0].row()
    assert page.proxy.index(row, status_col).data() == "Closed"


def test_technician_sees_but_cannot_edit(qtbot: QtBot, db: Database, people: UserSet, records: dict[str, int]) -> None:
    dialog = ReworkDetailDialog(_ctx(db, people.tech), records["qc"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.cause.isEnabled() and not dialog.save_button.isVisible()
    assert not dialog.close_record_button.isVisible()


def test_manager_registers_an_external_rework_by_order_number(
    qtbot: QtBot, db: Database, people: UserSet, records: dict[str, int]
) -> None:
    back = add_order(db, people.advisor.id, status=OrderStatus.OPEN, delivered_at=None)
    numbers = {o.id: o.number for o in [rework.get_rework(db, people.manager, records["qc"]).original]}
    page = ReworkPage(_ctx(db, people.manager))
    qtbot.addWidget(page)
    page.show()
    dialog = page.register_external()
    qtbot.keyClicks(dialog.original, "WO-nothing")
    qtbot.keyClick(dialog.original, Qt.Key.Key_Return)
    assert "No work order with the number WO-nothing" in dialog.error.text() and dialog.isVisible()
    dialog.original.setText(numbers[records["o1"]])
    with db.read() as s:
        from dealerdesk.db.models import WorkOrder

        back_number = s.get(WorkOrder, back).number  # type: ignore[union-attr]
    dialog.rework_order.setText(back_number)
    dialog.description.setPlainText("又闻到汽油味")
    qtbot.keyClick(dialog.original, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert page.proxy.rowCount() == 3
    externals = rework.list_reworks(db, people.manager, rework.ReworkFilter(kind=ReworkKind.EXTERNAL))
    assert [r.rework_order_number for r in externals] == [back_number]


def _status_shown(page: ReworkPage, record_id: int) -> str:
    [row] = [
        r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) == record_id
    ]
    return str(page.proxy.index(row, ReworkRegisterModel.STATUS).data())


def test_manager_reopens_a_closed_record_with_a_reason_then_saves_the_analysis(
    qtbot: QtBot, db: Database, people: UserSet, records: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ReworkPage(_ctx(db, people.manager))
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_record(records["qc"])
    dialog.cause.setCurrentIndex(dialog.cause.findData(CauseCategory.MACHINE.value))
    dialog.corrective_action.setPlainText("校准扭力扳手")
    dialog.close_record_button.click()
    assert not dialog.isVisible()
    assert _status_shown(page, records["qc"]) == "Closed"

    dialog = page.open_record(records["qc"])
    assert dialog.reopen_button.isVisible() and not dialog.save_button.isVisible()
    assert dialog.corrective_action.isReadOnly() and "Closed" in dialog.facts.toPlainText()
    asked: list[str] = []

    def reason(_parent: object, _title: str, label: str) -> tuple[str, bool]:
        asked.append(label)
        return "扳手校准后同一车再次异响", True

    monkeypatch.setattr("dealerdesk.ui.rework.rework_detail_dialog.QInputDialog.getText", reason)
    dialog.reopen_button.click()
    assert asked == ["Reason for reopening:"]
    assert dialog.save_button.isVisible() and not dialog.corrective_action.isReadOnly()
    history = dialog.facts.toPlainText()
    assert "reason for reopening: 扳手校准后同一车再次异响" in history and "reopened" in history
    dialog.cause_detail.setPlainText("扭力扳手误差超差")
    dialog.save_button.click()
    assert dialog.error.text() == "Saved." and dialog.isVisible()
    dialog.reject()
    assert _status_shown(page, records["qc"]) == "Still open"  # the register reloaded after the save
    d = rework.get_rework(db, people.manager, records["qc"])
    assert not d.is_closed and d.summary.cause_detail == "扭力扳手误差超差"
