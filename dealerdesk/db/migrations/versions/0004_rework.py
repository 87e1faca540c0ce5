"""The rework register.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rework_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("original_order_id", sa.Integer(), nullable=False),
        sa.Column("rework_order_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("detected_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("detected_by_id", sa.Integer(), nullable=False),
        sa.Column("qc_round_id", sa.Integer(), nullable=True),
        sa.Column("qc_level", sa.Integer(), nullable=True),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("failed_items", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("responsible_technician_id", sa.Integer(), nullable=True),
        sa.Column("cause_category", sa.String(length=16), nullable=True),
        sa.Column("cause_detail", sa.Text(), nullable=False),
        sa.Column("corrective_action", sa.Text(), nullable=False),
        sa.Column("labour_cost_fen", sa.Integer(), nullable=False),
        sa.Column("parts_cost_fen", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("closed_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["closed_by_id"], ["users.id"], name=op.f("fk_rework_records_closed_by_id_users")),
        sa.ForeignKeyConstraint(["detected_by_id"], ["users.id"], name=op.f("fk_rework_records_detected_by_id_users")),
        sa.ForeignKeyConstraint(
            ["original_order_id"],
            ["work_orders.id"],
            name=op.f("fk_rework_records_original_order_id_work_orders"),
        ),
        sa.ForeignKeyConstraint(
            ["qc_round_id"], ["qc_rounds.id"], name=op.f("fk_rework_records_qc_round_id_qc_rounds")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_technician_id"],
            ["users.id"],
            name=op.f("fk_rework_records_responsible_technician_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["rework_order_id"],
            ["work_orders.id"],
            name=op.f("fk_rework_records_rework_order_id_work_orders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rework_records")),
    )
    with op.batch_alter_table("rework_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rework_records_detected_at"), ["detected_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_rework_records_kind"), ["kind"], unique=False)
        batch_op.create_index("ix_rework_records_kind_detected", ["kind", "detected_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_rework_records_original_order_id"), ["original_order_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rework_records_responsible_technician_id"),
            ["responsible_technician_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_rework_records_rework_order_id"), ["rework_order_id"], unique=False)


def downgrade() -> None:
    op.drop_table("rework_records")
