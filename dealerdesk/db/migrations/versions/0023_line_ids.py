"""Clock events, discounts and customer notices name their labour or parts line by its id, not by its row.

A row number moved when an order in the workshop was edited (a line inserted or removed
before it), so time clocked or a discount given landed on another line. Saving an order now
keeps its lines' ids; the existing rows are converted from the 1-based row they stored to
the id of the line at that row today (NULL when the order no longer has such a row).

Revision ID: 0023
Revises: 0022
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

# (table, new column, the lines' table)
_REFERENCES = (
    ("job_clock_events", "labour_line_id", "labour_lines"),
    ("discounts", "labour_line_id", "labour_lines"),
    ("discounts", "parts_line_id", "parts_lines"),
)


def _line_at_row(lines: str, table: str) -> str:
    """The id of the order's line whose rank by position is the stored 1-based row."""
    return (
        f"(SELECT l.id FROM {lines} l WHERE l.order_id = {table}.order_id AND {table}.line_no - 1 = "
        f"(SELECT count(*) FROM {lines} l2 WHERE l2.order_id = l.order_id AND l2.position < l.position))"
    )


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column, lines in _REFERENCES:
        fk = op.f(f"fk_{table}_{column}_{lines}")
        if sqlite:
            # In place: a batch rebuild would break the triggers on other tables that read these.
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER CONSTRAINT {fk} REFERENCES {lines} (id)")
        else:
            op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(fk, table, lines, [column], ["id"])
    op.execute(f"UPDATE job_clock_events SET labour_line_id = {_line_at_row('labour_lines', 'job_clock_events')}")
    op.execute(
        f"UPDATE discounts SET labour_line_id = {_line_at_row('labour_lines', 'discounts')} WHERE target = 'labour'"
    )
    op.execute(
        f"UPDATE discounts SET parts_line_id = {_line_at_row('parts_lines', 'discounts')} WHERE target = 'parts'"
    )

    _convert_notices("lines", lambda rows, n: str(rows[n - 1]) if 0 < n <= len(rows) else "")
    op.execute("ALTER TABLE customer_notices RENAME COLUMN lines TO line_ids")

    op.drop_index("ix_job_clock_events_order_line", table_name="job_clock_events")
    for table in ("job_clock_events", "discounts"):
        if sqlite:
            op.execute(f"ALTER TABLE {table} DROP COLUMN line_no")
        else:
            op.drop_column(table, "line_no")
    op.create_index(
        "ix_job_clock_events_line_technician", "job_clock_events", ["labour_line_id", "technician_id"], unique=False
    )
    op.create_index(op.f("ix_discounts_labour_line_id"), "discounts", ["labour_line_id"], unique=False)
    op.create_index(op.f("ix_discounts_parts_line_id"), "discounts", ["parts_line_id"], unique=False)


def _convert_notices(column: str, convert: Callable[[list[int], int], str]) -> None:
    """Rewrite each customer notice's told lines ("1,3"), given the order's labour line ids by row."""
    bind = op.get_bind()
    notices = bind.execute(sa.text(f"SELECT id, order_id, {column} FROM customer_notices WHERE {column} <> ''"))
    for notice_id, order_id, told in list(notices):
        rows = list(
            bind.execute(
                sa.text("SELECT id FROM labour_lines WHERE order_id = :o ORDER BY position, id"), {"o": order_id}
            ).scalars()
        )
        new = ",".join(x for x in (convert(rows, int(n)) for n in told.split(",") if n) if x)
        bind.execute(sa.text(f"UPDATE customer_notices SET {column} = :v WHERE id = :i"), {"v": new, "i": notice_id})


def _row_of(lines: str, table: str, column: str) -> str:
    return (
        f"(SELECT count(*) + 1 FROM {lines} l2 JOIN {lines} l ON l.id = {table}.{column} "
        "WHERE l2.order_id = l.order_id AND l2.position < l.position)"
    )


def downgrade() -> None:
    _convert_notices("line_ids", lambda rows, line_id: str(rows.index(line_id) + 1) if line_id in rows else "")
    op.execute("ALTER TABLE customer_notices RENAME COLUMN line_ids TO lines")
    op.drop_index(op.f("ix_discounts_parts_line_id"), table_name="discounts")
    op.drop_index(op.f("ix_discounts_labour_line_id"), table_name="discounts")
    op.drop_index("ix_job_clock_events_line_technician", table_name="job_clock_events")
    op.add_column("job_clock_events", sa.Column("line_no", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("discounts", sa.Column("line_no", sa.Integer(), nullable=True))
    op.execute(f"UPDATE job_clock_events SET line_no = {_row_of('labour_lines', 'job_clock_events', 'labour_line_id')}")
    op.execute(
        f"UPDATE discounts SET line_no = {_row_of('labour_lines', 'discounts', 'labour_line_id')} "
        "WHERE labour_line_id IS NOT NULL"
    )
    op.execute(
        f"UPDATE discounts SET line_no = {_row_of('parts_lines', 'discounts', 'parts_line_id')} "
        "WHERE parts_line_id IS NOT NULL"
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column, lines in reversed(_REFERENCES):
        if sqlite:  # SQLite reflects the in-place REFERENCES without its name: the rebuild drops it with the column
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.drop_column(column)
        else:
            op.drop_constraint(op.f(f"fk_{table}_{column}_{lines}"), table, type_="foreignkey")
            op.drop_column(table, column)
    op.create_index("ix_job_clock_events_order_line", "job_clock_events", ["order_id", "line_no", "technician_id"])
