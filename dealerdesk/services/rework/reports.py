"""Rework reports for a period: counts, rates per 100 delivered orders, first-time-right, cost.

The meaning of every figure is that of ``domain/rework_rates.py``. Feeding its functions
one Python object per delivered order (and per technician on it) costs more than the
300 ms budget for a year on a large database, so the counting is done in SQL: the
delivered orders' bases per group, and the rework records grouped by every key at once.
The rates are then computed here with the domain's own ``rate_per_100`` and returned in
the domain's own row types; a test checks that both ways agree on random data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Integer, and_, case, exists, func, select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import LabourLine, ReworkRecord, User, WorkOrder
from dealerdesk.db.sql_functions import month_at_offset
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem, ValidationError
from dealerdesk.domain.rework_rates import FirstTimeRight, Grouping, GroupKey, ReworkRates, rate_per_100
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import CauseCategory, ReworkKind, ServiceCategory
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.rework.views import day_start, optional_enum

REPORT_ROLES = (Role.MANAGER, Role.QC_INSPECTOR, Role.TEAM_LEAD, Role.ADMIN)

# Months are China-time months, as the guarantee's days are (domain/rework_rules.CHINA_TIME).
_CHINA_OFFSET_HOURS = 8


@dataclass(frozen=True)
class ReworkReport:
    start: date  # inclusive, local days
    end: date  # inclusive
    overall: ReworkRates
    first_time_right: FirstTimeRight
    by: Mapping[Grouping, list[ReworkRates]]
    ftr_by: Mapping[Grouping, list[FirstTimeRight]]  # every grouping but CAUSE
    labour_cost_fen: int
    parts_cost_fen: int
    technician_names: Mapping[int, str]


def build_report(db: Database, actor: Actor, start: date, end: date) -> ReworkReport:
    if end < start:
        raise ValidationError(
            [Problem("period", QT_TRANSLATE_NOOP("Messages", "The end of the period is before its start."))]
        )
    with db.read() as s:
        actor = current_actor(s, actor, *REPORT_ROLES)
        return _build(s, start, end)


# --- bases: delivered orders ----------------------------------------------------------------

_Base = dict[GroupKey, tuple[int, int]]  # key -> (delivered, right first time)


def _month(column: Any) -> Any:
    return month_at_offset(column, _CHINA_OFFSET_HOURS)


def _bases(s: Session, start: date, end: date) -> tuple[tuple[int, int], dict[Grouping, _Base]]:
    reworked = exists().where(ReworkRecord.original_order_id == WorkOrder.id)
    delivered = (
        select(
            WorkOrder.id.label("id"),
            WorkOrder.category.label("category"),
            _month(WorkOrder.delivered_at).label("month"),
            case((reworked, 0), else_=1).label("right"),
        )
        .where(
            WorkOrder.delivered_at >= day_start(start),
            WorkOrder.delivered_at < day_start(end + timedelta(days=1)),
        )
        .cte("delivered")
    )
    right_sum = func.coalesce(func.sum(delivered.c.right), 0)

    def grouped(key: Any) -> _Base:
        q = select(key, func.count(), right_sum).group_by(key)
        return {k: (n, r) for k, n, r in s.execute(q)}

    total_row = s.execute(select(func.count(), right_sum)).one()
    bases: dict[Grouping, _Base] = {
        Grouping.MONTH: grouped(delivered.c.month),
        Grouping.CATEGORY: {optional_enum(ServiceCategory, k): v for k, v in grouped(delivered.c.category).items()},
    }
    # An order counts once per technician (and team) however many lines they worked on it.
    per_tech = (
        select(LabourLine.technician_id.label("tech"), delivered.c.id, delivered.c.right)
        .join(delivered, delivered.c.id == LabourLine.order_id)
        .where(LabourLine.technician_id.is_not(None))
        .distinct()
        .subquery()
    )
    bases[Grouping.TECHNICIAN] = {
        k: (n, int(r))
        for k, n, r in s.execute(
            select(per_tech.c.tech, func.count(), func.sum(per_tech.c.right)).group_by(per_tech.c.tech)
        )
    }
    per_team = (
        select(User.team.label("team"), delivered.c.id, delivered.c.right)
        .select_from(LabourLine)
        .join(delivered, delivered.c.id == LabourLine.order_id)
        .join(User, User.id == LabourLine.technician_id)
        .where(User.team.is_not(None), User.team != "")
        .distinct()
        .subquery()
    )
    bases[Grouping.TEAM] = {
        k: (n, int(r))
        for k, n, r in s.execute(
            select(per_team.c.team, func.count(), func.sum(per_team.c.right)).group_by(per_team.c.team)
        )
    }
    return (int(total_row[0]), int(total_row[1])), bases


# --- reworks detected in the period ---------------------------------------------------------


@dataclass(frozen=True)
class _ReworkGroup:
    kind: ReworkKind
    keys: Mapping[Grouping, GroupKey]
    count: int
    cost_fen: int
    labour_fen: int
    parts_fen: int


def _rework_groups(s: Session, start: date, end: date) -> list[_ReworkGroup]:
    month = _month(ReworkRecord.detected_at)
    team = func.nullif(User.team, "")
    q = (
        select(
            ReworkRecord.kind,
            month,
            WorkOrder.category,
            ReworkRecord.responsible_technician_id,
            team,
            ReworkRecord.cause_category,
            func.count(),
            func.sum(ReworkRecord.labour_cost_fen).cast(Integer),
            func.sum(ReworkRecord.parts_cost_fen).cast(Integer),
        )
        .join(WorkOrder, WorkOrder.id == ReworkRecord.original_order_id)
        .outerjoin(User, User.id == ReworkRecord.responsible_technician_id)
        .where(
            and_(
                ReworkRecord.detected_at >= day_start(start),
                ReworkRecord.detected_at < day_start(end + timedelta(days=1)),
            )
        )
        .group_by(
            ReworkRecord.kind,
            month,
            WorkOrder.category,
            ReworkRecord.responsible_technician_id,
            team,
            ReworkRecord.cause_category,
        )
    )
    groups: list[_ReworkGroup] = []
    for kind, mon, category, tech, team_name, cause, n, labour, parts in s.execute(q):
        k = optional_enum(ReworkKind, kind)
        if k is None:
            continue
        keys: dict[Grouping, GroupKey] = {
            Grouping.MONTH: mon,
            Grouping.CATEGORY: optional_enum(ServiceCategory, category),
            Grouping.TECHNICIAN: tech,
            Grouping.TEAM: team_name,
            Grouping.CAUSE: optional_enum(CauseCategory, cause),
        }
        groups.append(_ReworkGroup(k, keys, n, (labour or 0) + (parts or 0), labour or 0, parts or 0))
    return groups


# --- rows in the domain's types -------------------------------------------------------------


def _rates(key: GroupKey, base: int, groups: Iterable[_ReworkGroup]) -> ReworkRates:
    counts = dict.fromkeys(ReworkKind, 0)
    costs = dict.fromkeys(ReworkKind, 0)
    for g in groups:
        counts[g.kind] += g.count
        costs[g.kind] += g.cost_fen
    total = sum(counts.values())
    return ReworkRates(
        key=key,
        delivered=base,
        counts=counts,
        rates={kind: rate_per_100(n, base) for kind, n in counts.items()},
        total=total,
        total_rate=rate_per_100(total, base),
        cost_fen=costs,
        total_cost_fen=sum(costs.values()),
    )


def _sort_keys(grouping: Grouping, found: set[GroupKey]) -> list[GroupKey]:
    """The domain's order: every category or cause in its fixed order, else sorted; None last."""
    tail: list[GroupKey] = [None] if None in found else []
    if grouping is Grouping.CATEGORY:
        return [*ServiceCategory, *tail]
    if grouping is Grouping.CAUSE:
        return [*CauseCategory, *tail]
    known = [k for k in found if k is not None]
    known.sort(key=lambda k: (k, "") if isinstance(k, int) else (0, str(k)))
    return [*known, *tail]


