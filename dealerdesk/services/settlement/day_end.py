"""The day-end report (日结): payments taken by method and by person, and the month to that day.

Counted from the payment rows (a settlement's own and those paid later against a balance),
by the local day they were taken; change given is taken off cash, so the cash column is
what the drawer should hold. On-account amounts are listed apart: no money came in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import Settlement, SettlementPayment, User
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.roles import Role
from dealerdesk.services.actor import Actor, current_actor


@dataclass(frozen=True)
class PersonDay:
    name: str
    by_method: dict[PaymentMethod, int]

    @property
    def total_fen(self) -> int:
        return sum(v for m, v in self.by_method.items() if m is not PaymentMethod.ON_ACCOUNT)


@dataclass(frozen=True)
class DayEnd:
    day: date
    people: tuple[PersonDay, ...]
    by_method: dict[PaymentMethod, int]
    settlements: int
    month_by_method: dict[PaymentMethod, int]  # the 1st of the month to this day

    @property
    def total_fen(self) -> int:
        return sum(v for m, v in self.by_method.items() if m is not PaymentMethod.ON_ACCOUNT)

    @property
    def month_total_fen(self) -> int:
        return sum(v for m, v in self.month_by_method.items() if m is not PaymentMethod.ON_ACCOUNT)


def _bounds(first: date, last: date) -> tuple[datetime, datetime]:
    tz = datetime.now().astimezone().tzinfo
    return datetime.combine(first, time(), tz), datetime.combine(last + timedelta(days=1), time(), tz)


def _taken(db: Database, first: date, last: date) -> tuple[list[tuple[str, PaymentMethod, int]], int]:
    """(person, method, amount) of every payment in the days, change taken off cash; and how many settlements."""
    start, end = _bounds(first, last)
    with db.read() as s:
        rows = list(
            s.execute(
                select(User.full_name, SettlementPayment.method, SettlementPayment.amount_fen)
                .join(User, User.id == SettlementPayment.by_id)
                .where(SettlementPayment.at >= start, SettlementPayment.at < end)
            )
        )
        out = [(name, PaymentMethod(method), amount) for name, method, amount in rows]
        settled = list(
            s.execute(
                select(User.full_name, Settlement.change_fen)
                .join(User, User.id == Settlement.settled_by_id)
                .where(Settlement.settled_at >= start, Settlement.settled_at < end)
            )
        )
        out += [(name, PaymentMethod.CASH, -change) for name, change in settled if change]
        return out, len(settled)


def day_end(db: Database, actor: Actor, day: date) -> DayEnd:
    with db.read() as s:
        current_actor(s, actor, Role.CASHIER, Role.MANAGER)
    taken, count = _taken(db, day, day)
    people: dict[str, dict[PaymentMethod, int]] = defaultdict(lambda: defaultdict(int))
    total: dict[PaymentMethod, int] = defaultdict(int)
    for name, method, amount in taken:
        people[name][method] += amount
        total[method] += amount
    month, _ = _taken(db, day.replace(day=1), day)
    month_total: dict[PaymentMethod, int] = defaultdict(int)
    for _name, method, amount in month:
        month_total[method] += amount
    return DayEnd(
        day,
        tuple(PersonDay(name, dict(v)) for name, v in sorted(people.items())),
        dict(total),
        count,
        dict(month_total),
    )
