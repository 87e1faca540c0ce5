"""The job clock, the technicians' PINs, and the advisor's notices to the customer of late work.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_hash", sa.String(length=255), nullable=True))
    op.create_table(
        "job_clock_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("operation", sa.Text(), nullable=False),
        sa.Column("technician_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=True),
        sa.Column("at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_job_clock_events_order_id_work_orders")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_job_clock_events_recorded_by_id_users")
        ),
        sa.ForeignKeyConstraint(["technician_id"], ["users.id"], name=op.f("fk_job_clock_events_technician_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_clock_events")),
    )
    with op.batch_alter_table("job_clock_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_job_clock_events_at"), ["at"], unique=False)
        batch_op.create_index("ix_job_clock_events_order_line", ["order_id", "line_no", "technician_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_job_clock_events_technician_id"), ["technician_id"], unique=False)
    op.create_table(
        "customer_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("cause", sa.String(length=16), nullable=False),
        sa.Column("lines", sa.String(length=200), nullable=False),
        sa.Column("told_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("old_promised_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("new_promised_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_customer_notices_order_id_work_orders")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_customer_notices_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_notices")),
    )
    with op.batch_alter_table("customer_notices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_notices_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    op.drop_table("customer_notices")
    op.drop_table("job_clock_events")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("pin_hash")
