"""Opening a work order: every missing or wrong field is reported at once, at its field."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from dealerdesk.domain import order_rules as r
from dealerdesk.domain.messages import Severity
from dealerdesk.domain.order_rules import (
    ExtraWorkInput,
    LabourLineInput,
    OrderInput,
    PartsLineInput,
    check_extra_work,
    check_for_opening,
    parse_quantity,
    parts_amount,
)
from dealerdesk.domain.vocabulary import ApprovalMethod, PaymentType
from tests.order_samples import VIN_CHINA, complete_order, vin_with_wrong_check_digit

ADVISOR = 7


def problems_of(order: OrderInput, last_km: int | None = None) -> dict[str, list[tuple[str, Severity]]]:
    found: dict[str, list[tuple[str, Severity]]] = {}
    for p in check_for_opening(order, advisor_id=ADVISOR, last_recorded_km=last_km).problems:
        found.setdefault(p.field, []).append((p.render(), p.severity))
    return found


def test_complete_order_passes_and_is_normalised() -> None:
    order = complete_order(plate=" 川a·12345 ", vin=" lsvau218xn2183294", mobile="138 0013 8000")
    order.concerns = ["做保养", "  ", "刹车有异响 "]
    check = check_for_opening(order, advisor_id=ADVISOR, last_recorded_km=10_000)
    assert check.problems == []
    assert check.normalised is not None
    assert (check.normalised.plate, check.normalised.vin) == ("川A12345", VIN_CHINA)
    assert check.normalised.customer_mobile == "13800138000"
    assert check.normalised.concerns == ["做保养", "刹车有异响"]


def test_an_empty_form_reports_every_required_field_at_once() -> None:
    check = check_for_opening(OrderInput(), advisor_id=None, last_recorded_km=None)
    assert check.normalised is None
    assert [p.field for p in check.problems] == [
        r.CUSTOMER_NAME,
        "customer_mobile",
        "plate",
        "vin",
        r.MODEL,
        "mileage_in",
        r.FUEL_LEVEL,
        r.CATEGORY,
        r.CONCERNS,
        r.CUSTOMER_WAITS,
        "estimate",
        r.CHECKED_IN_AT,
        r.ADVISOR,
    ]
    assert all(p.is_error for p in check.problems)


def test_customer_name_is_required() -> None:
    assert problems_of(replace(complete_order(), customer_name="  "))[r.CUSTOMER_NAME] == [
        ("Enter the customer's (owner's) name.", Severity.ERROR)
    ]


def test_customer_mobile_must_be_a_mainland_mobile() -> None:
    (msg, sev), *_ = problems_of(replace(complete_order(), customer_mobile="0288555666"))["customer_mobile"]
    assert msg == "Mobile number must be 11 digits starting with 13–19; you typed 0288555666."
    assert sev is Severity.ERROR


def test_contact_needs_name_and_mobile_when_not_the_owner() -> None:
    order = replace(complete_order(), contact_is_owner=False, contact_name="", contact_mobile="")
    found = problems_of(order)
    assert found[r.CONTACT_NAME][0][0].startswith("Enter the name of the person who brought the car")
    assert found["contact_mobile"] == [("Enter a mobile number.", Severity.ERROR)]
    ok = replace(order, contact_name="李四", contact_mobile="13912345678")
    assert problems_of(ok) == {}


def test_contact_fields_are_ignored_when_the_owner_brought_the_car() -> None:
    order = replace(complete_order(), contact_is_owner=True, contact_name="junk", contact_mobile="x")
    check = check_for_opening(order, advisor_id=ADVISOR, last_recorded_km=None)
    assert check.problems == [] and check.normalised is not None
    assert (check.normalised.contact_name, check.normalised.contact_mobile) == ("", "")


def test_plate_is_checked_unless_the_car_has_none_yet() -> None:
    found = problems_of(replace(complete_order(), plate="川AO1234"))
    assert found["plate"][0][0].startswith("Plates never use the letters I or O")
    assert "plate" in problems_of(replace(complete_order(), plate=""))
    new_car = check_for_opening(
        replace(complete_order(), plate="whatever", no_plate=True), advisor_id=ADVISOR, last_recorded_km=None
    )
    assert new_car.problems == [] and new_car.normalised is not None and new_car.normalised.plate == ""


def test_vin_check_digit_is_an_error_for_china_built_cars() -> None:
    bad = vin_with_wrong_check_digit(VIN_CHINA)
    ((msg, sev),) = problems_of(replace(complete_order(), vin=bad))["vin"]
    assert sev is Severity.ERROR and f"VIN {bad} is not valid" in msg


def test_vin_check_digit_is_a_warning_for_european_cars_that_can_be_confirmed() -> None:
    bad = vin_with_wrong_check_digit("WVWZZZ1KZ8W000001")
    check = check_for_opening(replace(complete_order(), vin=bad), advisor_id=ADVISOR, last_recorded_km=None)
    assert [p.severity for p in check.problems] == [Severity.WARNING]
    assert check.normalised is not None and check.normalised.vin == bad
    assert [p.field for p in check.blocking()] == ["vin"]
    assert check.blocking(frozenset({"vin"})) == []


def test_model_fuel_and_category_are_required() -> None:
    found = problems_of(replace(complete_order(), model=" ", fuel_level=None, category=None))
    assert found[r.MODEL] == [("Enter the vehicle model.", Severity.ERROR)]
    assert found[r.FUEL_LEVEL] == [("Choose the fuel level shown at check-in.", Severity.ERROR)]
    assert found[r.CATEGORY] == [("Choose the service category.", Severity.ERROR)]


def test_mileage_may_not_go_below_the_last_recorded_reading() -> None:
    found = problems_of(replace(complete_order(), mileage_in=9_000), last_km=10_000)
    assert found["mileage_in"] == [
        ("Mileage 9,000 km is below the 10,000 km already recorded for this vehicle.", Severity.ERROR)
    ]


def test_a_mileage_jump_over_100000_km_asks_to_confirm() -> None:
    check = check_for_opening(
        replace(complete_order(), mileage_in=120_001), advisor_id=ADVISOR, last_recorded_km=20_000
    )
    (p,) = check.problems
    assert p.severity is Severity.WARNING and "100,001 km more than at the last visit" in p.render()
    assert check.blocking(frozenset({"mileage_in"})) == []


def test_at_least_one_concern_in_the_customers_words() -> None:
    found = problems_of(replace(complete_order(), concerns=["", "   "]))
    assert found[r.CONCERNS][0][0].startswith("Record at least one customer concern")


def test_estimate_is_required_and_never_negative() -> None:
    assert problems_of(replace(complete_order(), estimate_fen=None))["estimate"] == [
        ("Enter an amount in yuan, e.g. 1,234.50.", Severity.ERROR)
    ]
    assert problems_of(replace(complete_order(), estimate_fen=-100))["estimate"] == [
        ("Amount cannot be negative; you typed -1.00.", Severity.ERROR)
    ]
    warranty = replace(complete_order(), estimate_fen=0, payment_type=PaymentType.WARRANTY)
    assert problems_of(warranty) == {}  # warranty work may cost the customer nothing


def test_promised_time_must_be_after_check_in() -> None:
    order = complete_order()
    assert order.checked_in_at is not None
    found = problems_of(replace(order, promised_at=order.checked_in_at))
    assert found["promised_at"][0][0].startswith("Promised delivery time must be after the check-in time")
    assert problems_of(replace(order, promised_at=None))["promised_at"] == [
        ("Enter the promised delivery time.", Severity.ERROR)
    ]


def test_advisor_is_required() -> None:
    check = check_for_opening(complete_order(), advisor_id=None, last_recorded_km=None)
    assert [p.field for p in check.problems] == [r.ADVISOR]


def test_lines_are_checked_row_by_row() -> None:
    order = replace(
        complete_order(),
        labour_lines=[LabourLineInput("", 0, 30000), LabourLineInput("四轮定位", 100, -1)],
        parts_lines=[PartsLineInput("", " ", 0, 100), PartsLineInput("X", "机油", 4000, -5)],
    )
    texts = [p.render() for p in check_for_opening(order, advisor_id=ADVISOR, last_recorded_km=None).problems]
    assert texts == [
        "Labour line 1: enter the operation.",
        "Labour line 1: enter the labour hours.",
        "Labour line 2: hours and rate cannot be negative.",
        "Parts line 1: enter the part name.",
        "Parts line 1: the quantity must be more than 0.",
        "Parts line 2: the unit price cannot be negative.",
    ]


def test_amounts_round_half_up_to_the_fen() -> None:
    assert LabourLineInput("x", 150, 30000).amount_fen == 45000
    assert parts_amount(4500, 6850) == 30825  # 4.5 l at 68.50
    assert parts_amount(333, 1) == 0 and parts_amount(500, 1) == 1
    with pytest.raises(ValueError):
        parts_amount(-1, 100)


@pytest.mark.parametrize(("typed", "expected"), [("4", 4000), ("4.5", 4500), ("０.２５", 250), (" 12 ", 12000)])
def test_quantity_parsing(typed: str, expected: int) -> None:
    assert parse_quantity(typed).value == expected


@pytest.mark.parametrize("typed", ["", "-1", "1.2345", "abc", "1,5"])
def test_quantity_parsing_refuses(typed: str) -> None:
    result = parse_quantity(typed)
    assert result.value is None and "Quantity must be a number" in result.problems[0].render()


NOW = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)
BRAKE_PADS = r.LabourLineInput("更换前刹车片", 160, 30000, technician_id=7)  # 1.6 h at 300 yuan: 480 yuan


def test_extra_work_adds_lines_with_technicians_and_its_amount_is_their_total() -> None:
    bare = ExtraWorkInput("更换刹车片", 48000, NOW + timedelta(hours=2), "张三", ApprovalMethod.PHONE, NOW)
    assert [p.render() for p in check_extra_work(bare, checked_in_at=None, now=NOW)] == [
        "Add the labour or parts lines of the extra work: the technician works from them and the paper prices them.",
        "The added amount is the total of the extra lines, 0.00 yuan; you have 480.00 yuan.",
    ]
    nobody = replace(bare, labour_lines=[replace(BRAKE_PADS, technician_id=None)])
    assert [p.render() for p in check_extra_work(nobody, checked_in_at=None, now=NOW)] == [
        "Labour line 1: choose the technician who does it."
    ]


def test_an_estimate_below_the_priced_lines_is_a_warning_to_confirm() -> None:
    order = r.OrderInput(estimate_fen=30000, labour_lines=[BRAKE_PADS], payment_type=PaymentType.CUSTOMER)
    [below] = [
        p for p in check_for_opening(order, advisor_id=1, last_recorded_km=None).problems if p.field == "estimate"
    ]
    assert not below.is_error
    assert below.render() == (
        "The estimate 300.00 yuan is below the lines' total 480.00 yuan: the paper will not add up. "
        "Use the lines' total, or confirm the lower estimate."
    )


def test_extra_work_needs_everything_before_it_can_be_added() -> None:
    fields = [p.field for p in check_extra_work(ExtraWorkInput(), checked_in_at=NOW, now=NOW)]
    assert fields == [
        "description",
        "extra_lines",
        "amount",
        "approver_name",
        "method",
        "approved_at",
        "new_promised_at",
    ]


def test_extra_work_times_are_checked() -> None:
    ok = ExtraWorkInput("更换刹车片", 48000, NOW + timedelta(hours=2), "张三", ApprovalMethod.PHONE, NOW, [BRAKE_PADS])
    assert check_extra_work(ok, checked_in_at=NOW - timedelta(hours=1), now=NOW) == []
    future = replace(ok, approved_at=NOW + timedelta(hours=1))
    assert [p.render() for p in check_extra_work(future, checked_in_at=NOW, now=NOW)] == [
        "The approval time is in the future; record it afterwards."
    ]
    before = check_extra_work(ok, checked_in_at=NOW + timedelta(minutes=1), now=NOW + timedelta(hours=1))
    assert [p.render() for p in before] == ["The approval cannot be before the car was checked in."]
    late = replace(ok, new_promised_at=NOW)
    assert [p.field for p in check_extra_work(late, checked_in_at=None, now=NOW)] == ["new_promised_at"]
    negative = replace(ok, amount_fen=-1, labour_lines=[])
    assert [p.render() for p in check_extra_work(negative, checked_in_at=None, now=NOW)][-1] == (
        "Amount cannot be negative; you typed -0.01."
    )


def test_extra_work_cannot_push_the_estimate_past_what_an_order_can_hold() -> None:
    gearbox = r.PartsLineInput("09G300032", "变速箱总成", 1000, 5_000_00)
    ok = ExtraWorkInput(
        "更换变速箱", 5_000_00, NOW + timedelta(hours=2), "张三", ApprovalMethod.PHONE, NOW, [], [gearbox]
    )
    assert check_extra_work(ok, checked_in_at=None, now=NOW, estimate_fen=99_990_000_00) == []
    too_much = check_extra_work(ok, checked_in_at=None, now=NOW, estimate_fen=99_999_000_00)
    assert [(p.field, p.render()) for p in too_much] == [
        ("amount", "Amount 100,004,000.00 is more than 99,999,999.99 yuan; check the figure.")
    ]


def test_cancel_needs_a_reason() -> None:
    assert [p.field for p in r.check_cancel_reason("  ")] == [r.CANCEL_REASON]
    assert r.check_cancel_reason("客户改期") == []
