"""The factory warranty's predicted end per vehicle, the call lists before it, and extension contracts.

Each vehicle's end is the earlier of its date limit and the day its own pace (km/day from
its readings at the service desk) reaches the km limit; customer care calls at 90, 60 and
30 days before it. A vehicle with an extension contract is off the lists.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, User, Vehicle, WarrantyExtension, WorkOrder
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, Problem, ValidationError
from dealerdesk.domain.packages_rules import (
    EXTENSIONS,
    PRICE_NEGATIVE,
    WarrantyEnd,
    WarrantyTerms,
    call_bucket,
    extension_end,
    km_per_day,
    predict_end,
)
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.packages.common import get_vehicle, local_day
from dealerdesk.services.settings import DealerSettings, get_settings

ENTITY = "vehicle"
NO_START = QT_TRANSLATE_NOOP(
    "Messages", "The vehicle {vin} has no warranty start date: enter the date it was sold to its first owner."
)
WARRANTY_OVER = QT_TRANSLATE_NOOP(
    "Messages", "The factory warranty of {vin} ended on {date}: an extension is sold only while it runs."
)
HAS_EXTENSION = QT_TRANSLATE_NOOP("Messages", "The vehicle {vin} already has an extended warranty until {date}.")
UNKNOWN_OPTION = QT_TRANSLATE_NOOP("Messages", "Choose one of the extended-warranty offers.")
START_FUTURE = QT_TRANSLATE_NOOP("Messages", "The warranty start cannot be in the future.")


@dataclass(frozen=True)
class ExtensionView:
    id: int
    years: int
    km: int
    price_fen: int
    start_date: date
    end_date: date
    end_km: int
    sold_by_name: str
    sold_at: datetime


@dataclass(frozen=True)
class VehicleWarranty:
    vehicle_id: int
    vin: str
    plate: str
    model: str
    owner_name: str
    owner_mobile: str
    start: date
    terms: WarrantyTerms
    last_km: int | None
    km_per_day: float
    end: WarrantyEnd
    days_left: int
    extensions: tuple[ExtensionView, ...]

    @property
    def call_list(self) -> int | None:
        return None if self.extensions else call_bucket(self.days_left)


def terms_for(settings: DealerSettings, model: str) -> WarrantyTerms:
    """The model's own terms (the longest Settings key its name starts with), else the default."""
    keys = sorted((k for k in settings.warranty_terms if k and model.startswith(k)), key=len, reverse=True)
    if keys:
        years, km = settings.warranty_terms[keys[0]]
        return WarrantyTerms(int(years), int(km))
    return WarrantyTerms(settings.warranty_years, settings.warranty_km)


def _readings(s: Session, vehicle_ids: list[int]) -> dict[int, list[tuple[date, int]]]:
    out: dict[int, list[tuple[date, int]]] = defaultdict(list)
    if not vehicle_ids:
        return out
    q = select(WorkOrder.vehicle_id, WorkOrder.checked_in_at, WorkOrder.mileage_in).where(
        WorkOrder.vehicle_id.in_(vehicle_ids),
        WorkOrder.status.not_in([OrderStatus.DRAFT.value, OrderStatus.CANCELLED.value]),
        WorkOrder.mileage_in.is_not(None),
        WorkOrder.checked_in_at.is_not(None),
    )
    for vehicle_id, at, km in s.execute(q):
        if vehicle_id is not None and at is not None and km is not None:  # the query's filters, for the types
            out[vehicle_id].append((local_day(at), km))
    return out


def _extensions(s: Session, vehicle_ids: list[int]) -> dict[int, list[ExtensionView]]:
    out: dict[int, list[ExtensionView]] = defaultdict(list)
    if not vehicle_ids:
        return out
    q = (
        select(WarrantyExtension, User.full_name)
        .join(User, User.id == WarrantyExtension.sold_by_id)
        .where(WarrantyExtension.vehicle_id.in_(vehicle_ids))
        .order_by(WarrantyExtension.id)
    )
    for x, name in s.execute(q):
        out[x.vehicle_id].append(
            ExtensionView(x.id, x.years, x.km, x.price_fen, x.start_date, x.end_date, x.end_km, name, x.sold_at)
        )
    return out


