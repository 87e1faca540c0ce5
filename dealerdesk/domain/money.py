"""Money as integer fen (分) and labour hours as integer hundredths of an hour.

Integers because SQLite has no decimal type and floats cannot hold 0.10 exactly; one
rounding rule (half up, to the fen) is applied in one place, ``labour_amount``.
``to_chinese_capital`` writes amounts in capital numerals (大写金额) following the
PBOC rules for filling in payment documents (正确填写票据和结算凭证的基本规定), as
Chinese invoices and work orders print them.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from decimal import Decimal

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem
from dealerdesk.domain.validation.fields import ESTIMATE, LABOUR_HOURS
from dealerdesk.domain.validation.result import ValidationResult

AMOUNT_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter an amount in yuan, e.g. 1,234.50.")
AMOUNT_FORMAT = QT_TRANSLATE_NOOP(
    "Messages",
    "Amount must be a number of yuan, e.g. 1,234.50; you typed {value}.",
)
AMOUNT_NEGATIVE = QT_TRANSLATE_NOOP("Messages", "Amount cannot be negative; you typed {value}.")
AMOUNT_DECIMALS = QT_TRANSLATE_NOOP(
    "Messages",
    "Amount can have at most 2 decimal places (fen); you typed {value}.",
)
AMOUNT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages",
    "Amount {value} is more than 99,999,999.99 yuan; check the figure.",
)
HOURS_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter the labour hours, e.g. 1.5.")
HOURS_FORMAT = QT_TRANSLATE_NOOP("Messages", "Labour hours must be a number, e.g. 1.5; you typed {value}.")
HOURS_NEGATIVE = QT_TRANSLATE_NOOP("Messages", "Labour hours cannot be negative; you typed {value}.")
HOURS_DECIMALS = QT_TRANSLATE_NOOP(
    "Messages",
    "Labour hours can have at most 2 decimal places; you typed {value}.",
)
HOURS_TOO_LARGE = QT_TRANSLATE_NOOP("Messages", "Labour hours {value} is more than 999.99; check the figure.")

MAX_AMOUNT_FEN = 99_999_999_99  # below 1亿 yuan: anything larger on a work order is a typo
MAX_HOURS = 999_99  # hundredths


class _Fault(enum.Enum):
    EMPTY = enum.auto()
    FORMAT = enum.auto()
    NEGATIVE = enum.auto()
    DECIMALS = enum.auto()
    TOO_LARGE = enum.auto()


_AMOUNT_MESSAGES = {
    _Fault.EMPTY: AMOUNT_EMPTY,
    _Fault.FORMAT: AMOUNT_FORMAT,
    _Fault.NEGATIVE: AMOUNT_NEGATIVE,
    _Fault.DECIMALS: AMOUNT_DECIMALS,
    _Fault.TOO_LARGE: AMOUNT_TOO_LARGE,
}
_HOURS_MESSAGES = {
    _Fault.EMPTY: HOURS_EMPTY,
    _Fault.FORMAT: HOURS_FORMAT,
    _Fault.NEGATIVE: HOURS_NEGATIVE,
    _Fault.DECIMALS: HOURS_DECIMALS,
    _Fault.TOO_LARGE: HOURS_TOO_LARGE,
}


def _number_pattern(prefix: str, suffix: str) -> re.Pattern[str]:
    """Digits with correct thousands grouping or none, any number of decimals (too many is its
    own message), and the marks people type around them: "¥1,234.50", "RMB 80", "80元", "1.5h"."""
    whole = r"\d{1,3}(?:,\d{3})+|\d+"
    number = rf"(?P<minus>-)?\s*{prefix}\s*(?P<whole>{whole})(?:\.(?P<fraction>\d+))?\s*{suffix}"
    return re.compile(number, re.IGNORECASE)


_AMOUNT = _number_pattern(prefix="(?:¥|RMB|CNY)?", suffix="元?")
_HOURS = _number_pattern(prefix="", suffix="(?:h|小时|工时)?")


def _parse_hundredths(text: str, pattern: re.Pattern[str], maximum: int) -> int | _Fault:
    # NFKC: full-width digits, "，", "．" and "￥" from a Chinese input method become ASCII.
    typed = unicodedata.normalize("NFKC", text).strip()
    if not typed:
        return _Fault.EMPTY
    match = pattern.fullmatch(typed)
    if match is None:
        return _Fault.FORMAT
    fraction = match["fraction"] or ""
    if len(fraction) > 2:
        return _Fault.DECIMALS
    value = int(match["whole"].replace(",", "")) * 100 + int(fraction.ljust(2, "0"))
    if match["minus"] and value:
        return _Fault.NEGATIVE
    if value > maximum:
        return _Fault.TOO_LARGE
    return value


def _result(
    parsed: int | _Fault,
    messages: dict[_Fault, str],
    text: str,
    field: str,
) -> ValidationResult[int]:
    if isinstance(parsed, int):
        return ValidationResult(parsed)
    params = {} if parsed is _Fault.EMPTY else {"value": text.strip()}
    return ValidationResult(None, [Problem(field, messages[parsed], params)])


def parse_yuan(text: str, *, field: str = ESTIMATE) -> ValidationResult[int]:
    """Parse a typed amount of yuan ("1,234.50", "¥80", "80元") into fen."""
    return _result(_parse_hundredths(text, _AMOUNT, MAX_AMOUNT_FEN), _AMOUNT_MESSAGES, text, field)


def parse_hours(text: str, *, field: str = LABOUR_HOURS) -> ValidationResult[int]:
    """Parse typed labour hours ("1.5", "2h", "0.25工时") into hundredths of an hour."""
    return _result(_parse_hundredths(text, _HOURS, MAX_HOURS), _HOURS_MESSAGES, text, field)


def _format_hundredths(value: int, grouping: str) -> str:
    sign = "-" if value < 0 else ""
    whole, cents = divmod(abs(value), 100)
    return f"{sign}{whole:{grouping}}.{cents:02d}"


def format_yuan(fen: int) -> str:
    """123450 -> "1,234.50" (no currency sign: the paper and the widgets add their own)."""
    return _format_hundredths(fen, ",")


def yuan_decimal(fen: int) -> Decimal:
    """Fen as a Decimal of yuan with two places: a spreadsheet's number, never a float."""
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def format_hours(hundredths: int) -> str:
    """150 -> "1.50"."""
    return _format_hundredths(hundredths, "")


