"""A parts clerk, and orders in the workshop with parts lines, for the workshop-floor tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from unittest.mock import patch

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.order_rules import LabourLineInput, PartsLineInput
from dealerdesk.domain.roles import Role
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders import work_orders
from tests.helpers import PASSWORD, UserSet, _hash_once
from tests.order_samples import complete_order

AIR_FILTER = "1K0129620D"
BATTERY = "JZW915105"


def make_clerk(db: Database, people: UserSet, username: str = "parts1") -> Actor:
    with patch.object(users, "hash_password", _hash_once):
        view = users.create_user(db, people.admin, username, "刘配件", PASSWORD, {Role.PARTS_CLERK}, "")
    return Actor(view.id, view.username, view.full_name, view.roles)


def workshop_order(db: Database, people: UserSet, *, dispatch: bool = True, old_parts_returned: bool = False) -> int:
    """An order with two technicians and three parts lines (an air filter, a battery, 4.5 l of oil)."""
    data = replace(
        complete_order(technician_id=people.tech.id, checked_in_at=utcnow() - timedelta(hours=2)),
        labour_lines=[
            LabourLineInput("更换空气滤清器", 30, 30000, people.tech.id),
            LabourLineInput("更换蓄电池", 50, 30000, people.tech2.id),
        ],
        parts_lines=[
            PartsLineInput(AIR_FILTER, "空气滤清器", 1000, 9800),
            PartsLineInput(BATTERY, "蓄电池 60Ah", 1000, 78000),
            PartsLineInput("G052195M4", "机油 5W-40", 4500, 9000),
        ],
        old_parts_returned=old_parts_returned,
        estimate_fen=200_000,
    )
    order_id = work_orders.open_order(db, people.advisor, data).id
    if dispatch:
        work_orders.dispatch_to_workshop(db, people.advisor, order_id)
    return order_id


def labour_line(db: Database, order_id: int, row: int = 1) -> int:
    """The id of the order's labour line at ``row`` (1-based), as the clock and discounts name it."""
    line_id = work_orders.load_order(db, order_id).labour_lines[row - 1].id
    assert line_id is not None
    return line_id


def parts_line(db: Database, order_id: int, row: int = 1) -> int:
    line_id = work_orders.load_order(db, order_id).parts_lines[row - 1].id
    assert line_id is not None
    return line_id
