from __future__ import annotations

import pytest

from dealerdesk.domain.messages import Severity
from dealerdesk.domain.validation import (
    VIN,
    decode_make,
    normalise_vin,
    validate_vin,
    vin_check_digit,
    with_check_digit,
)
from dealerdesk.domain.validation import vin as vin_module

# Published examples whose check digit is known to be right.
KNOWN_GOOD = [
    "1M8GDM9AXKP042788",  # the textbook example: check digit X (remainder 10)
    "1HGCM82633A004352",  # Honda Accord
    "JH4KA7561PC008269",  # Acura Legend
]
# Made with with_check_digit and cross-checked with vininfo's independent implementation.
CHINA_BUILT = ["LSVAU218XN2183294", "LFV2A21K5L4012345", "LRW3E7EA6MC123456", "LE4ZG8DB4ML123456"]


def wrong_check_digit(vin: str) -> str:
    wrong = "0" if vin[8] != "0" else "1"
    return vin[:8] + wrong + vin[9:]


def only_problem(typed: str) -> tuple[str, Severity, str | None]:
    result = validate_vin(typed)
    (problem,) = result.problems
    assert problem.field == VIN == "vin"
    return problem.render(), problem.severity, result.value


@pytest.mark.parametrize("vin", KNOWN_GOOD + CHINA_BUILT)
def test_valid_vins_pass(vin: str) -> None:
    result = validate_vin(vin)
    assert result.value == vin
    assert result.problems == []


def test_check_digit_by_hand() -> None:
    # All ones: 1 × (sum of weights 89) = 89, 89 mod 11 = 1.
    assert vin_check_digit("11111111111111111") == "1"
    assert vin_check_digit("1M8GDM9A?KP042788".replace("?", "0")) == "X"


@pytest.mark.parametrize("vin", KNOWN_GOOD + CHINA_BUILT)
def test_check_digit_ignores_position_nine(vin: str) -> None:
    assert vin_check_digit(wrong_check_digit(vin)) == vin[8]
    assert with_check_digit(wrong_check_digit(vin)) == vin


@pytest.mark.parametrize("bad", ["1M8GDM9AXKP04278", "1M8GDM9AXKP04278I", "1m8gdm9axkp042788"])
def test_check_digit_helper_rejects_non_vins(bad: str) -> None:
    with pytest.raises(ValueError, match="not 17 VIN characters"):
        vin_check_digit(bad)


def test_typed_forms_are_normalised() -> None:
    assert normalise_vin(" lsvau218xn2183294 ") == "LSVAU218XN2183294"
    assert validate_vin("LSVAU 218X N218 3294").value == "LSVAU218XN2183294"
    assert validate_vin("ＬＳＶＡＵ２１８ＸＮ２１８３２９４").value == "LSVAU218XN2183294"


def test_empty() -> None:
    assert only_problem("") == (
        "Enter the VIN: 17 characters, printed on the vehicle registration certificate.",
        Severity.ERROR,
        None,
    )


@pytest.mark.parametrize(("typed", "count"), [("LSVAU218XN218329", 16), ("LSVAU218XN21832945", 18), ("L", 1)])
def test_wrong_length(typed: str, count: int) -> None:
    assert only_problem(typed) == (f"A VIN has 17 characters; {typed} has {count}.", Severity.ERROR, None)


@pytest.mark.parametrize("letter", ["I", "O", "Q"])
def test_letters_i_o_q(letter: str) -> None:
    typed = "LSVAU218XN21" + letter + "3294"
    assert only_problem(typed) == (
        f"A VIN never contains the letters I, O or Q (did you mean 1 or 0?); you typed {typed}.",
        Severity.ERROR,
        None,
    )


@pytest.mark.parametrize(("typed", "chars"), [("LSVAU218XN2183*94", "*"), ("LSVAU218XN21832Ä4", "Ä")])
def test_bad_characters(typed: str, chars: str) -> None:
    assert only_problem(typed) == (
        f"A VIN has only digits and the letters A–Z; {typed} contains {chars}.",
        Severity.ERROR,
        None,
    )


@pytest.mark.parametrize(
    "vin",
    [
        "LSVAU218XN2183294",
        "1M8GDM9AXKP042788",
        "2T1BURHE8JC123456",
        "5YJ3E1EA2KF317000",
    ],
)
def test_wrong_check_digit_is_an_error_for_china_and_north_america(vin: str) -> None:
    assert validate_vin(vin).ok  # the fixture itself is right
    typed = wrong_check_digit(vin)
    assert only_problem(typed) == (
        f"VIN {typed} is not valid: its 9th character should be {vin[8]}, not {typed[8]}. "
        "Check every character against the registration certificate.",
        Severity.ERROR,
        None,
    )


@pytest.mark.parametrize("vin", ["WDD2220811A123456", "JTDKB20U293123456", "KNAGM4A74B5123456"])
def test_wrong_check_digit_elsewhere_is_a_warning_that_keeps_the_vin(vin: str) -> None:
    vin = with_check_digit(vin)
    typed = wrong_check_digit(vin)
    assert only_problem(typed) == (
        f"The 9th character of VIN {typed} should be {vin[8]}, not {typed[8]}. Some makers outside "
        "China and North America do not use it: compare with the registration certificate and confirm.",
        Severity.WARNING,
        typed,
    )


@pytest.mark.parametrize(
    ("vin", "make"),
    [
        ("LSVAU218XN2183294", "SAIC Volkswagen"),
        ("LFV2A21K5L4012345", "FAW-Volkswagen"),
        ("LBV", "BMW Brilliance"),
        ("LE4ZG8DB4ML123456", "Beijing Benz"),
        ("LRW3E7EA6MC123456", "Tesla China"),
        ("lgx", "BYD"),
        ("WDD2220811A123456", "Mercedes-Benz"),
        ("1HGCM82633A004352", "Honda (USA)"),
        ("5YJ3E1EA2KF317000", "Tesla (USA)"),
    ],
)
def test_make_from_the_table(vin: str, make: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vin_module, "_vininfo_vin", None)
    assert decode_make(vin) == make


def test_unknown_make_without_vininfo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vin_module, "_vininfo_vin", None)
    assert decode_make("1M8GDM9AXKP042788") is None


def test_vininfo_widens_the_table() -> None:
    pytest.importorskip("vininfo")
    assert decode_make("1M8GDM9AXKP042788") == "Mercury"
    assert decode_make("VF1AAAAAAAA123456") == "Renault"
    # Its placeholder for makes it does not know is not a make.
    assert decode_make(with_check_digit("LXX00000000000000")) is None