def _build(s: Session, start: date, end: date) -> ReworkReport:
    (total, total_right), bases = _bases(s, start, end)
    groups = _rework_groups(s, start, end)
    by: dict[Grouping, list[ReworkRates]] = {}
    ftr_by: dict[Grouping, list[FirstTimeRight]] = {}
    for grouping in Grouping:
        per_key: dict[GroupKey, list[_ReworkGroup]] = defaultdict(list)
        for g in groups:
            per_key[g.keys[grouping]].append(g)
        base = bases.get(grouping)
        found = set(per_key) | set(base or ())
        keys = _sort_keys(grouping, found)
        # By cause there are no orders of the cause: every cause is rated over all delivered orders.
        by[grouping] = [
            _rates(key, total if base is None else base.get(key, (0, 0))[0], per_key.get(key, ())) for key in keys
        ]
        if base is not None:
            ftr_by[grouping] = [
                FirstTimeRight(key, n, r, rate_per_100(r, n))
                for key in _sort_keys(grouping, set(base))
                for n, r in [base.get(key, (0, 0))]
            ]
    names = {uid: name for uid, name in s.execute(select(User.id, User.full_name))}
    return ReworkReport(
        start=start,
        end=end,
        overall=_rates(None, total, groups),
        first_time_right=FirstTimeRight(None, total, total_right, rate_per_100(total_right, total)),
        by=by,
        ftr_by=ftr_by,
        labour_cost_fen=sum(g.labour_fen for g in groups),
        parts_cost_fen=sum(g.parts_fen for g in groups),
        technician_names=names,
    )
