"""The manager audits a day on the Manager's review page, decides its findings with the keyboard and
buttons, and reads the scores; other roles do not see the area."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.services.actor import Actor
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.review import document_audit_page
from dealerdesk.ui.review.document_audit_page import DocumentAuditPage
from tests.db.qc_helpers import deliver_order
from tests.helpers import UserSet


def _ctx(db: Database, actor: Actor) -> UiContext:
    return UiContext(db, actor, get_settings(db), "en")


@pytest.fixture
def tomorrow(monkeypatch: pytest.MonkeyPatch) -> date:
    """Today's orders become auditable: the page and the service believe it is already tomorrow."""
    from dealerdesk.services.review import document_audit

    later = utcnow() + timedelta(days=1)
    monkeypatch.setattr(document_audit, "utcnow", lambda: later)
    day = later.astimezone(CHINA_TIME).date()
    monkeypatch.setattr(document_audit_page, "dealer_today", lambda: day)
    return day


def _cells(page: DocumentAuditPage, column: int) -> list[str]:
    m = page.findings_proxy
    return [m.index(r, column).data() for r in range(m.rowCount())]


def test_audit_accept_excuse_and_scores(qtbot: QtBot, db: Database, people: UserSet, tomorrow: date) -> None:
    deliver_order(db, people, hours_ago=2, promised_in=4)
    late = deliver_order(db, people, hours_ago=5, promised_in=1)
    page = DocumentAuditPage(_ctx(db, people.manager))
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.day_edit.setFocus()
    page.refresh()
    assert not page.findings_hint.isHidden()
    assert "not been audited yet" in page.findings_hint.label.text()

    qtbot.keyClick(page.day_edit, Qt.Key.Key_F5)
    assert _cells(page, 1) == ["Promised time met or the customer told"]
    assert _cells(page, 3) == ["李晓明"]
    assert "customer was not told" in _cells(page, 2)[0]
    assert "2 orders, 1 to decide, 0 accepted, 0 excused" in page.summary.text()
    assert page.selected() is not None and page.selected().order_id == late  # type: ignore[union-attr]

    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert not page.findings_hint.isHidden()
    assert "Every finding of this day is decided" in page.findings_hint.label.text()
    assert page.findings_hint.button.text() == "Show all findings"
    assert "0 to decide, 1 accepted" in page.summary.text()

    qtbot.mouseClick(page.findings_hint.button, Qt.MouseButton.LeftButton)  # show all findings
    assert page.findings_hint.isHidden()
    assert _cells(page, 4) == ["Accepted"]
    page.tabs.setCurrentIndex(1)
    advisor = [
        page.scores.index(r, 1).data()
        for r in range(page.scores.rowCount())
        if page.scores.index(r, 0).data() == "李晓明"
    ]
    assert advisor == ["50%"]

    page.tabs.setCurrentIndex(0)
    page.findings_table.selectRow(0)
    qtbot.mouseClick(page.excuse_button, Qt.MouseButton.LeftButton)
    dialog = page.excuse_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Say why the finding is excused."
    dialog.reason.setPlainText("客户要求次日取车")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _cells(page, 4) == ["Excused"] and _cells(page, 5) == ["客户要求次日取车"]

    page.tabs.setCurrentIndex(1)
    scores = {page.scores.index(r, 0).data(): page.scores.index(r, 1).data() for r in range(page.scores.rowCount())}
    assert scores == {"李晓明": "100%", "王师傅": "100%", "吴班长": "100%", "郑质检": "100%"}
    assert sorted(page.chart.series_names) == sorted(scores)


def test_a_quiet_day_says_so(qtbot: QtBot, db: Database, people: UserSet, tomorrow: date) -> None:
    deliver_order(db, people, hours_ago=2, promised_in=4)
    page = DocumentAuditPage(_ctx(db, people.manager))
    qtbot.addWidget(page)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert not page.findings_hint.isHidden()
    assert page.findings_hint.label.text() == "No findings: every order of this day kept the rules."
    assert not page.accept_button.isEnabled() and not page.excuse_button.isEnabled()


def test_audit_the_week_button(qtbot: QtBot, db: Database, people: UserSet, tomorrow: date) -> None:
    deliver_order(db, people, hours_ago=5, promised_in=1)
    page = DocumentAuditPage(_ctx(db, people.manager))
    qtbot.addWidget(page)
    qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton)
    assert "1 findings" in page.summary.text() and page.summary.text().startswith("Audited ")
    assert _cells(page, 1) == ["Promised time met or the customer told"]


def test_only_the_manager_and_admin_see_the_review_area(qtbot: QtBot, db: Database, people: UserSet) -> None:
    for actor, sees in ((people.manager, True), (people.admin, True), (people.advisor, False), (people.qc, False)):
        window = MainWindow(_ctx(db, actor), QSettings())
        qtbot.addWidget(window)
        assert ("review" in window.page_keys) is sees
