"""The workshop floor: parts issued to an order and returned, and the self-check's account of them.

Revision ID: 0007
Revises: 0006

Guards (SQLite triggers) that hold whatever path writes: parts are issued only to an
order in the workshop; movements are never changed or deleted; the level-1 self-check
is not signed, and the order never becomes delivered, while a quantity issued to the
order is neither fitted nor returned to stores.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base
from dealerdesk.db.pg_triggers import Guard, create_guard, drop_guard

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _unaccounted(order_id: str) -> str:
    """True when some part number's issued-minus-returned differs from what the self-check said was fitted."""
    return f"""EXISTS (
        SELECT 1 FROM (
            SELECT m.part_no AS part_no,
                   SUM(CASE WHEN m.kind = 'issue' THEN m.quantity_x1000 ELSE -m.quantity_x1000 END) AS held
            FROM parts_movements m WHERE m.order_id = {order_id} GROUP BY m.part_no
        ) h
        WHERE h.held <> COALESCE(
            (SELECT a.fitted_x1000 FROM part_accounts a WHERE a.order_id = {order_id} AND a.part_no = h.part_no), 0)
    )"""


TRIGGERS: dict[str, str] = {
    "parts_movements_issue_guard": """
CREATE TRIGGER parts_movements_issue_guard BEFORE INSERT ON parts_movements
WHEN NEW.kind = 'issue'
BEGIN
    SELECT RAISE(ABORT, 'parts_movements: parts are issued only to an order in the workshop')
    WHERE (SELECT status FROM work_orders WHERE id = NEW.order_id) IS NOT 'in_workshop';
END""",
    "parts_movements_no_update": """
CREATE TRIGGER parts_movements_no_update BEFORE UPDATE ON parts_movements
BEGIN
    SELECT RAISE(ABORT, 'parts_movements: a movement is never changed; record a return instead');
END""",
    "parts_movements_no_delete": """
CREATE TRIGGER parts_movements_no_delete BEFORE DELETE ON parts_movements
BEGIN
    SELECT RAISE(ABORT, 'parts_movements: a movement is never deleted');
END""",
    "qc_signoffs_parts_guard": f"""
CREATE TRIGGER qc_signoffs_parts_guard BEFORE INSERT ON qc_signoffs
WHEN NEW.level = 1 AND NEW.outcome = 'pass'
BEGIN
    SELECT RAISE(ABORT, 'qc_signoffs: issued parts are not accounted for')
    WHERE {_unaccounted("(SELECT r.order_id FROM qc_rounds r WHERE r.id = NEW.round_id)")};
END""",
    "work_orders_delivery_parts_guard": f"""
CREATE TRIGGER work_orders_delivery_parts_guard BEFORE UPDATE OF status ON work_orders
WHEN NEW.status = 'delivered' AND OLD.status IS NOT 'delivered'
BEGIN
    SELECT RAISE(ABORT, 'work_orders: issued parts are neither fitted nor returned')
    WHERE {_unaccounted("NEW.id")};
END""",
}

# The same guards in PL/pgSQL (SQLite's WHEN clause folded into each condition).
PG_TRIGGERS: list[tuple[str, str, str, list[Guard]]] = [
    (
        "parts_movements_issue_guard",
        "parts_movements",
        "BEFORE INSERT",
        [
            (
                "NEW.kind = 'issue' AND "
                "(SELECT status FROM work_orders WHERE id = NEW.order_id) IS DISTINCT FROM 'in_workshop'",
                "parts_movements: parts are issued only to an order in the workshop",
            )
        ],
    ),
    (
        "parts_movements_no_update",
        "parts_movements",
        "BEFORE UPDATE",
        [("true", "parts_movements: a movement is never changed; record a return instead")],
    ),
    (
        "parts_movements_no_delete",
        "parts_movements",
        "BEFORE DELETE",
        [("true", "parts_movements: a movement is never deleted")],
    ),
    (
        "qc_signoffs_parts_guard",
        "qc_signoffs",
        "BEFORE INSERT",
        [
            (
                "NEW.level = 1 AND NEW.outcome = 'pass' AND "
                + _unaccounted("(SELECT r.order_id FROM qc_rounds r WHERE r.id = NEW.round_id)"),
                "qc_signoffs: issued parts are not accounted for",
            )
        ],
    ),
    (
        "work_orders_delivery_parts_guard",
        "work_orders",
        "BEFORE UPDATE OF status",
        [
            (
                "NEW.status = 'delivered' AND OLD.status IS DISTINCT FROM 'delivered' AND " + _unaccounted("NEW.id"),
                "work_orders: issued parts are neither fitted nor returned",
            )
        ],
    ),
]


def upgrade() -> None:
    op.create_table(
        "parts_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("slip_no", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("part_no", sa.Text(), nullable=False),
        sa.Column("part_name", sa.Text(), nullable=False),
        sa.Column("quantity_x1000", sa.Integer(), nullable=False),
        sa.Column("technician_id", sa.Integer(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=False),
        sa.Column("at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('issue', 'return')", name=op.f("ck_parts_movements_kind_known")),
        sa.CheckConstraint("quantity_x1000 > 0", name=op.f("ck_parts_movements_quantity_positive")),
        sa.ForeignKeyConstraint(["clerk_id"], ["users.id"], name=op.f("fk_parts_movements_clerk_id_users")),
        sa.ForeignKeyConstraint(["order_id"], ["work_orders.id"], name=op.f("fk_parts_movements_order_id_work_orders")),
        sa.ForeignKeyConstraint(["technician_id"], ["users.id"], name=op.f("fk_parts_movements_technician_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parts_movements")),
    )
    with op.batch_alter_table("parts_movements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parts_movements_at"), ["at"], unique=False)
        batch_op.create_index("ix_parts_movements_order_part", ["order_id", "part_no"], unique=False)
        batch_op.create_index(batch_op.f("ix_parts_movements_slip_no"), ["slip_no"], unique=False)
    op.create_table(
        "part_accounts",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("part_no", sa.Text(), nullable=False),
        sa.Column("fitted_x1000", sa.Integer(), nullable=False),
        sa.Column("old_part", sa.String(length=16), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.CheckConstraint("fitted_x1000 >= 0", name=op.f("ck_part_accounts_fitted_not_negative")),
        sa.ForeignKeyConstraint(["order_id"], ["work_orders.id"], name=op.f("fk_part_accounts_order_id_work_orders")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_part_accounts_recorded_by_id_users")),
        sa.PrimaryKeyConstraint("order_id", "part_no", name=op.f("pk_part_accounts")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for name, table, event, guards in PG_TRIGGERS:
            for statement in create_guard(name, table, event, guards):
                op.execute(statement)
    else:
        for statement in TRIGGERS.values():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table, _event, _guards in reversed(PG_TRIGGERS):
            for statement in drop_guard(name, table):
                op.execute(statement)
    else:
        for name in reversed(TRIGGERS):
            op.execute(f"DROP TRIGGER {name}")
    op.drop_table("part_accounts")
    op.drop_table("parts_movements")
