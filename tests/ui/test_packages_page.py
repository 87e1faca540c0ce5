"""The packages page as the front desk and the manager use it: sell and print, vouchers, templates, the month."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders import work_orders
from dealerdesk.services.packages import sales
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.packages.dialogs import IssueVoucherDialog, SellPackageDialog
from dealerdesk.ui.packages.packages_page import PackagesPage
from tests.db.package_helpers import PREPAID_OIL, deliver, order_with, template_id, vehicle_of
from tests.helpers import UserSet


def _page(qtbot: QtBot, db: Database, actor: Actor) -> PackagesPage:
    page = PackagesPage(UiContext(db, actor, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def vehicle(db: Database, people: UserSet) -> int:
    order_id = order_with(db, people)
    work_orders.cancel_order(db, people.advisor, order_id, "客户改期")
    return vehicle_of(db, order_id)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def ok(qtbot: QtBot, dialog: object) -> None:
    box = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_front_desk_finds_the_car_sells_a_package_and_prints_the_receipt(
    qtbot: QtBot, db: Database, people: UserSet, vehicle: int, tmp_path: Path
) -> None:
    page = _page(qtbot, db, people.advisor)
    tab = page.vehicle_tab
    assert not tab.sell_button.isEnabled()
    qtbot.keyClicks(tab.search, "LSVAU218XN2183294")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.vehicle is not None and tab.vehicle.vehicle_id == vehicle
    assert tab.sell_button.isEnabled()

    dialog = SellPackageDialog(tab.ctx, vehicle, tab.vehicle_text(), tab)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(2)  # 五次保养 9/8/7/6/5折
    assert "9折 / 8折 / 7折 / 6折 / 5折" in dialog.terms.text()
    dialog.payment.setCurrentIndex(dialog.payment.findData(PaymentMethod.ALIPAY.value))
    ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.sale is not None
    tab.refresh()
    assert tab.sales_model.rowCount() == 1
    assert tab.sales_model.index(0, 4).data() == "use 1 at 9折"
    assert tab.ledger_model.index(0, 3).data() == "Sale"

    path = tab.save_receipt(str(tmp_path / "receipt.pdf"))
    assert path is not None
    text = pdf_text(Path(path))
    assert dialog.sale.number in text and "300.00" in text and "叁佰元整" in text and "Alipay" in text
    assert "Page 1 of 1" in text


def test_a_voucher_without_a_reason_is_refused_at_the_field_and_nothing_typed_is_lost(
    qtbot: QtBot, db: Database, people: UserSet, vehicle: int
) -> None:
    dialog = IssueVoucherDialog(UiContext(db, people.advisor, get_settings(db), "en"), vehicle, "川A12345")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.value, "100")
    ok(qtbot, dialog)
    _, label = dialog.problems.fields["voucher_reason"]
    assert label.isVisible() and "why the voucher is given" in label.text()
    assert dialog.isVisible() and dialog.value.text() == "100"
    dialog.reason.setText("续保赠送")
    ok(qtbot, dialog)
    assert dialog.voucher is not None and dialog.voucher.terms.value_fen == 100_00


def test_the_manager_edits_a_template_with_rates_as_typed(qtbot: QtBot, db: Database, people: UserSet) -> None:
    page = _page(qtbot, db, people.manager)
    tab = page.templates_tab
    page.tabs.setCurrentWidget(tab)
    tab.view.selectRow(3)
    assert tab.rates.text() == "9折 / 8折 / 7折"
    tab.rates.setText("九折")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    _, label = tab.problems.fields["rates"]
    assert label.isVisible() and "九折" in label.text()
    tab.rates.setText("9 8.5 8")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not label.isVisible()
    assert tab.model.rows[3].terms.pay_pct == (90, 85, 80)
    assert tab.model.index(3, 2).data() == "9折 / 8.5折 / 8折"


def test_an_advisor_cannot_edit_templates_or_count_the_month(qtbot: QtBot, db: Database, people: UserSet) -> None:
    page = _page(qtbot, db, people.advisor)
    assert not page.templates_tab.save_button.isEnabled()
    assert not page.month_tab.pdf_button.isEnabled()
    assert not page.vehicle_tab.reverse_button.isVisible()


def test_the_month_end_count_balances_and_prints(
    qtbot: QtBot, db: Database, people: UserSet, vehicle: int, tmp_path: Path
) -> None:
    oil = sales.sell_package(db, people.advisor, template_id(db, PREPAID_OIL), vehicle, PaymentMethod.CASH)
    deliver(db, people, order_with(db, people, package_sale_id=oil.id))
    page = _page(qtbot, db, people.manager)
    tab = page.month_tab
    tab.refresh()
    assert tab.verdict.text() == "The count balances."
    assert [tab.model.index(0, c).data() for c in (0, 1, 3, 6, 7, 9)] == [PREPAID_OIL, "1", "1", "20", "4", "16"]
    path = tab.save_pdf(str(tmp_path / "month.pdf"))
    assert path is not None
    text = pdf_text(Path(path))
    assert "The count balances." in text and PREPAID_OIL in text and "Finance" in text
    assert "Total 1 960.00 1 388.00 0 20 4 0 16" in " ".join(text.split())
    assert "= 16 L; counted 16 L." in text
