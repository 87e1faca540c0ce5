"""Giving a discount as an advisor: within the limit it is saved; above it a manager approves on the spot."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.discount_rules import DiscountReason, DiscountTarget
from dealerdesk.services.settings import get_settings
from dealerdesk.services.workshop import discounts
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.workshop.discount_dialog import DiscountDialog, ManagerApprovalDialog
from tests.db.workshop_helpers import workshop_order
from tests.helpers import PASSWORD, UserSet


def dialog_for(qtbot: QtBot, db: Database, people: UserSet) -> tuple[DiscountDialog, int]:
    order_id = workshop_order(db, people)
    dialog = DiscountDialog(UiContext(db, people.advisor, get_settings(db), "en"), order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, order_id


def fill(qtbot: QtBot, dialog: DiscountDialog, target: str, amount: str, reason: DiscountReason) -> None:
    dialog.target.setCurrentIndex(dialog.target.findData(target))
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, amount)
    dialog.reason.setCurrentIndex(dialog.reason.findData(reason.value))


def test_above_the_limit_the_manager_approves_on_the_spot(qtbot: QtBot, db: Database, people: UserSet) -> None:
    dialog, order_id = dialog_for(qtbot, db, people)
    assert dialog.target.count() == 1 + 2 + 3  # the order, two labour lines, three parts lines
    fill(qtbot, dialog, f"{DiscountTarget.PARTS.value}:2", "100", DiscountReason.COMPLAINT)  # 100 of 780 yuan
    dialog.save()
    approval = dialog.approval
    assert isinstance(approval, ManagerApprovalDialog) and approval.isVisible()
    assert "above your limit of 5%" in dialog.error.text()
    approval.username.setText("manager")
    approval.password.setText("wrong")
    approval.try_accept()
    assert "wrong" in approval.error.text() and approval.password.text() == ""
    approval.password.setText(PASSWORD)
    approval.try_accept()
    assert dialog.result() == DiscountDialog.DialogCode.Accepted
    [given] = discounts.order_discounts(db, order_id)
    assert (given.amount_fen, given.line_label, given.approved_by) == (10_000, "JZW915105 蓄电池 60Ah", "周经理")


def test_within_the_limit_it_is_saved_and_problems_stay_in_the_dialog(
    qtbot: QtBot, db: Database, people: UserSet
) -> None:
    dialog, order_id = dialog_for(qtbot, db, people)
    fill(qtbot, dialog, f"{DiscountTarget.LABOUR.value}:1", "4.50", DiscountReason.OTHER)
    dialog.save()
    assert "Say in the note" in dialog.error.text() and dialog.isVisible()
    dialog.note.setText("老客户介绍")
    dialog.save()
    assert dialog.result() == DiscountDialog.DialogCode.Accepted and dialog.approval is None
    assert [d.amount_fen for d in discounts.order_discounts(db, order_id)] == [450]


def test_the_manager_sets_the_advisors_limit_in_settings(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dealerdesk.ui.admin.settings_page as settings_module
    from dealerdesk.ui.admin.settings_page import SettingsPage

    said: list[str] = []
    monkeypatch.setattr(settings_module, "show_info", lambda _parent, text: said.append(text))
    page = SettingsPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    assert page.discount_limit.value() == 5
    page.discount_limit.setValue(12)
    page.save()
    assert said == ["Settings saved."] and get_settings(db).discount_limits_pct == {"advisor": 12}
    advisor_view = SettingsPage(UiContext(db, people.advisor, get_settings(db), "en"))
    qtbot.addWidget(advisor_view)
    assert not advisor_view.discount_limit.isEnabled()
