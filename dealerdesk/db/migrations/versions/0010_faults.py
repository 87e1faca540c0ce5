"""Search keys for names (NFKC, case-folded) and the sign-in throttle.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base
from dealerdesk.domain.search_text import search_key

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _fill_keys(table: str, source: str, key: str) -> None:
    """Existing names get their key once, here; the models keep it in step from now on."""
    conn = op.get_bind()
    rows = conn.execute(sa.text(f"SELECT id, {source} FROM {table}")).all()
    if rows:
        conn.execute(
            sa.text(f"UPDATE {table} SET {key} = :key WHERE id = :id"),
            [{"id": r[0], "key": search_key(r[1] or "")} for r in rows],
        )


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("name_key", sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("work_orders") as batch:
        batch.add_column(sa.Column("customer_name_key", sa.Text(), server_default="", nullable=False))
    _fill_keys("customers", "name", "name_key")
    _fill_keys("work_orders", "customer_name", "customer_name_key")
    op.create_table(
        "sign_in_throttle",
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_sign_in_throttle")),
    )


def downgrade() -> None:
    op.drop_table("sign_in_throttle")
    with op.batch_alter_table("work_orders") as batch:
        batch.drop_column("customer_name_key")
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("name_key")
