"""Helpers shared by the tests: users for every role, without going through a dialog."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any
from unittest.mock import patch

from sqlalchemy import event

from dealerdesk.db.database import Database
from dealerdesk.domain.roles import Role
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.passwords import hash_password
from dealerdesk.services.settings import get_settings, save_settings

_hashes: dict[str, str] = {}


def _hash_once(password: str) -> str:
    """scrypt is slow on purpose (~50 ms); nine accounts per test added up to seconds.
    The salt is reused across test databases only, which is harmless there."""
    if password not in _hashes:
        _hashes[password] = hash_password(password)
    return _hashes[password]


PASSWORD = "secret123"


@dataclass(frozen=True)
class UserSet:
    admin: Actor
    manager: Actor
    advisor: Actor
    advisor2: Actor
    tech: Actor
    tech2: Actor
    lead: Actor
    lead2: Actor
    qc: Actor


def make_users(db: Database) -> UserSet:
    """One account per role (two advisors, technicians and leads for separation-of-duty tests)."""
    with patch.object(users, "hash_password", _hash_once):
        admin = users.create_first_admin(db, "admin", "管理员", PASSWORD)
        save_settings(db, admin, replace(get_settings(db), teams=["机电一组", "机电二组"]))

        def add(username: str, name: str, roles: set[Role], team: str = "") -> Actor:
            view = users.create_user(db, admin, username, name, PASSWORD, roles, team)
            return Actor(view.id, view.username, view.full_name, view.roles)

        return UserSet(
            admin=admin,
            manager=add("manager", "周经理", {Role.MANAGER}),
            advisor=add("sa1", "李晓明", {Role.ADVISOR}),
            advisor2=add("sa2", "陈静", {Role.ADVISOR}),
            tech=add("tech1", "王师傅", {Role.TECHNICIAN}, "机电一组"),
            tech2=add("tech2", "张伟", {Role.TECHNICIAN}, "机电二组"),
            lead=add("lead1", "孙班长", {Role.TEAM_LEAD, Role.TECHNICIAN}, "机电一组"),
            lead2=add("lead2", "吴班长", {Role.TEAM_LEAD}, "机电二组"),
            qc=add("qc1", "郑质检", {Role.QC_INSPECTOR}),
        )


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    """The SQL statements run on ``db`` inside the block (transaction control left out)."""
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        if sql not in ("BEGIN", "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"):
            seen.append(sql)

    for engine in db.engines:  # on PostgreSQL the reads that keep their plan have a pool of their own
        event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        for engine in db.engines:
            event.remove(engine, "before_cursor_execute", count)
