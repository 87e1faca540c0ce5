"""The comeback prompt on its own: shown inside the guarantee, the earlier work visible, the answer returned."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.rework.comeback_dialog import ComebackDialog, ask_comeback
from tests.helpers import UserSet
from tests.rework_data import VIN, add_order
from tests.ui.comeback_answer import answer_comeback, no_prompt_expected, says_no_with_escape, says_yes


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def test_prompt_inside_the_window_returns_the_earlier_order_on_yes(
    parent: QWidget, qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = UiContext(db, people.advisor, get_settings(db), "en")
    earlier = add_order(
        db, people.advisor.id, delivered_at=datetime.now(UTC) - timedelta(days=4), technician_ids=(people.tech.id,)
    )
    new = add_order(db, people.advisor.id, status=OrderStatus.OPEN, delivered_at=None, mileage_in=40_800)
    seen: list[str] = []

    def reads_then_says_yes(prompt: ComebackDialog) -> None:
        seen.append(prompt.details.toPlainText())
        says_yes(qtbot)(prompt)

    prompts = answer_comeback(monkeypatch, qtbot, reads_then_says_yes)
    assert ask_comeback(parent, ctx, VIN.lower(), 40_800, new) == earlier
    assert len(prompts) == 1 and not prompts[0].isVisible()
    text = seen[0]
    assert "油箱附近有汽油味" in text and "检查燃油箱及油管 1 — 王师傅" in text
    assert "What the customer asked for then" in text and "Work done then" in text
    assert "Guaranteed to" in text and "42,000 km" in text and "800 km" in text


def test_escape_answers_no(
    parent: QWidget, qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = UiContext(db, people.advisor, get_settings(db), "en")
    add_order(db, people.advisor.id, delivered_at=datetime.now(UTC) - timedelta(days=4))
    prompts = answer_comeback(monkeypatch, qtbot, says_no_with_escape(qtbot))
    assert ask_comeback(parent, ctx, VIN, 40_500, None) is None and len(prompts) == 1


def test_several_earlier_orders_can_be_chosen(
    parent: QWidget, qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = UiContext(db, people.advisor, get_settings(db), "en")
    older = add_order(db, people.advisor.id, delivered_at=datetime.now(UTC) - timedelta(days=6), concerns=("异响",))
    add_order(db, people.advisor.id, delivered_at=datetime.now(UTC) - timedelta(days=2), concerns=("换机油",))

    def picks_the_older(prompt: ComebackDialog) -> None:
        buttons = prompt.choices.buttons()
        assert [b.isVisible() for b in buttons] == [True, True]
        assert "换机油" in prompt.details.toPlainText()  # the most recent first
        buttons[1].click()
        assert "异响" in prompt.details.toPlainText()
        says_yes(qtbot)(prompt)

    answer_comeback(monkeypatch, qtbot, picks_the_older)
    assert ask_comeback(parent, ctx, VIN, 40_500, None) == older


def test_outside_the_window_no_prompt(
    parent: QWidget, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = UiContext(db, people.advisor, get_settings(db), "en")
    add_order(db, people.advisor.id, delivered_at=datetime.now(UTC) - timedelta(days=12))
    prompts = no_prompt_expected(monkeypatch)
    assert ask_comeback(parent, ctx, VIN, 40_500, None) is None  # day 12 of a 10-day guarantee
    assert prompts == []
    add_order(db, people.advisor.id, delivered_at=datetime.now(UTC) - timedelta(days=2))
    assert ask_comeback(parent, ctx, VIN, 42_001, None) is None  # 2,001 km after a minor repair
    assert prompts == []
