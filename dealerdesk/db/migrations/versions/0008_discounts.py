"""Discounts on a line or on the order, with the reason and the approving manager.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "discounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=8), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=True),
        sa.Column("line_label", sa.Text(), nullable=False),
        sa.Column("base_fen", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("given_by_id", sa.Integer(), nullable=False),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_discounts_amount_positive")),
        sa.ForeignKeyConstraint(["approved_by_id"], ["users.id"], name=op.f("fk_discounts_approved_by_id_users")),
        sa.ForeignKeyConstraint(["given_by_id"], ["users.id"], name=op.f("fk_discounts_given_by_id_users")),
        sa.ForeignKeyConstraint(["order_id"], ["work_orders.id"], name=op.f("fk_discounts_order_id_work_orders")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discounts")),
    )
    with op.batch_alter_table("discounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_discounts_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_discounts_given_by_id"), ["given_by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_discounts_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    op.drop_table("discounts")
