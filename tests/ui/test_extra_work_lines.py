"""Issue 12.6: approved extra work adds its lines; the estimate follows; a short estimate is asked about."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import ApprovalMethod, OrderStatus
from dealerdesk.services.orders.paper import render_order_pdf
from dealerdesk.services.orders.work_orders import dispatch_to_workshop, load_order, open_order
from dealerdesk.ui.orders import work_order_dialog as module
from dealerdesk.ui.orders.order_lines_model import LabourLinesModel
from tests.helpers import UserSet
from tests.order_samples import complete_order
from tests.ui.test_work_order_dialog import filled_dialog, make_dialog, no_modal_boxes  # noqa: F401


def test_approved_extra_work_adds_its_lines_and_the_estimate_follows(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path
) -> None:
    opened = open_order(db, people.advisor, complete_order(technician_id=people.tech.id))
    dispatch_to_workshop(db, people.advisor, opened.id)  # the technician finds worn brake pads
    dialog = make_dialog(qtbot, db, people.advisor, opened.id)
    dialog.ui.extraWorkButton.click()
    extra = dialog.extra_work_dialog
    assert extra is not None
    qtbot.waitExposed(extra)
    extra.description.setPlainText("前刹车片磨损到极限，更换前刹车片")
    qtbot.mouseClick(extra.add_labour_button, Qt.MouseButton.LeftButton)
    editor = extra.labour_view.findChild(QLineEdit)
    assert isinstance(editor, QLineEdit) and editor.isVisible()  # the new line's operation, open to type
    labour = extra.labour_model  # cells as the table's editors commit them
    labour.setData(labour.index(0, 0), "更换前刹车片")
    labour.setData(labour.index(0, 1), "1.5")
    labour.setData(labour.index(0, LabourLinesModel.FIELDS.index("technician_id")), people.tech2.id)
    qtbot.mouseClick(extra.add_part_button, Qt.MouseButton.LeftButton)
    parts = extra.parts_model
    parts.setData(parts.index(0, 1), "前刹车片")
    parts.setData(parts.index(0, 3), "380")
    assert extra.amount.text() == "830.00"  # 1.5 h at 300 + 380: the amount is the lines' total
    extra.method.setCurrentIndex(extra.method.findData(ApprovalMethod.PHONE))
    extra.buttons.button(extra.buttons.StandardButton.Ok).click()
    assert not extra.isVisible(), extra.problems.text("extra_lines")

    after = load_order(db, opened.id)
    assert after.status is OrderStatus.IN_WORKSHOP
    assert [(x.operation, x.amount_fen, x.technician_name) for x in after.labour_lines][-1] == (
        "更换前刹车片",
        45000,
        people.tech2.full_name,
    )
    assert [(x.name, x.amount_fen) for x in after.parts_lines][-1] == ("前刹车片", 38000)
    assert after.estimate_fen == 38800 + 83000
    assert after.estimate_fen == sum(x.amount_fen for x in after.labour_lines + after.parts_lines)
    if shutil.which("pdftotext"):  # the job card gives the technician the new line
        pdf = tmp_path / "card.pdf"
        pdf.write_bytes(render_order_pdf(db, opened.id, "jobcard", "zh_CN"))
        text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout
        assert re.search(rf"更换前刹车片\s+1\.50\s+{people.tech2.full_name}", text), text


def test_opening_an_order_whose_estimate_is_below_its_lines_asks_first(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(module, "ask_yes_no", lambda _parent, text: asked.append(text) or False)
    dialog = filled_dialog(qtbot, db, people.advisor, estimate_fen=30000)  # lines add up to 388.00
    assert not dialog.open_order_clicked()
    assert asked == [
        "The estimate 300.00 yuan is below the lines' total 388.00 yuan: the paper will not add up. "
        "Use the lines' total, or confirm the lower estimate.\n\nIs it right as typed?"
    ]
    assert dialog.detail is None
    monkeypatch.setattr(module, "ask_yes_no", lambda _parent, text: asked.append(text) or True)
    assert dialog.open_order_clicked()
    assert dialog.detail is not None and dialog.detail.estimate_fen == 30000
