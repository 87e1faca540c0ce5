"""One external rework per order: the same comeback is never counted twice.

The comeback prompt used to register a second 外返 record for an order whose comeback
was registered already (issue 12), and the comeback rate counted it twice. From now on a
unique index allows one external rework per original order: a car back again after its
rework was delivered is a comeback of the rework order, which is a delivered order itself.

Databases written before this have such duplicates. The earliest record of each original
order is kept (it takes the comeback order of a later duplicate if it had none); the later
ones are deleted, each with its full content in the audit log, so nothing is lost.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_WHERE = "kind = 'external'"


def _merge_duplicates(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.text(
            "SELECT * FROM rework_records WHERE kind = 'external' AND original_order_id IN ("
            " SELECT original_order_id FROM rework_records WHERE kind = 'external'"
            " GROUP BY original_order_id HAVING count(*) > 1) ORDER BY original_order_id, detected_at, id"
        )
    ).mappings()
    kept: dict[int, dict[str, object]] = {}
    now = datetime.now(UTC).replace(tzinfo=None)
    for row in rows:
        keeper = kept.get(row["original_order_id"])
        if keeper is None:
            kept[row["original_order_id"]] = dict(row)
            continue
        if keeper["rework_order_id"] is None and row["rework_order_id"] is not None:
            conn.execute(
                sa.text("UPDATE rework_records SET rework_order_id = :order, version = version + 1 WHERE id = :id"),
                {"order": row["rework_order_id"], "id": keeper["id"]},
            )
            keeper["rework_order_id"] = row["rework_order_id"]
        conn.execute(
            sa.text(
                "INSERT INTO audit_log (at, user_id, action, entity, entity_id, changes) "
                "VALUES (:at, NULL, 'merge_duplicate_external_rework', 'rework', :id, :changes)"
            ),
            {
                "at": now,
                "id": str(keeper["id"]),
                "changes": json.dumps({"deleted_duplicate": dict(row)}, ensure_ascii=False, default=str),
            },
        )
        conn.execute(sa.text("DELETE FROM rework_records WHERE id = :id"), {"id": row["id"]})


def upgrade() -> None:
    _merge_duplicates(op.get_bind())
    with op.batch_alter_table("rework_records", schema=None) as batch_op:
        batch_op.create_index(
            "uq_rework_records_external_original",
            ["original_order_id"],
            unique=True,
            sqlite_where=sa.text(_WHERE),
            postgresql_where=sa.text(_WHERE),
        )


def downgrade() -> None:
    with op.batch_alter_table("rework_records", schema=None) as batch_op:
        batch_op.drop_index("uq_rework_records_external_original")
