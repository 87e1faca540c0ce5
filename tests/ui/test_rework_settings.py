"""The guarantee class per service category, chosen in Settings, decides the comeback window."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.rework_rules import RepairClass
from dealerdesk.domain.vocabulary import ServiceCategory
from dealerdesk.services.rework.register import repair_classes
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.widgets import repair_classes_box
from dealerdesk.ui.widgets.repair_classes_box import RepairClassesBox
from tests.helpers import UserSet


def test_manager_sets_a_category_to_major(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(repair_classes_box, "show_info", lambda _p, text: shown.append(text))
    ctx = UiContext(db, people.manager, get_settings(db), "en")
    box = RepairClassesBox(ctx)
    qtbot.addWidget(box)
    box.show()
    combo = box.combos[ServiceCategory.GENERAL_REPAIR]
    assert combo.currentText() == "Minor or special repair (2,000 km or 10 days)"
    combo.setCurrentIndex(combo.findData(RepairClass.MAJOR.value))
    box.save_button.click()
    assert shown and "saved" in shown[0]
    stored = repair_classes(get_settings(db))
    assert stored[ServiceCategory.GENERAL_REPAIR] is RepairClass.MAJOR
    assert stored[ServiceCategory.PERIODIC_MAINTENANCE] is RepairClass.SECOND_LEVEL_MAINTENANCE
    assert ctx.settings.repair_classes["general_repair"] == "major"


def test_advisor_cannot_change_them(qtbot: QtBot, db: Database, people: UserSet) -> None:
    box = RepairClassesBox(UiContext(db, people.advisor, get_settings(db), "en"))
    qtbot.addWidget(box)
    assert not box.save_button.isEnabled() and not box.combos[ServiceCategory.PDS].isEnabled()
