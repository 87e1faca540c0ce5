"""Segment filters: whole years of age, their sale days, km per day, JSON round trip, checks."""

from __future__ import annotations

from datetime import date

from dealerdesk.domain.care_figures import FrequencyClass
from dealerdesk.domain.care_records import SourceChannel, Usage
from dealerdesk.domain.care_segments import (
    SegmentFilters,
    age_years,
    check_filters,
    check_name,
    in_range,
    km_per_day,
    sale_range,
    sets_no_filter,
)
from dealerdesk.domain.messages import identity, render_text


def test_age_in_whole_years_and_the_sale_days_it_spans() -> None:
    assert age_years(date(2023, 3, 15), date(2026, 3, 14)) == 2
    assert age_years(date(2023, 3, 15), date(2026, 3, 15)) == 3
    assert age_years(date(2024, 2, 29), date(2025, 2, 28)) == 1
    # 3 to 5 years old on 2026-12-02: sold from 2020-12-03 to 2023-12-02.
    first, last = sale_range(date(2026, 12, 2), 3, 5)
    assert (first, last) == (date(2020, 12, 3), date(2023, 12, 2))
    assert age_years(first, date(2026, 12, 2)) == 5 and age_years(last, date(2026, 12, 2)) == 3
    assert age_years(date(2020, 12, 2), date(2026, 12, 2)) == 6
    assert sale_range(date(2026, 12, 2), None, None) == (None, None)


def test_km_per_day_and_ranges() -> None:
    assert km_per_day(36_500, date(2025, 12, 2), date(2026, 12, 2)) == 100.0
    assert km_per_day(None, date(2025, 12, 2), date(2026, 12, 2)) is None
    assert km_per_day(100, date(2026, 12, 2), date(2026, 12, 2)) is None
    assert in_range(None, None, None) and not in_range(None, 10, None)
    assert in_range(100.0, 100, 150) and not in_range(150.1, 100, 150)


def test_filters_round_trip_and_checks() -> None:
    f = SegmentFilters(
        model="朗逸",
        age_min=3,
        classes=(FrequencyClass.A, FrequencyClass.D),
        usage=(Usage.TAXI,),
        channel=SourceChannel.OUTLET,
        outlet="东门二级网点",
        statuses=("lost",),
        km_per_day_min=80,
    )
    assert SegmentFilters.from_json(f.to_json()) == f
    assert SegmentFilters.from_json("") == SegmentFilters()
    [problem] = check_filters(SegmentFilters(km_min=50_000, km_max=30_000))
    text = render_text(problem.text, problem.params, identity)
    assert text == "Mileage: the least (50000) is more than the most (30000)."
    [problem] = check_filters(SegmentFilters(age_min=-1))
    assert render_text(problem.text, problem.params, identity) == "Vehicle age cannot be negative."
    assert check_filters(f) == []
    assert check_name("  ") and check_name("x" * 101) and not check_name("三年以上出租车")


def test_no_filter_set_is_every_car() -> None:
    assert sets_no_filter(SegmentFilters())
    assert sets_no_filter(SegmentFilters(model="  "))  # blanks in the model box set nothing
    for one in (
        SegmentFilters(model="朗逸"),
        SegmentFilters(age_min=0),
        SegmentFilters(km_max=10_000),
        SegmentFilters(km_per_day_min=0),
        SegmentFilters(classes=(FrequencyClass.A,)),
        SegmentFilters(usage=(Usage.TAXI,)),
        SegmentFilters(channel=SourceChannel.OUTLET),
        SegmentFilters(outlet="东门二级网点"),
        SegmentFilters(statuses=("lost",)),
    ):
        assert not sets_no_filter(one), one
