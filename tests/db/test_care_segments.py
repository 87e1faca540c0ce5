"""Segments over a small customer base: each filter, the count, saving by name, the audit."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.migrate import upgrade
from dealerdesk.db.models import AuditEntry, CareSegment, CareStatus, Vehicle
from dealerdesk.domain.care_figures import FrequencyClass
from dealerdesk.domain.care_records import SourceChannel, Usage
from dealerdesk.domain.care_segments import SegmentFilters
from dealerdesk.domain.messages import PermissionDenied, ValidationError
from dealerdesk.services.care import outlets, segments
from tests.db.care_data import REPAIR, add_outlet, add_vehicle, add_visit, care_user, china, set_source
from tests.db.migration_helpers import down_to
from tests.helpers import UserSet

TODAY = date(2026, 12, 2)


def _base(db: Database, people: UserSet) -> dict[str, int]:
    sa = people.advisor.id
    cars = {
        "taxi": add_vehicle(db, model="朗逸 1.5L", sold=date(2020, 12, 3), mileage=400_000, owner="出租公司"),
        "young": add_vehicle(db, model="速腾", sold=date(2025, 12, 2), mileage=14_600, owner="新车主"),
        "old": add_vehicle(db, model="朗逸", sold=date(2019, 5, 1), mileage=80_000, owner="老车主"),
        "unknown": add_vehicle(db, model="帕萨特", owner="无档案"),
    }
    east = add_outlet(db, "东门二级网点")
    set_source(db, cars["young"], SourceChannel.OUTLET, east)
    set_source(db, cars["taxi"], SourceChannel.OWN_SALES)
    with db.write() as s:
        taxi = s.get(Vehicle, cars["taxi"])
        assert taxi is not None
        taxi.usage_taxi = True
        s.add(CareStatus(vehicle_id=cars["old"], status="lost", km_per_day_x10=123, computed_on=TODAY))
    for month in (1, 3, 5, 7, 9):
        add_visit(db, sa, cars["taxi"], china(date(2026, month, 3)))  # 5 visits in a year: A
    add_visit(db, sa, cars["young"], china(date(2026, 6, 1)), category=REPAIR)  # 1: C
    add_visit(db, sa, cars["old"], china(date(2024, 1, 1)))  # none in the last 12 months: D
    return cars


def _names(db: Database, actor: object, f: SegmentFilters) -> list[str]:
    return [r.owner for r in segments.segment_rows(db, actor, f, TODAY)]  # type: ignore[arg-type]


def test_each_filter(db: Database, people: UserSet) -> None:
    cars = _base(db, people)
    cr = care_user(db, people.admin, "cr1", "刘客服")
    everyone = segments.segment_rows(db, cr, SegmentFilters(), TODAY)
    assert len(everyone) == 4
    taxi = next(r for r in everyone if r.vehicle_id == cars["taxi"])
    assert (taxi.age_years, taxi.visits_12m, taxi.frequency, taxi.usage) == (5, 5, FrequencyClass.A, (Usage.TAXI,))
    assert taxi.km_per_day == round(400_000 / (TODAY - date(2020, 12, 3)).days, 1)
    old = next(r for r in everyone if r.vehicle_id == cars["old"])
    assert (old.status, old.km_per_day, old.frequency) == ("lost", 12.3, FrequencyClass.D)  # the day's status

    assert _names(db, cr, SegmentFilters(model="朗逸")) == ["出租公司", "老车主"]
    assert _names(db, cr, SegmentFilters(age_min=3, age_max=5)) == ["出租公司"]  # 5 years and 364 days
    assert _names(db, cr, SegmentFilters(age_max=1)) == ["新车主"]
    assert _names(db, cr, SegmentFilters(km_min=80_000, km_max=100_000)) == ["老车主"]
    assert _names(db, cr, SegmentFilters(classes=(FrequencyClass.A,))) == ["出租公司"]
    assert _names(db, cr, SegmentFilters(classes=(FrequencyClass.C, FrequencyClass.D))) == [
        "新车主",
        "老车主",
        "无档案",
    ]
    assert _names(db, cr, SegmentFilters(km_per_day_min=100)) == ["出租公司"]
    assert _names(db, cr, SegmentFilters(km_per_day_max=50)) == ["新车主", "老车主"]  # 40 and 12.3 km a day
    assert _names(db, cr, SegmentFilters(usage=(Usage.TAXI, Usage.COMPANY_CAR))) == ["出租公司"]
    assert _names(db, cr, SegmentFilters(channel=SourceChannel.OUTLET)) == ["新车主"]
    east = next(r for r in everyone if r.vehicle_id == cars["young"])
    assert east.outlet == "东门二级网点"
    assert _names(db, cr, SegmentFilters(outlet="东门二级网点")) == ["新车主"]
    assert _names(db, cr, SegmentFilters(outlet="西门二级网点")) == []
    assert _names(db, cr, SegmentFilters(statuses=("lost", "lapsing"))) == ["老车主"]
    assert _names(db, cr, SegmentFilters(model="朗逸", classes=(FrequencyClass.D,))) == ["老车主"]
    assert _names(db, cr, SegmentFilters(model="%")) == []  # typed text, not a wildcard
    with pytest.raises(ValidationError):
        segments.segment_rows(db, cr, SegmentFilters(km_min=9, km_max=1), TODAY)
    with pytest.raises(PermissionDenied):
        segments.segment_rows(db, people.advisor, SegmentFilters(), TODAY)


def test_saved_by_name_replaced_deleted_and_audited(db: Database, people: UserSet) -> None:
    cr = care_user(db, people.admin, "cr1", "刘客服")
    taxis = SegmentFilters(usage=(Usage.TAXI,), classes=(FrequencyClass.D,))
    first = segments.save_segment(db, cr, " 流失出租车 ", taxis)
    assert first.name == "流失出租车"
    again = segments.save_segment(db, people.manager, "流失出租车", SegmentFilters(model="朗逸"))
    assert again.id == first.id
    [shown] = segments.saved_segments(db, cr)
    assert (shown.name, shown.filters) == ("流失出租车", SegmentFilters(model="朗逸"))
    with pytest.raises(ValidationError) as unnamed:
        segments.save_segment(db, cr, "", taxis)
    assert unnamed.value.problems[0].field == "segment_name"
    segments.log_export(db, cr, first.id, first.name, 12, "xlsx")
    segments.delete_segment(db, cr, first.id)
    assert segments.saved_segments(db, cr) == []
    with db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "care_segment")))
    assert actions == ["save_segment", "update_segment", "export_segment", "delete_segment"]


def test_a_saved_segment_follows_its_outlet_through_a_rename(db: Database, people: UserSet) -> None:
    _base(db, people)
    cr = care_user(db, people.admin, "cr1", "刘客服")
    east_id = segments.outlet_choices(db, cr)[0][0]
    saved = segments.save_segment(db, cr, "东门新车", SegmentFilters(outlet_id=east_id, outlet="东门二级网点"))
    outlets.rename_outlet(db, people.manager, east_id, "东门网点（成华店）")
    [shown] = segments.saved_segments(db, cr)
    assert (shown.id, shown.filters.outlet_id, shown.filters.outlet) == (saved.id, east_id, "东门网点（成华店）")
    assert _names(db, cr, shown.filters) == ["新车主"]
    assert segments.outlet_choices(db, cr) == [(east_id, "东门网点（成华店）")]
    # A filter naming an outlet no longer on file finds no car, never every car.
    assert _names(db, cr, SegmentFilters(outlet="东门二级网点")) == []
    assert _names(db, cr, SegmentFilters(outlet="东门网点（成华店）")) == ["新车主"]  # by name: the one on file


def _legacy_segment(db: Database, user_id: int, name: str, outlet: str, saved_at: datetime) -> None:
    """A segment as saved before 0030: its outlet by name."""
    filters = json.dumps(
        {"outlet": outlet, "model": "", "classes": [], "usage": [], "statuses": []}, ensure_ascii=False
    )
    with db.write() as s:
        s.add(
            CareSegment(
                name=name,
                filters=filters,
                created_by_id=user_id,
                created_at=saved_at,
                updated_by_id=user_id,
                updated_at=saved_at,
            )
        )


def test_migration_0030_gives_old_segments_their_outlet_by_id(db: Database, people: UserSet) -> None:
    """Segments saved by name: the outlet that had the name then (even renamed since, and its name
    taken by another outlet later), the one of that name now, or none (no car, said on the page)."""
    cars = _base(db, people)
    cr = care_user(db, people.admin, "cr1", "刘客服")
    east = segments.outlet_choices(db, cr)[0][0]
    saved_before = datetime.now(UTC) - timedelta(days=30)
    down_to(db, "0029")
    _legacy_segment(db, cr.id, "东门老客户", "东门二级网点", saved_before)  # saved before the rename below
    _legacy_segment(db, cr.id, "早已改名", "西门二级网点", saved_before)  # a name no outlet ever had
    upgrade(db, backup_first=False)
    outlets.rename_outlet(db, people.manager, east, "东门网点（成华店）")
    # The bug this revision mends: a rename emptied the segment, and a later list under the old name
    # added a second outlet of that name.
    down_to(db, "0029")
    with db.read() as s:
        kept = {seg.name: json.loads(seg.filters) for seg in s.scalars(select(CareSegment))}
    assert kept["东门老客户"]["outlet"] == "东门网点（成华店）" and "outlet_id" not in kept["东门老客户"]
    _legacy_segment(db, cr.id, "改名前保存", "东门二级网点", saved_before)
    second = add_outlet(db, "东门二级网点")
    set_source(db, cars["old"], SourceChannel.OUTLET, second)
    upgrade(db, backup_first=False)

    shown = {seg.name: seg.filters for seg in segments.saved_segments(db, cr)}
    assert (shown["改名前保存"].outlet_id, shown["改名前保存"].outlet) == (east, "东门网点（成华店）")
    assert _names(db, cr, shown["改名前保存"]) == ["新车主"]  # its cars, not the new outlet's
    assert (shown["东门老客户"].outlet_id, shown["东门老客户"].outlet) == (east, "东门网点（成华店）")
    assert (shown["早已改名"].outlet_id, shown["早已改名"].outlet) == (None, "西门二级网点")
    assert _names(db, cr, shown["早已改名"]) == []
    with db.read() as s:
        stored = {seg.name: json.loads(seg.filters) for seg in s.scalars(select(CareSegment))}
    assert stored["早已改名"]["outlet_id"] is None and stored["改名前保存"]["outlet_id"] == east
