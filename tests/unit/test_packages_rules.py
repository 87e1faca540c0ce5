"""Package, voucher and warranty rules: discounts per use, balances, the warranty-end prediction at its edges."""

from __future__ import annotations

from datetime import date

import pytest

from dealerdesk.domain.packages_rules import (
    NAMED_CARD_LIMIT_FEN,
    PRICE,
    RATES,
    USES,
    Balance,
    LedgerKind,
    LedgerRow,
    Reconciliation,
    TemplateTerms,
    VoucherKind,
    VoucherSource,
    VoucherTerms,
    WarrantyTerms,
    add_years,
    balance,
    call_bucket,
    check_held_limit,
    check_terms,
    default_templates,
    held_value_fen,
    km_per_day,
    line_discount,
    parse_rate_list,
    predict_end,
    rate_for_use,
    voucher_discounts,
    zhe_text,
)

FIVE = (90, 80, 70, 60, 50)


@pytest.mark.parametrize(
    ("use_no", "pays", "discount"), [(1, 900, 100), (2, 800, 200), (3, 700, 300), (4, 600, 400), (5, 500, 500)]
)
def test_each_use_of_the_five_service_package_has_its_own_discount(use_no: int, pays: int, discount: int) -> None:
    rate = rate_for_use(FIVE, use_no)
    assert line_discount(1000, rate) == discount
    assert 1000 - line_discount(1000, rate) == pays


def test_a_use_past_the_last_is_refused() -> None:
    with pytest.raises(ValueError):
        rate_for_use(FIVE, 6)
    with pytest.raises(ValueError):
        rate_for_use(FIVE, 0)


def test_the_discount_rounds_half_up_to_the_fen_line_by_line() -> None:
    # 0.15 yuan at 9折 pays 0.135 -> 0.14; the discount is the rest, 0.01.
    assert line_discount(15, 90) == 1
    assert line_discount(25, 50) == 12  # pays 12.5 -> 13
    assert line_discount(0, 50) == 0


def test_balance_after_reversal_makes_the_next_use_the_reversed_number_again() -> None:
    rows = [
        LedgerRow(LedgerKind.SALE, 5, 20_000),
        LedgerRow(LedgerKind.USE, -1, -4000),
        LedgerRow(LedgerKind.USE, -1, -4000),
    ]
    assert balance(rows) == Balance(3, 12_000, 2)
    rows.append(LedgerRow(LedgerKind.REVERSAL, 1, 4000))  # the second use given back
    assert balance(rows) == Balance(4, 16_000, 1)
    assert rate_for_use(FIVE, balance(rows).uses_booked + 1) == 80


def test_expiry_takes_the_rest_but_not_the_use_count() -> None:
    rows = [LedgerRow(LedgerKind.SALE, 3, 0), LedgerRow(LedgerKind.USE, -1, 0), LedgerRow(LedgerKind.EXPIRY, -2, 0)]
    assert balance(rows) == Balance(0, 0, 1)


def test_terms_are_checked_field_by_field() -> None:
    bad = TemplateTerms(" ", NAMED_CARD_LIMIT_FEN + 1, (90, 120), 0, -1)
    fields = [p.field for p in check_terms(bad)]
    assert fields == ["name", PRICE, RATES, "validity", "litres"]
    assert [p.field for p in check_terms(TemplateTerms("x", 100, (), 30))] == [USES]
    assert check_terms(TemplateTerms("x", NAMED_CARD_LIMIT_FEN, FIVE, 30)) == []


def test_the_source_documents_packages_are_valid_defaults() -> None:
    templates = default_templates()
    assert [t.pay_pct for t in templates] == [(0,) * 5, (0,), FIVE, (90, 80, 70)]
    assert all(check_terms(t) == [] for t in templates)
    oil = templates[0]
    assert oil.price_fen == 5 * 4 * 60_00 * 80 // 100  # 8折 of 20 litres at 60 yuan


def test_the_named_card_limit_counts_what_the_vehicle_already_holds() -> None:
    assert held_value_fen(300_00, 5, 3) == 180_00
    assert held_value_fen(100_00, 3, 1) == 33_33  # 33.333 -> 33.33
    assert held_value_fen(100_00, 3, 2) == 66_67
    assert check_held_limit(4_000_00, 1_000_00) == []
    assert check_held_limit(4_000_00, 1_000_01)[0].params["total"] == "5,000.01"


