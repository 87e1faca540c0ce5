"""Shared fixtures: headless Qt, a migrated temporary database, users for every role."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from dealerdesk.db.database import Database, open_database
from dealerdesk.db.migrate import upgrade
from tests.helpers import UserSet, make_users


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Window state from one test (or the developer's own) never leaks into another."""
    from PySide6.QtCore import QSettings

    path = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(path))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'test.sqlite'}")
    upgrade(database)
    yield database
    database.dispose()


@pytest.fixture
def people(db: Database) -> UserSet:
    return make_users(db)
