"""The cashier's page: a receivable paid off, and the day-end report saved as PDF and .xlsx."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.settlement_rules import Payer, Payment
from dealerdesk.services.settings import get_settings
from dealerdesk.services.settlement import settle
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.settlement import cashier_page
from dealerdesk.ui.settlement.cashier_page import CashierPage
from tests.db.package_helpers import make_ready, order_with
from tests.helpers import UserSet


def test_a_balance_is_paid_and_the_day_is_reported(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(cashier_page, "show_error", lambda _parent, text: shown.append(text))
    order_id = order_with(db, people)
    make_ready(db, people, order_id)
    choices = [settle.LineChoice(Payer.CUSTOMER)] * 2
    settle.settle(db, people.manager, order_id, choices, [Payment(PaymentMethod.CASH, 300_00)], allow_open_balance=True)
    page = CashierPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    assert page.receivables.rowCount() == 1 and page.receivables.index(0, 4).data() == "88.00"
    assert not page.pay(order_id, PaymentMethod.ALIPAY, "abc")  # nothing paid; the message says what to type
    assert shown == ["Amount must be a number of yuan, e.g. 1,234.50; you typed abc."]
    assert page.receivables.rowCount() == 1
    assert page.pay(order_id, PaymentMethod.ALIPAY, "88")
    assert page.receivables.rowCount() == 0
    assert page.totals.text() == "1 settlement(s); taken 388.00 CNY; month to date 388.00 CNY."

    pdf = page.save("pdf", str(tmp_path / "day.pdf"))
    assert pdf is not None
    text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Day-end report" in text and "周经理" in text and "388.00" in text and "Page 1 of 1" in text
    xlsx = page.save("xlsx", str(tmp_path / "day.xlsx"))
    assert xlsx is not None
    sheet = load_workbook(xlsx).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "Person" and rows[1][0] == "周经理" and rows[-1][-1] == 388.0
