"""Settings for customer care: the call days, the complaint mark and the gifts, saved and refused."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.services.settings import get_settings, save_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.review import care_settings_box
from dealerdesk.ui.review.care_settings_box import CareSettingsBox
from tests.helpers import UserSet


def test_days_mark_and_gifts_saved_and_a_backwards_window_refused(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(care_settings_box, "show_info", lambda _p, text: said.append(text))
    monkeypatch.setattr(care_settings_box, "show_error", lambda _p, text: said.append("error: " + text))
    box = CareSettingsBox(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(box)
    assert box.gifts.toPlainText().splitlines() == [
        "Wheel alignment (400 yuan)",
        "Renewal voucher (100 yuan)",
        "Referral fund (500 yuan)",
    ]
    box.first_day.selectAll()
    qtbot.keyClicks(box.first_day, "20")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert said == ["error: The call days run from 0 to 60, the first not after the last."]
    assert get_settings(db).satisfaction_first_day == 3

    box.first_day.selectAll()
    qtbot.keyClicks(box.first_day, "2")
    box.mark.setValue(2)
    box.gifts.setPlainText("四轮定位（400元）\n\n  免费洗车  ")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    stored = get_settings(db)
    assert (stored.satisfaction_first_day, stored.complaint_mark) == (2, 2)
    assert stored.consolation_gifts == ["四轮定位（400元）", "免费洗车"]


def test_others_see_but_cannot_change(qtbot: QtBot, db: Database, people: UserSet) -> None:
    box = CareSettingsBox(UiContext(db, people.advisor, get_settings(db), "en"))
    qtbot.addWidget(box)
    assert not box.save_button.isEnabled() and not box.gifts.isEnabled()


def test_saving_the_box_keeps_what_another_workstation_saved_meanwhile(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(care_settings_box, "show_info", lambda _p, _text: None)
    box = CareSettingsBox(UiContext(db, people.manager, get_settings(db), "en"))  # filled at sign-in
    qtbot.addWidget(box)
    # Meanwhile at the front desk the administrator renames the dealership and sets the lock minutes.
    save_settings(db, people.admin, replace(get_settings(db), dealer_name="锦程汽车", idle_lock_minutes=5))
    box.mark.setValue(2)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    stored = get_settings(db)
    assert (stored.dealer_name, stored.idle_lock_minutes, stored.complaint_mark) == ("锦程汽车", 5, 2)
    assert box.ctx.settings == stored
