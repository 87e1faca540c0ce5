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

from sqlalchemy import and_, exists, insert, or_, select, update
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
_OPEN = [s.value for s in rules.OPEN_STAGES]


@dataclass(frozen=True)
class Candidate:
    """A policy due a call in the plan's days, with what the screens show of it."""

    policy_id: int
    vehicle_id: int
    policy_year: int
    followup_id: int | None  # None: never planned, the record is made when the plan is built
    specialist_id: int | None  # who follows the record now
    call_on: date
    first_contact: bool
    due_on: date
    plate: str
    model: str
    customer: str


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
    specialist_active: bool
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
    planned: int
    called: int
    won: int


@dataclass(frozen=True)
class PlanView:
    week_start: date
    week_end: date
    built_at: datetime | None  # None: not built yet
    rule: str
    rows: list[PlanRow]
    loads: list[SpecialistLoad]
    gaps: list[Candidate]  # in the window and in nobody's plan: the manager's error list


def plan_days(settings: DealerSettings, start: date) -> tuple[date, date]:
    return start, start + timedelta(days=settings.renewal_plan_days - 1)


def candidates(s: Session, start: date, end: date, lead_days: int) -> list[Candidate]:
    """Every policy due a call from ``start`` to ``end``: never called and past its first-contact date
    (not expired before the plan, no newer policy of the car), or called with its next call due."""
    p, f = InsurancePolicy, RenewalFollowUp
    newer = aliased(InsurancePolicy)
    shown = select(
        p.id, p.vehicle_id, p.policy_year, f.id, f.specialist_id, f.next_call_on, p.due_on,
        Vehicle.plate, Vehicle.model, Customer.name,
    )  # fmt: skip
    fresh = s.execute(
        shown.select_from(p)
        .join(Vehicle, Vehicle.id == p.vehicle_id)
        .outerjoin(Customer, Customer.id == Vehicle.owner_id)
        .outerjoin(f, f.policy_id == p.id)
        .where(
            p.due_on >= start,
            p.due_on <= end + timedelta(days=lead_days),
            or_(f.id.is_(None), and_(f.calls == 0, f.stage.in_(_OPEN))),
            ~exists().where(newer.vehicle_id == p.vehicle_id, newer.policy_year > p.policy_year),
        )
    ).all()
    called = s.execute(
        shown.select_from(f)
        .join(p, p.id == f.policy_id)
        .join(Vehicle, Vehicle.id == p.vehicle_id)
        .outerjoin(Customer, Customer.id == Vehicle.owner_id)
        .where(f.stage.in_(_OPEN), f.calls > 0, f.next_call_on <= end)
    ).all()
    out: list[Candidate] = []
    for rows, first in ((fresh, True), (called, False)):
        for pid, vid, year, fid, who, next_call, due, plate, model, customer in rows:
            call_on = rules.first_contact_on(due, lead_days) if first else next_call
            assert call_on is not None  # the query asked for a next call
            out.append(Candidate(pid, vid, year, fid, who, call_on, first, due, plate or "", model, customer or ""))
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


