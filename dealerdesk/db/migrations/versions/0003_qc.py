"""Quality-control rounds, signatures and item results.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "qc_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("round_no", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("started_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("started_by_id", sa.Integer(), nullable=True),
        sa.Column("ended_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["order_id"], ["work_orders.id"], name=op.f("fk_qc_rounds_order_id_work_orders")),
        sa.ForeignKeyConstraint(["started_by_id"], ["users.id"], name=op.f("fk_qc_rounds_started_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qc_rounds")),
    )
    with op.batch_alter_table("qc_rounds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qc_rounds_order_id"), ["order_id"], unique=False)

    op.create_table(
        "qc_signoffs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("signer_id", sa.Integer(), nullable=False),
        sa.Column("signed_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=8), nullable=False),
        sa.Column("voided_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["round_id"], ["qc_rounds.id"], name=op.f("fk_qc_signoffs_round_id_qc_rounds")),
        sa.ForeignKeyConstraint(["signer_id"], ["users.id"], name=op.f("fk_qc_signoffs_signer_id_users")),
        sa.ForeignKeyConstraint(["voided_by_id"], ["users.id"], name=op.f("fk_qc_signoffs_voided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qc_signoffs")),
    )
    with op.batch_alter_table("qc_signoffs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qc_signoffs_round_id"), ["round_id"], unique=False)
        batch_op.create_index(
            "uq_qc_signoffs_round_level_valid",
            ["round_id", "level"],
            unique=True,
            sqlite_where=sa.text("voided_at IS NULL"),
        )

    op.create_table(
        "qc_item_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("signoff_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("item_code", sa.String(length=64), nullable=False),
        sa.Column("answer", sa.String(length=4), nullable=True),
        sa.Column("value", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("answered_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["answered_by_id"], ["users.id"], name=op.f("fk_qc_item_results_answered_by_id_users")),
        sa.ForeignKeyConstraint(["round_id"], ["qc_rounds.id"], name=op.f("fk_qc_item_results_round_id_qc_rounds")),
        sa.ForeignKeyConstraint(
            ["signoff_id"], ["qc_signoffs.id"], name=op.f("fk_qc_item_results_signoff_id_qc_signoffs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qc_item_results")),
    )
    with op.batch_alter_table("qc_item_results", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qc_item_results_round_id"), ["round_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_qc_item_results_signoff_id"), ["signoff_id"], unique=False)


def downgrade() -> None:
    op.drop_table("qc_item_results")
    op.drop_table("qc_signoffs")
    op.drop_table("qc_rounds")
