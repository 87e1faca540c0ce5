"""Saved segments hold their outlet by id, so that renaming the outlet no longer empties them.

care_segments.filters (JSON) gains ``outlet_id``. A segment saved with an outlet's name gets the id
of the outlet that had that name when the segment was last saved: the first outlet renamed away from
it afterwards (the audit log's ``rename_outlet`` entries), else the outlet of that name now. So a
segment already emptied by a rename finds its outlet's cars again. A name no outlet ever had keeps
``outlet_id`` null: the segment finds no car and the Segments page says its outlet is not on file.
No schema change; the downgrade writes each outlet's current name back and drops the ids.

Revision ID: 0030
Revises: 0029
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from dealerdesk.db.base import UTCDateTime

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

_segments = sa.table(
    "care_segments", sa.column("id", sa.Integer), sa.column("filters", sa.Text), sa.column("updated_at", UTCDateTime)
)
_outlets = sa.table("outlets", sa.column("id", sa.Integer), sa.column("name", sa.String))
_audit = sa.table(
    "audit_log",
    sa.column("id", sa.Integer),
    sa.column("at", UTCDateTime),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("changes", sa.Text),
)


def _renames(conn: sa.Connection) -> list[tuple[datetime, str, int]]:
    """(when, the name left, outlet id) of every rename, oldest first."""
    q = (
        sa.select(_audit.c.at, _audit.c.entity_id, _audit.c.changes)
        .where(_audit.c.action == "rename_outlet", _audit.c.entity == "outlet")
        .order_by(_audit.c.id)
    )
    out = []
    for at, entity_id, changes in conn.execute(q):
        names = json.loads(changes or "{}").get("name")
        if isinstance(names, list) and len(names) == 2 and str(entity_id).isdigit():
            out.append((at, str(names[0]), int(entity_id)))
    return out


def _write(conn: sa.Connection, segment_id: int, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    conn.execute(sa.update(_segments).where(_segments.c.id == segment_id).values(filters=text))


def upgrade() -> None:
    conn = op.get_bind()
    names = {oid: name for oid, name in conn.execute(sa.select(_outlets.c.id, _outlets.c.name))}
    by_name = {name: oid for oid, name in names.items()}
    renames = _renames(conn)
    for segment_id, filters, saved_at in conn.execute(sa.select(_segments)).all():
        data = json.loads(filters or "{}")
        if "outlet_id" in data:
            continue
        name = str(data.get("outlet") or "")
        outlet_id = None
        if name:
            later = [oid for at, old, oid in renames if old == name and (saved_at is None or at >= saved_at)]
            outlet_id = later[0] if later and later[0] in names else by_name.get(name)
        data["outlet_id"] = outlet_id
        if outlet_id is not None:
            data["outlet"] = names[outlet_id]
        _write(conn, segment_id, data)


def downgrade() -> None:
    conn = op.get_bind()
    names = {oid: name for oid, name in conn.execute(sa.select(_outlets.c.id, _outlets.c.name))}
    for segment_id, filters, _saved_at in conn.execute(sa.select(_segments)).all():
        data = json.loads(filters or "{}")
        if "outlet_id" not in data:
            continue
        outlet_id = data.pop("outlet_id")
        if outlet_id in names:
            data["outlet"] = names[outlet_id]
        _write(conn, segment_id, data)
