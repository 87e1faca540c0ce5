from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dealerdesk.db.database import Database
from dealerdesk.domain.roles import Role
from dealerdesk.services import audit, users
from tests.helpers import PASSWORD, UserSet


def test_services_write_the_audit_log(db: Database, people: UserSet) -> None:
    users.create_user(db, people.admin, "tech9", "新技师", PASSWORD, {Role.TECHNICIAN}, "机电一组")
    entries = [e for e in audit.list_entries(db, entity="user") if e.action == "create_user"]
    last = entries[-1]
    assert last.user == "管理员"
    assert last.changes["username"] == "tech9"
    assert last.changes["roles"] == ["technician"]


def test_database_refuses_update_and_delete_of_audit_rows(db: Database, people: UserSet) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() > 0
    for statement in ("UPDATE audit_log SET action = 'forged'", "DELETE FROM audit_log"):
        with pytest.raises(IntegrityError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(statement))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'forged'")).scalar_one() == 0
