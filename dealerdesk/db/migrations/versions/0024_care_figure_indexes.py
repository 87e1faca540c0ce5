"""Indexes for the care desk's monthly figures: visits by day with the car, status and category
(retention, lost and the frequency classes are read from the index alone), and cars by sale day.

Revision ID: 0024
Revises: 0023
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.create_index(
            "ix_work_orders_visits", ["checked_in_at", "vehicle_id", "status", "category"], unique=False
        )
    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vehicles_warranty_start"), ["warranty_start"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vehicles_warranty_start"))
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.drop_index("ix_work_orders_visits")
