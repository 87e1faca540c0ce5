"""Writing and reading the append-only audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import AuditEntry, User
from dealerdesk.services.actor import Actor


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(_jsonable(v) for v in value)
    return value


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: object,
    changes: dict[str, Any] | None = None,
) -> None:
    """Add one audit row inside the caller's transaction: the change and its record commit together."""
    payload = {k: _jsonable(v) for k, v in (changes or {}).items()}
    session.add(
        AuditEntry(
            user_id=actor.id if actor else None,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            changes=json.dumps(payload, ensure_ascii=False, default=str),
        )
    )


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Fields whose value changed, as {field: [old, new]}."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}


@dataclass(frozen=True)
class AuditView:
    at: datetime
    user: str
    action: str
    entity: str
    entity_id: str
    changes: dict[str, Any]


def list_entries(
    db: Database, entity: str | None = None, entity_id: object | None = None, limit: int = 1000
) -> list[AuditView]:
    with db.read() as s:
        q = select(AuditEntry, User.full_name).outerjoin(User, User.id == AuditEntry.user_id)
        if entity is not None:
            q = q.where(AuditEntry.entity == entity)
        if entity_id is not None:
            q = q.where(AuditEntry.entity_id == str(entity_id))
        q = q.order_by(AuditEntry.id).limit(limit)
        return [
            AuditView(e.at, name or "", e.action, e.entity, e.entity_id, json.loads(e.changes))
            for e, name in s.execute(q)
        ]
