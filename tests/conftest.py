"""Shared fixtures: headless Qt, a migrated temporary database, users for every role."""

from __future__ import annotations

import os
import shutil

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


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once per run; each test gets a copy (migrating every time cost ~0.3 s a test)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    database = open_database(f"sqlite:///{path}")
    upgrade(database)
    database.dispose()  # the last connection closing checkpoints the WAL into the file
    return path


@pytest.fixture
def db(tmp_path: Path, _migrated_template: Path) -> Iterator[Database]:
    target = tmp_path / "test.sqlite"
    shutil.copyfile(_migrated_template, target)
    database = open_database(f"sqlite:///{target}")
    yield database
    database.dispose()


@pytest.fixture
def people(db: Database) -> UserSet:
    return make_users(db)
