"""Finding work orders: one box for order number, plate, VIN, mobile or name, plus filters, one page at a time.

Designed for some 150,000 orders and 60,000 vehicles on a small PC. A fragment of a
plate or VIN is matched in the vehicles table (60k short rows) and a mobile or name in
the customers table, and orders are reached through their indexed foreign keys, instead
of matching every order's text. Order numbers match by prefix on their unique index.
Orders that have no vehicle record yet (drafts) are matched on their own typed values,
through the index on vehicle_id IS NULL. The list reads a page (LIMIT/OFFSET) of plain
columns; the default sort (newest check-in first) reads straight off its index.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, aliased

from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, User, Vehicle, WorkOrder
from dealerdesk.db.search_index import matching_ids
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem, ValidationError
from dealerdesk.domain.search_text import MAX_SEARCH_LENGTH, search_key
from dealerdesk.domain.validation import normalise_mobile, normalise_plate, normalise_vin
from dealerdesk.domain.validation.plate import PROVINCES
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory

# Orders the advisor no longer has to chase.
CLOSED_STATUSES = frozenset({OrderStatus.DELIVERED, OrderStatus.CANCELLED})
DUE_SOON = timedelta(minutes=30)


class SortColumn(enum.StrEnum):
    NUMBER = "number"
    STATUS = "status"
    PLATE = "plate"
    VIN = "vin"
    MODEL = "model"
    CUSTOMER = "customer"
    MOBILE = "mobile"
    ADVISOR = "advisor"
    CATEGORY = "category"
    CHECKED_IN = "checked_in"
    PROMISED = "promised"
    ESTIMATE = "estimate"


@dataclass(frozen=True)
class OrderQuery:
    text: str = ""  # order number, any part of plate or VIN, mobile, customer name
    statuses: frozenset[OrderStatus] = frozenset()  # empty: any
    advisor_id: int | None = None
    category: ServiceCategory | None = None
    date_from: date | None = None  # check-in day, local, inclusive
    date_to: date | None = None
    sort_by: SortColumn = SortColumn.CHECKED_IN
    descending: bool = True
    due_before: datetime | None = None  # only orders still open whose promise falls before this


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    status: OrderStatus
    plate: str
    vin: str
    model: str
    customer_name: str
    customer_mobile: str
    advisor_name: str
    category: ServiceCategory | None
    checked_in_at: datetime | None
    promised_at: datetime | None
    estimate_fen: int | None

    def is_due(self, now: datetime) -> bool:
        """Promised time past or within 30 minutes and the car not yet delivered: call the customer."""
        return (
            self.status not in CLOSED_STATUSES and self.promised_at is not None and self.promised_at <= now + DUE_SOON
        )


_ORDER_NUMBER = re.compile(r"(?:WO)?(?P<day>\d{6,8})(?:-(?P<seq>\d{0,4}))?")
_PLATE_CHARS = frozenset(PROVINCES + "使挂学警港澳领试超ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_DIGITS = re.compile(r"\d+")
# A mobile fragment shorter than this matches too much to be what anyone looks for.
MIN_MOBILE_DIGITS = 4


def _in_materialized(column: InstrumentedAttribute[int | None], ids: Select[Any], name: str) -> ColumnElement[bool]:
    """``column IN (ids)`` with the id list computed once: SQLite would otherwise scan the
    table twice, once for the OR-union's index lookups and once more to check the rows."""
    cte = ids.cte(name).prefix_with("MATERIALIZED")
    return column.in_(select(cte.c.id))


def _text_condition(text: str, sqlite: bool) -> ColumnElement[bool] | None:
    """Orders whose number starts with the text, or whose vehicle, customer or (drafts) own
    typed values hold it: anywhere through the search index (db/search_index.py), by prefix
    when shorter than the index's three characters."""
    typed = unicodedata.normalize("NFKC", text).strip()
    if not typed:
        return None
    if len(typed) > MAX_SEARCH_LENGTH:
        raise ValidationError(
            [
                Problem(
                    "text",
                    QT_TRANSLATE_NOOP(
                        "Messages", "A search holds at most {n} characters; this one has {length}. Shorten it."
                    ),
                    {"n": MAX_SEARCH_LENGTH, "length": len(typed)},
                )
            ]
        )
    name = search_key(typed)
    terms: list[ColumnElement[bool]] = []
    upper = typed.upper().replace(" ", "")
    number = _ORDER_NUMBER.fullmatch(upper)
    if number is not None:
        prefix = "WO" + number["day"] + ("-" + number["seq"] if number["seq"] is not None else "")
        # A range on the unique index: LIKE would not use it (SQLite's LIKE ignores case).
        terms.append(and_(WorkOrder.number >= prefix, WorkOrder.number < prefix + "\x7f"))
        if upper.startswith("WO"):
            return terms[0]  # unmistakably an order number: no plate, VIN or name can match it
    plate, vin = normalise_plate(typed), normalise_vin(typed)
    # Only fragments that could be part of a plate or VIN at all cost a scan of the vehicles.
    plate_ok = bool(plate) and len(plate) <= 8 and set(plate) <= _PLATE_CHARS and not set(plate) & set("IO")
    vin_ok = bool(vin) and len(vin) <= 17 and vin.isascii() and vin.isalnum() and not set(vin) & set("IOQ")
    vehicle_fields = {"plate": plate} if plate_ok else {}
    if vin_ok:
        vehicle_fields["vin"] = vin
    if vehicle_fields:
        ids = matching_ids(sqlite, Vehicle, "vehicles_search", vehicle_fields)
        terms.append(_in_materialized(WorkOrder.vehicle_id, ids, "match_vehicles"))
    mobile = normalise_mobile(typed)
    mobile_ok = bool(_DIGITS.fullmatch(mobile)) and MIN_MOBILE_DIGITS <= len(mobile) <= 11
    customer_fields = {"mobile": mobile} if mobile_ok else {}
    if not typed.isdigit() and number is None:
        customer_fields["name_key"] = name
    if customer_fields:
        ids = matching_ids(sqlite, Customer, "customers_search", customer_fields)
        terms.append(_in_materialized(WorkOrder.customer_id, ids, "match_customers"))
    # Drafts have no vehicle or customer record yet: match what was typed on them.
    draft_fields = {"customer_name_key": name}
    if plate_ok:
        draft_fields["plate"] = plate
    if vin_ok:
        draft_fields["vin"] = vin
    if mobile_ok:
        draft_fields["customer_mobile"] = mobile
    drafts = matching_ids(sqlite, WorkOrder, "drafts_search", draft_fields, only=WorkOrder.vehicle_id.is_(None))
    terms.append(_in_materialized(WorkOrder.id, drafts, "match_drafts"))
    return or_(*terms)


