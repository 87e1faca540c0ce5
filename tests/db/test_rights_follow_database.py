"""Rights follow the database: a deactivated user or a removed role stops the next action at once."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import event

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import AccountRevoked, PermissionDenied
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel
from dealerdesk.services import users
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.orders import work_orders
from dealerdesk.services.qc import rounds as qc
from tests.db.qc_helpers import make_order, passing_answers
from tests.helpers import PASSWORD, UserSet
from tests.order_samples import complete_order

SERVICES = Path(__file__).parents[2] / "dealerdesk" / "services"


def test_a_deactivated_advisor_can_no_longer_open_or_cancel(db: Database, people: UserSet) -> None:
    draft = work_orders.save_draft(db, people.advisor, complete_order())
    opened = work_orders.open_order(db, people.advisor, complete_order())
    users.set_active(db, people.admin, people.advisor.id, False)
    with pytest.raises(AccountRevoked, match="sa1 was deactivated"):
        work_orders.open_order(db, people.advisor, complete_order(), draft.id, draft.version)
    with pytest.raises(AccountRevoked):
        work_orders.cancel_order(db, people.advisor, opened.id, "客户取消了预约", opened.version)
    with pytest.raises(AccountRevoked):
        work_orders.save_draft(db, people.advisor, complete_order())
    assert work_orders.load_order(db, opened.id).status is OrderStatus.OPEN
    assert work_orders.load_order(db, draft.id).status is OrderStatus.DRAFT


def test_a_deactivated_technician_cannot_finish_work(db: Database, people: UserSet) -> None:
    order_id = make_order(db, people.advisor, people.tech)
    users.set_active(db, people.admin, people.tech.id, False)
    with pytest.raises(AccountRevoked):
        qc.finish_work(db, people.tech, order_id)
    assert work_orders.load_order(db, order_id).status is OrderStatus.IN_WORKSHOP


def test_a_deactivated_inspector_signing_hears_why_not_that_the_password_is_wrong(
    db: Database, people: UserSet
) -> None:
    order_id = make_order(db, people.advisor, people.tech)
    view = qc.finish_work(db, people.tech, order_id)
    users.set_active(db, people.admin, people.tech.id, False)
    with pytest.raises(AccountRevoked, match="deactivated") as err:
        qc.sign_level(db, people.tech, view.id, 1, PASSWORD, passing_answers(view, QcLevel.SELF_CHECK))
    assert "password" not in str(err.value)


def test_a_role_taken_away_stops_the_next_action_and_a_role_given_allows_it(db: Database, people: UserSet) -> None:
    users.update_user(db, people.admin, people.advisor.id, "李晓明", {Role.TECHNICIAN}, "")
    with pytest.raises(PermissionDenied, match="Service advisor"):
        work_orders.save_draft(db, people.advisor, complete_order())
    # The stale actor from sign-in says technician only; the database now says advisor too.
    users.update_user(db, people.admin, people.tech.id, "王师傅", {Role.TECHNICIAN, Role.ADVISOR}, "")
    assert work_orders.save_draft(db, people.tech, complete_order()).number


@pytest.mark.sqlite_only  # EXPLAIN QUERY PLAN and its "?" parameter are SQLite's
def test_the_check_is_one_query_on_primary_keys(db: Database, people: UserSet) -> None:
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement != "BEGIN":
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    with db.read() as s:
        fresh = current_actor(s, Actor(people.lead.id, "lead1", "x", frozenset()))
        event.remove(db.engine, "before_cursor_execute", seen)
        assert fresh.roles == {Role.TEAM_LEAD, Role.TECHNICIAN} and fresh.full_name == "孙班长"
        assert len(statements) == 1
        plan = " ".join(
            str(r[-1]) for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statements[0], (people.lead.id,))
        )
    assert "SCAN" not in plan, plan


def _calls(fn: ast.FunctionDef) -> set[str]:
    names = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            f = node.func
            names.add(f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else "")
    return names


def test_every_service_taking_an_actor_and_a_database_checks_the_actor_in_its_transaction() -> None:
    """A new use case cannot forget it: it calls current_actor, or a service that does."""
    functions: dict[str, ast.FunctionDef] = {}
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                functions[f"{path.stem}.{node.name}"] = node
    checking = {"current_actor"}
    changed = True
    while changed:
        changed = False
        for fn in functions.values():
            if fn.name not in checking and _calls(fn) & checking:
                checking.add(fn.name)
                changed = True
    missing = [
        key
        for key, fn in functions.items()
        if not fn.name.startswith("_")
        and {"db", "actor"} <= {a.arg for a in fn.args.args + fn.args.kwonlyargs}
        and fn.name not in checking
    ]
    assert missing == []
