"""Packages, vouchers and warranty data for the demo database.

Called at the end of ``write_demo_database``: every vehicle gets the day it was first
sold (so the warranty lists have cars in their 90/60/30-day windows), about one car in
six bought a package in the last eight months and used it on its later delivered orders
(the lines carry the package, the ledger the use, as delivery books them), some vouchers
were given and a few redeemed, one package expired, two cars bought an extended warranty.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import (
    LabourLine,
    PackageLedgerEntry,
    PackageSale,
    PackageTemplate,
    PartsLine,
    User,
    UserRole,
    Vehicle,
    Voucher,
    WarrantyExtension,
    WorkOrder,
)
from dealerdesk.domain.packages_rules import (
    EXTENSIONS,
    FACTORY_WARRANTY,
    LedgerKind,
    VoucherKind,
    VoucherSource,
    add_years,
    line_discount,
    parse_rates,
    value_voucher_discounts,
)
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.packages.common import local_day


def write_demo_packages(db: Database, rng: random.Random, now: datetime) -> None:
    with db.write() as s:
        advisors = list(
            s.scalars(select(User).join(UserRole).where(UserRole.role == Role.ADVISOR.value).order_by(User.id))
        )
        templates = list(s.scalars(select(PackageTemplate).order_by(PackageTemplate.id)))
        vehicles = list(s.scalars(select(Vehicle).order_by(Vehicle.id)))
        delivered: dict[int, list[WorkOrder]] = {}
        for o in s.scalars(
            select(WorkOrder).where(WorkOrder.status == OrderStatus.DELIVERED.value).order_by(WorkOrder.delivered_at)
        ):
            if o.vehicle_id is not None:
                delivered.setdefault(o.vehicle_id, []).append(o)
        today = local_day(now)
        for v in vehicles:
            v.warranty_start = today - timedelta(days=rng.randint(200, 3 * 365 + 60))
        numbers: dict[str, int] = {}

        def number(prefix: str, at: datetime) -> str:
            stem = f"{prefix}{local_day(at):%Y%m%d}-"
            numbers[stem] = numbers.get(stem, 0) + 1
            return f"{stem}{numbers[stem]:04d}"

        sold = 0
        for v in rng.sample(vehicles, k=max(1, len(vehicles) // 6)):
            # The first sale is the prepaid oil that expired unused: the month-end count books its litres out.
            template = next(x for x in templates if x.oil_litres_x1000) if sold == 0 else rng.choice(templates)
            # Office hours in China (UTC+8): 01:00-09:59 UTC.
            sold_at = (now - timedelta(days=rng.randint(5, 240))).replace(hour=rng.randint(1, 9))
            rates = parse_rates(template.pay_pct)
            seller = rng.choice(advisors)
            # One package sold long ago and never used: it expired at the end of its validity.
            expired = sold == 0
            if expired:
                sold_at = now - timedelta(days=template.validity_days + 20)
            sale = PackageSale(
                number=number("PK", sold_at),
                template_id=template.id,
                vehicle_id=v.id,
                customer_id=v.owner_id,
                name=template.name,
                price_fen=template.price_fen,
                pay_pct=template.pay_pct,
                oil_litres_x1000=template.oil_litres_x1000,
                contents=template.contents,
                valid_until=local_day(sold_at) + timedelta(days=template.validity_days),
                payment_method=rng.choice(list(PaymentMethod)).value,
                sold_by_id=seller.id,
                sold_at=sold_at,
            )
            s.add(sale)
            s.flush()
            s.add(_row(sale, LedgerKind.SALE, len(rates), sold_at, seller.id))
            sold += 1
            if expired:
                at = datetime.combine(sale.valid_until + timedelta(days=1), sold_at.timetz())
                s.add(_row(sale, LedgerKind.EXPIRY, -len(rates), at, seller.id))
                continue
            # A prepaid package (0折) covers the oil it holds, an order's first part; a discount package the labour.
            prepaid = rates[0] == 0

            def covered(o: WorkOrder, prepaid: bool = prepaid) -> list[LabourLine | PartsLine]:
                return list(o.parts_lines[:1] if prepaid else o.labour_lines)

            later = [
                o
                for o in delivered.get(v.id, [])
                if o.delivered_at is not None and o.delivered_at > sold_at and covered(o)
            ]
            for use_no, o in enumerate(later[: len(rates)], start=1):
                assert o.delivered_at is not None
                rate = rates[use_no - 1]
                lines = covered(o)
                for line in lines:
                    line.package_sale_id = sale.id
                discount = sum(line_discount(x.amount_fen, rate) for x in lines)
                use = _row(sale, LedgerKind.USE, -1, o.delivered_at, o.advisor_id)
                use.use_no, use.order_id, use.discount_fen = use_no, o.id, discount
                s.add(use)
        s.flush()
        _vouchers(s, rng, now, vehicles, delivered, advisors, number)
        for v in rng.sample(vehicles, k=min(2, len(vehicles))):
            assert v.warranty_start is not None
            option = rng.choice(EXTENSIONS)
            end = add_years(v.warranty_start, FACTORY_WARRANTY.years)
            s.add(
                WarrantyExtension(
                    vehicle_id=v.id,
                    years=option.years,
                    km=option.km,
                    price_fen=2_800_00 if option.years == 1 else 4_800_00,
                    start_date=end,
                    end_date=add_years(end, option.years),
                    end_km=FACTORY_WARRANTY.km + option.km,
                    sold_by_id=rng.choice(advisors).id,
                    sold_at=now - timedelta(days=rng.randint(1, 60)),
                )
            )


def _row(sale: PackageSale, kind: LedgerKind, uses: int, at: datetime, by_id: int) -> PackageLedgerEntry:
    return PackageLedgerEntry(
        sale_id=sale.id,
        vehicle_id=sale.vehicle_id,
        kind=kind.value,
        uses_delta=uses,
        litres_x1000_delta=uses * sale.oil_litres_x1000,
        discount_fen=0,
        reason="",
        at=at,
        by_id=by_id,
    )


# The seed's vouchers (DOMAIN.md): source, kind, value, service, rate, reason.
_SEED_VOUCHERS = (
    (VoucherSource.REFERRAL, VoucherKind.VALUE, 1_000_00, "", 0, "转介绍购车基金"),
    (VoucherSource.COMPLAINT, VoucherKind.SERVICE, 400_00, "四轮定位", 0, "投诉安慰礼"),
    (VoucherSource.COMPLAINT, VoucherKind.VALUE, 100_00, "", 0, "投诉安慰礼：续保券"),
    (VoucherSource.RECALL, VoucherKind.VALUE, 200_00, "", 0, "流失客户召回：续保券"),
    (VoucherSource.RECALL, VoucherKind.SERVICE, 118_00, "节气门清洗", 0, "流失客户召回"),
    (VoucherSource.FIRST_VISIT, VoucherKind.SERVICE, 0, "首次来店工时", 70, "首次来店工时7折"),
)


def _vouchers(
    s: Session,
    rng: random.Random,
    now: datetime,
    vehicles: list[Vehicle],
    delivered: dict[int, list[WorkOrder]],
    advisors: list[User],
    number: Callable[[str, datetime], str],
) -> None:
    for i, v in enumerate(rng.sample(vehicles, k=min(24, len(vehicles)))):
        source, kind, value, service, rate, reason = _SEED_VOUCHERS[i % len(_SEED_VOUCHERS)]
        issued_at = (now - timedelta(days=rng.randint(10, 200))).replace(hour=rng.randint(1, 9))
        voucher = Voucher(
            code=number("V", issued_at),
            kind=kind.value,
            source=source.value,
            reason=reason,
            value_fen=value,
            service=service,
            pay_pct=rate,
            customer_id=v.owner_id,
            vehicle_id=v.id,
            valid_until=local_day(issued_at) + timedelta(days=180),
            issued_by_id=rng.choice(advisors).id,
            issued_at=issued_at,
        )
        s.add(voucher)
        s.flush()
        later = [
            o
            for o in delivered.get(v.id, [])
            if o.delivered_at is not None
            and o.delivered_at > issued_at
            and not any(x.package_sale_id for x in o.labour_lines)
        ]
        if later and rng.random() < 0.5:
            o = later[0]
            lines = list(o.labour_lines)
            for x in lines:
                x.voucher_id = voucher.id
            amounts = [x.amount_fen for x in lines]
            off = (
                value_voucher_discounts(amounts, value)
                if kind is VoucherKind.VALUE
                else value_voucher_discounts([line_discount(a, rate) for a in amounts], value or sum(amounts))
            )
            voucher.redeemed_order_id, voucher.redeemed_at, voucher.redeemed_discount_fen = (
                o.id,
                o.delivered_at,
                sum(off),
            )
