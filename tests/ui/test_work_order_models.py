"""The work-order item models pass Qt's model tester and edit lines the way the table needs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from dealerdesk.domain.order_rules import LabourLineInput, PartsLineInput
from dealerdesk.domain.vocabulary import ApprovalMethod
from dealerdesk.services.audit import AuditView
from dealerdesk.services.orders.work_orders import ExtraWorkView
from dealerdesk.ui.orders.order_history_model import ChangeLogModel, ExtraWorkModel
from dealerdesk.ui.orders.order_lines_model import LabourLinesModel, PartsLinesModel

NOW = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)


def test_labour_lines_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = LabourLinesModel([(5, "王师傅")], 30000)
    model.set_lines([LabourLineInput("更换机油", 100, 30000, 5)])
    model.insert_line()
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "王师傅" and model.index(1, 2).data() == "300.00"
    assert model.setData(model.index(1, 1), "0.5")
    assert not model.setData(model.index(1, 1), "-1")  # refused, the line keeps its hours
    assert not model.setData(model.index(1, 3), "1")  # the amount is computed
    assert model.index(1, 3).data() == "150.00"
    assert not model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    model.read_only = True
    assert not model.setData(model.index(0, 0), "x")
    model.read_only = False
    model.remove_line(0)
    assert [x.operation for x in model.lines] == [""]


def test_parts_lines_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PartsLinesModel()
    model.set_lines([PartsLineInput("06L115562", "机油滤清器", 1000, 8800)])
    model.insert_line()
    qtmodeltester.check(model)
    assert model.setData(model.index(1, 2), "4.5") and model.setData(model.index(1, 3), "68.50")
    assert model.index(1, 2).data() == "4.5" and model.index(1, 4).data() == "308.25"
    assert not model.setData(model.index(1, 2), "abc")


def test_history_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    extra = ExtraWorkModel()
    extra.set_rows(
        [
            ExtraWorkView(
                1, "更换刹车片", 48000, NOW + timedelta(hours=2), "张三", ApprovalMethod.PHONE, NOW, 3, "李晓明", NOW
            )
        ]
    )
    qtmodeltester.check(extra)
    assert extra.index(0, 2).data() == "480.00" and extra.index(0, 5).data() == "Phone"
    log = ChangeLogModel()
    log.set_rows(
        [
            AuditView(NOW, "李晓明", "open_order", "work_order", "1", {"number": "WO1", "status": ["draft", "open"]}),
            AuditView(NOW, "周经理", "cancel_order", "work_order", "1", {"reason": "客户改期"}),
        ]
    )
    qtmodeltester.check(log)
    assert [log.index(r, 2).data() for r in range(2)] == ["Order opened", "Cancelled"]
    assert log.index(1, 3).data() == "客户改期"


def test_the_change_log_says_what_changed_in_words(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    changed = {
        "colour": ["白色", "红色"],
        "mileage_in": [12345, 12000],
        "category": ["periodic_maintenance", "warranty"],
        "concerns": [["做保养"], ["做保养", "异响"]],
        "confirmed_warnings": ["vin"],
    }
    log = ChangeLogModel()
    log.set_rows(
        [
            AuditView(NOW, "陈静", "update_order", "work_order", "1", changed),
            AuditView(NOW, "王师傅", "finish_work", "work_order", "1", {"status": ["in_workshop", "awaiting_qc"]}),
            AuditView(
                NOW, "孙班长", "sign_qc_level", "work_order", "1", {"qc_round": 1, "level": 2, "outcome": "pass"}
            ),
            AuditView(
                NOW,
                "李晓明",
                "deliver",
                "work_order",
                "1",
                {"status": ["ready_for_delivery", "delivered"], "qc_round": 1},
            ),
        ]
    )
    qtmodeltester.check(log)
    assert [log.index(r, 2).data() for r in range(4)] == [
        "Order changed",
        "Work finished, QC started",
        "QC level signed",
        "Delivered",
    ]
    assert log.index(0, 3).data() == (
        "colour: 白色 → 红色; mileage: 12,345 → 12,000; category: Periodic maintenance → Warranty; "
        "customer concerns; warnings confirmed: VIN"
    )
    assert log.index(1, 3).data() == "Status: In workshop → Awaiting QC"
    assert log.index(2, 3).data() == "Level 2: team lead check, round 1: passed"
    assert log.index(3, 3).data() == "Status: Ready for delivery → Delivered"
    unknown = AuditView(NOW, "admin", "import", "work_order", "1", {"status": ["archived", "open"]})
    log.set_rows([unknown])
    assert log.index(0, 2).data() == "import" and log.index(0, 3).data() == "Status: archived → Open"
