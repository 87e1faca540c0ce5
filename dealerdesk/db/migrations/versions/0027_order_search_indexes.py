"""The search box's page of orders read from indexes: each order's vehicle or customer with its
check-in time (and, on PostgreSQL, its id), so that the orders of the matched vehicles and
customers are put in the list's default order without reading their rows
(bench/bench_scale.py: a plate fragment's p95 was 6.0 ms at 150k orders, most of it reading and
sorting every matching order's row). They replace the plain vehicle_id and customer_id indexes,
which they serve as well (same leading column).

Revision ID: 0027
Revises: 0026
"""

from __future__ import annotations

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_work_orders_vehicle_checked_in", "vehicle_id", "ix_work_orders_vehicle_id"),
    ("ix_work_orders_customer_checked_in", "customer_id", "ix_work_orders_customer_id"),
)


def upgrade() -> None:
    for name, column, replaced in INDEXES:
        op.create_index(name, "work_orders", [column, "checked_in_at"], postgresql_include=["id"])
        op.drop_index(replaced, table_name="work_orders")


def downgrade() -> None:
    for name, column, replaced in INDEXES:
        op.create_index(replaced, "work_orders", [column])
        op.drop_index(name, table_name="work_orders")
