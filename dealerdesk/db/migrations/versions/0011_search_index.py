"""The search box's substring index: FTS5 trigram tables kept current by triggers (db/search_index.py).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

from dealerdesk.db import search_index

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in search_index.sqlite_ddl() + search_index.rebuild_sql():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in search_index.sqlite_drop_ddl():
        op.execute(statement)
