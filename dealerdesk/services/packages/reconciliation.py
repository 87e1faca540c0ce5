"""Month-end count of prepaid packages (盘点): sold, used, expired, and the oil still owed.

The figures come from the ledger (start + sold - used - expired = end, with each reversal
counted against what it reverses). Independently, each package's litres owed must equal
its uses left times its litres per use: where a row breaks that, the report names the
package, so a count that does not balance says where.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import PackageLedgerEntry, PackageSale, Vehicle
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem, ValidationError
from dealerdesk.domain.packages_rules import LedgerKind, Reconciliation
from dealerdesk.domain.roles import Role
from dealerdesk.services.actor import Actor, current_actor

MONTH_RANGE = QT_TRANSLATE_NOOP("Messages", "Choose a month between 2000-01 and 2099-12.")


@dataclass(frozen=True)
class PackageLine:
    """One package name's month: how many sold and for how much, uses, and its litres."""

    name: str
    sold_count: int
    sold_fen: int
    uses: int  # net of reversals
    discount_fen: int  # the discount those uses gave on work orders
    litres: Reconciliation


@dataclass(frozen=True)
class Discrepancy:
    sale_number: str
    plate: str
    ledger_litres_x1000: int
    expected_litres_x1000: int  # uses left x litres per use


@dataclass(frozen=True)
class MonthReconciliation:
    year: int
    month: int
    lines: tuple[PackageLine, ...]
    total: PackageLine
    discrepancies: tuple[Discrepancy, ...]

    @property
    def balances(self) -> bool:
        return self.total.litres.balances and all(x.litres.balances for x in self.lines) and not self.discrepancies


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """The month at the dealership (local midnight to local midnight), as aware datetimes."""
    if not (2000 <= year <= 2099 and 1 <= month <= 12):
        raise ValidationError([Problem("month", MONTH_RANGE)])
    tz = datetime.now().astimezone().tzinfo
    start = datetime.combine(datetime(year, month, 1).date(), time(), tz)
    nxt = datetime(year + month // 12, month % 12 + 1, 1)
    return start, datetime.combine(nxt.date(), time(), tz)


def _bucket(kind: str, reversed_kind: str | None) -> str:
    """Which column a row counts in: a reversal counts against the kind it reverses."""
    return reversed_kind if kind == LedgerKind.REVERSAL and reversed_kind else kind


def month_reconciliation(db: Database, actor: Actor, year: int, month: int) -> MonthReconciliation:
    start, end = month_bounds(year, month)
    with db.read() as s:
        actor = current_actor(s, actor, Role.MANAGER)
        sales = {x.id: x for x in s.scalars(select(PackageSale))}
        rows = list(
            s.scalars(select(PackageLedgerEntry).where(PackageLedgerEntry.at < end).order_by(PackageLedgerEntry.id))
        )
        kinds = {r.id: r.kind for r in rows}
        acc: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        per_sale_litres: dict[int, int] = defaultdict(int)
        per_sale_uses: dict[int, int] = defaultdict(int)
        for r in rows:
            name = sales[r.sale_id].name
            a = acc[name]
            per_sale_litres[r.sale_id] += r.litres_x1000_delta
            per_sale_uses[r.sale_id] += r.uses_delta
            a["end"] += r.litres_x1000_delta
            if r.at < start:
                a["start"] += r.litres_x1000_delta
                continue
            bucket = _bucket(r.kind, kinds.get(r.reverses_id) if r.reverses_id else None)
            sign = -1 if r.kind == LedgerKind.REVERSAL else 1
            if bucket == LedgerKind.SALE:
                a["sold"] += r.litres_x1000_delta
                a["sold_count"] += sign
                a["sold_fen"] += sign * sales[r.sale_id].price_fen
            elif bucket == LedgerKind.USE:
                a["used"] -= r.litres_x1000_delta
                a["uses"] -= r.uses_delta
                a["discount"] += r.discount_fen
            elif bucket == LedgerKind.EXPIRY:
                a["expired"] -= r.litres_x1000_delta
        lines = tuple(
            PackageLine(
                name,
                a["sold_count"],
                a["sold_fen"],
                a["uses"],
                a["discount"],
                Reconciliation(a["start"], a["sold"], a["used"], a["expired"], a["end"]),
            )
            for name, a in sorted(acc.items())
        )
        discrepancies = []
        for sale_id, litres in sorted(per_sale_litres.items()):
            sale = sales[sale_id]
            expected = per_sale_uses[sale_id] * sale.oil_litres_x1000
            if litres != expected:
                vehicle = s.get(Vehicle, sale.vehicle_id)
                plate = (vehicle.plate or vehicle.vin) if vehicle else ""
                discrepancies.append(Discrepancy(sale.number, plate, litres, expected))
    total = PackageLine(
        "",
        sum(x.sold_count for x in lines),
        sum(x.sold_fen for x in lines),
        sum(x.uses for x in lines),
        sum(x.discount_fen for x in lines),
        Reconciliation(*(sum(getattr(x.litres, f) for x in lines) for f in _LITRE_FIELDS)),
    )
    return MonthReconciliation(year, month, lines, total, tuple(discrepancies))


_LITRE_FIELDS = ("owed_start_x1000", "sold_x1000", "used_x1000", "expired_x1000", "owed_end_x1000")
