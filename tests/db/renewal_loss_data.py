"""Follow-up records closed on given days, weekly plans and calls, written straight to the tables (the
loss analysis only reads them; the follow-up services have their own tests)."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta

from dealerdesk.db.database import Database
from dealerdesk.db.models import InsurancePolicy, RenewalCall, RenewalFollowUp, RenewalPlan, RenewalPlanEntry, Vehicle
from dealerdesk.domain.renewal_rules import CallOutcome, LossReason, Stage

_VIN = itertools.count(1)


def local(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), datetime.now().astimezone().tzinfo)


def followup(
    db: Database,
    specialist_id: int,
    stage: Stage,
    closed_on: date | None,
    reason: LossReason | None = None,
    insurer: str = "",
) -> int:
    """A vehicle, its policy and its follow-up record, closed (won or lost) on ``closed_on``."""
    n = next(_VIN)
    due = (closed_on or date(2026, 12, 1)) + timedelta(days=20)
    with db.write() as s:
        v = Vehicle(vin=f"LSVTEST{n:010d}", plate=f"川A{n:05d}", model="朗逸")
        s.add(v)
        s.flush()
        p = InsurancePolicy(
            vehicle_id=v.id,
            policy_year=due.year,
            insurer="平安",
            compulsory_expiry=due,
            commercial_expiry=due,
            due_on=due,
            premium_fen=4_000_00,
        )
        s.add(p)
        s.flush()
        f = RenewalFollowUp(
            policy_id=p.id,
            vehicle_id=v.id,
            policy_year=due.year,
            stage=stage.value,
            specialist_id=specialist_id,
            calls=1,
            next_call_on=None if closed_on else due,
            loss_reason=reason.value if reason else None,
            loss_insurer=insurer,
            closed_at=local(closed_on) if closed_on and stage in (Stage.WON, Stage.LOST) else None,
        )
        s.add(f)
        s.flush()
        return f.id


def call(db: Database, followup_id: int, by_id: int, on: date, outcome: CallOutcome = CallOutcome.REACHED) -> None:
    with db.write() as s:
        s.add(
            RenewalCall(
                followup_id=followup_id,
                called_at=local(on, 15),
                by_id=by_id,
                outcome=outcome.value,
                connected=outcome in (CallOutcome.REACHED, CallOutcome.CALL_BACK, CallOutcome.REFUSED),
                stage_before=Stage.INVITE.value,
                stage_after=Stage.INVITE.value,
            )
        )


def plan(db: Database, week_start: date, entries: list[tuple[int, int]]) -> None:
    """A week's plan: (follow-up, specialist) pairs."""
    with db.write() as s:
        p = RenewalPlan(week_start=week_start, rule="even")
        s.add(p)
        s.flush()
        for followup_id, specialist_id in entries:
            s.add(
                RenewalPlanEntry(plan_id=p.id, followup_id=followup_id, specialist_id=specialist_id, due_on=week_start)
            )
