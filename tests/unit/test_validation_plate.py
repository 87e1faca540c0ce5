from __future__ import annotations

import pytest

from dealerdesk.domain.messages import Severity
from dealerdesk.domain.validation import PLATE, validate_plate
from dealerdesk.domain.validation.plate import PROVINCES


def only_problem_text(typed: str) -> str:
    result = validate_plate(typed)
    assert result.value is None
    (problem,) = result.problems
    assert problem.field == PLATE == "plate"
    assert problem.severity is Severity.ERROR
    return problem.render()


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("粤B12345", "粤B12345"),
        ("粤B·12345", "粤B12345"),
        ("粤B 12345", "粤B12345"),
        ("粤b·a1234", "粤BA1234"),
        ("粤ＢＡ１２３４", "粤BA1234"),  # full-width letters and digits
        ("京A-88888", "京A88888"),
        ("沪AZZ999", "沪AZZ999"),
    ],
)
def test_ordinary_plates_are_normalised(typed: str, normalised: str) -> None:
    result = validate_plate(typed)
    assert result.value == normalised
    assert result.problems == []


def test_every_province_is_accepted() -> None:
    assert len(PROVINCES) == 31
    for province in PROVINCES:
        assert validate_plate(f"{province}A12345").ok, province


@pytest.mark.parametrize(
    "plate",
    [
        "粤BD12345",  # small new-energy, pure electric
        "粤BF12345",  # small new-energy, other
        "粤BDA1234",  # second serial character may be a letter
        "京AA12345",  # newer energy letters A–K
        "京AK12345",
        "粤B12345D",  # large new-energy
        "粤B12345F",
        "粤B12345H",
    ],
)
def test_new_energy_plates(plate: str) -> None:
    assert validate_plate(plate).value == plate


@pytest.mark.parametrize(
    "plate",
    [
        "粤BL12345",  # L is not an energy letter
        "粤BD1A345",  # small new-energy: last four must be digits
        "粤B1234A5",
        "粤B1A234D",  # large new-energy: first five must be digits
        "粤B12345L",
    ],
)
def test_eight_characters_without_an_energy_letter_in_place(plate: str) -> None:
    assert only_problem_text(plate) == (
        f"Plate {plate} is not a mainland format such as 粤B12345, 粤BD12345 (new energy) or 粤B1234挂."
    )


@pytest.mark.parametrize(
    "plate",
    [
        "粤B1234挂",
        "粤B1234学",
        "粤B1234警",
        "沪A1234领",
        "京A1234试",
        "粤B1234超",
    ],
)
def test_special_suffixes(plate: str) -> None:
    assert validate_plate(plate).value == plate


@pytest.mark.parametrize("plate", ["粤Z1234港", "粤ZA123澳"])
def test_hong_kong_and_macau_plates_are_guangdong_z(plate: str) -> None:
    assert validate_plate(plate).value == plate


@pytest.mark.parametrize("plate", ["京A1234港", "粤B1234澳", "粤B12345挂", "粤B12挂34", "粤1A2345"])
def test_misplaced_or_impossible_special_characters(plate: str) -> None:
    assert "is not a mainland format" in only_problem_text(plate)


def test_embassy_plate_starts_with_shi() -> None:
    assert validate_plate("使 123 456").value == "使123456"
    assert "is not a mainland format" in only_problem_text("使A12345")


def test_empty() -> None:
    assert only_problem_text(" · ") == "Enter the plate number."


@pytest.mark.parametrize("typed", ["B12345", "广B12345", "1B12345", "WJ12345"])
def test_unknown_province(typed: str) -> None:
    assert only_problem_text(typed) == (
        f"Plate must start with a province abbreviation such as 京, 沪 or 粤; you typed {typed}."
    )


@pytest.mark.parametrize(("typed", "chars"), [("粤B1234!", "!"), ("粤B12_4#", "_#"), ("粤B大2345", "大")])
def test_bad_characters(typed: str, chars: str) -> None:
    assert only_problem_text(typed) == f"Plate {typed} contains characters that plates do not use: {chars}."


@pytest.mark.parametrize("typed", ["粤BO1234", "粤B1234I", "粤IA1234", "粤b12o45"])
def test_letters_i_and_o(typed: str) -> None:
    plate = typed.upper()
    assert only_problem_text(typed) == (
        f"Plates never use the letters I or O (did you mean 1 or 0?); you typed {plate}."
    )


@pytest.mark.parametrize(("typed", "count"), [("粤B1234", 6), ("粤B", 2), ("粤B1234567", 9)])
def test_wrong_length(typed: str, count: int) -> None:
    assert only_problem_text(typed) == (
        f"Plate must be 7 characters, or 8 for a new-energy plate; {typed} has {count}."
    )
