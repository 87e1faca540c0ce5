"""The settlement dialog as the cashier uses it, the statement it prints, and the same paper from the CLI."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.settlement_rules import Payer, Payment
from dealerdesk.services.settings import get_settings, save_settings
from dealerdesk.services.settlement import settle
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.settlement.settlement_dialog import SettlementDialog
from tests.db.package_helpers import make_ready, order_with
from tests.helpers import UserSet


@pytest.fixture
def ready(db: Database, people: UserSet) -> int:
    order_id = order_with(db, people)
    make_ready(db, people, order_id)
    return order_id


def click_settle(qtbot: QtBot, dialog: SettlementDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def text_of(pdf: Path) -> str:
    return " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    )


def test_the_cashier_splits_the_bill_takes_cash_and_prints_the_statement(
    qtbot: QtBot, db: Database, people: UserSet, ready: int, tmp_path: Path
) -> None:
    dialog = SettlementDialog(UiContext(db, people.advisor, get_settings(db), "en"), ready)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "The customer pays 388.00 CNY (叁佰捌拾捌元整)." in dialog.totals.text()
    dialog.payers[1].setCurrentIndex(dialog.payers[1].findData(Payer.INSURER.value))
    assert dialog.claims[1].isEnabled() and not dialog.claims[0].isEnabled()
    dialog.methods[0].setCurrentIndex(dialog.methods[0].findData(PaymentMethod.CASH.value))
    qtbot.keyClicks(dialog.amounts[0], "320")
    assert "change 20.00" in dialog.change.text()
    click_settle(qtbot, dialog)
    _, label = dialog.problems.fields["settlement_lines"]
    assert label.isVisible() and "Line 2" in label.text() and "claim number" in label.text()
    assert dialog.isVisible() and dialog.amounts[0].text() == "320"  # nothing typed is lost
    qtbot.keyClicks(dialog.claims[1], "PICC-001")
    click_settle(qtbot, dialog)
    assert dialog.result_view is not None
    assert (dialog.result_view.customer_fen, dialog.result_view.change_fen) == (300_00, 20_00)

    path = dialog.save_statement(str(tmp_path / "statement.pdf"))
    assert path is not None
    text = text_of(Path(path))
    for phrase in (
        "Settlement statement",
        "Insurer",
        "PICC-001",
        "叁佰元整",
        "Change given (CNY) 20.00",
        "Page 1 of 1",
    ):
        assert phrase in text


def test_the_cli_prints_the_same_statement_in_chinese(
    db: Database, people: UserSet, ready: int, tmp_path: Path
) -> None:
    settle.settle(
        db, people.advisor, ready, [settle.LineChoice(Payer.CUSTOMER)] * 2, [Payment(PaymentMethod.WECHAT, 388_00)]
    )
    number = settle.load_current(db, ready).order_number  # type: ignore[union-attr]
    assert db.path is not None
    out = tmp_path / "s.pdf"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "dealerdesk",
            "print",
            "settlement",
            number,
            "--db",
            str(db.path),
            "-o",
            str(out),
            "--lang",
            "zh_CN",
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    text = text_of(out)
    assert "结算单" in text and "微信支付" in text and "叁佰捌拾捌元整" in text


def test_a_line_changed_with_its_reason_and_the_vat_on_the_statement(
    qtbot: QtBot, db: Database, people: UserSet, ready: int, tmp_path: Path
) -> None:
    save_settings(db, people.manager, replace(get_settings(db), show_vat=True, vat_rate_pct=13))
    dialog = SettlementDialog(UiContext(db, people.advisor, get_settings(db), "en"), ready)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Of which VAT 13%: 44.64 CNY." in dialog.totals.text()  # 388.00 x 13 / 113
    assert not dialog.reasons[1].isEnabled()
    dialog.line_amounts[1].selectAll()
    qtbot.keyClicks(dialog.line_amounts[1], "80")
    assert dialog.reasons[1].isEnabled() and dialog.nets[1].text() == "80.00"
    assert "The customer pays 380.00 CNY" in dialog.totals.text()
    qtbot.keyClicks(dialog.amounts[0], "380")
    click_settle(qtbot, dialog)
    _, label = dialog.problems.fields["settlement_lines"]
    assert label.isVisible() and "Line 2" in label.text() and "say why" in label.text()
    assert dialog.line_amounts[1].text() == "80"  # nothing typed is lost
    dialog.reasons[1].setText("客户自带机滤")
    click_settle(qtbot, dialog)
    assert dialog.result_view is not None and dialog.result_view.customer_fen == 380_00

    path = dialog.save_statement(str(tmp_path / "statement.pdf"))
    assert path is not None
    text = text_of(Path(path))
    assert "Of which VAT 13% (CNY) 43.72" in text  # 380.00 x 13 / 113 = 43.717
    assert "settled at 80.00 instead of 88.00 yuan: 客户自带机滤" in text
    assert "Who pays" in text


def test_the_order_window_shows_the_open_balance_and_previews_the_statement(
    qtbot: QtBot, db: Database, people: UserSet, ready: int
) -> None:
    from dealerdesk.ui.dialogs.print_preview_dialog import PrintPreviewDialog
    from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog

    ctx = UiContext(db, people.manager, get_settings(db), "en")
    settle.settle(
        db,
        people.manager,
        ready,
        [settle.LineChoice(Payer.CUSTOMER)] * 2,
        [Payment(PaymentMethod.CASH, 300_00)],
        allow_open_balance=True,
    )
    dialog = WorkOrderDialog(ctx, ready)
    qtbot.addWidget(dialog)
    assert "Settled 388.00 CNY; open balance 88.00, on account 0.00" in dialog.ui.headerLabel.text()
    preview = PrintPreviewDialog(ctx, ready, "settlement")
    qtbot.addWidget(preview)
    preview.refresh_paper()
    assert preview.paper is not None and preview.paper.kind == "settlement" and preview.page_count() == 1
    assert preview.paper.pdf.startswith(b"%PDF")
