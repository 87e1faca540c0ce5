"""The search box's substring index (db/search_index.py): FTS5 trigram tables kept current by
triggers on SQLite; trigram GIN indexes (pg_trgm) on the searched columns on PostgreSQL.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

from alembic import op

from dealerdesk.db import search_index

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Names shorter than a trigram are matched by prefix, on an ordinary index (both databases).
    op.create_index("ix_customers_name_key", "customers", ["name_key"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        statements = search_index.sqlite_ddl() + search_index.rebuild_sql()
    elif dialect == "postgresql":
        statements = search_index.postgresql_ddl()
    else:
        statements = []
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        statements = search_index.sqlite_drop_ddl()
    elif dialect == "postgresql":
        statements = search_index.postgresql_drop_ddl()
    else:
        statements = []
    for statement in statements:
        op.execute(statement)
    op.drop_index("ix_customers_name_key", "customers")
