"""The comeback prompt on its own: shown inside the guarantee, the earlier work visible, link on yes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import OrderStatus, ReworkKind
from dealerdesk.services import rework
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs import comeback_dialog
from dealerdesk.ui.dialogs.comeback_dialog import ComebackDialog, ask_comeback, link_comeback
from tests.helpers import UserSet
from tests.rework_data import VIN, add_order


def _answer(seen: list[ComebackDialog], yes: bool) -> None:
    """Act as the advisor once the modal prompt is up: read it, then click an answer."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ComebackDialog)
        seen.append(dialog)
        (dialog.yes_button if yes else dialog.no_button).click()

    QTimer.singleShot(0, act)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def test_prompt_inside_the_window_links_on_yes(parent: QWidget, db: Database, people: UserSet) -> None:
    ctx = UiContext(db, people.advisor, get_settings(db), "en")
    earlier = add_order(
        db, people.advisor.id, delivered_at=datetime.now(UTC) - timedelta(days=4), technician_ids=(people.tech.id,)
    )
    new = add_order(db, people.advisor.id, status=OrderStatus.OPEN, delivered_at=None, mileage_in=40_800)
    seen: list[ComebackDialog] = []
    _answer(seen, yes=True)
    chosen = ask_comeback(parent, ctx, VIN.lower(), 40_800, new)
    assert chosen == earlier and len(seen) == 1
    text = seen[0].details.toPlainText()
    assert "油箱附近有汽油味" in text and "检查燃油箱及油管 1 — 王师傅" in text
    assert "Guaranteed to" in text and "42,000 km" in text and "800 km" in text
    link_comeback(parent, ctx, chosen, new)
    [record] = rework.list_reworks(db, people.manager)
    assert record.kind is ReworkKind.EXTERNAL and record.original_order_id == earlier
    assert record.technician_id == people.tech.id


def test_no_answer_links_nothing(parent: QWidget, db: Database, people: UserSet) -> None:
    ctx = UiContext(db, people.advisor, get_settings(db), "en")
    add_order(db, people.advisor.id, delivered_at=datetime.now(UTC) - timedelta(days=4))
    seen: list[ComebackDialog] = []
    _answer(seen, yes=False)
    assert ask_comeback(parent, ctx, VIN, 40_500, None) is None and len(seen) == 1


def test_outside_the_window_no_prompt(
    parent: QWidget, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = UiContext(db, people.advisor, get_settings(db), "en")
    add_order(db, people.advisor.id, delivered_at=datetime.now(UTC) - timedelta(days=12))
    monkeypatch.setattr(comeback_dialog.ComebackDialog, "exec", lambda _self: pytest.fail("prompt shown"))
    assert ask_comeback(parent, ctx, VIN, 40_500, None) is None
    assert ask_comeback(parent, ctx, VIN, 42_001, None) is None


def test_failed_link_is_reported_not_raised(
    parent: QWidget, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(comeback_dialog, "show_error", lambda _p, text: errors.append(text))
    ctx = UiContext(db, people.advisor, get_settings(db), "en")
    draft = add_order(db, people.advisor.id, status=OrderStatus.DRAFT, delivered_at=None)
    link_comeback(parent, ctx, draft, draft)
    assert errors and "could not be linked" in errors[0] and "Rework page" in errors[0]
