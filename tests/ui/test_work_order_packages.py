"""A package chosen on a work order's lines in the dialog: its use number's discount, the balance left."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.services.orders import paper, work_orders
from dealerdesk.services.packages import sales
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.packages import order_panel
from dealerdesk.ui.packages.order_panel import RedemptionDialog
from tests.db.package_helpers import FIVE_SERVICES, deliver, order_with, template_id, vehicle_of
from tests.helpers import UserSet


@pytest.fixture
def sale(db: Database, people: UserSet) -> sales.SaleView:
    order_id = order_with(db, people)
    work_orders.cancel_order(db, people.advisor, order_id, "客户改期")
    vehicle = vehicle_of(db, order_id)
    return sales.sell_package(db, people.advisor, template_id(db, FIVE_SERVICES), vehicle, PaymentMethod.CASH)


def test_choosing_the_package_on_both_lines_saves_the_use_and_shows_the_balance(
    qtbot: QtBot, db: Database, people: UserSet, sale: sales.SaleView, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The car's first use was last month; this visit is its second: 8折.
    deliver(db, people, order_with(db, people, package_sale_id=sale.id))
    order_id = order_with(db, people)
    dialog = WorkOrderDialog(UiContext(db, people.advisor, get_settings(db), "en"), order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.packages.button.isEnabled() and dialog.packages.label.text() == ""

    seen: dict[str, object] = {}

    def choose_package_everywhere(self: RedemptionDialog) -> int:
        for combo in self.combos:
            combo.setCurrentIndex(1)  # the only choice: the package
        seen["choice"] = self.combos[0].currentText()
        seen["total"] = self.total.text()
        return 1

    monkeypatch.setattr(order_panel.RedemptionDialog, "exec", choose_package_everywhere)
    qtbot.mouseClick(dialog.packages.button, Qt.MouseButton.LeftButton)
    assert seen["choice"] == f"{sale.number} {FIVE_SERVICES}: use 2 at 8折, 4 left"
    assert seen["total"] == "Discount in all: 77.60 CNY"  # 20% of 300.00 + 88.00
    assert dialog.dirty
    qtbot.mouseClick(dialog.ui.saveDraftButton, Qt.MouseButton.LeftButton)
    assert not dialog.dirty
    assert dialog.packages.label.text() == (
        f"{sale.number} {FIVE_SERVICES}: use 2 of 5 at 8折, −77.60; 3 use(s) left (booked at delivery)"
    )
    stored = work_orders.load_order(db, order_id)
    assert [x.package_sale_id for x in (*stored.labour_lines, *stored.parts_lines)] == [sale.id, sale.id]


def test_the_printed_work_order_shows_the_package_and_the_balance(
    db: Database, people: UserSet, sale: sales.SaleView, tmp_path: Path
) -> None:
    order_id = order_with(db, people, package_sale_id=sale.id)
    for lang, expected in (
        ("en", ["Packages and vouchers", "use 1 of 5 at 9折", "38.80", "4 use(s) left (booked at delivery)"]),
        ("zh_CN", ["套餐及代金券", "第1次（共5次）9折", "剩余4次（交车时扣次）"]),
    ):
        path = tmp_path / f"wo-{lang}.pdf"
        path.write_bytes(paper.render_order_pdf(db, order_id, "workorder", lang))
        text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
        assert sale.number in text
        squashed = text.replace(" ", "")  # a narrow column wraps Chinese anywhere
        for phrase in expected:
            assert phrase.replace(" ", "") in squashed
