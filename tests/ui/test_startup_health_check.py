"""The check at start runs after the window shows and warns of damage."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from dealerdesk.db.database import Database
from dealerdesk.ui import health_check
from dealerdesk.ui.health_check import StartupHealthCheck
from tests.db.test_damaged_file import damage_table
from tests.helpers import UserSet


@pytest.mark.parametrize("damage", [False, True])
def test_the_check_warns_only_of_damage(qtbot, db: Database, people: UserSet, monkeypatch, damage: bool) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(health_check, "show_error", lambda parent, text: shown.append(text))
    assert db.path is not None
    db.dispose()
    if damage:
        damage_table(db.path, "users")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    check = StartupHealthCheck(db.path, window)
    check.start()
    qtbot.waitUntil(lambda: check.problems is not None, timeout=10_000)
    if damage:
        assert len(shown) == 1 and "found damage in the database file" in shown[0] and str(db.path) in shown[0]
    else:
        assert shown == []


def test_the_days_backup_follows_a_sound_check_and_settings_shows_it(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    from dealerdesk.services.settings import get_settings
    from dealerdesk.ui.admin.settings_page import SettingsPage
    from dealerdesk.ui.context import UiContext

    assert db.path is not None
    page = SettingsPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    assert page.backup_label.text().startswith("No backup yet.")
    check = StartupHealthCheck(db.path, page)
    check.start()
    qtbot.waitUntil(lambda: check.problems is not None, timeout=20_000)
    assert check.backup and (db.path.parent / "backups").is_dir()
    page.refresh()
    assert page.backup_label.text().startswith("Last backup: ") and check.backup in page.backup_label.text()