def labour_amount(hours: int, rate_fen: int) -> int:
    """Labour charge in fen for ``hours`` (hundredths) at ``rate_fen`` per hour, rounded half up."""
    if hours < 0 or rate_fen < 0:
        raise ValueError("labour hours and rate cannot be negative")
    return (hours * rate_fen + 50) // 100


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("仟", "佰", "拾", "")  # within a group of four digits
_GROUPS = ("", "万", "亿")  # groups of four digits, lowest first
MAX_CAPITAL_FEN = 10**12 * 100 - 1  # 9999亿… yuan: the largest the three groups can write


def _capital_group(group: int) -> str:
    """1..9999 in capitals; zeros inside the group collapse to one 零, trailing zeros vanish."""
    out: list[str] = []
    zero_pending = False
    for digit, place in zip(f"{group:04d}", _PLACES, strict=True):
        if digit == "0":
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[int(digit)] + place)  # always 壹拾, never a bare 拾: the rule for documents
    return "".join(out)


def _capital_yuan(yuan: int) -> str:
    groups = [(yuan // 10_000**i) % 10_000 for i in range(len(_GROUPS))]
    out: list[str] = []
    zero_pending = False
    for group, unit in reversed(list(zip(groups, _GROUPS, strict=True))):
        if group == 0:
            zero_pending = bool(out)
            continue
        # 壹万零伍佰 (10500): a gap before this group's first digit is read as one 零.
        if out and (zero_pending or group < 1000):
            out.append("零")
        out.append(_capital_group(group) + unit)
        zero_pending = False
    return "".join(out)


def to_chinese_capital(fen: int) -> str:
    """Capital numerals for an amount in fen: 123450 -> "壹仟贰佰叁拾肆元伍角整".

    Where the rules allow either form, this writes the shorter one: no 零 after 元
    before a non-zero 角 (壹仟陆佰捌拾元叁角贰分), but 零 where 角 is zero and 分 is not
    (壹佰元零伍分), as the rules require. 整 follows 元, and 角 as invoices print it
    (the rules make it optional there); never 分.
    """
    if not 0 <= fen <= MAX_CAPITAL_FEN:
        raise ValueError(f"amount out of range for capital numerals: {fen} fen")
    yuan, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    if yuan == 0 and cents == 0:
        return "零元整"
    out = _capital_yuan(yuan) + "元" if yuan else ""
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif fen_digit and yuan:
        out += "零"
    if fen_digit:
        return out + _DIGITS[fen_digit] + "分"
    return out + "整"
