"""Text behaves alike on SQLite and PostgreSQL: no length is cut or refused by one of them,
and a control character gets the same clear message on both, never a driver error."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from dealerdesk.db.database import Database
from dealerdesk.db.models import AuditEntry, WorkOrder
from dealerdesk.domain.messages import ValidationError
from dealerdesk.domain.order_rules import LabourLineInput, OrderInput
from dealerdesk.domain.validation.text import CONTROL_CHARACTER
from dealerdesk.services.orders.search import OrderQuery, search_orders
from dealerdesk.services.orders.work_orders import load_order, save_draft
from tests.helpers import UserSet


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_long_text_is_kept_whole(db: Database, people: UserSet) -> None:
    """The free-text columns are TEXT: 5,000 characters in, 5,000 out, on both backends."""
    name, model, operation = "锦" * 5000, "Model " + "X" * 3000, "更换" * 2000
    typed = OrderInput(
        customer_name=name,
        model=model,
        colour="珍珠白" * 100,
        labour_lines=[LabourLineInput(operation=operation, hours_x100=100, rate_fen=20000)],
    )
    draft = save_draft(db, people.advisor, typed)
    back = load_order(db, draft.id)
    assert back.customer_name == name and back.to_input().model == model
    assert back.to_input().labour_lines[0].operation == operation


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\x7f"])
def test_a_control_character_is_refused_with_a_message(db: Database, people: UserSet, bad: str) -> None:
    orders, audit = count(db, WorkOrder), count(db, AuditEntry)
    with pytest.raises(ValidationError) as refusal:
        save_draft(db, people.advisor, OrderInput(customer_name=f"王{bad}五"))
    problem = refusal.value.problems[0]
    assert problem.field == "customer_name" and problem.text == CONTROL_CHARACTER
    assert problem.params == {"code": f"U+{ord(bad):04X}", "position": 2}
    assert "invisible control character (code U+00" in str(refusal.value)
    assert (count(db, WorkOrder), count(db, AuditEntry)) == (orders, audit)  # nothing half-written


def test_line_breaks_and_tabs_stay_allowed(db: Database, people: UserSet) -> None:
    typed = OrderInput(customer_name="王五", damage_notes="左前门划痕\r\n\t右后视镜裂")
    draft = save_draft(db, people.advisor, typed)
    assert load_order(db, draft.id).damage_notes == "左前门划痕\r\n\t右后视镜裂"


def test_search_ignores_case_and_control_characters_alike(db: Database, people: UserSet) -> None:
    """SQLite's LIKE ignores ASCII case, PostgreSQL's does not: the search behaves as on SQLite on both;
    a NUL typed or pasted into the search box matches nothing instead of a driver error."""
    save_draft(db, people.advisor, OrderInput(customer_name="Zhang Wei 张伟"))
    for typed in ("zhang wei", "ZHANG", "Zhang\x00 Wei", "wei 张伟\x07"):
        rows = search_orders(db, OrderQuery(text=typed))
        assert [r.customer_name for r in rows] == ["Zhang Wei 张伟"], typed
    assert search_orders(db, OrderQuery(text="\x00")) == search_orders(db, OrderQuery())
