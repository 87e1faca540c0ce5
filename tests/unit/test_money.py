from __future__ import annotations

from collections.abc import Callable

import pytest

from dealerdesk.domain.messages import Severity
from dealerdesk.domain.money import (
    MAX_CAPITAL_FEN,
    format_hours,
    format_yuan,
    labour_amount,
    parse_hours,
    parse_yuan,
    to_chinese_capital,
)
from dealerdesk.domain.validation import ESTIMATE, LABOUR_HOURS, ValidationResult


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("1,234.50", 123450),
        ("1234.5", 123450),
        ("1234", 123400),
        ("0.05", 5),
        ("0", 0),
        ("¥1,234.50", 123450),
        ("￥80", 8000),  # full-width yuan sign
        ("RMB 80.00", 8000),
        ("80元", 8000),
        ("１，２３４．５０", 123450),  # full-width digits, comma and point
        (" 12,345,678.90 ", 1234567890),
        ("99,999,999.99", 9999999999),
    ],
)
def test_parse_yuan(typed: str, fen: int) -> None:
    result = parse_yuan(typed)
    assert result.value == fen
    assert result.problems == []


def only_problem_text(
    typed: str, parse: Callable[[str], ValidationResult[int]] = parse_yuan, field: str = ESTIMATE
) -> str:
    result = parse(typed)
    assert result.value is None
    (problem,) = result.problems
    assert problem.field == field
    assert problem.severity is Severity.ERROR
    return problem.render()


def test_parse_yuan_empty() -> None:
    assert only_problem_text("  ") == "Enter an amount in yuan, e.g. 1,234.50."


@pytest.mark.parametrize("typed", ["-5", "-1,234.50", "- ¥80"])
def test_parse_yuan_negative(typed: str) -> None:
    assert only_problem_text(typed) == f"Amount cannot be negative; you typed {typed}."


@pytest.mark.parametrize("typed", ["1.234", "0.001", "1,234.500"])
def test_parse_yuan_too_many_decimals(typed: str) -> None:
    assert only_problem_text(typed) == f"Amount can have at most 2 decimal places (fen); you typed {typed}."


@pytest.mark.parametrize("typed", ["abc", "12a", "1,23.50", "1234,50", "1.2.3", "5.", "¥", "$80", "1 234"])
def test_parse_yuan_garbage(typed: str) -> None:
    assert only_problem_text(typed) == f"Amount must be a number of yuan, e.g. 1,234.50; you typed {typed}."


def test_parse_yuan_too_large() -> None:
    text = only_problem_text("100,000,000")
    assert text == "Amount 100,000,000 is more than 99,999,999.99 yuan; check the figure."


def test_parse_yuan_reports_on_the_given_field() -> None:
    (problem,) = parse_yuan("x", field="extra_amount").problems
    assert problem.field == "extra_amount"


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (123450, "1,234.50"),
        (0, "0.00"),
        (5, "0.05"),
        (100, "1.00"),
        (123456789, "1,234,567.89"),
        (-250, "-2.50"),
    ],
)
def test_format_yuan(fen: int, text: str) -> None:
    assert format_yuan(fen) == text


@pytest.mark.parametrize("fen", [0, 1, 99, 100, 123450, 9999999999])
def test_format_and_parse_round_trip(fen: int) -> None:
    assert parse_yuan(format_yuan(fen)).value == fen


@pytest.mark.parametrize(
    ("fen", "capital"),
    [
        (123450, "壹仟贰佰叁拾肆元伍角整"),
        (120000, "壹仟贰佰元整"),
        (100, "壹元整"),
        (5, "伍分"),
        (50, "伍角整"),
        (32, "叁角贰分"),
        (10005, "壹佰元零伍分"),
        (1000000000, "壹仟万元整"),
        (0, "零元整"),
        (1600, "壹拾陆元整"),  # 壹拾, never a bare 拾
        (140950, "壹仟肆佰零玖元伍角整"),  # a zero inside the number: 零
        (600714, "陆仟零柒元壹角肆分"),  # several zeros: one 零
        (168032, "壹仟陆佰捌拾元叁角贰分"),  # 元 digit zero, 角 not: the rules allow no 零
        (10700053, "壹拾万柒仟元伍角叁分"),  # 万 digit zero: either form allowed, this one chosen
        (1640902, "壹万陆仟肆佰零玖元零贰分"),  # 角 zero, 分 not: 零 after 元
        (32504, "叁佰贰拾伍元零肆分"),
        (10050000, "壹拾万零伍佰元整"),
        (10000000100, "壹亿零壹元整"),
        (10000100000, "壹亿零壹仟元整"),
        (10001000000, "壹亿零壹万元整"),
        (12003000000, "壹亿贰仟零叁万元整"),
        (MAX_CAPITAL_FEN, "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_to_chinese_capital(fen: int, capital: str) -> None:
    assert to_chinese_capital(fen) == capital


@pytest.mark.parametrize("fen", [-1, MAX_CAPITAL_FEN + 1])
def test_to_chinese_capital_out_of_range(fen: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        to_chinese_capital(fen)


@pytest.mark.parametrize(
    ("typed", "hundredths"),
    [
        ("1.5", 150),
        ("2", 200),
        ("0.25", 25),
        ("1.50h", 150),
        ("0.5 小时", 50),
        ("3工时", 300),
        ("999.99", 99999),
    ],
)
def test_parse_hours(typed: str, hundredths: int) -> None:
    result = parse_hours(typed)
    assert result.value == hundredths
    assert result.problems == []


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("", "Enter the labour hours, e.g. 1.5."),
        ("-1", "Labour hours cannot be negative; you typed -1."),
        ("1.255", "Labour hours can have at most 2 decimal places; you typed 1.255."),
        ("one", "Labour hours must be a number, e.g. 1.5; you typed one."),
        ("1000", "Labour hours 1000 is more than 999.99; check the figure."),
    ],
)
def test_parse_hours_problems(typed: str, text: str) -> None:
    assert only_problem_text(typed, parse_hours, LABOUR_HOURS) == text


@pytest.mark.parametrize(("hundredths", "text"), [(150, "1.50"), (0, "0.00"), (5, "0.05"), (12345, "123.45")])
def test_format_hours(hundredths: int, text: str) -> None:
    assert format_hours(hundredths) == text


@pytest.mark.parametrize(
    ("hours", "rate_fen", "amount"),
    [
        (150, 12000, 18000),  # 1.5 h × 120.00 = 180.00
        (100, 9999, 9999),
        (33, 10001, 3300),  # 0.33 × 100.01 = 33.0033 -> 33.00
        (50, 1, 1),  # 0.5 fen rounds half up
        (49, 1, 0),  # 0.49 fen rounds down
        (25, 2, 1),  # 0.5 fen again
        (0, 12000, 0),
    ],
)
def test_labour_amount_rounds_half_up_to_the_fen(hours: int, rate_fen: int, amount: int) -> None:
    assert labour_amount(hours, rate_fen) == amount


@pytest.mark.parametrize(("hours", "rate_fen"), [(-1, 100), (100, -1)])
def test_labour_amount_rejects_negatives(hours: int, rate_fen: int) -> None:
    with pytest.raises(ValueError, match="cannot be negative"):
        labour_amount(hours, rate_fen)
