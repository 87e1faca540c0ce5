"""The weekly follow-up plan (每周跟进计划): who calls which customer this week, nobody missed.

A policy comes into the plan from its first-contact date (``renewal_first_contact_days`` before its
earlier expiry, Settings) until it is first called; after that by its record's next-call date (an
overdue one stays in). The plan is built on Monday (the first renewal screen opened in a week without
one builds it) and again on demand; building again only adds what is new and hands the records of a
specialist who left to the others, so nobody's list reshuffles mid-week. A policy in the window that
is in nobody's plan is a gap the manager sees as an error.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import cast

from sqlalchemy import ColumnElement, Exists, Table, and_, bindparam, case, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import (
    Customer,
    InsurancePolicy,
    RenewalCall,
    RenewalFollowUp,
    RenewalPlan,
    RenewalPlanEntry,
    User,
    Vehicle,
)
from dealerdesk.domain import renewal_rules as rules
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.renewal.common import MANAGE_ROLES, VIEW_ROLES, day_bounds, specialists
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.services.settings import DealerSettings, get_settings

ENTITY = "renewal_plan"
# The error list shows this many gaps (the earliest calls first) and counts them all: before a first
# build every due policy is a gap, and thousands of rows would say no more than their number.
GAPS_SHOWN = 200
_OPEN = [s.value for s in rules.OPEN_STAGES]


@dataclass(frozen=True)
class Due:
    """A policy due a call in the plan's days (only keys and dates: the plan's build reads thousands)."""

    policy_id: int
    vehicle_id: int
    policy_year: int
    followup_id: int | None  # None: never planned, the record is made when the plan is built
    specialist_id: int | None  # who follows the record now
    call_on: date
    first_contact: bool
    due_on: date


@dataclass(frozen=True)
class Gap:
    """A policy due a call this week that is in nobody's plan, as the manager's error list shows it."""

    policy_id: int
    plate: str
    model: str
    customer: str
    call_on: date
    due_on: date


@dataclass(frozen=True)
class PlanBuilt:
    week_start: date
    added: int
    reassigned: int
    total: int


@dataclass(frozen=True)
class PlanRow:
    followup_id: int
    specialist_id: int
    specialist: str
    plate: str
    model: str
    customer: str
    due_on: date  # the policy's earlier expiry
    call_on: date
    first_contact: bool
    stage: rules.Stage
    called: bool  # a call was logged on the record in the plan's days


@dataclass(frozen=True)
class SpecialistLoad:
    specialist_id: int
    name: str
    active: bool  # False: left (deactivated or no longer a specialist) — their records are gaps
    planned: int
    called: int
    won: int


@dataclass(frozen=True)
class PlanView:
    week_start: date
    week_end: date
    built_at: datetime | None  # None: not built yet
    rule: str
    loads: list[SpecialistLoad]  # each specialist's planned / called / won
    gap_count: int  # due a call this week and in nobody's plan: the manager's error
    gaps: list[Gap]  # the first GAPS_SHOWN of them by call date


def plan_days(settings: DealerSettings, start: date) -> tuple[date, date]:
    return start, start + timedelta(days=settings.renewal_plan_days - 1)


def due_calls(
    s: Session, start: date, end: date, lead_days: int, *, uncovered_by: tuple[int, list[int]] | None = None
) -> list[Due]:
    """Every policy due a call from ``start`` to ``end``: never called and past its first-contact date
    (not expired before the plan, no newer policy of the car), or called with its next call due.

    ``uncovered_by`` (plan id, active specialists): only those in no entry of that plan with one of
    them, i.e. the gaps, found by the database rather than by reading every due policy."""
    p, f = InsurancePolicy, RenewalFollowUp
    newer = aliased(InsurancePolicy)
    outside: list[ColumnElement[bool]] = []
    if uncovered_by is not None:
        plan_id, active = uncovered_by
        e = RenewalPlanEntry
        outside = [~exists().where(e.followup_id == f.id, e.plan_id == plan_id, e.specialist_id.in_(active))]
    keys = select(p.id, p.vehicle_id, p.policy_year, f.id, f.specialist_id, f.next_call_on, p.due_on)
    fresh = s.execute(
        keys.select_from(p)
        .outerjoin(f, f.policy_id == p.id)
        .where(
            p.due_on >= start,
            p.due_on <= end + timedelta(days=lead_days),
            or_(f.id.is_(None), and_(f.calls == 0, f.stage.in_(_OPEN))),
            ~exists().where(newer.vehicle_id == p.vehicle_id, newer.policy_year > p.policy_year),
            *outside,
        )
    ).all()
    called = s.execute(
        keys.select_from(f)
        .join(p, p.id == f.policy_id)
        .where(f.stage.in_(_OPEN), f.calls > 0, f.next_call_on <= end, *outside)
    ).all()
    out: list[Due] = []
    for rows, first in ((fresh, True), (called, False)):
        for pid, vid, year, fid, who, next_call, due in rows:
            call_on = rules.first_contact_on(due, lead_days) if first else next_call
            assert call_on is not None  # the query asked for a next call
            out.append(Due(pid, vid, year, fid, who, call_on, first, due))
    out.sort(key=lambda c: (c.call_on, c.due_on, c.policy_id))
    return out


def build_plan(db: Database, actor: Actor, start: date | None = None, rule: str | None = None) -> PlanBuilt:
    """Build (or build again) the plan of the week starting ``start`` (this week's Monday by default)."""
    settings = get_settings(db)
    start = rules.week_start(start or dealer_today())
    with db.write() as s:
        actor = current_actor(s, actor, *MANAGE_ROLES)
        return _build(s, actor, settings, start, rule or settings.renewal_assign_rule)


def ensure_week_plan(db: Database, actor: Actor, today: date | None = None) -> PlanBuilt | None:
    """The Monday build: this week's plan, built by the first renewal screen opened without one.

    Nothing happens while there is no specialist to plan for (the manager sees every policy as a gap)."""
    settings = get_settings(db)
    start = rules.week_start(today or dealer_today())
    with db.read() as s:
        current_actor(s, actor, *VIEW_ROLES)
        if s.scalar(select(RenewalPlan.id).where(RenewalPlan.week_start == start)) or not specialists(s):
            return None
    with db.write() as s:
        actor = current_actor(s, actor, *VIEW_ROLES)
        if s.scalar(select(RenewalPlan.id).where(RenewalPlan.week_start == start)):
            return None  # another workstation built it meanwhile
        return _build(s, actor, settings, start, settings.renewal_assign_rule)


def _plan_state(s: Session, plan_id: int, people: list[int]) -> tuple[Counter[int], dict[int, tuple[int, int]]]:
    """Each active specialist's entries in the plan, and the entries of those who left, by policy:
    (entry id, record id). Counted by the database: a rebuild reads only what it may change."""
    f, e = RenewalFollowUp, RenewalPlanEntry
    counted = s.execute(
        select(e.specialist_id, func.count())
        .where(e.plan_id == plan_id, e.specialist_id.in_(people))
        .group_by(e.specialist_id)
    )
    load: Counter[int] = Counter({who: n for who, n in counted})
    orphaned = s.execute(
        select(f.policy_id, e.id, e.followup_id)
        .join(f, f.id == e.followup_id)
        .where(e.plan_id == plan_id, e.specialist_id.not_in(people))
    )
    return load, {pid: (eid, fid) for pid, eid, fid in orphaned}


def _build(s: Session, actor: Actor, settings: DealerSettings, start: date, rule: str) -> PlanBuilt:
    """Everything is keyed by policy: a policy planned the first time gets its record here, with its
    specialist already set, so the build writes each record once."""
    people = [pid for pid, _ in specialists(s)]
    if not people:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages", "There is no active renewal specialist to plan for: give someone that role first."
            )
        )
    start, end = plan_days(settings, start)
    now = utcnow()
    plan = s.scalar(select(RenewalPlan).where(RenewalPlan.week_start == start))
    if plan is None:
        plan = RenewalPlan(week_start=start, rule=rule, built_at=now, built_by_id=actor.id)
        s.add(plan)
        s.flush()
    plan.rule, plan.built_at, plan.built_by_id = rule, now, actor.id
    load, left = _plan_state(s, plan.id, people)
    orphaned = list(left)
    # Due and not with an active specialist in this plan: new to it, or a departed specialist's.
    found = due_calls(s, start, end, settings.renewal_first_contact_days, uncovered_by=(plan.id, people))
    fresh = [c for c in found if c.policy_id not in left]
    # "even": a record stays with its specialist up to an even share; "keep": whatever the loads.
    keep = {c.policy_id: c.specialist_id for c in fresh if c.specialist_id}
    to_assign = orphaned + [c.policy_id for c in fresh]
    assigned = rules.assign_evenly(to_assign, people, keep=keep, load=load, balance=rule != "keep")
    # Thousands of rows on the first build of a season: written as plain executemany statements on
    # the tables (the ORM's bulk path took three times as long, bench_renewal_plan.py).
    conn = s.connection()
    records = cast(Table, RenewalFollowUp.__table__)
    entries = cast(Table, RenewalPlanEntry.__table__)
    made: dict[int, int] = {}
    new_records = [c for c in fresh if c.followup_id is None]
    if new_records:
        rows = conn.execute(
            insert(records).returning(records.c.id, records.c.policy_id),
            [
                {
                    "policy_id": c.policy_id,
                    "vehicle_id": c.vehicle_id,
                    "policy_year": c.policy_year,
                    "stage": rules.Stage.INVITE.value,
                    "specialist_id": assigned[c.policy_id],
                    "calls": 0,
                    "quote_insurer": "",
                    "loss_insurer": "",
                    "created_at": now,
                    "updated_at": now,
                }
                for c in new_records
            ],
        )
        made = {policy_id: fid for fid, policy_id in rows}
    moved = [(left[pid][1], assigned[pid]) for pid in orphaned]
    moved += [
        (c.followup_id, assigned[c.policy_id])
        for c in fresh
        if c.followup_id and c.specialist_id != assigned[c.policy_id]
    ]
    if moved:
        conn.execute(
            update(records)
            .where(records.c.id == bindparam("record"))
            .values(specialist_id=bindparam("who"), updated_at=now),
            [{"record": fid, "who": who} for fid, who in moved],
        )
    if orphaned:
        conn.execute(
            update(entries).where(entries.c.id == bindparam("entry")).values(specialist_id=bindparam("who")),
            [{"entry": left[pid][0], "who": assigned[pid]} for pid in orphaned],
        )
    if fresh:
        conn.execute(
            insert(entries),
            [
                {
                    "plan_id": plan.id,
                    "followup_id": c.followup_id or made[c.policy_id],
                    "specialist_id": assigned[c.policy_id],
                    "due_on": c.call_on,
                    "first_contact": c.first_contact,
                }
                for c in fresh
            ],
        )
    result = PlanBuilt(start, len(fresh), len(orphaned), sum(load.values()) + len(orphaned) + len(fresh))
    audit.record(
        s,
        actor,
        "build_renewal_plan",
        ENTITY,
        plan.id,
        {"week_start": start, "rule": rule, "added": result.added, "reassigned": result.reassigned},
    )
    return result


