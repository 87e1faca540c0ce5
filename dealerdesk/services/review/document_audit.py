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
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import (
    DocumentAuditRun,
    DocumentAuditScope,
    DocumentFinding,
    ExtraWork,
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
from dealerdesk.services.actor import Actor, require_role
from dealerdesk.services.rework_views import day_start

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
    if not order_ids:
        return []
    orders = s.scalars(
        select(WorkOrder)
        .where(WorkOrder.id.in_(order_ids))
        .options(
            selectinload(WorkOrder.concerns),
            selectinload(WorkOrder.labour_lines),
            selectinload(WorkOrder.extra_work),
        )
        .order_by(WorkOrder.id)
    ).all()
    rounds: dict[int, list[QcRound]] = {}
    for r in s.scalars(
        select(QcRound)
        .where(QcRound.order_id.in_(order_ids))
        .options(selectinload(QcRound.signoffs))
        .order_by(QcRound.order_id, QcRound.round_no)
    ):
        rounds.setdefault(r.order_id, []).append(r)
    return [_facts(o, rounds.get(o.id, [])) for o in orders]


def _facts(o: WorkOrder, rounds: Iterable[QcRound]) -> rules.OrderFacts:
    return rules.OrderFacts(
        order_id=o.id,
        number=o.number,
        status=o.status,
        advisor_id=o.advisor_id,
        customer_name=o.customer_name,
        customer_mobile=o.customer_mobile,
        plate=o.plate,
        no_plate=o.no_plate,
        vin=o.vin,
        model=o.model,
        mileage_in=o.mileage_in,
        fuel_level=o.fuel_level,
        category=o.category,
        estimate_fen=o.estimate_fen,
        checked_in_at=o.checked_in_at,
        promised_at=o.promised_at,
        customer_waits=o.customer_waits,
        concerns=tuple(c.text for c in o.concerns),
        opened_at=o.opened_at,
        finished_at=o.finished_at,
        delivered_at=o.delivered_at,
        extra_work=tuple(
            rules.ExtraWorkFacts(
                e.description,
                e.amount_fen,
                e.approver_name,
                e.method,
                e.approved_at,
                e.new_promised_at,
                e.recorded_at,
                e.recorded_by_id,
            )
            for e in o.extra_work
        ),
        rounds=tuple(
            rules.RoundFacts(
                r.round_no,
                r.status,
                r.started_at,
                tuple(
                    rules.Signature(g.level, g.signer_id, g.signed_at, g.outcome)
                    for g in r.signoffs
                    if g.voided_at is None
                ),
            )
            for r in rounds
        ),
        technician_ids=tuple(sorted({ln.technician_id for ln in o.labour_lines if ln.technician_id is not None})),
    )


def audit_facts(facts: Sequence[rules.OrderFacts], rule_set: rules.RuleSet, audit_end: datetime) -> list[rules.Finding]:
    return [f for o in facts for f in rules.audit_order(o, rule_set, audit_end)]


def _fingerprint(f: rules.Finding) -> str:
    return hashlib.sha1(f.key.encode("utf-8"), usedforsecurity=False).hexdigest()


# --- use cases -------------------------------------------------------------------------------

_FUTURE_DAY = QT_TRANSLATE_NOOP("Messages", "{day} has not ended yet: audit a day that is over.")


def run_audit(db: Database, actor: Actor, day: date, now: datetime | None = None) -> AuditDay:
    """Audit every order with activity on ``day`` (a local day that is over) and keep what is new."""
    require_role(actor, *REVIEW_ROLES)
    start, end = _bounds(day)
    if end > (now or utcnow()):
        raise ValidationError([Problem("day", _FUTURE_DAY, {"day": day.isoformat()})])
    rs = rule_set()
    with db.write() as s:
        ids = active_order_ids(s, start, end)
        facts = order_facts(s, ids)
        found = audit_facts(facts, rs, end)
        known = {
            (order_id, rule, fp)
            for order_id, rule, fp in s.execute(
                select(DocumentFinding.order_id, DocumentFinding.rule, DocumentFinding.fingerprint).where(
                    DocumentFinding.day == day
                )
            )
        }
        new = 0
        for f in found:
            fp = _fingerprint(f)
            if (f.order_id, f.rule.value, fp) in known:
                continue
            known.add((f.order_id, f.rule.value, fp))
            s.add(
                DocumentFinding(
                    day=day,
                    order_id=f.order_id,
                    rule=f.rule.value,
                    responsible_id=f.responsible_id,
                    message=f.message,
                    params=json.dumps(dict(f.params), ensure_ascii=False),
                    fingerprint=fp,
                    status=FindingStatus.OPEN.value,
                )
            )
            new += 1
        scoped = set(
            s.execute(
                select(DocumentAuditScope.order_id, DocumentAuditScope.user_id).where(DocumentAuditScope.day == day)
            ).all()
        )
        for o in facts:
            if o.status not in rules.OPENED_STATUSES:
                continue
            for uid in sorted(o.participants() - {u for oid, u in scoped if oid == o.order_id}):
                s.add(DocumentAuditScope(day=day, order_id=o.order_id, user_id=uid))
        run = DocumentAuditRun(
            day=day, rules_version=rs.version, orders_checked=len(facts), findings_new=new, run_by_id=actor.id
        )
        s.add(run)
        s.flush()
        audit.record(s, actor, "document_audit", "document_audit_run", run.id, {"day": day.isoformat(), "new": new})
        return _day(s, day)


def load_day(db: Database, actor: Actor, day: date) -> AuditDay:
    require_role(actor, *REVIEW_ROLES)
    with db.read() as s:
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
    require_role(actor, *REVIEW_ROLES)
    reason = reason.strip()
    if status == FindingStatus.EXCUSED and not reason:
        raise ValidationError([Problem("reason", _NEEDS_REASON)])
    if len(reason) > REASON_MAX:
        raise ValidationError(
            [Problem("reason", QT_TRANSLATE_NOOP("Messages", "At most {max} characters."), {"max": REASON_MAX})]
        )
    with db.write() as s:
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
    require_role(actor, *REVIEW_ROLES)
    with db.read() as s:
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
        participation: dict[date, list[tuple[int, int]]] = {}
        for day, order_id, user_id in scope:
            participation.setdefault(period_start(day, grain), []).append((order_id, user_id))
        against: dict[date, list[tuple[int, int | None, rules.Rule]]] = {}
        for day, order_id, responsible, rule in found:
            against.setdefault(period_start(day, grain), []).append((order_id, responsible, rules.Rule(rule)))
        rs = rule_set()
        rows = [
            (period, ps)
            for period in sorted(set(participation) | set(against))
            for ps in rules.person_scores(participation.get(period, []), against.get(period, []), rs)
        ]
        names = _names(s, {ps.user_id for _, ps in rows})
        return [ScoreRow(period, ps.user_id, names.get(ps.user_id, ""), ps) for period, ps in rows]
