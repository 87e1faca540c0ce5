"""The front desk's lookup: a plate, a VIN or a mobile number finds the vehicle and its last visit."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from dealerdesk.db.database import Database
from dealerdesk.db.models import Vehicle
from dealerdesk.domain.messages import ValidationError
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.orders import customers
from dealerdesk.services.orders.work_orders import cancel_order, load_order, open_order, save_draft
from tests.helpers import UserSet
from tests.order_samples import VIN_CHINA, complete_order


def test_nothing_is_found_on_an_empty_database(db: Database) -> None:
    assert customers.lookup(db, "川A12345") == []
    assert customers.lookup(db, VIN_CHINA) == []
    assert customers.lookup(db, "13800138000") == []
    assert customers.lookup(db, "  ") == []


def test_a_returning_vehicle_is_found_by_plate_vin_or_mobile(db: Database, people: UserSet) -> None:
    first = complete_order(mileage=20_000)
    first.contact_is_owner = False
    first.contact_name, first.contact_mobile = "李四", "13912345678"
    open_order(db, people.advisor, first)
    open_order(db, people.advisor, complete_order(mileage=26_500))
    for typed in ("川a·12345", VIN_CHINA.lower(), "138 0013 8000"):
        (card,) = customers.lookup(db, typed)
        assert (card.vin, card.plate, card.model, card.colour) == (VIN_CHINA, "川A12345", "朗逸 1.5L", "白色")
        assert (card.owner_name, card.owner_mobile) == ("张三", "13800138000")
        assert card.last_recorded_km == 26_500
        # The last visit was the owner's own; the one before it was brought by 李四.
        assert (card.last_contact_name, card.last_contact_mobile) == ("", "")
        assert [v.mileage_in for v in card.visits] == [26_500, 20_000]
        assert card.visits[0].first_concern == "做保养"


def test_drafts_and_cancelled_orders_do_not_count_as_recorded_mileage(db: Database, people: UserSet) -> None:
    opened = open_order(db, people.advisor, complete_order(mileage=30_000))
    cancel_order(db, people.advisor, opened.id, "录入错误")
    open_order(db, people.advisor, complete_order(mileage=10_000))
    save_draft(db, people.advisor, complete_order(mileage=99_000))
    (card,) = customers.lookup(db, VIN_CHINA)
    assert card.last_recorded_km == 10_000
    assert [v.status for v in card.visits] == [OrderStatus.OPEN, OrderStatus.CANCELLED]


def test_one_mobile_can_own_several_vehicles(db: Database, people: UserSet) -> None:
    open_order(db, people.advisor, complete_order())
    other = replace(complete_order(vin="LFV2A21K5L4012345", plate="川B54321"), model="迈腾")
    open_order(db, people.advisor, other)
    cards = customers.find_by_mobile(db, "+86 138 0013 8000")
    assert sorted(c.plate for c in cards) == ["川A12345", "川B54321"]
    assert customers.vehicle_history(db, cards[0].vehicle_id)[0].number.startswith("WO")


def test_a_new_plate_replaces_the_old_one_on_the_vehicle(db: Database, people: UserSet) -> None:
    open_order(db, people.advisor, complete_order())
    open_order(db, people.advisor, complete_order(plate="川A88888", mileage=13_000))
    assert customers.find_by_plate(db, "川A12345") == []
    (card,) = customers.find_by_plate(db, "川A88888")
    assert card.vin == VIN_CHINA and len(card.visits) == 2


def test_an_old_order_is_held_to_the_reading_before_it_not_to_a_later_visit(db: Database, people: UserSet) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    first = open_order(db, people.advisor, complete_order(mileage=20_000, checked_in_at=now - timedelta(days=60)))
    second = open_order(db, people.advisor, complete_order(mileage=25_000, checked_in_at=now - timedelta(days=30)))
    open_order(db, people.advisor, complete_order(mileage=31_000, checked_in_at=now - timedelta(days=1)))
    # The second visit's "last recorded" is the first visit's reading, not the later 31,000 km.
    assert load_order(db, second.id).last_recorded_km == 20_000
    assert load_order(db, first.id).last_recorded_km is None  # nothing was recorded before the first visit
    # Correcting the second visit's typo (25,000 -> 24,000) is checked against the visit before it only.
    fixed = save_draft(
        db,
        people.advisor,
        complete_order(mileage=24_000, checked_in_at=second.checked_in_at),
        second.id,
        second.version,
    )
    assert fixed.mileage_in == 24_000
    with pytest.raises(ValidationError) as err:
        save_draft(
            db,
            people.advisor,
            complete_order(mileage=19_000, checked_in_at=second.checked_in_at),
            second.id,
            fixed.version,
        )
    assert err.value.problems[0].render() == (
        "Mileage 19,000 km is below the 20,000 km already recorded for this vehicle."
    )
    # A new order (and the front-desk lookup) is held to the highest earlier visit.
    (card,) = customers.lookup(db, VIN_CHINA)
    assert card.last_recorded_km == 31_000
    assert customers.mileage_floor(db, VIN_CHINA, now) == 31_000
    assert customers.mileage_floor(db, VIN_CHINA, second.checked_in_at, second.id) == 20_000


def test_the_only_order_of_a_vehicle_can_correct_its_own_reading(db: Database, people: UserSet) -> None:
    opened = open_order(db, people.advisor, complete_order(mileage=12_345))
    assert opened.last_recorded_km is None
    fixed = save_draft(
        db,
        people.advisor,
        complete_order(mileage=12_000, checked_in_at=opened.checked_in_at),
        opened.id,
        opened.version,
    )
    assert fixed.mileage_in == 12_000


def test_an_imported_vehicle_reading_counts_until_an_order_is_opened(db: Database, people: UserSet) -> None:
    with db.write() as s:
        s.add(Vehicle(vin=VIN_CHINA, model="朗逸", last_mileage=40_000))
    draft = save_draft(db, people.advisor, complete_order(mileage=39_000))
    assert draft.last_recorded_km == 40_000  # the draft's VIN finds the imported record
    with pytest.raises(ValidationError):
        open_order(db, people.advisor, complete_order(mileage=39_000), draft.id, draft.version)
    assert open_order(db, people.advisor, complete_order(mileage=41_000), draft.id, draft.version).mileage_in == 41_000
