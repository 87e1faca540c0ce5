from __future__ import annotations

import pytest

from dealerdesk.domain.messages import Severity
from dealerdesk.domain.validation import CONTACT_MOBILE, normalise_mobile, validate_mobile


@pytest.mark.parametrize(
    "typed",
    [
        "13800138000",
        "138 0013 8000",
        "138-0013-8000",
        "+86 13800138000",
        "+86-138-0013-8000",
        "(+86) 138 0013 8000",
        "8613800138000",
        "0086 13800138000",
        "１３８００１３８０００",  # full-width digits from a Chinese input method
        "  13800138000  ",
    ],
)
def test_typed_forms_normalise_to_eleven_digits(typed: str) -> None:
    result = validate_mobile(typed)
    assert result.value == "13800138000"
    assert result.problems == []


@pytest.mark.parametrize(
    "number",
    [
        "13012345678",
        "15912345678",
        "17712345678",
        "18612345678",
        "19912345678",
    ],
)
def test_numbers_in_assigned_ranges_pass(number: str) -> None:
    assert validate_mobile(number).problems == []


def test_empty() -> None:
    (problem,) = validate_mobile("  ").problems
    assert problem.field == "customer_mobile"
    assert problem.severity is Severity.ERROR
    assert problem.render() == "Enter a mobile number."


@pytest.mark.parametrize(
    "typed",
    [
        "12800138000",  # second digit 2
        "10800138000",
        "1380013800",  # 10 digits
        "138001380001",  # 12 digits
        "23800138000",
        "1380013800O",  # letter O
        "010-12345678",  # a Beijing landline
        "86 1380013800",  # prefix with only 10 digits after it
    ],
)
def test_not_eleven_digits_starting_13_to_19(typed: str) -> None:
    result = validate_mobile(typed)
    assert result.value is None
    (problem,) = result.problems
    assert problem.severity is Severity.ERROR
    assert problem.render() == f"Mobile number must be 11 digits starting with 13–19; you typed {typed}."


def test_a_leading_86_is_not_stripped_from_an_eleven_digit_number() -> None:
    # 86... with 11 digits is a (bad) number, not a country prefix followed by 9 digits.
    assert normalise_mobile("86123456789") == "86123456789"
    assert not validate_mobile("86123456789").ok


def test_foreign_number() -> None:
    (problem,) = validate_mobile("+852 9123 4567").problems
    text = problem.render()
    assert text == "Only mainland China mobile numbers (+86) can be used; you typed +852 9123 4567."
    assert problem.severity is Severity.ERROR


def test_number_outside_known_ranges_is_a_warning_with_the_value() -> None:
    # 140 matches 1[3-9] but is not a range operators give to phones (phonenumbers metadata).
    result = validate_mobile("140 1234 5678")
    assert result.value == "14012345678"
    (problem,) = result.problems
    assert problem.severity is Severity.WARNING
    assert problem.render() == (
        "14012345678 is not in a known mobile number range; check it with the customer and confirm."
    )


def test_contact_mobile_reports_on_its_own_field() -> None:
    (problem,) = validate_mobile("123", field=CONTACT_MOBILE).problems
    assert problem.field == "contact_mobile"
