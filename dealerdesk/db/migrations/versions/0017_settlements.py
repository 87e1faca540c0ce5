"""Settlements at delivery: final lines with payers, payments, the invoice request; settled lines locked.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base
from dealerdesk.db.guards import (
    append_only_guards,
    drop_append_only_guards,
    drop_settled_lines_lock,
    settled_lines_lock,
)

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_UTC = dealerdesk.db.base.UTCDateTime
_TABLES = ("settlements", "settlement_lines", "settlement_payments")


def upgrade() -> None:
    op.create_table(
        "settlements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("estimate_fen", sa.Integer(), nullable=True),
        sa.Column("gross_fen", sa.Integer(), nullable=False),
        sa.Column("discount_fen", sa.Integer(), nullable=False),
        sa.Column("net_fen", sa.Integer(), nullable=False),
        sa.Column("customer_fen", sa.Integer(), nullable=False),
        sa.Column("change_fen", sa.Integer(), nullable=False),
        sa.Column("approval_name", sa.String(length=100), nullable=False),
        sa.Column("open_balance_allowed_by_id", sa.Integer(), nullable=True),
        sa.Column("invoice_kind", sa.String(length=12), nullable=True),
        sa.Column("invoice_title", sa.String(length=200), nullable=False),
        sa.Column("invoice_tax_id", sa.String(length=20), nullable=False),
        sa.Column("settled_by_id", sa.Integer(), nullable=False),
        sa.Column("settled_at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(
            ["corrects_id"], ["settlements.id"], name=op.f("fk_settlements_corrects_id_settlements")
        ),
        sa.ForeignKeyConstraint(
            ["open_balance_allowed_by_id"], ["users.id"], name=op.f("fk_settlements_open_balance_allowed_by_id_users")
        ),
        sa.ForeignKeyConstraint(["order_id"], ["work_orders.id"], name=op.f("fk_settlements_order_id_work_orders")),
        sa.ForeignKeyConstraint(["settled_by_id"], ["users.id"], name=op.f("fk_settlements_settled_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlements")),
        sa.UniqueConstraint("corrects_id", name=op.f("uq_settlements_corrects_id")),
        sa.UniqueConstraint("order_id", "seq", name="uq_settlements_order_seq"),
    )
    with op.batch_alter_table("settlements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_settlements_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_settlements_settled_at"), ["settled_at"], unique=False)

    op.create_table(
        "settlement_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("settlement_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("discount_fen", sa.Integer(), nullable=False),
        sa.Column("payer", sa.String(length=12), nullable=False),
        sa.Column("claim_no", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["settlement_id"], ["settlements.id"], name=op.f("fk_settlement_lines_settlement_id_settlements")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlement_lines")),
    )
    with op.batch_alter_table("settlement_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_settlement_lines_settlement_id"), ["settlement_id"], unique=False)

    op.create_table(
        "settlement_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("settlement_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=12), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=False),
        sa.Column("at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(["by_id"], ["users.id"], name=op.f("fk_settlement_payments_by_id_users")),
        sa.ForeignKeyConstraint(
            ["settlement_id"], ["settlements.id"], name=op.f("fk_settlement_payments_settlement_id_settlements")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlement_payments")),
    )
    with op.batch_alter_table("settlement_payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_settlement_payments_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_settlement_payments_settlement_id"), ["settlement_id"], unique=False)

    dialect = op.get_bind().dialect.name
    for table in _TABLES:
        for statement in append_only_guards(dialect, table):
            op.execute(statement)
    for statement in settled_lines_lock(dialect):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in drop_settled_lines_lock(dialect):
        op.execute(statement)
    for table in reversed(_TABLES):
        for statement in drop_append_only_guards(dialect, table):
            op.execute(statement)
    op.drop_table("settlement_payments")
    op.drop_table("settlement_lines")
    op.drop_table("settlements")
