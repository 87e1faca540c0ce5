from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dealerdesk.db import models, search_index  # noqa: F401
from dealerdesk.db.base import Base
from dealerdesk.db.database import Database, open_database
from dealerdesk.db.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    alembic_config,
    current_revision,
    head_revision,
    upgrade,
)


def test_upgrade_from_empty_reaches_head(empty_db_url: str, tmp_path: Path) -> None:
    db = open_database(empty_db_url)
    assert current_revision(db) is None
    assert upgrade(db) is None  # nothing to back up in a new file
    assert current_revision(db) == head_revision()
    db.dispose()
    assert not list(tmp_path.glob("*backup*"))


def test_partial_unique_indexes_stay_partial(db: Database) -> None:
    """A full unique index would refuse a second QC round after a failed one (found on PostgreSQL)."""
    partial = {
        "uq_qc_rounds_order_in_progress": "status",
        "uq_qc_signoffs_round_level_valid": "voided_at",
        "uq_qc_item_results_draft": "signoff_id",
    }
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all()
        else:
            rows = conn.exec_driver_sql("SELECT indexname, indexdef FROM pg_indexes").all()
    definitions = {name: sql for name, sql in rows if name in partial}
    assert definitions.keys() == partial.keys()
    for name, column in partial.items():
        assert "WHERE" in definitions[name].upper() and column in definitions[name], definitions[name]


def test_migration_chain_is_linear() -> None:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    for rev in script.walk_revisions():
        assert not rev.is_merge_point
        assert len(rev.nextrev) <= 1, f"{rev.revision} branches"


def test_models_match_migrations(db: Database) -> None:
    with db.engine.connect() as conn:
        opts = {"compare_type": True, "include_object": search_index.include_object}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == []


def test_existing_file_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite"
    db = open_database(f"sqlite:///{path}")
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO settings(key, value) VALUES ('dealer_name', '\"老数据\"')")
    backup = upgrade(db)
    db.dispose()
    assert backup is not None and backup.exists() and "backup-" in backup.name
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
        assert old.execute("SELECT value FROM settings").fetchone() == ('"老数据"',)


def test_connection_settings_are_on(db: Database) -> None:
    if db.is_sqlite:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        return
    # PostgreSQL's twin of BEGIN IMMEDIATE: a write transaction holds the one advisory lock.
    lock_held = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()"
    with db.write() as s:
        assert s.connection().exec_driver_sql(lock_held).scalar() == 1
    with db.read() as s:
        assert s.connection().exec_driver_sql(lock_held).scalar() == 0


def test_known_head_matches_the_scripts() -> None:
    assert head_revision() == HEAD_REVISION
