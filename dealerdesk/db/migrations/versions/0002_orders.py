"""Customers, vehicles, work orders and their lines.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("mobile", sa.Text(), nullable=False),
        sa.Column("created_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_mobile"), ["mobile"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_name"), ["name"], unique=False)

    op.create_table(
        "vehicles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vin", sa.Text(), nullable=False),
        sa.Column("plate", sa.Text(), nullable=True),
        sa.Column("make", sa.Text(), nullable=True),
        sa.Column("model", sa.Text(), nullable=False),
        sa.Column("colour", sa.Text(), nullable=True),
        sa.Column("last_mileage", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("created_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["customers.id"], name=op.f("fk_vehicles_owner_id_customers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicles")),
        sa.UniqueConstraint("vin", name=op.f("uq_vehicles_vin")),
    )
    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vehicles_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vehicles_plate"), ["plate"], unique=False)

    op.create_table(
        "order_number_counters",
        sa.Column("day", sa.String(length=8), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_order_number_counters")),
    )

    op.create_table(
        "work_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.Column("customer_name", sa.Text(), nullable=False),
        sa.Column("customer_mobile", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.Text(), nullable=False),
        sa.Column("contact_mobile", sa.Text(), nullable=False),
        sa.Column("plate", sa.Text(), nullable=False),
        sa.Column("no_plate", sa.Boolean(), nullable=False),
        sa.Column("vin", sa.Text(), nullable=False),
        sa.Column("make", sa.Text(), nullable=False),
        sa.Column("model", sa.Text(), nullable=False),
        sa.Column("colour", sa.Text(), nullable=False),
        sa.Column("mileage_in", sa.Integer(), nullable=True),
        sa.Column("fuel_level", sa.String(length=4), nullable=True),
        sa.Column("category", sa.String(length=32), nullable=True),
        sa.Column("payment_type", sa.String(length=16), nullable=True),
        sa.Column("estimate_fen", sa.Integer(), nullable=True),
        sa.Column("checked_in_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("promised_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("valuables", sa.Text(), nullable=False),
        sa.Column("damage_notes", sa.Text(), nullable=False),
        sa.Column("customer_waits", sa.Boolean(), nullable=True),
        sa.Column("wash", sa.Boolean(), nullable=False),
        sa.Column("old_parts_returned", sa.Boolean(), nullable=False),
        sa.Column("road_test_out_km", sa.Integer(), nullable=True),
        sa.Column("road_test_in_km", sa.Integer(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("created_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("finished_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("delivered_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["advisor_id"], ["users.id"], name=op.f("fk_work_orders_advisor_id_users")),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_work_orders_customer_id_customers")),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_work_orders_updated_by_id_users")),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_work_orders_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_orders")),
        sa.UniqueConstraint("number", name=op.f("uq_work_orders_number")),
    )
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_orders_advisor_id"), ["advisor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_orders_category"), ["category"], unique=False)
        batch_op.create_index("ix_work_orders_checked_in_at", ["checked_in_at"], unique=False)
        batch_op.create_index("ix_work_orders_created_at", ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_orders_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_orders_delivered_at"), ["delivered_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_orders_status"), ["status"], unique=False)
        batch_op.create_index("ix_work_orders_status_promised", ["status", "promised_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_orders_vehicle_id"), ["vehicle_id"], unique=False)

    op.create_table(
        "concerns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["work_orders.id"],
            name=op.f("fk_concerns_order_id_work_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concerns")),
    )
    with op.batch_alter_table("concerns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_concerns_order_id"), ["order_id"], unique=False)

    op.create_table(
        "extra_work",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("new_promised_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("approver_name", sa.Text(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("approved_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["work_orders.id"],
            name=op.f("fk_extra_work_order_id_work_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_extra_work_recorded_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_extra_work")),
    )
    with op.batch_alter_table("extra_work", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_extra_work_order_id"), ["order_id"], unique=False)

    op.create_table(
        "labour_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("operation", sa.Text(), nullable=False),
        sa.Column("hours_x100", sa.Integer(), nullable=False),
        sa.Column("rate_fen", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("technician_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["work_orders.id"],
            name=op.f("fk_labour_lines_order_id_work_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["technician_id"], ["users.id"], name=op.f("fk_labour_lines_technician_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_labour_lines")),
    )
    with op.batch_alter_table("labour_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_labour_lines_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_labour_lines_technician_id"), ["technician_id"], unique=False)

    op.create_table(
        "parts_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("part_no", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("quantity_x1000", sa.Integer(), nullable=False),
        sa.Column("unit_price_fen", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["work_orders.id"],
            name=op.f("fk_parts_lines_order_id_work_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parts_lines")),
    )
    with op.batch_alter_table("parts_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parts_lines_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    op.drop_table("parts_lines")
    op.drop_table("labour_lines")
    op.drop_table("extra_work")
    op.drop_table("concerns")
    op.drop_table("work_orders")
    op.drop_table("order_number_counters")
    op.drop_table("vehicles")
    op.drop_table("customers")
