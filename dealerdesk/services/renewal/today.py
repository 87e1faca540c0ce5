"""A specialist's day (9:05 sort today's customers … 14:20–17:00 calls, 17:00 the day's loss summary).

Calls due today are the specialist's open records whose first contact or next call has come; the
day's count is of connected calls only (an unanswered call is no conversation), against the target
in Settings (20). From the summary hour (17:00) the day's losses are summed up by reason. A manager
who is not a specialist sees the whole team: every due call, the team's count against the team's target.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, InsurancePolicy, RenewalCall, RenewalFollowUp, User, Vehicle
from dealerdesk.domain import renewal_rules as rules
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.renewal.common import CALL_ROLES, day_bounds, specialists
from dealerdesk.services.settings import get_settings


@dataclass(frozen=True)
class DueCall:
    followup_id: int
    plate: str
    model: str
    customer: str
    mobile: str
    insurer: str
    due_on: date  # the policy's earlier expiry
    call_on: date  # first contact or next call: before today means overdue
    stage: rules.Stage
    calls: int
    specialist: str
    quote_premium_fen: int | None


@dataclass(frozen=True)
class LossLine:
    followup_id: int
    plate: str
    customer: str
    reason: rules.LossReason
    insurer: str  # the competitor when insured elsewhere
    specialist: str


@dataclass(frozen=True)
class TodayView:
    day: date
    team: bool  # a manager's view of every specialist
    due: list[DueCall]
    calls_today: int
    connected_today: int
    target: int
    summary_hour: int
    summary_open: bool  # the summary hour has come
    losses: list[LossLine]
    loss_counts: list[tuple[rules.LossReason, int]]  # most frequent first


def today_view(db: Database, actor: Actor, now: datetime | None = None) -> TodayView:
    now = now or utcnow()
    local = now.astimezone(CHINA_TIME)
    day = local.date()
    first, after = day_bounds(day)
    settings = get_settings(db)
    f, p = RenewalFollowUp, InsurancePolicy
    with db.read() as s:
        actor = current_actor(s, actor, *CALL_ROLES)
        team = not actor.has(Role.RENEWAL_SPECIALIST)
        mine = [] if team else [f.specialist_id == actor.id]
        lead = settings.renewal_first_contact_days
        first_contact_by = day + timedelta(days=lead)
        due_rows = s.execute(
            select(
                f.id,
                Vehicle.plate,
                Vehicle.model,
                Customer.name,
                Customer.mobile,
                p.insurer,
                p.due_on,
                f.next_call_on,
                f.stage,
                f.calls,
                User.full_name,
                f.quote_premium_fen,
            )
            .join(p, p.id == f.policy_id)
            .join(Vehicle, Vehicle.id == p.vehicle_id)
            .outerjoin(Customer, Customer.id == Vehicle.owner_id)
            .outerjoin(User, User.id == f.specialist_id)
            .where(
                f.stage.in_([st.value for st in rules.OPEN_STAGES]),
                f.specialist_id.is_not(None),
                or_(and_(f.calls == 0, p.due_on <= first_contact_by), and_(f.calls > 0, f.next_call_on <= day)),
                *mine,
            )
        ).all()
        due = [
            DueCall(
                fid,
                plate or "",
                model,
                customer or "",
                mobile or "",
                insurer,
                due_on,
                next_call if calls and next_call else rules.first_contact_on(due_on, lead),
                rules.Stage(stage),
                calls,
                specialist or "",
                premium,
            )
            for fid, plate, model, customer, mobile, insurer, due_on, next_call, stage, calls, specialist, premium in (
                due_rows
            )
        ]
        due.sort(key=lambda d: (d.call_on, d.due_on, d.followup_id))
        by_me = [] if team else [RenewalCall.by_id == actor.id]
        calls_today, connected = s.execute(
            select(func.count(), func.count().filter(RenewalCall.connected.is_(True))).where(
                RenewalCall.called_at >= first, RenewalCall.called_at < after, *by_me
            )
        ).one()
        lost = s.execute(
            select(f.id, Vehicle.plate, Customer.name, f.loss_reason, f.loss_insurer, User.full_name)
            .join(p, p.id == f.policy_id)
            .join(Vehicle, Vehicle.id == p.vehicle_id)
            .outerjoin(Customer, Customer.id == Vehicle.owner_id)
            .outerjoin(User, User.id == f.specialist_id)
            .where(f.stage == rules.Stage.LOST.value, f.closed_at >= first, f.closed_at < after, *mine)
            .order_by(f.closed_at)
        ).all()
        people = 1 if not team else max(1, len(specialists(s)))
    losses = [
        LossLine(fid, plate or "", customer or "", rules.LossReason(reason or ""), insurer, who or "")
        for fid, plate, customer, reason, insurer, who in lost
    ]
    counts = Counter(line.reason for line in losses)
    return TodayView(
        day,
        team,
        due,
        calls_today,
        connected,
        settings.renewal_daily_target * people,
        settings.renewal_summary_hour,
        local.hour >= settings.renewal_summary_hour,
        losses,
        sorted(counts.items(), key=lambda kv: (-kv[1], list(rules.LossReason).index(kv[0]))),
    )
