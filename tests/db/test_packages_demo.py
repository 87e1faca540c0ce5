"""The demo database's packages: each month balances and starts where the last ended; uses match delivery's."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from dealerdesk.db.database import open_database
from dealerdesk.db.models import PackageLedgerEntry, Voucher, WarrantyExtension
from dealerdesk.demo.writer import write_demo_database
from dealerdesk.domain.roles import Role
from dealerdesk.services.actor import Actor
from dealerdesk.services.packages import reconciliation, redemption, warranty

NOW = datetime(2026, 6, 15, 9, 0, tzinfo=UTC)


def test_the_demo_reconciliation_balances_every_month(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    write_demo_database(url, seed=7, orders=300, now=NOW)
    db = open_database(url)
    manager = Actor(2, "manager", "周经理", frozenset({Role.MANAGER}))
    sold = uses = expired = 0
    owed = 0
    for back in range(30, -1, -1):  # back past the oldest sale (a prepaid-oil package, 2 years valid)
        index = NOW.year * 12 + NOW.month - 1 - back
        month = reconciliation.month_reconciliation(db, manager, index // 12, index % 12 + 1)
        assert month.balances, (month.year, month.month, month.discrepancies)
        assert month.total.litres.owed_start_x1000 == owed  # each month starts where the last ended
        owed = month.total.litres.owed_end_x1000
        sold += month.total.sold_count
        uses += month.total.uses
        expired += month.total.litres.expired_x1000
    assert sold >= 10 and uses >= 5 and expired > 0

    with db.read() as s:
        rows = list(s.scalars(select(PackageLedgerEntry).where(PackageLedgerEntry.kind == "use")))
        redeemed = s.scalar(select(func.count()).select_from(Voucher).where(Voucher.redeemed_order_id.is_not(None)))
        extensions = s.scalar(select(func.count()).select_from(WarrantyExtension))
    assert redeemed and extensions == 2
    # A booked use is what the redemption service computes for its order.
    for row in rows[:5]:
        assert row.order_id is not None
        [use] = [p for p in redemption.order_redemptions(db, row.order_id).packages if p.sale_id == row.sale_id]
        assert (use.use_no, use.discount_fen, use.booked) == (row.use_no, row.discount_fen, True)
    assert warranty.call_lists(db, NOW.date())  # cars to call in the next 90 days
    db.dispose()
