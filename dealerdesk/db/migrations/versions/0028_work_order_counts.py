"""The work-order list's counts and first page at any size: the number of orders per status kept
by triggers (db/order_counts.py), and an index that hands the list the newest orders of the
statuses shown without reading the others.

Revision ID: 0028
Revises: 0027
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dealerdesk.db import order_counts

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        order_counts.TABLE,
        sa.Column("status", sa.String(length=24), primary_key=True),
        sa.Column("orders", sa.Integer(), nullable=False),
    )
    op.create_index("ix_work_orders_status_checked_in", "work_orders", ["status", "checked_in_at", "id"])
    dialect = op.get_bind().dialect.name
    op.execute(order_counts.fill_sql())
    ddl = order_counts.sqlite_ddl() if dialect == "sqlite" else order_counts.postgresql_ddl()
    for statement in ddl:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    ddl = order_counts.sqlite_drop_ddl() if dialect == "sqlite" else order_counts.postgresql_drop_ddl()
    for statement in ddl:
        op.execute(statement)
    op.drop_index("ix_work_orders_status_checked_in", table_name="work_orders")
    op.drop_table(order_counts.TABLE)