def _build(s: Session, actor: Actor, settings: DealerSettings, start: date, rule: str) -> PlanBuilt:
    people = specialists(s)
    if not people:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages", "There is no active renewal specialist to plan for: give someone that role first."
            )
        )
    active = {pid for pid, _ in people}
    start, end = plan_days(settings, start)
    now = utcnow()
    plan = s.scalar(select(RenewalPlan).where(RenewalPlan.week_start == start))
    if plan is None:
        plan = RenewalPlan(week_start=start, rule=rule, built_at=now, built_by_id=actor.id)
        s.add(plan)
        s.flush()
    plan.rule, plan.built_at, plan.built_by_id = rule, now, actor.id
    found = candidates(s, start, end, settings.renewal_first_contact_days)
    # Records for policies planned for the first time.
    new_records = [c for c in found if c.followup_id is None]
    made: dict[int, int] = {}
    if new_records:
        rows = s.execute(
            insert(RenewalFollowUp).returning(RenewalFollowUp.id, RenewalFollowUp.policy_id),
            [
                {
                    "policy_id": c.policy_id,
                    "vehicle_id": c.vehicle_id,
                    "policy_year": c.policy_year,
                    "stage": rules.Stage.INVITE.value,
                    "calls": 0,
                    "quote_insurer": "",
                    "loss_insurer": "",
                    "created_at": now,
                    "updated_at": now,
                }
                for c in new_records
            ],
        ).all()
        made = {policy_id: fid for fid, policy_id in rows}
    record_of = {c.policy_id: c.followup_id or made[c.policy_id] for c in found}
    entries = {
        fid: (eid, who)
        for eid, fid, who in s.execute(
            select(RenewalPlanEntry.id, RenewalPlanEntry.followup_id, RenewalPlanEntry.specialist_id).where(
                RenewalPlanEntry.plan_id == plan.id
            )
        )
    }
    load = Counter(who for _eid, who in entries.values() if who in active)
    orphaned = [fid for fid, (_eid, who) in entries.items() if who not in active]
    fresh = [c for c in found if record_of[c.policy_id] not in entries]
    keep = {record_of[c.policy_id]: c.specialist_id for c in fresh if c.specialist_id} if rule == "keep" else {}
    to_assign = orphaned + [record_of[c.policy_id] for c in fresh]
    assigned = rules.assign_evenly(to_assign, [pid for pid, _ in people], keep=keep, load=load)
    if orphaned:
        s.execute(
            update(RenewalPlanEntry),
            [{"id": entries[fid][0], "specialist_id": assigned[fid]} for fid in orphaned],
        )
    if fresh:
        s.execute(
            insert(RenewalPlanEntry),
            [
                {
                    "plan_id": plan.id,
                    "followup_id": record_of[c.policy_id],
                    "specialist_id": assigned[record_of[c.policy_id]],
                    "due_on": c.call_on,
                    "first_contact": c.first_contact,
                }
                for c in fresh
            ],
        )
    if assigned:
        s.execute(
            update(RenewalFollowUp),
            [{"id": fid, "specialist_id": who, "updated_at": now} for fid, who in assigned.items()],
        )
    result = PlanBuilt(start, len(fresh), len(orphaned), len(entries) + len(fresh))
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
    """The week's plan by specialist with its completion (planned / called / won) and its gaps."""
    settings = get_settings(db)
    start, end = plan_days(settings, rules.week_start(start or dealer_today()))
    first, after = day_bounds(start)[0], day_bounds(end)[1]
    with db.read() as s:
        current_actor(s, actor, *MANAGE_ROLES)
        active = dict(specialists(s))
        plan = s.scalar(select(RenewalPlan).where(RenewalPlan.week_start == start))
        rows: list[PlanRow] = []
        if plan is not None:
            f, p, e = RenewalFollowUp, InsurancePolicy, RenewalPlanEntry
            called_in_week = exists().where(
                RenewalCall.followup_id == f.id, RenewalCall.called_at >= first, RenewalCall.called_at < after
            )
            result = s.execute(
                select(
                    f.id,
                    e.specialist_id,
                    User.full_name,
                    Vehicle.plate,
                    Vehicle.model,
                    Customer.name,
                    p.due_on,
                    e.due_on,
                    e.first_contact,
                    f.stage,
                    called_in_week,
                )
                .select_from(e)
                .join(f, f.id == e.followup_id)
                .join(p, p.id == f.policy_id)
                .join(Vehicle, Vehicle.id == p.vehicle_id)
                .outerjoin(Customer, Customer.id == Vehicle.owner_id)
                .join(User, User.id == e.specialist_id)
                .where(e.plan_id == plan.id)
                .order_by(e.due_on, p.due_on, f.id)
            )
            rows = [
                PlanRow(
                    fid,
                    who,
                    name,
                    who in active,
                    plate or "",
                    model,
                    customer or "",
                    due,
                    call_on,
                    bool(first_contact),
                    rules.Stage(stage),
                    bool(called),
                )
                for fid, who, name, plate, model, customer, due, call_on, first_contact, stage, called in result
            ]
        covered = {r.followup_id for r in rows if r.specialist_active}
        gaps = [
            c
            for c in candidates(s, start, end, settings.renewal_first_contact_days)
            if c.followup_id is None or c.followup_id not in covered
        ]
    return PlanView(
        start,
        end,
        plan.built_at if plan else None,
        plan.rule if plan else settings.renewal_assign_rule,
        rows,
        _loads(rows, active),
        gaps,
    )


def _loads(rows: list[PlanRow], active: dict[int, str]) -> list[SpecialistLoad]:
    names = dict(active)
    planned: Counter[int] = Counter()
    called: Counter[int] = Counter()
    won: Counter[int] = Counter()
    for r in rows:
        names.setdefault(r.specialist_id, r.specialist)
        planned[r.specialist_id] += 1
        called[r.specialist_id] += r.called
        won[r.specialist_id] += r.stage is rules.Stage.WON
    return [SpecialistLoad(pid, names[pid], planned[pid], called[pid], won[pid]) for pid in names]