def plan_view(db: Database, actor: Actor, start: date | None = None) -> PlanView:
    """The week's plan: each specialist's planned / called / won, and every gap."""
    settings = get_settings(db)
    start, end = plan_days(settings, rules.week_start(start or dealer_today()))
    with db.read() as s:
        current_actor(s, actor, *MANAGE_ROLES)
        active = dict(specialists(s))
        plan = s.scalar(select(RenewalPlan).where(RenewalPlan.week_start == start))
        loads: list[SpecialistLoad] = []
        if plan is not None:
            f, e = RenewalFollowUp, RenewalPlanEntry
            counted = s.execute(
                select(
                    e.specialist_id,
                    User.full_name,
                    func.count(),
                    func.sum(case((_called_between(start, end), 1), else_=0)),
                    func.sum(case((f.stage == rules.Stage.WON.value, 1), else_=0)),
                )
                .join(f, f.id == e.followup_id)
                .join(User, User.id == e.specialist_id)
                .where(e.plan_id == plan.id)
                .group_by(e.specialist_id, User.full_name)
            ).all()
            loads = [
                SpecialistLoad(who, name, who in active, planned, called or 0, won or 0)
                for who, name, planned, called, won in counted
            ]
        planned = {x.specialist_id for x in loads}
        loads += [SpecialistLoad(pid, name, True, 0, 0, 0) for pid, name in active.items() if pid not in planned]
        loads.sort(key=lambda x: (not x.active, x.specialist_id))
        uncovered = (plan.id, list(active)) if plan is not None else None
        missing = due_calls(s, start, end, settings.renewal_first_contact_days, uncovered_by=uncovered)
        gaps = _gaps(s, missing[:GAPS_SHOWN])
    rule = plan.rule if plan else settings.renewal_assign_rule
    return PlanView(start, end, plan.built_at if plan else None, rule, loads, len(missing), gaps)


