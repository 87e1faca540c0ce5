"""Finding work orders: one box for order number, plate, VIN, mobile or name, plus filters, one page at a time.

Designed for some 150,000 orders and 60,000 vehicles on a small PC. A fragment of a
plate or VIN is matched in the vehicles table (60k short rows) and a mobile or name in
the customers table, and orders are reached through their indexed foreign keys, instead
of matching every order's text. Order numbers match by prefix on their unique index.
Orders that have no vehicle record yet (drafts) are matched on their own typed values,
through the index on vehicle_id IS NULL. The list reads a page (LIMIT/OFFSET) of plain
columns; the default sort (newest check-in first) reads straight off its index. A text search
first picks the page's ids and sort keys among the matches (for the default sort from the
(vehicle_id, checked_in_at) and (customer_id, checked_in_at) indexes alone), then reads only
those rows, in one statement run as driver SQL (Database.rows).
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    Select,
    SQLColumnExpression,
    and_,
    bindparam,
    case,
    func,
    select,
    union,
)
from sqlalchemy.orm import aliased

from dealerdesk.db import search_index
from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, User, Vehicle, WorkOrder, WorkOrderCount
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem, ValidationError
from dealerdesk.domain.search_text import MAX_SEARCH_LENGTH, search_key
from dealerdesk.domain.validation import normalise_mobile, normalise_plate, normalise_vin
from dealerdesk.domain.validation.plate import PROVINCES
from dealerdesk.domain.validation.text import strip_control_characters
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


# Not frozen: a frozen dataclass sets each field through object.__setattr__, 15x slower to build,
# a tenth of a search that returns its 100 rows.
@dataclass(slots=True)
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


@dataclass(frozen=True)
class _TextShape:
    """What a typed text is matched against; the statement for a shape is built once (its values
    are bound parameters): building it costs more than SQLite takes to answer through the index."""

    number: bool = False  # the start of an order number
    number_only: bool = False  # "WO...": nothing else can match
    vehicles: search_index.Fields = ()
    customers: search_index.Fields = ()
    drafts: search_index.Fields = ()


def _text_plan(text: str, sqlite: bool) -> tuple[_TextShape, dict[str, Any]] | None:
    """Orders whose number starts with the text, or whose vehicle, customer or (drafts) own
    typed values hold it: anywhere through the search index (db/search_index.py), by prefix
    when shorter than the index's three characters."""
    # A control character can match nothing (PostgreSQL would refuse a NUL outright): dropped.
    typed = strip_control_characters(unicodedata.normalize("NFKC", text)).strip()
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
    name = search_key(typed)  # names are matched on their stored search key (domain/search_text)
    params: dict[str, Any] = {}

    def fields(index: str, wanted: list[tuple[str, str]]) -> search_index.Fields:
        matched, values = search_index.field_values(index, wanted, sqlite)
        params.update(values)
        return matched

    upper = typed.upper().replace(" ", "")
    number = _ORDER_NUMBER.fullmatch(upper)
    if number is not None:
        prefix = "WO" + number["day"] + ("-" + number["seq"] if number["seq"] is not None else "")
        params.update(number_from=prefix, number_to=prefix + "\x7f")
        if upper.startswith("WO"):
            return _TextShape(number=True, number_only=True), params  # no plate, VIN or name can match it
    plate, vin = normalise_plate(typed), normalise_vin(typed)
    # Only fragments that could be part of a plate or VIN at all are looked for in those fields.
    plate_ok = bool(plate) and len(plate) <= 8 and set(plate) <= _PLATE_CHARS and not set(plate) & set("IO")
    vin_ok = bool(vin) and len(vin) <= 17 and vin.isascii() and vin.isalnum() and not set(vin) & set("IOQ")
    mobile = normalise_mobile(typed)
    mobile_ok = bool(_DIGITS.fullmatch(mobile)) and MIN_MOBILE_DIGITS <= len(mobile) <= 11
    vehicle = [("plate", plate)] * plate_ok + [("vin", vin)] * vin_ok
    customer = [("mobile", mobile)] * mobile_ok + [("name_key", name)] * (not typed.isdigit() and number is None)
    # Drafts have no vehicle or customer record yet: match what was typed on them.
    draft = [("customer_name_key", name)] + [("plate", plate)] * plate_ok + [("vin", vin)] * vin_ok
    draft += [("customer_mobile", mobile)] * mobile_ok
    shape = _TextShape(
        number=number is not None,
        vehicles=fields("vehicles_search", vehicle),
        customers=fields("customers_search", customer),
        drafts=fields("drafts_search", draft),
    )
    return shape, params


def _text_terms(shape: _TextShape) -> list[ColumnElement[bool]]:
    """One condition per way an order can match the text (any of them): each uses its own index."""
    terms: list[ColumnElement[bool]] = []
    if shape.number:
        # A range on the unique index: LIKE would not use it (SQLite's LIKE ignores case).
        terms.append(and_(WorkOrder.number >= bindparam("number_from"), WorkOrder.number < bindparam("number_to")))
        if shape.number_only:
            return terms
    if shape.vehicles:
        terms.append(WorkOrder.vehicle_id.in_(search_index.matching_ids(Vehicle, "vehicles_search", shape.vehicles)))
    if shape.customers:
        ids = search_index.matching_ids(Customer, "customers_search", shape.customers)
        terms.append(WorkOrder.customer_id.in_(ids))
    drafts = search_index.matching_ids(WorkOrder, "drafts_search", shape.drafts, only=WorkOrder.vehicle_id.is_(None))
    terms.append(WorkOrder.id.in_(drafts))
    return terms


