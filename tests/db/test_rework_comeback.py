from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.rework_rules import RepairClass
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory
from dealerdesk.services import rework
from dealerdesk.services.settings import DealerSettings
from tests.helpers import UserSet
from tests.rework_data import VIN, VIN2, add_order, add_rework

# Delivered 2025-03-01 10:00 China time at 40,000 km: a minor repair is guaranteed
# to the end of 2025-03-11 (China time) or 42,000 km.
DELIVERED = datetime(2025, 3, 1, 2, 0, tzinfo=UTC)


@pytest.fixture
def original(db: Database, people: UserSet) -> int:
    return add_order(db, people.advisor.id, delivered_at=DELIVERED, technician_ids=(people.tech.id,))


def _china(y: int, m: int, d: int, h: int) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC) - timedelta(hours=8)


def test_inside_the_window_is_a_candidate(db: Database, people: UserSet, original: int) -> None:
    found = rework.comeback_candidates(db, people.advisor, VIN, 41_500, now=_china(2025, 3, 11, 23))
    assert [c.order.id for c in found] == [original]
    c = found[0]
    assert c.repair_class is RepairClass.MINOR
    assert c.guarantee.last_day == date(2025, 3, 11) and c.guarantee.last_mileage == 42_000
    assert c.km_since_delivery == 1_500 and not c.already_linked
    assert c.order.concerns == ("油箱附近有汽油味",)


@pytest.mark.parametrize(
    ("now", "km", "inside"),
    [
        (_china(2025, 3, 11, 23), 42_000, True),  # last day, last kilometre
        (_china(2025, 3, 12, 0), 40_100, False),  # day 11
        (_china(2025, 3, 2, 9), 42_001, False),  # one kilometre over
    ],
)
def test_window_boundaries(db: Database, people: UserSet, original: int, now: datetime, km: int, inside: bool) -> None:
    found = rework.comeback_candidates(db, people.advisor, VIN, km, now=now)
    assert bool(found) is inside


def test_other_vehicles_undelivered_and_excluded_orders_are_not_candidates(
    db: Database, people: UserSet, original: int
) -> None:
    now = _china(2025, 3, 5, 9)
    assert rework.comeback_candidates(db, people.advisor, VIN2, 40_500, now=now) == []
    add_order(db, people.advisor.id, vin=VIN2, status=OrderStatus.IN_WORKSHOP, delivered_at=None)
    assert rework.comeback_candidates(db, people.advisor, VIN2, 40_500, now=now) == []
    assert rework.comeback_candidates(db, people.advisor, VIN, 40_500, now=now, exclude_order_id=original) == []
    assert rework.comeback_candidates(db, people.advisor, "", 40_500, now=now) == []


def test_repair_class_comes_from_settings(db: Database, people: UserSet, original: int) -> None:
    now = _china(2025, 3, 25, 9)  # day 24: outside minor, inside second-level maintenance
    assert rework.comeback_candidates(db, people.advisor, VIN, 41_000, now=now) == []
    settings = DealerSettings(repair_classes={ServiceCategory.GENERAL_REPAIR.value: "second_level_maintenance"})
    classes = rework.repair_classes(settings)
    found = rework.comeback_candidates(db, people.advisor, VIN, 41_000, classes, now=now)
    assert [c.repair_class for c in found] == [RepairClass.SECOND_LEVEL_MAINTENANCE]
    # An unknown value stored by a newer version falls back to the default.
    assert (
        rework.repair_classes(DealerSettings(repair_classes={"general_repair": "bogus"}))[
            ServiceCategory.GENERAL_REPAIR
        ]
        is RepairClass.MINOR
    )


def test_delivered_mileage_is_the_road_test_reading(db: Database, people: UserSet) -> None:
    add_order(db, people.advisor.id, delivered_at=DELIVERED, mileage_in=40_000, road_test_in_km=40_015)
    now = _china(2025, 3, 3, 9)
    assert rework.comeback_candidates(db, people.advisor, VIN, 42_015, now=now)
    assert not rework.comeback_candidates(db, people.advisor, VIN, 42_016, now=now)


def test_link_marks_the_candidate_as_linked(db: Database, people: UserSet, original: int) -> None:
    back = add_order(db, people.advisor.id, status=OrderStatus.OPEN, delivered_at=None, mileage_in=40_600)
    rework.register_external(db, people.advisor, original, back)
    add_rework(db, original, people.lead.id)  # a QC rework does not count as a comeback link
    found = rework.comeback_candidates(db, people.advisor, VIN, 40_600, now=_china(2025, 3, 5, 9))
    assert found[0].already_linked
