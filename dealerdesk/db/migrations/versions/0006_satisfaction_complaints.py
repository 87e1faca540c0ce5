"""The manager's review: satisfaction calls, complaints, the Monday meeting's minutes.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_minutes",
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("saved_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("saved_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["saved_by_id"], ["users.id"], name=op.f("fk_meeting_minutes_saved_by_id_users")),
        sa.PrimaryKeyConstraint("week_start", name=op.f("pk_meeting_minutes")),
    )
    op.create_table(
        "satisfaction_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("called_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("called_by_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("reception", sa.Integer(), nullable=True),
        sa.Column("quality", sa.Integer(), nullable=True),
        sa.Column("timeliness", sa.Integer(), nullable=True),
        sa.Column("price", sa.Integer(), nullable=True),
        sa.Column("overall", sa.Integer(), nullable=True),
        sa.Column("words", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["called_by_id"], ["users.id"], name=op.f("fk_satisfaction_calls_called_by_id_users")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_satisfaction_calls_order_id_work_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_calls")),
    )
    with op.batch_alter_table("satisfaction_calls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_satisfaction_calls_called_at"), ["called_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_satisfaction_calls_order_id"), ["order_id"], unique=False)
        batch_op.create_index(
            "uq_satisfaction_calls_reached",
            ["order_id"],
            unique=True,
            sqlite_where=sa.text("outcome = 'reached'"),
            postgresql_where=sa.text("outcome = 'reached'"),
        )

    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.Column("plate", sa.Text(), nullable=False),
        sa.Column("vin", sa.Text(), nullable=False),
        sa.Column("customer_name", sa.Text(), nullable=False),
        sa.Column("customer_mobile", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cause", sa.String(length=16), nullable=True),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("apology_by_id", sa.Integer(), nullable=True),
        sa.Column("apology_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("remedy", sa.Text(), nullable=False),
        sa.Column("gift", sa.Text(), nullable=False),
        sa.Column("close_by", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("opened_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=False),
        sa.Column("closed_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["apology_by_id"], ["users.id"], name=op.f("fk_complaints_apology_by_id_users")),
        sa.ForeignKeyConstraint(
            ["call_id"], ["satisfaction_calls.id"], name=op.f("fk_complaints_call_id_satisfaction_calls")
        ),
        sa.ForeignKeyConstraint(["closed_by_id"], ["users.id"], name=op.f("fk_complaints_closed_by_id_users")),
        sa.ForeignKeyConstraint(["opened_by_id"], ["users.id"], name=op.f("fk_complaints_opened_by_id_users")),
        sa.ForeignKeyConstraint(["order_id"], ["work_orders.id"], name=op.f("fk_complaints_order_id_work_orders")),
        sa.ForeignKeyConstraint(["responsible_id"], ["users.id"], name=op.f("fk_complaints_responsible_id_users")),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_complaints_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaints_opened_at"), ["opened_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaints_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaints_plate"), ["plate"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaints_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaints_vehicle_id"), ["vehicle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaints_vin"), ["vin"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaints_vin"))
        batch_op.drop_index(batch_op.f("ix_complaints_vehicle_id"))
        batch_op.drop_index(batch_op.f("ix_complaints_status"))
        batch_op.drop_index(batch_op.f("ix_complaints_plate"))
        batch_op.drop_index(batch_op.f("ix_complaints_order_id"))
        batch_op.drop_index(batch_op.f("ix_complaints_opened_at"))

    op.drop_table("complaints")
    with op.batch_alter_table("satisfaction_calls", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_satisfaction_calls_reached",
            sqlite_where=sa.text("outcome = 'reached'"),
            postgresql_where=sa.text("outcome = 'reached'"),
        )
        batch_op.drop_index(batch_op.f("ix_satisfaction_calls_order_id"))
        batch_op.drop_index(batch_op.f("ix_satisfaction_calls_called_at"))

    op.drop_table("satisfaction_calls")
    op.drop_table("meeting_minutes")