def _text_condition(shape: _TextShape) -> ColumnElement[bool]:
    """The text as one condition (the counts): the orders matched by any term, as a union of their
    ids. An OR of the terms would make SQLite read each matching order's row for the terms it did not
    use, and PostgreSQL walk every order in check-in order to filter them (50 ms at 150k orders)."""
    terms = _text_terms(shape)
    if len(terms) == 1:
        return terms[0]
    parts = [select(WorkOrder.id).where(term).correlate(None) for term in terms]
    matched = union(*parts).subquery("matched_orders")
    return WorkOrder.id.in_(select(matched.c.id))


def _local_midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


@dataclass(frozen=True)
class _Shape:
    """Everything that changes a statement's SQL (not its values): the key of the statement cache."""

    text: _TextShape | None
    statuses: bool
    advisor: bool
    category: bool
    date_from: bool
    date_to: bool
    due: bool
    sort_by: SortColumn
    descending: bool
    sqlite: bool


def _plan(query: OrderQuery, sqlite: bool) -> tuple[_Shape, dict[str, Any]]:
    text = _text_plan(query.text, sqlite)
    params: dict[str, Any] = dict(text[1]) if text is not None else {}
    if query.statuses:
        params["statuses"] = sorted(s.value for s in query.statuses)
    if query.advisor_id is not None:
        params["advisor_id"] = query.advisor_id
    if query.category is not None:
        params["category"] = query.category.value
    if query.date_from is not None:
        params["date_from"] = _local_midnight_utc(query.date_from)
    if query.date_to is not None:
        params["date_to"] = _local_midnight_utc(query.date_to + timedelta(days=1))
    if query.due_before is not None:
        params["due_before"] = query.due_before
    shape = _Shape(
        text=text[0] if text is not None else None,
        statuses=bool(query.statuses),
        advisor=query.advisor_id is not None,
        category=query.category is not None,
        date_from=query.date_from is not None,
        date_to=query.date_to is not None,
        due=query.due_before is not None,
        sort_by=query.sort_by,
        descending=query.descending,
        sqlite=sqlite,
    )
    return shape, params


def _conditions(shape: _Shape) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if shape.text is not None:
        where.append(_text_condition(shape.text))
    if shape.statuses:
        where.append(WorkOrder.status.in_(_statuses_param(shape)))
    if shape.advisor:
        where.append(WorkOrder.advisor_id == bindparam("advisor_id"))
    if shape.category:
        where.append(WorkOrder.category == bindparam("category"))
    if shape.date_from:
        where.append(WorkOrder.checked_in_at >= bindparam("date_from"))
    if shape.date_to:
        where.append(WorkOrder.checked_in_at < bindparam("date_to"))
    if shape.due:
        where.append(_due(bindparam("due_before")))
    return where


def _statuses_param(shape: _Shape) -> BindParameter[Any]:
    # Written into the SQL where PostgreSQL keeps the statement's plan (_plan_once): a plan made for
    # "status IN ($1..$5)" without the values guessed the rows and sorted every order at a page's offset.
    return bindparam("statuses", expanding=True, literal_execute=_status_only_pg(shape))


def _due(before: ColumnElement[datetime]) -> ColumnElement[bool]:
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


