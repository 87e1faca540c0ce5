"""Customer care desk: follow-up calls, the data-to-fix queue, each vehicle's status of the day.

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "care_status_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("run_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("vehicles", sa.Integer(), nullable=False),
        sa.Column("listed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_care_status_days")),
    )
    op.create_table(
        "care_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("called_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("called_by_id", sa.Integer(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=False),
        sa.Column("outcome_class", sa.String(length=16), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=True),
        sa.Column("next_call_on", sa.Date(), nullable=True),
        sa.Column("other_shop", sa.Text(), nullable=False),
        sa.Column("other_reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["called_by_id"], ["users.id"], name=op.f("fk_care_calls_called_by_id_users")),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_care_calls_customer_id_customers")),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_care_calls_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_calls")),
    )
    with op.batch_alter_table("care_calls", schema=None) as batch_op:
        batch_op.create_index("ix_care_calls_by_called_at", ["called_by_id", "called_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_calls_called_at"), ["called_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_calls_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_calls_outcome_class"), ["outcome_class"], unique=False)
        batch_op.create_index("ix_care_calls_vehicle_called_at", ["vehicle_id", "called_at"], unique=False)

    op.create_table(
        "care_status",
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("due_kind", sa.String(length=16), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("due_km", sa.Integer(), nullable=True),
        sa.Column("est_km", sa.Integer(), nullable=True),
        sa.Column("km_per_day_x10", sa.Integer(), nullable=True),
        sa.Column("km_per_day_own", sa.Boolean(), nullable=False),
        sa.Column("sale_on", sa.Date(), nullable=True),
        sa.Column("last_visit_on", sa.Date(), nullable=True),
        sa.Column("visits_12m", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("listed_on", sa.Date(), nullable=True),
        sa.Column("assigned_to_id", sa.Integer(), nullable=True),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["assigned_to_id"], ["users.id"], name=op.f("fk_care_status_assigned_to_id_users")),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_care_status_customer_id_customers")),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_care_status_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("vehicle_id", name=op.f("pk_care_status")),
    )
    with op.batch_alter_table("care_status", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_status_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_care_status_list", ["listed_on", "assigned_to_id", "priority"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_status_status"), ["status"], unique=False)

    op.create_table(
        "care_data_fixes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("opened_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("resolved_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["care_calls.id"], name=op.f("fk_care_data_fixes_call_id_care_calls")),
        sa.ForeignKeyConstraint(["resolved_by_id"], ["users.id"], name=op.f("fk_care_data_fixes_resolved_by_id_users")),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_care_data_fixes_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_data_fixes")),
    )
    with op.batch_alter_table("care_data_fixes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_data_fixes_call_id"), ["call_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_data_fixes_resolved_at"), ["resolved_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_data_fixes_vehicle_id"), ["vehicle_id"], unique=False)
        batch_op.create_index(
            "uq_care_data_fixes_open",
            ["vehicle_id", "kind"],
            unique=True,
            sqlite_where=sa.text("resolved_at IS NULL"),
            postgresql_where=sa.text("resolved_at IS NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("care_data_fixes", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_care_data_fixes_open",
            sqlite_where=sa.text("resolved_at IS NULL"),
            postgresql_where=sa.text("resolved_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_care_data_fixes_vehicle_id"))
        batch_op.drop_index(batch_op.f("ix_care_data_fixes_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_care_data_fixes_call_id"))

    op.drop_table("care_data_fixes")
    with op.batch_alter_table("care_status", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_status_status"))
        batch_op.drop_index("ix_care_status_list")
        batch_op.drop_index(batch_op.f("ix_care_status_customer_id"))

    op.drop_table("care_status")
    with op.batch_alter_table("care_calls", schema=None) as batch_op:
        batch_op.drop_index("ix_care_calls_vehicle_called_at")
        batch_op.drop_index(batch_op.f("ix_care_calls_outcome_class"))
        batch_op.drop_index(batch_op.f("ix_care_calls_customer_id"))
        batch_op.drop_index(batch_op.f("ix_care_calls_called_at"))
        batch_op.drop_index("ix_care_calls_by_called_at")

    op.drop_table("care_calls")
    op.drop_table("care_status_days")
