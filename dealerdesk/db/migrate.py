"""Schema migrations applied on start, with a backup of an existing file first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.exc import OperationalError, ProgrammingError

from dealerdesk.db.backups import copy_database
from dealerdesk.db.database import Database
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration. Known here so that an up-to-date database starts without importing
# Alembic (about 0.1 s of every start); tests/db/test_migrations.py checks it against the scripts.
HEAD_REVISION = "0030"


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The head according to the migration scripts themselves (imports Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    """The revision stamped in the database; None for a database Alembic never touched."""
    with db.engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        except (OperationalError, ProgrammingError):  # no such table: a new, empty database (SQLite, PostgreSQL)
            return None
    return rows[0][0] if rows else None


def known_revisions() -> frozenset[str]:
    """Every revision this version's migration scripts know (imports Alembic)."""
    from alembic.script import ScriptDirectory

    return frozenset(rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions())


def refuse_newer(db: Database, current: str | None) -> None:
    """A revision the scripts do not know was written by a newer DealerDesk: never touch it.

    Migrating it would fail half-way (or worse, "downgrade" by accident); the person must
    install the newer version instead.
    """
    if current is not None and current != HEAD_REVISION and current not in known_revisions():
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The database {name} was written by a newer DealerDesk (revision {rev}). "
                "Install that version or a newer one to open it; the file was left untouched.",
            ),
            name=db.display_name,
            rev=current,
        )


def has_tables(db: Database) -> bool:
    return bool(inspect(db.engine).get_table_names())


def backup_sqlite(path: Path, now: datetime | None = None) -> Path:
    """Copy with SQLite's online backup API: consistent even with a WAL file beside it."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.backup-{stamp}-{n}{path.suffix}")
    copy_database(path, target)
    return target


def upgrade(db: Database, *, backup_first: bool = True) -> Path | None:
    """Bring the schema to head; returns the backup made, if any (``backup_first`` False: none,
    for the benches' generated datasets, which can be generated again)."""
    current = current_revision(db)
    if current == HEAD_REVISION:
        return None
    refuse_newer(db, current)
    from alembic import command

    backup = None
    if backup_first and db.path is not None and db.path.exists() and has_tables(db):
        backup = backup_sqlite(db.path)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