def _local_midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _conditions(query: OrderQuery, sqlite: bool) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    text = _text_condition(query.text, sqlite)
    if text is not None:
        where.append(text)
    if query.statuses:
        where.append(WorkOrder.status.in_(sorted(s.value for s in query.statuses)))
    if query.advisor_id is not None:
        where.append(WorkOrder.advisor_id == query.advisor_id)
    if query.category is not None:
        where.append(WorkOrder.category == query.category.value)
    if query.date_from is not None:
        where.append(WorkOrder.checked_in_at >= _local_midnight_utc(query.date_from))
    if query.date_to is not None:
        where.append(WorkOrder.checked_in_at < _local_midnight_utc(query.date_to + timedelta(days=1)))
    if query.due_before is not None:
        where.append(_due(query.due_before))
    return where


def _due(before: datetime) -> ColumnElement[bool]:
    return and_(WorkOrder.status.not_in(sorted(s.value for s in CLOSED_STATUSES)), WorkOrder.promised_at <= before)


_advisor = aliased(User)

_SORT_KEYS = {
    SortColumn.NUMBER: WorkOrder.number,
    SortColumn.STATUS: WorkOrder.status,
    SortColumn.PLATE: WorkOrder.plate,
    SortColumn.VIN: WorkOrder.vin,
    SortColumn.MODEL: WorkOrder.model,
    SortColumn.CUSTOMER: WorkOrder.customer_name,
    SortColumn.MOBILE: WorkOrder.customer_mobile,
    SortColumn.ADVISOR: _advisor.full_name,
    SortColumn.CATEGORY: WorkOrder.category,
    SortColumn.CHECKED_IN: WorkOrder.checked_in_at,
    SortColumn.PROMISED: WorkOrder.promised_at,
    SortColumn.ESTIMATE: WorkOrder.estimate_fen,
}


def _select(query: OrderQuery, sqlite: bool) -> Select[*tuple[Any, ...]]:
    key = _SORT_KEYS[query.sort_by]
    ordering: list[Any] = [key.desc() if query.descending else key.asc()]
    # Ties (same check-in minute, same status) keep a stable order between pages.
    ordering.append(WorkOrder.id.desc() if query.descending else WorkOrder.id.asc())
    return (
        select(
            WorkOrder.id,
            WorkOrder.number,
            WorkOrder.status,
            WorkOrder.plate,
            WorkOrder.vin,
            WorkOrder.model,
            WorkOrder.customer_name,
            WorkOrder.customer_mobile,
            func.coalesce(_advisor.full_name, ""),
            WorkOrder.category,
            WorkOrder.checked_in_at,
            WorkOrder.promised_at,
            WorkOrder.estimate_fen,
        )
        .outerjoin(_advisor, _advisor.id == WorkOrder.advisor_id)
        .where(*_conditions(query, sqlite))
        .order_by(*ordering)
    )


def search_orders(db: Database, query: OrderQuery, limit: int = 100, offset: int = 0) -> list[OrderRow]:
    with db.read() as s:
        rows = s.execute(_select(query, db.is_sqlite).limit(limit).offset(offset)).all()
    return [
        OrderRow(
            id=r[0],
            number=r[1],
            status=OrderStatus(r[2]),
            plate=r[3],
            vin=r[4],
            model=r[5],
            customer_name=r[6],
            customer_mobile=r[7],
            advisor_name=r[8],
            category=ServiceCategory(r[9]) if r[9] else None,
            checked_in_at=r[10],
            promised_at=r[11],
            estimate_fen=r[12],
        )
        for r in rows
    ]


def count_orders(db: Database, query: OrderQuery) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(WorkOrder).where(*_conditions(query, db.is_sqlite))) or 0)


@dataclass(frozen=True)
class OrderCounts:
    total: int
    due: int  # of those, still open and promised before the time asked


def count_with_due(db: Database, query: OrderQuery, due_before: datetime) -> OrderCounts:
    """How many orders match, and how many of them are due, in one pass over the matches."""
    with db.read() as s:
        total, due = s.execute(
            select(func.count(), func.count(case((_due(due_before), 1))))
            .select_from(WorkOrder)
            .where(*_conditions(query, db.is_sqlite))
        ).one()
    return OrderCounts(int(total), int(due))
