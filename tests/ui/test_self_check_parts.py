"""The level-1 checklist with the parts issued to the order: untick what was not fitted, and level 1 says no."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import QcLevel
from dealerdesk.domain.workshop_rules import OldPart, ReturnReason
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.settings import get_settings
from dealerdesk.services.workshop import parts
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.password_confirm_dialog import PasswordConfirmDialog
from dealerdesk.ui.qc.checklist_dialog import ChecklistDialog
from tests.db.qc_helpers import passing_answers
from tests.db.workshop_helpers import AIR_FILTER, BATTERY, make_clerk, workshop_order
from tests.helpers import UserSet


def test_the_self_check_lists_issued_parts_and_refuses_an_unfitted_one(
    qtbot: QtBot, db: Database, people: UserSet
) -> None:
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people, old_parts_returned=True)
    parts.issue_parts(db, clerk, order_id, {AIR_FILTER: 1000, BATTERY: 1000}, people.tech.id)
    view = qc.finish_work(db, people.tech, order_id)
    qc.save_answers(db, people.tech, view.id, QcLevel.SELF_CHECK, passing_answers(view, QcLevel.SELF_CHECK))
    dialog = ChecklistDialog(UiContext(db, people.tech, get_settings(db), "en"), view.id)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.parts_box
    assert box.isVisible() and [count.part_no for count, _, _ in box.rows] == [AIR_FILTER, BATTERY]
    assert [old.currentData() for _, _, old in box.rows] == ["customer", "customer"]  # the order: old parts returned
    air, battery = (fitted for _, fitted, _ in box.rows)
    assert not air.isChecked() and not battery.isChecked()
    battery.click()  # the battery went in; the air filter did not
    dialog.sign_button.click()
    assert "Not fitted: " + AIR_FILTER in box.message.text()
    assert AIR_FILTER in dialog.problems.text() and "not accounted for" in dialog.problems.text()
    assert dialog.password_dialog is None
    assert parts.parts_desk(db, order_id).parts[1].fitted_x1000 == 1000  # the tick was kept

    parts.return_parts(db, clerk, order_id, {AIR_FILTER: 1000}, people.tech.id, ReturnReason.NOT_NEEDED)
    box.reload()
    assert [count.part_no for count, _, _ in box.rows] == [BATTERY]
    dialog.sign_button.click()
    assert isinstance(dialog.password_dialog, PasswordConfirmDialog) and dialog.password_dialog.isVisible()
    dialog.password_dialog.reject()
    desk = parts.parts_desk(db, order_id)
    assert desk.unaccounted == [] and desk.parts[1].old_part is OldPart.CUSTOMER
