"""Issue 12.15: the job card prints the items a failed QC level sent back, with their notes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import QcLevel
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.print_preview_dialog import PrintPreviewDialog
from dealerdesk.ui.orders.work_orders_page import WorkOrdersPage
from tests.db.qc_helpers import make_order, passing_answers, with_failure
from tests.helpers import PASSWORD, UserSet


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh_CN",
            ["不合格项目：轮胎气压", "1.9bar—右后胎慢漏气", "不合格项目：底盘检查", "防尘套破损"],
        ),
        ("en", ["Faileditems:Tyrepressure", "1.9bar—右后胎慢漏气", "Faileditems:Underbody:tie-rodends", "防尘套破损"]),
    ],
)
def test_a_failed_round_prints_its_failed_items_and_notes(
    qtbot: QtBot, db: Database, people: UserSet, lang: str, expected: list[str]
) -> None:
    order_id = make_order(db, people.advisor, people.tech)
    view = qc.finish_work(db, people.tech, order_id)
    answers = with_failure(passing_answers(view, QcLevel.SELF_CHECK), "tyre_pressure", "1.9", "右后胎慢漏气")
    qc.sign_level(db, people.tech, view.id, QcLevel.SELF_CHECK, PASSWORD, answers)  # round 1 fails at level 1
    view = qc.finish_work(db, people.tech, order_id)  # fixed: round 2
    qc.sign_level(db, people.tech, view.id, 1, PASSWORD, passing_answers(view, QcLevel.SELF_CHECK))
    failing = with_failure(passing_answers(view, QcLevel.TEAM_LEAD), "underbody_inspection", note="防尘套破损")
    qc.sign_level(db, people.lead2, view.id, QcLevel.TEAM_LEAD, PASSWORD, failing)

    # The advisor selects the order and prints its job card from the list's toolbar.
    page = WorkOrdersPage(UiContext(db, people.advisor, get_settings(db), lang))
    qtbot.addWidget(page)
    page.show()
    page.select_order(order_id)
    page.print_job_card()
    preview = page.print_dialog
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0)
    text = "".join("".join(preview.document.getAllText(n).text().split()) for n in range(preview.document.pageCount()))
    position = 0
    for piece in expected:  # in this order: round 1's item under its signature, then round 2's
        found = text.find(piece, position)
        assert found >= 0, (piece, text)
        position = found
    preview.reject()
    QApplication.processEvents()
