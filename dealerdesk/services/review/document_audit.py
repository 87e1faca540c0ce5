"""The daily document audit (每日单据检查): run it over a day, decide each finding, score each person.

Every order with activity on the audited local day (changed, a QC level signed, extra work
recorded) is checked against the rules of ``domain/document_audit.py`` as of that day's end.
A day may be audited again: only new findings are added, decisions already taken stay.
Reads are set-wise (a fixed number of statements whatever the number of orders).
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import (
    AuditEntry,
    Concern,
    CustomerNotice,
    DocumentAuditRun,
    DocumentAuditScope,
    DocumentFinding,
    ExtraWork,
    LabourLine,
    QcRound,
    QcSignoff,
    User,
    WorkOrder,
)
from dealerdesk.domain import document_audit as rules
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, ConflictError, DealerDeskError, Problem, ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.paths import resources_dir
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.rework.views import day_start

REVIEW_ROLES = (Role.MANAGER, Role.ADMIN)
ENTITY = "document_finding"


class FindingStatus(enum.StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    EXCUSED = "excused"


FINDING_STATUS_LABELS: dict[FindingStatus, str] = {
    FindingStatus.OPEN: QT_TRANSLATE_NOOP("Messages", "To decide"),
    FindingStatus.ACCEPTED: QT_TRANSLATE_NOOP("Messages", "Accepted"),
    FindingStatus.EXCUSED: QT_TRANSLATE_NOOP("Messages", "Excused"),
}


@cache
def rule_set() -> rules.RuleSet:
    path = resources_dir() / "review" / "document_rules.toml"
    return rules.parse_rule_set(path.read_text(encoding="utf-8"), path.name)


@dataclass(frozen=True)
class FindingView:
    id: int
    day: date
    order_id: int
    order_number: str
    rule: rules.Rule
    responsible_id: int | None
    responsible_name: str
    message: str  # English source text; the UI translates it and fills params
    params: dict[str, Any]
    status: FindingStatus
    decided_by_name: str
    decided_at: datetime | None
    reason: str


@dataclass(frozen=True)
class AuditDay:
    day: date
    run_at: datetime | None  # None: the day was never audited
    run_by_name: str
    orders_checked: int
    findings: list[FindingView]

    def count(self, status: FindingStatus) -> int:
        return sum(1 for f in self.findings if f.status == status)


# --- gathering the facts ---------------------------------------------------------------------


def _bounds(day: date) -> tuple[datetime, datetime]:
    return day_start(day), day_start(day + timedelta(days=1))


def active_order_ids(s: Session, start: datetime, end: datetime) -> list[int]:
    """Orders changed, QC-signed or given extra work in [start, end) — each through its own index."""
    changed = select(WorkOrder.id).where(WorkOrder.updated_at >= start, WorkOrder.updated_at < end)
    signed = (
        select(QcRound.order_id)
        .join(QcSignoff, QcSignoff.round_id == QcRound.id)
        .where(QcSignoff.signed_at >= start, QcSignoff.signed_at < end)
    )
    extra = select(ExtraWork.order_id).where(ExtraWork.recorded_at >= start, ExtraWork.recorded_at < end)
    ids: set[int] = set()
    for q in (changed, signed, extra):
        ids.update(s.scalars(q))
    return sorted(ids)


def order_facts(s: Session, order_ids: Sequence[int]) -> list[rules.OrderFacts]:
    """The facts of these orders in six column queries: plain rows, no ORM objects to build (the audit
    of a busy day reads a few thousand rows; as entities they cost ten times the SQL)."""
    if not order_ids:
        return []
    ids = list(order_ids)
    concerns: dict[int, list[str]] = {}
    for order_id, text in s.execute(
        select(Concern.order_id, Concern.text).where(Concern.order_id.in_(ids)).order_by(Concern.position)
    ):
        concerns.setdefault(order_id, []).append(text)
    technicians: dict[int, set[int]] = {}
    for order_id, tech in s.execute(
        select(LabourLine.order_id, LabourLine.technician_id).where(
            LabourLine.order_id.in_(ids), LabourLine.technician_id.is_not(None)
        )
    ):
        if tech is not None:
            technicians.setdefault(order_id, set()).add(tech)
    extra: dict[int, list[rules.ExtraWorkFacts]] = {}
    for e in s.execute(
        select(
            ExtraWork.order_id,
            ExtraWork.description,
            ExtraWork.amount_fen,
            ExtraWork.approver_name,
            ExtraWork.method,
            ExtraWork.approved_at,
            ExtraWork.new_promised_at,
            ExtraWork.recorded_at,
            ExtraWork.recorded_by_id,
        )
        .where(ExtraWork.order_id.in_(ids))
        .order_by(ExtraWork.recorded_at)
    ):
        extra.setdefault(e.order_id, []).append(rules.ExtraWorkFacts(*e[1:]))
    signatures: dict[int, list[rules.Signature]] = {}
    for round_id, level, signer, at, outcome in s.execute(
        select(QcSignoff.round_id, QcSignoff.level, QcSignoff.signer_id, QcSignoff.signed_at, QcSignoff.outcome)
        .join(QcRound, QcRound.id == QcSignoff.round_id)
        .where(QcRound.order_id.in_(ids), QcSignoff.voided_at.is_(None))
        .order_by(QcSignoff.id)
    ):
        signatures.setdefault(round_id, []).append(rules.Signature(level, signer, at, outcome))
    rounds: dict[int, list[rules.RoundFacts]] = {}
    for round_id, order_id, round_no, status, started_at in s.execute(
        select(QcRound.id, QcRound.order_id, QcRound.round_no, QcRound.status, QcRound.started_at)
        .where(QcRound.order_id.in_(ids))
        .order_by(QcRound.order_id, QcRound.round_no)
    ):
        rounds.setdefault(order_id, []).append(
            rules.RoundFacts(round_no, status, started_at, tuple(signatures.get(round_id, ())))
        )
    told: dict[int, list[rules.PromiseChange]] = {}
    for order_id, told_at, new_promise in s.execute(
        select(CustomerNotice.order_id, CustomerNotice.told_at, CustomerNotice.new_promised_at).where(
            CustomerNotice.order_id.in_(ids)
        )
    ):
        told.setdefault(order_id, []).append(rules.PromiseChange(told_at, new_promise))
    first_promise = _first_promises(s, ids)
    o = WorkOrder
    columns = (
        o.id, o.number, o.status, o.advisor_id, o.customer_name, o.customer_mobile, o.plate, o.no_plate, o.vin,
        o.model, o.mileage_in, o.fuel_level, o.category, o.estimate_fen, o.checked_in_at, o.promised_at,
        o.customer_waits, o.opened_at, o.finished_at, o.delivered_at,
    )  # fmt: skip
    return [
        rules.OrderFacts(
            order_id=r.id,
            number=r.number,
            status=r.status,
            advisor_id=r.advisor_id,
            customer_name=r.customer_name,
            customer_mobile=r.customer_mobile,
            plate=r.plate,
            no_plate=r.no_plate,
            vin=r.vin,
            model=r.model,
            mileage_in=r.mileage_in,
            fuel_level=r.fuel_level,
            category=r.category,
            estimate_fen=r.estimate_fen,
            checked_in_at=r.checked_in_at,
            promised_at=first_promise.get(r.id, r.promised_at),
            customer_waits=r.customer_waits,
            concerns=tuple(concerns.get(r.id, ())),
            opened_at=r.opened_at,
            finished_at=r.finished_at,
            delivered_at=r.delivered_at,
            extra_work=tuple(extra.get(r.id, ())),
            rounds=tuple(rounds.get(r.id, ())),
            promise_changes=tuple(told.get(r.id, ())),
            technician_ids=tuple(sorted(technicians.get(r.id, ()))),
        )
        for r in s.execute(select(*columns).where(o.id.in_(ids)).order_by(o.id))
    ]


def _first_promises(s: Session, ids: list[int]) -> dict[int, datetime]:
    """The promise given at opening, where a later change replaced it on the order (extra work and a late
    notice both move ``promised_at``): the old value of the first change the audit log holds after opening.
    The rule needs it to tell "told before the promise passed" from "told too late"."""
    first: dict[int, datetime] = {}
    opened = dict(s.execute(select(WorkOrder.id, WorkOrder.opened_at).where(WorkOrder.id.in_(ids))).all())
    for entity_id, at, changes in s.execute(
        select(AuditEntry.entity_id, AuditEntry.at, AuditEntry.changes)
        .where(AuditEntry.entity == "work_order", AuditEntry.entity_id.in_([str(i) for i in ids]))
        .where(AuditEntry.changes.like('%"promised_at"%'))
        .order_by(AuditEntry.id)
    ):
        order_id = int(entity_id)
        opened_at = opened.get(order_id)
        if order_id in first or opened_at is None or at < opened_at:
            continue
        try:
            old = json.loads(changes)["promised_at"][0]
            first[order_id] = datetime.fromisoformat(old)
        except (ValueError, KeyError, IndexError, TypeError):
            continue  # not a [old, new] pair with a time: nothing to learn from this entry
    return {k: (v if v.tzinfo else v.replace(tzinfo=UTC)) for k, v in first.items()}


def audit_facts(facts: Sequence[rules.OrderFacts], rule_set: rules.RuleSet, audit_end: datetime) -> list[rules.Finding]:
    return [f for o in facts for f in rules.audit_order(o, rule_set, audit_end)]


def _fingerprint(f: rules.Finding) -> str:
    return hashlib.sha1(f.key.encode("utf-8"), usedforsecurity=False).hexdigest()


# --- use cases -------------------------------------------------------------------------------

_FUTURE_DAY = QT_TRANSLATE_NOOP("Messages", "{day} has not ended yet: audit a day that is over.")


def run_audit(db: Database, actor: Actor, day: date, now: datetime | None = None) -> AuditDay:
    """Audit every order with activity on ``day`` (a local day that is over) and keep what is new."""
    return run_audits(db, actor, day, day, now)[0]


_TOO_MANY_DAYS = QT_TRANSLATE_NOOP("Messages", "Audit at most {max} days at once.")
MAX_DAYS = 62


def run_audits(db: Database, actor: Actor, first: date, last: date, now: datetime | None = None) -> list[AuditDay]:
    """Audit each day from ``first`` to ``last`` in one transaction (catching up after a holiday)."""
    if _bounds(last)[1] > (now or utcnow()):
        raise ValidationError([Problem("day", _FUTURE_DAY, {"day": last.isoformat()})])
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    if len(days) > MAX_DAYS:
        raise ValidationError([Problem("day", _TOO_MANY_DAYS, {"max": MAX_DAYS})])
    rs = rule_set()
    with db.write() as s:
        actor = current_actor(s, actor, *REVIEW_ROLES)
        active = {day: active_order_ids(s, *_bounds(day)) for day in days}
        # An order busy on several days is read once: its facts are the same, only the day's end differs.
        facts = {f.order_id: f for f in order_facts(s, sorted({i for ids in active.values() for i in ids}))}
        for day in days:
            _audit_day(s, actor, day, rs, [facts[i] for i in active[day]])
        return [_day(s, day) for day in days]


def _audit_day(s: Session, actor: Actor, day: date, rs: rules.RuleSet, facts: list[rules.OrderFacts]) -> None:
    end = _bounds(day)[1]
    known = {
        (order_id, rule, fp)
        for order_id, rule, fp in s.execute(
            select(DocumentFinding.order_id, DocumentFinding.rule, DocumentFinding.fingerprint).where(
                DocumentFinding.day == day
            )
        )
    }
    new: list[dict[str, Any]] = []
    for f in audit_facts(facts, rs, end):
        key = (f.order_id, f.rule.value, _fingerprint(f))
        if key in known:
            continue
        known.add(key)
        new.append(
            {
                "day": day,
                "order_id": f.order_id,
                "rule": f.rule.value,
                "responsible_id": f.responsible_id,
                "message": f.message,
                "params": json.dumps(dict(f.params), ensure_ascii=False),
                "fingerprint": key[2],
                "status": FindingStatus.OPEN.value,
                "found_at": utcnow(),
                "reason": "",
            }
        )
    scoped: dict[int, set[int]] = {}
    for order_id, user_id in s.execute(
        select(DocumentAuditScope.order_id, DocumentAuditScope.user_id).where(DocumentAuditScope.day == day)
    ):
        scoped.setdefault(order_id, set()).add(user_id)
    scope = [
        {"day": day, "order_id": o.order_id, "user_id": uid}
        for o in facts
        if o.status in rules.OPENED_STATUSES
        for uid in sorted(o.participants() - scoped.get(o.order_id, set()))
    ]
    # Plain multi-row inserts: a busy week is a few thousand scope rows, too many to build as objects.
    if new:
        s.execute(insert(DocumentFinding), new)
    if scope:
        s.execute(insert(DocumentAuditScope), scope)
    run = DocumentAuditRun(
        day=day, rules_version=rs.version, orders_checked=len(facts), findings_new=len(new), run_by_id=actor.id
    )
    s.add(run)
    s.flush()
    audit.record(s, actor, "document_audit", "document_audit_run", run.id, {"day": day.isoformat(), "new": len(new)})


def load_day(db: Database, actor: Actor, day: date) -> AuditDay:
    with db.read() as s:
        actor = current_actor(s, actor, *REVIEW_ROLES)
        return _day(s, day)


def _day(s: Session, day: date) -> AuditDay:
    run = s.scalars(
        select(DocumentAuditRun).where(DocumentAuditRun.day == day).order_by(DocumentAuditRun.id.desc()).limit(1)
    ).first()
    rows = s.scalars(
        select(DocumentFinding).where(DocumentFinding.day == day).order_by(DocumentFinding.order_id, DocumentFinding.id)
    ).all()
    numbers = dict(
        s.execute(select(WorkOrder.id, WorkOrder.number).where(WorkOrder.id.in_({r.order_id for r in rows}))).all()
    )
    people = {r.responsible_id for r in rows} | {r.decided_by_id for r in rows} | ({run.run_by_id} if run else set())
    names = _names(s, people)
    return AuditDay(
        day=day,
        run_at=run.run_at if run else None,
        run_by_name=names.get(run.run_by_id, "") if run else "",
        orders_checked=run.orders_checked if run else 0,
        findings=[
            FindingView(
                id=r.id,
                day=r.day,
                order_id=r.order_id,
                order_number=numbers.get(r.order_id, ""),
                rule=rules.Rule(r.rule),
                responsible_id=r.responsible_id,
                responsible_name=names.get(r.responsible_id, "") if r.responsible_id else "",
                message=r.message,
                params=json.loads(r.params or "{}"),
                status=FindingStatus(r.status),
                decided_by_name=names.get(r.decided_by_id, "") if r.decided_by_id else "",
                decided_at=r.decided_at,
                reason=r.reason,
            )
            for r in rows
        ],
    )


def _names(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all())


_NEEDS_REASON = QT_TRANSLATE_NOOP("Messages", "Say why the finding is excused.")
_NO_FINDING = QT_TRANSLATE_NOOP("Messages", "This finding no longer exists.")
_CHANGED = QT_TRANSLATE_NOOP("Messages", "{name} decided this finding at the same time. Look at it again.")
REASON_MAX = 500


def decide(
    db: Database,
    actor: Actor,
    finding_id: int,
    status: FindingStatus,
    reason: str = "",
    expected: FindingStatus | None = None,
) -> FindingView:
    """Accept a finding (it counts against the person) or excuse it with a reason (it does not)."""
    reason = reason.strip()
    if status == FindingStatus.EXCUSED and not reason:
        raise ValidationError([Problem("reason", _NEEDS_REASON)])
    if len(reason) > REASON_MAX:
        raise ValidationError(
            [Problem("reason", QT_TRANSLATE_NOOP("Messages", "At most {max} characters."), {"max": REASON_MAX})]
        )
    with db.write() as s:
        actor = current_actor(s, actor, *REVIEW_ROLES)
        row = s.get(DocumentFinding, finding_id, with_for_update=True)
        if row is None:
            raise DealerDeskError(_NO_FINDING)
        if expected is not None and row.status != expected.value:
            raise ConflictError(_CHANGED, name=_names(s, [row.decided_by_id]).get(row.decided_by_id or 0, ""))
        old = row.status
        row.status = status.value
        row.reason = reason
        row.decided_by_id = actor.id
        row.decided_at = utcnow()
        audit.record(s, actor, "decide_finding", ENTITY, row.id, {"status": [old, status.value], "reason": reason})
        day = _day(s, row.day)
        return next(f for f in day.findings if f.id == finding_id)


# --- scores ----------------------------------------------------------------------------------


class Grain(enum.StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def period_start(day: date, grain: Grain) -> date:
    if grain == Grain.WEEK:
        return day - timedelta(days=day.weekday())
    if grain == Grain.MONTH:
        return day.replace(day=1)
    return day


@dataclass(frozen=True)
class ScoreRow:
    period: date  # the first day of the period
    user_id: int
    name: str
    score: rules.PersonScore


def scores(db: Database, actor: Actor, start: date, end: date, grain: Grain) -> list[ScoreRow]:
    """Each person's score per period between ``start`` and ``end`` (inclusive); excused findings don't count."""
    with db.read() as s:
        actor = current_actor(s, actor, *REVIEW_ROLES)
        scope = s.execute(
            select(DocumentAuditScope.day, DocumentAuditScope.order_id, DocumentAuditScope.user_id).where(
                DocumentAuditScope.day >= start, DocumentAuditScope.day <= end
            )
        ).all()
        found = s.execute(
            select(DocumentFinding.day, DocumentFinding.order_id, DocumentFinding.responsible_id, DocumentFinding.rule)
            .where(DocumentFinding.day >= start, DocumentFinding.day <= end)
            .where(or_(DocumentFinding.status == FindingStatus.OPEN, DocumentFinding.status == FindingStatus.ACCEPTED))
        ).all()
        periods: dict[date, date] = {}  # a day -> its period's first day, worked out once per day

        def period(day: date) -> date:
            if day not in periods:
                periods[day] = period_start(day, grain)
            return periods[day]

        participation: dict[date, list[tuple[int, int]]] = {}
        for day, order_id, user_id in scope:
            participation.setdefault(period(day), []).append((order_id, user_id))
        against: dict[date, list[tuple[int, int | None, rules.Rule]]] = {}
        for day, order_id, responsible, rule in found:
            against.setdefault(period(day), []).append((order_id, responsible, rules.Rule(rule)))
        rs = rule_set()
        rows = [
            (period, ps)
            for period in sorted(set(participation) | set(against))
            for ps in rules.person_scores(participation.get(period, []), against.get(period, []), rs)
        ]
        names = _names(s, {ps.user_id for _, ps in rows})
        return [ScoreRow(period, ps.user_id, names.get(ps.user_id, ""), ps) for period, ps in rows]
