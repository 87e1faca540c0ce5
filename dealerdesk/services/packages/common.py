"""Shared by the package services: terms stored as text, record numbers, the local day."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from dealerdesk.db.models import PackageSale, Vehicle
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, NotFound
from dealerdesk.domain.packages_rules import TemplateTerms, parse_contents, parse_rates

VEHICLE_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no vehicle {ref}.")
SALE_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no package sale {ref}.")


def sale_terms(sale: PackageSale) -> TemplateTerms:
    return TemplateTerms(
        sale.name,
        sale.price_fen,
        parse_rates(sale.pay_pct),
        0,
        sale.oil_litres_x1000,
        parse_contents(sale.contents),
    )


def local_day(at: datetime) -> date:
    """The day at the dealership (this workstation's zone), for validity and numbering."""
    return at.astimezone().date()


def next_number(s: Session, prefix: str, column: InstrumentedAttribute[str], at: datetime) -> str:
    """PREFIX + YYYYMMDD-NNNN, the next free one of the local day; unique in the column too."""
    day = local_day(at).strftime("%Y%m%d")
    stem = f"{prefix}{day}-"
    last = s.scalar(select(func.max(column)).where(column.like(stem + "%")))
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{stem}{n:04d}"


def get_vehicle(s: Session, vehicle_id: int) -> Vehicle:
    vehicle = s.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFound(VEHICLE_NOT_FOUND, ref=vehicle_id)
    return vehicle


def get_sale(s: Session, sale_id: int) -> PackageSale:
    sale = s.get(PackageSale, sale_id)
    if sale is None:
        raise NotFound(SALE_NOT_FOUND, ref=sale_id)
    return sale