def _views(s: Session, settings: DealerSettings, vehicles: list[Vehicle], today: date) -> list[VehicleWarranty]:
    ids = [v.id for v in vehicles]
    readings = _readings(s, ids)
    extensions = _extensions(s, ids)
    out = []
    for v in vehicles:
        assert v.warranty_start is not None
        own = readings[v.id]
        last = max(own) if own else None
        pace = km_per_day(own, v.warranty_start)
        terms = terms_for(settings, v.model)
        end = predict_end(v.warranty_start, terms, last, pace)
        owner = s.get(Customer, v.owner_id) if v.owner_id else None
        out.append(
            VehicleWarranty(
                vehicle_id=v.id,
                vin=v.vin,
                plate=v.plate or "",
                model=v.model,
                owner_name=owner.name if owner else "",
                owner_mobile=owner.mobile if owner else "",
                start=v.warranty_start,
                terms=terms,
                last_km=last[1] if last else None,
                km_per_day=pace,
                end=end,
                days_left=(end.end_date - today).days,
                extensions=tuple(extensions[v.id]),
            )
        )
    return out


def vehicle_warranty(db: Database, vehicle_id: int, today: date | None = None) -> VehicleWarranty | None:
    """The vehicle's warranty, or None when its start is not known."""
    settings = get_settings(db)
    today = today or local_day(utcnow())
    with db.read() as s:
        v = get_vehicle(s, vehicle_id)
        return _views(s, settings, [v], today)[0] if v.warranty_start is not None else None


def call_lists(db: Database, today: date | None = None) -> list[VehicleWarranty]:
    """Vehicles whose factory warranty ends within the longest call window, soonest first."""
    settings = get_settings(db)
    today = today or local_day(utcnow())
    with db.read() as s:
        vehicles = list(s.scalars(select(Vehicle).where(Vehicle.warranty_start.is_not(None))))
        rows = [w for w in _views(s, settings, vehicles, today) if w.call_list is not None]
    return sorted(rows, key=lambda w: (w.end.end_date, w.vin))


def set_warranty_start(db: Database, actor: Actor, vehicle_id: int, start: date) -> None:
    if start > local_day(utcnow()):
        raise ValidationError([Problem("warranty_start", START_FUTURE)])
    with db.write() as s:
        actor = current_actor(s, actor, Role.ADVISOR, Role.MANAGER)
        v = get_vehicle(s, vehicle_id)
        before = v.warranty_start
        v.warranty_start = start
        audit.record(s, actor, "set_warranty_start", ENTITY, v.id, {"warranty_start": [before, start]})


def sell_extension(
    db: Database, actor: Actor, vehicle_id: int, option: WarrantyTerms, price_fen: int, today: date | None = None
) -> ExtensionView:
    """Record an extension contract: from the factory end, for its years and km on top of the factory limits."""
    if option not in EXTENSIONS:
        raise ValidationError([Problem("option", UNKNOWN_OPTION)])
    if price_fen < 0:
        raise ValidationError([Problem("price", PRICE_NEGATIVE)])
    settings = get_settings(db)
    today = today or local_day(utcnow())
    with db.write() as s:
        actor = current_actor(s, actor, Role.ADVISOR, Role.MANAGER)
        v = get_vehicle(s, vehicle_id)
        if v.warranty_start is None:
            raise DealerDeskError(NO_START, vin=v.vin)
        w = _views(s, settings, [v], today)[0]
        if w.extensions:
            raise DealerDeskError(HAS_EXTENSION, vin=v.vin, date=w.extensions[-1].end_date.isoformat())
        if w.days_left < 0:
            raise DealerDeskError(WARRANTY_OVER, vin=v.vin, date=w.end.end_date.isoformat())
        end_date, end_km = extension_end(w.end, option)
        x = WarrantyExtension(
            vehicle_id=v.id,
            years=option.years,
            km=option.km,
            price_fen=price_fen,
            start_date=w.end.end_date,
            end_date=end_date,
            end_km=end_km,
            sold_by_id=actor.id,
            sold_at=utcnow(),
        )
        s.add(x)
        s.flush()
        audit.record(
            s,
            actor,
            "sell_warranty_extension",
            ENTITY,
            v.id,
            {
                "years": option.years,
                "km": option.km,
                "price_fen": price_fen,
                "end_date": end_date.isoformat(),
                "end_km": end_km,
            },
        )
        return _extensions(s, [v.id])[v.id][-1]