def test_value_and_service_vouchers() -> None:
    value = VoucherTerms(VoucherKind.VALUE, VoucherSource.RENEWAL, "续保", date(2027, 1, 1), 100_00)
    assert voucher_discounts(value, [60_00, 80_00, 10_00]) == [60_00, 40_00, 0]
    labour = VoucherTerms(VoucherKind.SERVICE, VoucherSource.FIRST_VISIT, "首次", date(2027, 1, 1), 0, "工时", 70)
    assert voucher_discounts(labour, [300_00, 150_00]) == [90_00, 45_00]
    capped = VoucherTerms(VoucherKind.SERVICE, VoucherSource.COMPLAINT, "安慰", date(2027, 1, 1), 400_00, "四轮定位", 0)
    assert voucher_discounts(capped, [450_00]) == [400_00]


def test_zhe_labels() -> None:
    assert [zhe_text(r) for r in (90, 85, 0)] == ["9折", "8.5折", "0折"]


def test_reconciliation_balances_or_names_the_difference() -> None:
    good = Reconciliation(100_000, 20_000, 12_000, 4000, 104_000)
    assert good.balances and good.difference_x1000 == 0
    off = Reconciliation(100_000, 20_000, 12_000, 4000, 103_000)
    assert not off.balances and off.difference_x1000 == -1000


START = date(2024, 3, 1)
TERMS = WarrantyTerms(3, 100_000)


def test_the_date_limit_ends_a_car_that_drives_little() -> None:
    end = predict_end(START, TERMS, (date(2025, 3, 1), 10_000), 10_000 / 365)
    assert (end.end_date, end.by_km) == (date(2027, 3, 1), False)


def test_the_km_limit_ends_a_car_that_drives_much() -> None:
    # 100 km a day from 50,000 km on 2025-03-01: the limit is reached 500 days later.
    end = predict_end(START, TERMS, (date(2025, 3, 1), 50_000), 100.0)
    assert (end.end_date, end.by_km) == (date(2026, 7, 14), True)


def test_on_a_tie_the_date_limit_is_named() -> None:
    days = (date(2027, 3, 1) - date(2025, 3, 1)).days  # 730
    end = predict_end(START, TERMS, (date(2025, 3, 1), 100_000 - days * 10), 10.0)
    assert (end.end_date, end.by_km) == (date(2027, 3, 1), False)
    one_day_earlier = predict_end(START, TERMS, (date(2025, 3, 1), 100_000 - days * 10 + 10), 10.0)
    assert (one_day_earlier.end_date, one_day_earlier.by_km) == (date(2027, 2, 28), True)


def test_a_limit_already_passed_ends_on_the_reading_day() -> None:
    end = predict_end(START, TERMS, (date(2025, 6, 1), 100_500), 100.0)
    assert (end.end_date, end.by_km) == (date(2025, 6, 1), True)


def test_a_part_day_counts_as_the_whole_day_the_limit_is_reached() -> None:
    end = predict_end(START, TERMS, (date(2025, 3, 1), 99_990), 3.0)  # 10 km at 3 km/day: on day 4
    assert end.end_date == date(2025, 3, 5)


def test_the_vehicles_own_pace_from_its_readings() -> None:
    assert km_per_day([(date(2024, 3, 11), 500), (date(2024, 4, 10), 2000)], START) == 2000 / 40
    assert km_per_day([], START) == 40.0  # no reading: the default
    assert km_per_day([(START, 0)], START) == 40.0


def test_29_february_plus_years() -> None:
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("days", "bucket"), [(-1, None), (0, 30), (30, 30), (31, 60), (60, 60), (61, 90), (90, 90), (91, None)]
)
def test_call_lists_at_90_60_30_days(days: int, bucket: int | None) -> None:
    assert call_bucket(days) == bucket


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("9折 8折 7折", (90, 80, 70)),
        ("9/8/7/6/5", (90, 80, 70, 60, 50)),
        ("90, 80,70", (90, 80, 70)),
        ("8.5折", (85,)),
        ("0", (0,)),
        ("０，１００", (0, 100)),
        ("10", (100,)),
    ],
)
def test_rates_as_typed(text: str, rates: tuple[int, ...]) -> None:
    assert parse_rate_list(text) == (rates, [])


def test_rates_that_are_no_numbers_say_so() -> None:
    rates, problems = parse_rate_list("九折")
    assert rates == () and problems[0].field == RATES and problems[0].params == {"value": "九折"}
