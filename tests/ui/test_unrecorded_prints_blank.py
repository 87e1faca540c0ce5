"""Issue 12.4: what nobody recorded prints as a blank to fill in; waits/leaves is required to open."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.db.models import WorkOrder
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.orders.paper import render_order_pdf
from dealerdesk.services.orders.work_orders import open_order
from tests.helpers import UserSet
from tests.order_samples import complete_order
from tests.ui.test_work_order_dialog import filled_dialog, no_modal_boxes, refused_to_open  # noqa: F401


def test_an_order_cannot_open_until_waits_or_leaves_is_chosen(qtbot: QtBot, db: Database, people: UserSet) -> None:
    dialog = filled_dialog(qtbot, db, people.advisor, customer_waits=None)
    assert refused_to_open(dialog)
    assert dialog.ui.waitsProblem.isVisible()
    assert dialog.ui.waitsProblem.text() == "Choose whether the customer waits at the dealer or leaves the car."
    qtbot.wait(300)  # the readiness line follows after a short pause
    assert "customer waits or leaves" in dialog.ui.readinessLabel.text()
    leaves = dialog.ui.leavesRadio
    qtbot.mouseClick(leaves, Qt.MouseButton.LeftButton, pos=QPoint(8, leaves.height() // 2))  # on its circle
    qtbot.waitUntil(lambda: not dialog.ui.waitsProblem.isVisible())  # cleared as the choice is made
    assert dialog.open_order_clicked()
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.OPEN
    assert dialog.detail.customer_waits is False


def _text(pdf: bytes, directory: Path) -> str:
    path = directory / "paper.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", "", out)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("kind", ["workorder", "jobcard"])
def test_unrecorded_intake_prints_blank_never_as_a_fact(
    db: Database, people: UserSet, tmp_path: Path, kind: str
) -> None:
    order = complete_order()
    order.valuables, order.damage_notes = "", ""
    opened = open_order(db, people.advisor, order)
    with db.write() as s:  # an order opened before waits/leaves was required
        row = s.get(WorkOrder, opened.id)
        assert row is not None
        row.customer_waits = None
    zh = _text(render_order_pdf(db, opened.id, kind, "zh_CN"), tmp_path)
    assert "离店，完工后通知" not in zh and "客户等候在店等候离店" in zh  # two boxes to tick by hand
    if kind == "workorder":
        assert "外观及损伤无" not in zh and "贵重物品无" not in zh
    en = _text(render_order_pdf(db, opened.id, kind, "en"), tmp_path)
    assert "Leavesthecar" not in en and "WaitingWaitsLeaves" in en

    with db.write() as s:  # recorded: printed as recorded
        row = s.get(WorkOrder, opened.id)
        assert row is not None
        row.customer_waits, row.damage_notes = False, "左后门划痕"
    zh = _text(render_order_pdf(db, opened.id, kind, "zh_CN"), tmp_path)
    assert "客户等候离店，完工后通知" in zh
    if kind == "workorder":
        assert "外观及损伤左后门划痕" in zh
