from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import AuditEntry
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.rework_rules import RepairClass
from dealerdesk.domain.vocabulary import OrderStatus, ReworkKind, ServiceCategory
from dealerdesk.services.orders.work_orders import load_order, open_order, save_draft
from dealerdesk.services.rework import register as rework
from dealerdesk.services.settings import DealerSettings
from tests.helpers import UserSet
from tests.order_samples import VIN_CHINA, complete_order
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


def test_major_repair_is_found_on_its_hundredth_day(db: Database, people: UserSet) -> None:
    # The look-up narrows by delivery date to the longest period: day 100 must still be inside it.
    major = add_order(db, people.advisor.id, delivered_at=DELIVERED)
    classes = {**rework.repair_classes(DealerSettings()), ServiceCategory.GENERAL_REPAIR: RepairClass.MAJOR}
    last_day = _china(2025, 6, 9, 23)  # delivered 1 March: day 100 is 9 June
    found = rework.comeback_candidates(db, people.advisor, VIN, 59_000, classes, now=last_day)
    assert [c.order.id for c in found] == [major]
    assert rework.comeback_candidates(db, people.advisor, VIN, 59_000, classes, now=_china(2025, 6, 10, 0)) == []


# --- opening the comeback order and linking it: one transaction ------------------------------


def test_open_order_links_the_comeback_in_the_same_transaction(db: Database, people: UserSet) -> None:
    earlier = add_order(
        db, people.advisor.id, vin=VIN_CHINA, delivered_at=datetime.now(UTC) - timedelta(days=2), mileage_in=12_000
    )
    draft = save_draft(db, people.advisor, complete_order(vin=VIN_CHINA, mileage=12_345))
    opened = open_order(
        db, people.advisor, complete_order(vin=VIN_CHINA, mileage=12_345), draft.id, draft.version, comeback_of=earlier
    )
    assert opened.status is OrderStatus.OPEN
    [record] = rework.list_reworks(db, people.manager)
    assert (record.kind, record.original_order_id, record.rework_order_number) == (
        ReworkKind.EXTERNAL,
        earlier,
        opened.number,
    )
    with db.read() as s:
        entries = s.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.changes).order_by(AuditEntry.id))
        tail = [(action, entity, json.loads(changes)) for action, entity, changes in entries][-2:]
    earlier_number = rework.get_rework(db, people.manager, record.id).original.number
    assert [(a, e) for a, e, _c in tail] == [("register_external_rework", "rework"), ("open_order", "work_order")]
    assert tail[0][2]["rework_order_id"] == opened.id and tail[1][2]["comeback_of"] == earlier_number


def test_a_link_that_fails_leaves_the_order_unopened(db: Database, people: UserSet) -> None:
    # The earlier order is not delivered (someone reopened it meanwhile): nothing is half done.
    not_delivered = add_order(db, people.advisor.id, vin=VIN_CHINA, status=OrderStatus.IN_WORKSHOP, delivered_at=None)
    draft = save_draft(db, people.advisor, complete_order(vin=VIN_CHINA))
    with pytest.raises(DealerDeskError, match="has not been delivered"):
        open_order(
            db, people.advisor, complete_order(vin=VIN_CHINA), draft.id, draft.version, comeback_of=not_delivered
        )
    assert load_order(db, draft.id).status is OrderStatus.DRAFT
    assert rework.list_reworks(db, people.manager) == []
    with db.read() as s:
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) == "save_draft"


def test_a_new_order_opened_straight_away_is_linked_too(db: Database, people: UserSet) -> None:
    earlier = add_order(db, people.advisor.id, vin=VIN_CHINA, delivered_at=datetime.now(UTC) - timedelta(days=1))
    opened = open_order(db, people.advisor, complete_order(vin=VIN_CHINA, mileage=40_100), comeback_of=earlier)
    [record] = rework.list_reworks(db, people.manager)
    assert record.rework_order_number == opened.number and record.detected_by == people.advisor.full_name
