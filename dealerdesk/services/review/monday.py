"""The Monday meeting (周一例会): last week beside the week before, and the minutes kept with it.

Four parts, each with the change against the week before: the document audit's findings by person
and by rule (excused ones left out), the satisfaction calls' averages and the lowest marks' words
verbatim, complaints opened and closed by cause, and rework from the register by kind.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import DocumentFinding, MeetingMinutes, ReworkRecord, User
from dealerdesk.domain.document_audit import Rule
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem, ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import ReworkKind
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.review import complaints, satisfaction
from dealerdesk.services.review.document_audit import FindingStatus
from dealerdesk.services.rework.views import day_start

REPORT_ROLES = (Role.MANAGER, Role.ADMIN)
MINUTES_MAX = 20_000


def week_of(day: date) -> date:
    """The Monday of the week ``day`` is in."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekFigures:
    start: date  # Monday
    findings_by_person: dict[str, int]
    findings_by_rule: dict[Rule, int]
    calls: satisfaction.CallSummary
    complaints: complaints.ComplaintCounts
    rework_by_kind: dict[ReworkKind, int]

    @property
    def findings(self) -> int:
        return sum(self.findings_by_rule.values())

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)


@dataclass(frozen=True)
class MondayReport:
    week: WeekFigures
    before: WeekFigures
    minutes: str
    minutes_saved_by: str


def monday_report(db: Database, actor: Actor, week_start: date) -> MondayReport:
    with db.read() as s:  # rights follow the database, as in every service
        actor = current_actor(s, actor, *REPORT_ROLES)
    week_start = week_of(week_start)
    week = _figures(db, actor, week_start)
    before = _figures(db, actor, week_start - timedelta(days=7))
    with db.read() as s:
        row = s.get(MeetingMinutes, week_start)
        saved_by = s.scalar(select(User.full_name).where(User.id == row.saved_by_id)) if row else None
    return MondayReport(week, before, row.text if row else "", saved_by or "")


def _figures(db: Database, actor: Actor, start: date) -> WeekFigures:
    end = start + timedelta(days=6)
    with db.read() as s:
        by_person, by_rule = _findings(s, start, end)
        lo, hi = day_start(start), day_start(end + timedelta(days=1))
        rework = dict(
            s.execute(
                select(ReworkRecord.kind, func.count())
                .where(ReworkRecord.detected_at >= lo, ReworkRecord.detected_at < hi)
                .group_by(ReworkRecord.kind)
            ).all()
        )
    return WeekFigures(
        start=start,
        findings_by_person=by_person,
        findings_by_rule=by_rule,
        calls=satisfaction.summary(db, actor, start, end),
        complaints=complaints.counts(db, start, end),
        rework_by_kind={kind: int(rework.get(kind.value, 0)) for kind in ReworkKind},
    )


def _findings(s: Session, start: date, end: date) -> tuple[dict[str, int], dict[Rule, int]]:
    rows = s.execute(
        select(DocumentFinding.rule, User.full_name)
        .outerjoin(User, User.id == DocumentFinding.responsible_id)
        .where(DocumentFinding.day >= start, DocumentFinding.day <= end)
        .where(DocumentFinding.status != FindingStatus.EXCUSED.value)
    ).all()
    return dict(Counter(name or "" for _, name in rows).most_common()), dict(Counter(Rule(r) for r, _ in rows))


def save_minutes(db: Database, actor: Actor, week_start: date, text: str) -> None:
    """Keep the meeting's minutes with the week they discuss (replaced by a later save, audited)."""
    text = text.strip()
    if len(text) > MINUTES_MAX:
        raise ValidationError(
            [Problem("minutes", QT_TRANSLATE_NOOP("Messages", "At most {max} characters."), {"max": MINUTES_MAX})]
        )
    if "\x00" in text:
        raise ValidationError([Problem("minutes", QT_TRANSLATE_NOOP("Messages", "The text contains a NUL character."))])
    week_start = week_of(week_start)
    with db.write() as s:
        actor = current_actor(s, actor, *REPORT_ROLES)
        row = s.get(MeetingMinutes, week_start)
        old = row.text if row else ""
        if row is None:
            row = MeetingMinutes(week_start=week_start, text=text, saved_by_id=actor.id)
            s.add(row)
        row.text, row.saved_at, row.saved_by_id = text, utcnow(), actor.id
        s.flush()
        audit.record(s, actor, "save_minutes", "meeting_minutes", week_start.isoformat(), {"text": [old, text]})
