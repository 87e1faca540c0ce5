"""Taking a test database down to an older revision and back to head, as an upgrade in the field does."""

from __future__ import annotations

from alembic import command

from dealerdesk.db.database import Database
from dealerdesk.db.migrate import alembic_config, upgrade


def down_to(db: Database, revision: str) -> None:
    """Downgrade to ``revision``, the data written so far kept (write data as it was then, then ``upgrade``)."""
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def down_and_up(db: Database, revision: str) -> None:
    """Downgrade to ``revision`` (the data written so far kept), then upgrade to head again."""
    try:
        down_to(db, revision)
    finally:
        upgrade(db, backup_first=False)
