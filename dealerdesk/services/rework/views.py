"""What the rework register hands to the UI: frozen views, never ORM objects.

Also the loading of an order's brief (concerns, work, technicians), which both the
register's detail and the comeback prompt show.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.models import Concern, LabourLine, PartsLine, User, WorkOrder
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.vocabulary import CauseCategory, OrderStatus, QcLevel, ReworkKind, ServiceCategory
from dealerdesk.services.settlement.settle import settled_amounts

E = TypeVar("E", bound=enum.Enum)


class ReworkStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


# Not plain "Open": that source text is the work order's status (已开单), and one source text
# gets one translation, so a rework under analysis showed as "order opened" in Chinese.
REWORK_STATUS_LABELS: dict[ReworkStatus, str] = {
    ReworkStatus.OPEN: QT_TRANSLATE_NOOP("Messages", "Still open"),
    ReworkStatus.CLOSED: QT_TRANSLATE_NOOP("Messages", "Closed"),
}


@dataclass(frozen=True)
class WorkLine:
    operation: str
    technician_id: int | None
    technician: str  # empty when not assigned
    amount_fen: int


@dataclass(frozen=True)
class OrderBrief:
    """An order as the register and the comeback prompt show it."""

    id: int
    number: str
    status: OrderStatus
    plate: str
    vin: str
    model: str
    category: ServiceCategory | None
    advisor: str
    mileage_in: int | None
    delivered_at: datetime | None
    delivered_mileage: int | None  # the odometer after the road test, else at check-in
    concerns: tuple[str, ...]
    work: tuple[WorkLine, ...]
    parts: tuple[str, ...]
    labour_fen: int
    parts_fen: int

    @property
    def technician_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(w.technician_id for w in self.work if w.technician_id is not None))


@dataclass(frozen=True)
class FailedItemView:
    code: str
    text: str  # the item's label when QC recorded one, else empty
    note: str
    measured: str = ""  # "1.8 bar (2.2–2.6)" for a measured item


@dataclass(frozen=True)
class ReworkSummary:
    """One row of the register."""

    id: int
    kind: ReworkKind
    status: ReworkStatus
    detected_at: datetime
    detected_by: str
    original_order_id: int
    original_number: str
    plate: str
    vin: str
    model: str
    category: ServiceCategory | None
    rework_order_number: str  # empty: none (QC and internal reworks, or not yet linked)
    qc_level: QcLevel | None
    technician_id: int | None
    technician: str
    team: str
    cause: CauseCategory | None
    cause_detail: str
    cost_fen: int


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    action: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class ReworkDetail:
    summary: ReworkSummary
    version: int
    stage: str
    failed_items: tuple[FailedItemView, ...]
    description: str
    corrective_action: str
    labour_cost_fen: int
    parts_cost_fen: int
    closed_at: datetime | None
    closed_by: str
    original: OrderBrief
    rework_order: OrderBrief | None
    history: tuple[HistoryEntry, ...]

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def is_closed(self) -> bool:
        return self.summary.status is ReworkStatus.CLOSED


@dataclass(frozen=True)
class TechnicianChoice:
    id: int
    name: str
    team: str
    active: bool


def today() -> date:
    """Today in the dealer's days (China time), the days every rework period is counted in."""
    return datetime.now(CHINA_TIME).date()


def day_start(day: date) -> datetime:
    """The first moment of a China-time day: periods are counted in the dealer's days."""
    return datetime.combine(day, time(), CHINA_TIME)


def parse_failed_items(raw: str) -> tuple[FailedItemView, ...]:
    """The QC service's JSON list: item codes, or objects with code / label / note."""
    try:
        data = json.loads(raw or "[]")
    except ValueError:
        return ()
    items: list[FailedItemView] = []
    for entry in data if isinstance(data, list) else []:
        if isinstance(entry, str):
            items.append(FailedItemView(entry, "", ""))
        elif isinstance(entry, dict):
            measured = " ".join(str(entry.get(k) or "") for k in ("value", "unit")).strip()
            if measured and entry.get("range"):
                measured = f"{measured} ({entry['range']})"
            items.append(
                FailedItemView(
                    str(entry.get("code", "")),
                    str(entry.get("label") or entry.get("text") or ""),
                    str(entry.get("note", "")),
                    measured,
                )
            )
    return tuple(items)


def optional_enum(cls: type[E], value: Any) -> E | None:
    """Tolerate a value this version does not know (a newer client wrote it): show it as unset."""
    if value is None:
        return None
    try:
        return cls(value)
    except ValueError:
        return None


def load_order_briefs(s: Session, order_ids: list[int]) -> dict[int, OrderBrief]:
    """Several orders with their concerns, work and parts, in four queries whatever their number."""
    if not order_ids:
        return {}
    ids = sorted(set(order_ids))
    orders = list(
        s.execute(
            select(WorkOrder, User.full_name).join(User, User.id == WorkOrder.advisor_id).where(WorkOrder.id.in_(ids))
        )
    )
    concerns: dict[int, list[str]] = {i: [] for i in ids}
    for order_id, text in s.execute(
        select(Concern.order_id, Concern.text).where(Concern.order_id.in_(ids)).order_by(Concern.position)
    ):
        concerns[order_id].append(text)
    work: dict[int, list[WorkLine]] = {i: [] for i in ids}
    for line, name in s.execute(
        select(LabourLine, User.full_name)
        .outerjoin(User, User.id == LabourLine.technician_id)
        .where(LabourLine.order_id.in_(ids))
        .order_by(LabourLine.order_id, LabourLine.position)
    ):
        work[line.order_id].append(WorkLine(line.operation, line.technician_id, name or "", line.amount_fen))
    parts: dict[int, list[tuple[str, int]]] = {i: [] for i in ids}
    for order_id, name, amount in s.execute(
        select(PartsLine.order_id, PartsLine.name, PartsLine.amount_fen)
        .where(PartsLine.order_id.in_(ids))
        .order_by(PartsLine.order_id, PartsLine.position)
    ):
        parts[order_id].append((name, amount))
    # A settled order's money is what it was finally settled at (discounts, packages, corrections), not its lines.
    settled = settled_amounts(s, ids)
    briefs: dict[int, OrderBrief] = {}
    for order, advisor in orders:
        briefs[order.id] = OrderBrief(
            id=order.id,
            number=order.number,
            status=OrderStatus(order.status),
            plate=order.plate,
            vin=order.vin,
            model=order.model,
            category=optional_enum(ServiceCategory, order.category),
            advisor=advisor,
            mileage_in=order.mileage_in,
            delivered_at=order.delivered_at,
            delivered_mileage=order.road_test_in_km if order.road_test_in_km is not None else order.mileage_in,
            concerns=tuple(concerns[order.id]),
            work=tuple(work[order.id]),
            parts=tuple(name for name, _amount in parts[order.id]),
            labour_fen=settled[order.id][0] if order.id in settled else sum(w.amount_fen for w in work[order.id]),
            parts_fen=settled[order.id][1] if order.id in settled else sum(amount for _name, amount in parts[order.id]),
        )
    return briefs
