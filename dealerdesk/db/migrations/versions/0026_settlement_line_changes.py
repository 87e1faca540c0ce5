"""Settlement lines say what they are (labour, parts, a whole-order discount) and, when the cashier
changed a line's amount from the order's, the order's amount and why; a settlement keeps the VAT
rate it showed.

The kind of the lines already written follows from their position: the order's labour lines
come first, then its parts lines, then the whole-order discounts (a settled order's lines are
locked, so their counts still hold). The append-only guard is lifted for that one UPDATE.

Revision ID: 0026
Revises: 0025
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dealerdesk.db.guards import append_only_guards, drop_append_only_guards

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

_LABOUR = (
    "(SELECT count(*) FROM labour_lines l JOIN settlements s ON s.order_id = l.order_id "
    "WHERE s.id = settlement_lines.settlement_id)"
)
_PARTS = (
    "(SELECT count(*) FROM parts_lines p JOIN settlements s ON s.order_id = p.order_id "
    "WHERE s.id = settlement_lines.settlement_id)"
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("settlement_lines", sa.Column("kind", sa.String(length=8), nullable=False, server_default=""))
    op.add_column("settlement_lines", sa.Column("order_amount_fen", sa.Integer(), nullable=True))
    op.add_column("settlement_lines", sa.Column("change_reason", sa.Text(), nullable=False, server_default=""))
    op.add_column("settlements", sa.Column("vat_rate_pct", sa.Integer(), nullable=True))
    for statement in drop_append_only_guards(dialect, "settlement_lines"):
        op.execute(statement)
    op.execute(
        f"UPDATE settlement_lines SET kind = CASE WHEN position < {_LABOUR} THEN 'labour' "
        f"WHEN position < {_LABOUR} + {_PARTS} THEN 'parts' ELSE 'order' END"
    )
    for statement in append_only_guards(dialect, "settlement_lines"):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in drop_append_only_guards(dialect, "settlement_lines"):
        op.execute(statement)
    # In place (SQLite 3.35+ and PostgreSQL alike): a rebuild of these tables trips their foreign keys.
    for table, column in (
        ("settlement_lines", "change_reason"),
        ("settlement_lines", "order_amount_fen"),
        ("settlement_lines", "kind"),
        ("settlements", "vat_rate_pct"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    for statement in append_only_guards(dialect, "settlement_lines"):
        op.execute(statement)