def _called_between(start: date, end: date) -> Exists:
    first, after = day_bounds(start)[0], day_bounds(end)[1]
    return exists().where(
        RenewalCall.followup_id == RenewalFollowUp.id, RenewalCall.called_at >= first, RenewalCall.called_at < after
    )


def _gaps(s: Session, missing: list[Due]) -> list[Gap]:
    """What the manager reads of each gap (normally none: a few rows after a list was imported)."""
    rows = s.execute(
        select(InsurancePolicy.id, Vehicle.plate, Vehicle.model, Customer.name)
        .join(Vehicle, Vehicle.id == InsurancePolicy.vehicle_id)
        .outerjoin(Customer, Customer.id == Vehicle.owner_id)
        .where(InsurancePolicy.id.in_([c.policy_id for c in missing]))
    )
    shown = {pid: (plate or "", model, customer or "") for pid, plate, model, customer in rows}
    return [Gap(c.policy_id, *shown[c.policy_id], c.call_on, c.due_on) for c in missing]


def plan_rows(db: Database, actor: Actor, start: date | None = None, specialist_id: int | None = None) -> list[PlanRow]:
    """The week's planned calls of one specialist (all of them without ``specialist_id``), by call date."""
    settings = get_settings(db)
    start, end = plan_days(settings, rules.week_start(start or dealer_today()))
    f, p, e = RenewalFollowUp, InsurancePolicy, RenewalPlanEntry
    mine = [] if specialist_id is None else [e.specialist_id == specialist_id]
    with db.read() as s:
        current_actor(s, actor, *MANAGE_ROLES)
        result = s.execute(
            select(
                f.id, e.specialist_id, User.full_name, Vehicle.plate, Vehicle.model, Customer.name,
                p.due_on, e.due_on, e.first_contact, f.stage, _called_between(start, end),
            )
            .select_from(e)
            .join(RenewalPlan, RenewalPlan.id == e.plan_id)
            .join(f, f.id == e.followup_id)
            .join(p, p.id == f.policy_id)
            .join(Vehicle, Vehicle.id == p.vehicle_id)
            .outerjoin(Customer, Customer.id == Vehicle.owner_id)
            .join(User, User.id == e.specialist_id)
            .where(RenewalPlan.week_start == start, *mine)
            .order_by(e.due_on, p.due_on, f.id)
        ).all()  # fmt: skip
    return [
        PlanRow(
            fid,
            who,
            name,
            plate or "",
            model,
            customer or "",
            due,
            call_on,
            bool(first),
            rules.Stage(stage),
            bool(called),
        )
        for fid, who, name, plate, model, customer, due, call_on, first, stage, called in result
    ]