_PAGE_COLUMNS = (
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


def _ordering(key: SQLColumnExpression[Any], order_id: SQLColumnExpression[int], descending: bool) -> list[Any]:
    # Ties (same check-in minute, same status) keep a stable order between pages.
    return [key.desc(), order_id.desc()] if descending else [key.asc(), order_id.asc()]


def _status_only(shape: _Shape) -> bool:
    """No filter but the status (the list as it opens, or "all statuses"): counted from the kept counts."""
    return shape.text is None and not (shape.advisor or shape.category or shape.date_from or shape.date_to or shape.due)


@functools.lru_cache(maxsize=512)
def _page_statement(shape: _Shape) -> Select[*tuple[Any, ...]]:
    key = _SORT_KEYS[shape.sort_by]
    # PostgreSQL plans a list's page once (_plan_once) with LIMIT and OFFSET written in as constants:
    # a plan made for a parameter LIMIT assumes a tenth of the orders and sorts them all.
    constant = _status_only_pg(shape)
    page = (
        bindparam("limit", type_=Integer, literal_execute=constant),
        bindparam("offset", type_=Integer, literal_execute=constant),
    )
    if shape.text is None:
        rows = select(*_PAGE_COLUMNS).outerjoin(_advisor, _advisor.id == WorkOrder.advisor_id)
        ordering = _ordering(key, WorkOrder.id, shape.descending)
        if _status_only(shape) and shape.sort_by is not SortColumn.ADVISOR:
            # The page's ids first, off the (status, checked_in_at, id) index alone, then only those
            # rows: sorting every open order's whole row to keep a hundred cost 1.5 ms at 150k orders.
            ids = select(WorkOrder.id).where(*_conditions(shape)).order_by(*ordering).limit(page[0]).offset(page[1])
            return rows.where(WorkOrder.id.in_(ids)).order_by(*ordering)
        return rows.where(*_conditions(shape)).order_by(*ordering).limit(page[0]).offset(page[1])
    # A text search picks the page among the matching orders' ids and sort keys first, each way
    # of matching through its own index (vehicle_id, checked_in_at covers the default sort), and
    # reads the rows of that page only: sorting the full rows of every match ("京A1" finds
    # thousands) cost more than all the rest.
    filters = _conditions(replace(shape, text=None))
    parts = []
    for term in _text_terms(shape.text):
        part = select(WorkOrder.id.label("id"), key.label("sort_key")).where(term, *filters)
        if shape.sort_by is SortColumn.ADVISOR:
            part = part.outerjoin(_advisor, _advisor.id == WorkOrder.advisor_id)
        parts.append(part)
    # ORDER BY on the union itself: SQLite merges the parts' sorted ids and stops at the page's end
    # (a subquery around the union was 2.5x slower: it gathered and sorted every match first).
    matched = union(*parts) if len(parts) > 1 else parts[0]
    columns = matched.selected_columns
    hits = (
        matched.order_by(*_ordering(columns.sort_key, columns.id, shape.descending))
        .limit(page[0])
        .offset(page[1])
        .cte("hits")
        .prefix_with("MATERIALIZED")  # the page's ids first; then the rows, by primary key
    )
    return (
        select(*_PAGE_COLUMNS)
        .select_from(hits)
        .join(WorkOrder, WorkOrder.id == hits.c.id)
        .outerjoin(_advisor, _advisor.id == WorkOrder.advisor_id)
        .order_by(*_ordering(hits.c.sort_key, hits.c.id, shape.descending))
    )


@functools.lru_cache(maxsize=512)
def _count_statement(shape: _Shape, with_due: bool) -> Select[*tuple[Any, ...]]:
    if _status_only(shape):
        # The kept counts (db/order_counts.py): a few rows instead of every matching order;
        # the due ones are still open, so few, and counted off the (status, promised) index.
        total = select(func.coalesce(func.sum(WorkOrderCount.orders), 0))
        if shape.statuses:
            total = total.where(WorkOrderCount.status.in_(_statuses_param(shape)))
        if not with_due:
            return total
        due = (
            select(func.count()).select_from(WorkOrder).where(*_conditions(shape), _due(bindparam("count_due_before")))
        )
        return select(total.scalar_subquery(), due.scalar_subquery())
    counts: list[Any] = [func.count()]
    if with_due:
        counts.append(func.count(case((_due(bindparam("count_due_before")), 1))))
    return select(*counts).select_from(WorkOrder).where(*_conditions(shape))


_STATUSES = {s.value: s for s in OrderStatus}
_CATEGORIES = {c.value: c for c in ServiceCategory}


def _status_only_pg(shape: _Shape) -> bool:
    return not shape.sqlite and _status_only(shape) and shape.sort_by is not SortColumn.ADVISOR


def _plan_once(shape: _Shape, with_due: bool = False) -> bool:
    """A text search's plan is the same for any text (each way of matching through its own index):
    PostgreSQL may plan it once (Database.rows). The list by status alone is planned once for each
    SQL it has: its statuses, LIMIT and OFFSET are written in (a plan made for them as parameters
    sorted every order: 40 ms instead of 1 ms at 150k orders); not with its due count, whose time
    changes every minute."""
    return shape.text is not None or (_status_only_pg(shape) and not with_due)


def search_orders(db: Database, query: OrderQuery, limit: int = 100, offset: int = 0) -> list[OrderRow]:
    shape, params = _plan(query, db.is_sqlite)
    rows = db.rows(_page_statement(shape), {**params, "limit": limit, "offset": offset}, plan_once=_plan_once(shape))
    status, category = _STATUSES.__getitem__, _CATEGORIES.get  # the enums' own lookup costs more per row
    return [
        OrderRow(r[0], r[1], status(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], category(r[9]), r[10], r[11], r[12])
        for r in rows
    ]


def count_orders(db: Database, query: OrderQuery) -> int:
    shape, params = _plan(query, db.is_sqlite)
    return int(db.rows(_count_statement(shape, False), params, plan_once=_plan_once(shape))[0][0] or 0)


@dataclass(frozen=True)
class OrderCounts:
    total: int
    due: int  # of those, still open and promised before the time asked


def count_with_due(db: Database, query: OrderQuery, due_before: datetime) -> OrderCounts:
    """How many orders match, and how many of them are due, in one pass over the matches."""
    shape, params = _plan(query, db.is_sqlite)
    statement, params = _count_statement(shape, True), {**params, "count_due_before": due_before}
    ((total, due),) = db.rows(statement, params, plan_once=_plan_once(shape, with_due=True))
    return OrderCounts(int(total), int(due))
