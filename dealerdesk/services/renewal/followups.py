"""The follow-up record (跟踪表): one policy's renewal, every call on it logged as it went.

A call is the only way a record changes: its outcome, note, quote, next call date and the stage it
leaves the record in are written together, so the log tells the record's whole story. A won record
(出单) gets next year's policy from its quote, so the car comes round again next year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, InsurancePolicy, RenewalCall, RenewalFollowUp, User, Vehicle
from dealerdesk.domain import renewal_rules as rules
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, ConflictError, NotFound, ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.renewal.common import CALL_ROLES, VIEW_ROLES, local_day

ENTITY = "renewal_followup"


@dataclass(frozen=True)
class PolicyView:
    id: int
    policy_year: int
    insurer: str
    policy_no: str
    compulsory_expiry: date | None
    commercial_expiry: date | None
    due_on: date
    premium_fen: int
    last_year_insurer: str


@dataclass(frozen=True)
class CallView:
    called_at: datetime
    by: str
    outcome: rules.CallOutcome
    connected: bool
    note: str
    quote: rules.Quote | None
    next_call_on: date | None
    stage_before: rules.Stage
    stage_after: rules.Stage
    loss_reason: rules.LossReason | None
    loss_insurer: str


@dataclass(frozen=True)
class FollowUpView:
    id: int
    plate: str
    vin: str
    model: str
    customer: str
    mobile: str
    policy: PolicyView
    stage: rules.Stage
    specialist: str
    next_call_on: date | None
    calls_logged: int  # the log's length when read: a call logged meanwhile is a conflict
    quote: rules.Quote | None
    loss_reason: rules.LossReason | None
    loss_insurer: str
    calls: list[CallView]  # newest first


def _quote(insurer: str, premium: int | None, discount: int | None) -> rules.Quote | None:
    return None if premium is None else rules.Quote(insurer, premium, discount or 0)


def get_followup(db: Database, actor: Actor, followup_id: int) -> FollowUpView:
    with db.read() as s:
        current_actor(s, actor, *VIEW_ROLES)
        return _view(s, followup_id)


def _view(s: Session, followup_id: int) -> FollowUpView:
    row = s.execute(
        select(RenewalFollowUp, InsurancePolicy, Vehicle, Customer, User.full_name)
        .join(InsurancePolicy, InsurancePolicy.id == RenewalFollowUp.policy_id)
        .join(Vehicle, Vehicle.id == InsurancePolicy.vehicle_id)
        .outerjoin(Customer, Customer.id == Vehicle.owner_id)
        .outerjoin(User, User.id == RenewalFollowUp.specialist_id)
        .where(RenewalFollowUp.id == followup_id)
    ).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "This renewal record no longer exists."))
    f, p, v, c, specialist = row
    calls = [
        CallView(
            call.called_at,
            by,
            rules.CallOutcome(call.outcome),
            call.connected,
            call.note,
            _quote(call.quote_insurer, call.quote_premium_fen, call.quote_discount_fen),
            call.next_call_on,
            rules.Stage(call.stage_before),
            rules.Stage(call.stage_after),
            rules.LossReason(call.loss_reason) if call.loss_reason else None,
            call.loss_insurer,
        )
        for call, by in s.execute(
            select(RenewalCall, User.full_name)
            .join(User, User.id == RenewalCall.by_id)
            .where(RenewalCall.followup_id == f.id)
            .order_by(RenewalCall.id.desc())
        )
    ]
    return FollowUpView(
        f.id,
        v.plate or "",
        v.vin,
        v.model,
        c.name if c else "",
        c.mobile if c else "",
        PolicyView(
            p.id,
            p.policy_year,
            p.insurer,
            p.policy_no,
            p.compulsory_expiry,
            p.commercial_expiry,
            p.due_on,
            p.premium_fen,
            p.last_year_insurer,
        ),
        rules.Stage(f.stage),
        specialist or "",
        f.next_call_on,
        f.calls,
        _quote(f.quote_insurer, f.quote_premium_fen, f.quote_discount_fen),
        rules.LossReason(f.loss_reason) if f.loss_reason else None,
        f.loss_insurer,
        calls,
    )


_CHANGED = QT_TRANSLATE_NOOP(
    "Messages",
    "{name} logged a call on this record since you opened it. Their call is shown now; "
    "what you typed is kept: check it and save again.",
)


def log_call(
    db: Database,
    actor: Actor,
    followup_id: int,
    entry: rules.CallEntry,
    *,
    calls_seen: int,
    now: datetime | None = None,
) -> FollowUpView:
    """Log one call on the record and move it as the call says; refused whole when anything is wrong.

    ``calls_seen`` is the log's length the person saw: a call logged meanwhile by someone else is not
    overwritten by a stage or next date decided without it."""
    now = now or utcnow()
    today = local_day(now)
    with db.write() as s:
        actor = current_actor(s, actor, *CALL_ROLES)
        f = s.get(RenewalFollowUp, followup_id)
        if f is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "This renewal record no longer exists."))
        if f.calls != calls_seen:
            last_by = s.scalar(
                select(User.full_name)
                .join(RenewalCall, RenewalCall.by_id == User.id)
                .where(RenewalCall.followup_id == f.id)
                .order_by(RenewalCall.id.desc())
                .limit(1)
            )
            raise ConflictError(_CHANGED, name=last_by or "")
        current = rules.Stage(f.stage)
        problems = rules.check_call(entry, current, today, has_quote=f.quote_premium_fen is not None)
        if problems:
            raise ValidationError(problems)
        assert entry.outcome is not None  # check_call refuses a call without one
        target = entry.stage or current
        quote = entry.quote
        loss_insurer = entry.loss_insurer.strip()
        s.add(
            RenewalCall(
                followup_id=f.id,
                called_at=now,
                by_id=actor.id,
                outcome=entry.outcome.value,
                connected=entry.outcome in rules.CONNECTED,
                note=entry.note.strip(),
                quote_insurer=quote.insurer.strip() if quote else "",
                quote_premium_fen=quote.premium_fen if quote else None,
                quote_discount_fen=quote.discount_fen if quote else None,
                next_call_on=entry.next_call_on,
                stage_before=current.value,
                stage_after=target.value,
                loss_reason=entry.loss_reason.value if entry.loss_reason else None,
                loss_insurer=loss_insurer,
            )
        )
        f.calls += 1
        f.stage = target.value
        f.next_call_on = entry.next_call_on
        if quote is not None:
            f.quote_insurer, f.quote_premium_fen, f.quote_discount_fen = (
                quote.insurer.strip(),
                quote.premium_fen,
                quote.discount_fen,
            )
        if f.specialist_id is None and actor.has(Role.RENEWAL_SPECIALIST):
            f.specialist_id = actor.id
        if target in rules.CLOSED_STAGES:
            f.closed_at, f.closed_by_id = now, actor.id
            f.loss_reason = entry.loss_reason.value if entry.loss_reason else None
            f.loss_insurer = loss_insurer
        if target is rules.Stage.WON:
            _renewed_policy(s, actor, f, now)
        s.flush()
        audit.record(
            s,
            actor,
            "log_renewal_call",
            ENTITY,
            f.id,
            {
                "outcome": entry.outcome.value,
                "stage": [current.value, target.value],
                "next_call_on": entry.next_call_on,
                "loss_reason": f.loss_reason,
            },
        )
        return _view(s, f.id)


def _renewed_policy(s: Session, actor: Actor, f: RenewalFollowUp, now: datetime) -> None:
    """Next year's policy from the winning quote, unless the insurance department's list already has it."""
    old = s.get(InsurancePolicy, f.policy_id)
    assert old is not None and f.quote_premium_fen is not None  # check_call: no win without a quote
    exists = s.scalar(
        select(InsurancePolicy.id).where(
            InsurancePolicy.vehicle_id == old.vehicle_id, InsurancePolicy.policy_year > old.policy_year
        )
    )
    if exists:
        return
    compulsory = rules.next_year(old.compulsory_expiry) if old.compulsory_expiry else None
    commercial = rules.next_year(old.commercial_expiry) if old.commercial_expiry else None
    due = rules.policy_due(compulsory, commercial)
    assert due is not None
    s.add(
        InsurancePolicy(
            vehicle_id=old.vehicle_id,
            policy_year=due.year,
            insurer=f.quote_insurer,
            policy_no="",
            compulsory_expiry=compulsory,
            commercial_expiry=commercial,
            due_on=due,
            premium_fen=f.quote_premium_fen,
            last_year_insurer=old.insurer,
            source="renewal",
            created_by_id=actor.id,
            created_at=now,
            updated_at=now,
        )
    )
