"""Issue 12.3: the self-check is signed by a technician of the order; one of several signs for all."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import QcLevel
from dealerdesk.services.qc import rounds as qc
from tests.db.qc_helpers import add_labour_line, make_order, passing_answers
from tests.helpers import PASSWORD, UserSet
from tests.ui.test_qc_checklist import open_dialog


def test_a_technician_without_a_line_on_the_order_is_told_who_signs(
    qtbot: QtBot, db: Database, people: UserSet
) -> None:
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    for outsider in (people.tech2, people.lead):  # another technician; a team lead who is a technician too
        dialog = open_dialog(qtbot, db, outsider, view.id)
        assert dialog.level is QcLevel.SELF_CHECK
        assert not dialog.sign_button.isEnabled() and not dialog.model.editable
        assert dialog.level_status.text() == (
            "The self-check is signed by a technician of this order: you have no labour line on it. "
            f"Ask {people.tech.full_name} to sign, or have the advisor assign you a line."
        )
        dialog.reject()
    dialog = open_dialog(qtbot, db, people.tech, view.id)
    assert dialog.sign_button.isEnabled() and dialog.model.editable
    dialog.reject()


def test_with_two_technicians_either_signs_for_the_whole_order(qtbot: QtBot, db: Database, people: UserSet) -> None:
    order_id = make_order(db, people.advisor, people.tech)
    add_labour_line(db, order_id, people.tech2.id)  # a second technician's line, before the work finishes
    view = qc.finish_work(db, people.tech, order_id)
    dialog = open_dialog(qtbot, db, people.tech2, view.id)
    assert dialog.sign_button.isEnabled()
    dialog.reject()
    qc.sign_level(db, people.tech2, view.id, QcLevel.SELF_CHECK, PASSWORD, passing_answers(view, QcLevel.SELF_CHECK))
    after = qc.load_round(db, view.id, actor=people.tech)
    assert after.next_level is QcLevel.TEAM_LEAD  # one signature covers the order: nothing left for tech1
