"""Vehicle identification numbers (ISO 3779; GB 16735 in China).

The check digit in position 9 (ISO 3779 / SAE J853 transliteration and weights) is
compulsory for vehicles built in China (WMI starting with L) and in North America
(1–5), so a mismatch there is a typing error. Elsewhere makers may skip it, so the
advisor compares with the registration certificate and confirms.

The make is looked up in a short table of the makes a Chinese dealer sees most, then
in ``vininfo`` when that optional package is installed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem, Severity
from dealerdesk.domain.validation.fields import VIN
from dealerdesk.domain.validation.result import ValidationResult

_vininfo_vin: Callable[[str], Any] | None = None
try:
    from vininfo import Vin as _VininfoVin

    _vininfo_vin = _VininfoVin
except ImportError:  # optional: only widens make decoding beyond the table below
    pass

VIN_EMPTY = QT_TRANSLATE_NOOP(
    "Messages", "Enter the VIN: 17 characters, printed on the vehicle registration certificate."
)
VIN_BAD_CHARACTERS = QT_TRANSLATE_NOOP(
    "Messages", "A VIN has only digits and the letters A–Z; {value} contains {chars}."
)
VIN_I_O_Q = QT_TRANSLATE_NOOP(
    "Messages", "A VIN never contains the letters I, O or Q (did you mean 1 or 0?); you typed {value}."
)
VIN_LENGTH = QT_TRANSLATE_NOOP("Messages", "A VIN has 17 characters; {value} has {count}.")
VIN_CHECK_DIGIT_ERROR = QT_TRANSLATE_NOOP(
    "Messages",
    "VIN {value} is not valid: its 9th character should be {expected}, not {actual}. "
    "Check every character against the registration certificate.",
)
VIN_CHECK_DIGIT_WARNING = QT_TRANSLATE_NOOP(
    "Messages",
    "The 9th character of VIN {value} should be {expected}, not {actual}. Some makers outside "
    "China and North America do not use it: compare with the registration certificate and confirm.",
)

VIN_LENGTH_CHARS = 17
CHECK_DIGIT_INDEX = 8  # position 9
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
# ISO 3779 transliteration: A–H 1–8, J–N 1–5, P 7, R 9, S–Z 2–9 (I, O and Q never occur).
_LETTER_VALUES = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", map(int, "12345678123457923456789"), strict=True))
_VALUES = {**{str(d): d for d in range(10)}, **_LETTER_VALUES}
# Regions whose VINs must carry a correct check digit: China and North America.
_STRICT_REGIONS = frozenset("L12345")
_SEPARATORS = re.compile(r"[\s\-]")

# World manufacturer identifiers common at Chinese dealers; names are translated in the UI.
WMI_MAKES: dict[str, str] = {
    "LSV": QT_TRANSLATE_NOOP("Messages", "SAIC Volkswagen"),
    "LFV": QT_TRANSLATE_NOOP("Messages", "FAW-Volkswagen"),
    "LBV": QT_TRANSLATE_NOOP("Messages", "BMW Brilliance"),
    "LE4": QT_TRANSLATE_NOOP("Messages", "Beijing Benz"),
    "LVS": QT_TRANSLATE_NOOP("Messages", "Changan Ford"),
    "LVG": QT_TRANSLATE_NOOP("Messages", "GAC Toyota"),
    "LFM": QT_TRANSLATE_NOOP("Messages", "FAW Toyota"),
    "LHG": QT_TRANSLATE_NOOP("Messages", "GAC Honda"),
    "LVH": QT_TRANSLATE_NOOP("Messages", "Dongfeng Honda"),
    "LGB": QT_TRANSLATE_NOOP("Messages", "Dongfeng Nissan"),
    "LSG": QT_TRANSLATE_NOOP("Messages", "SAIC-GM"),
    "LZW": QT_TRANSLATE_NOOP("Messages", "SAIC-GM-Wuling"),
    "LSJ": QT_TRANSLATE_NOOP("Messages", "SAIC MG"),
    "LBE": QT_TRANSLATE_NOOP("Messages", "Beijing Hyundai"),
    "LGX": QT_TRANSLATE_NOOP("Messages", "BYD"),
    "LGW": QT_TRANSLATE_NOOP("Messages", "Great Wall"),
    "L6T": QT_TRANSLATE_NOOP("Messages", "Geely"),
    "LVV": QT_TRANSLATE_NOOP("Messages", "Chery"),
    "LRW": QT_TRANSLATE_NOOP("Messages", "Tesla China"),
    "WBA": QT_TRANSLATE_NOOP("Messages", "BMW"),
    "WDD": QT_TRANSLATE_NOOP("Messages", "Mercedes-Benz"),
    "WDB": QT_TRANSLATE_NOOP("Messages", "Mercedes-Benz"),
    "WAU": QT_TRANSLATE_NOOP("Messages", "Audi"),
    "WVW": QT_TRANSLATE_NOOP("Messages", "Volkswagen"),
    "JTD": QT_TRANSLATE_NOOP("Messages", "Toyota"),
    "1HG": QT_TRANSLATE_NOOP("Messages", "Honda (USA)"),
    "5YJ": QT_TRANSLATE_NOOP("Messages", "Tesla (USA)"),
}


def normalise_vin(text: str) -> str:
    """Strip spaces and hyphens, make full-width characters half-width, uppercase."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text)).upper()


def vin_check_digit(vin: str) -> str:
    """The character position 9 must hold for this VIN ("0"–"9" or "X").

    Position 9 itself has weight 0, so any placeholder may stand there.
    Raises ValueError unless ``vin`` is 17 valid VIN characters.
    """
    if len(vin) != VIN_LENGTH_CHARS or any(c not in _VALUES for c in vin):
        raise ValueError(f"not 17 VIN characters: {vin!r}")
    remainder = sum(_VALUES[c] * w for c, w in zip(vin, _WEIGHTS, strict=True)) % 11
    return "X" if remainder == 10 else str(remainder)


def with_check_digit(vin: str) -> str:
    """``vin`` with position 9 replaced by its correct check digit (for test and demo data)."""
    return vin[:CHECK_DIGIT_INDEX] + vin_check_digit(vin) + vin[CHECK_DIGIT_INDEX + 1 :]


def validate_vin(text: str, *, field: str = VIN) -> ValidationResult[str]:
    """Validate a VIN and return it normalised (17 uppercase characters)."""
    vin = normalise_vin(text)
    if not vin:
        return ValidationResult(None, [Problem(field, VIN_EMPTY)])
    bad = "".join(dict.fromkeys(c for c in vin if not ("A" <= c <= "Z" or "0" <= c <= "9")))
    if bad:
        return ValidationResult(None, [Problem(field, VIN_BAD_CHARACTERS, {"value": vin, "chars": bad})])
    if any(c in "IOQ" for c in vin):
        return ValidationResult(None, [Problem(field, VIN_I_O_Q, {"value": vin})])
    if len(vin) != VIN_LENGTH_CHARS:
        return ValidationResult(None, [Problem(field, VIN_LENGTH, {"value": vin, "count": len(vin)})])
    expected, actual = vin_check_digit(vin), vin[CHECK_DIGIT_INDEX]
    if expected != actual:
        params = {"value": vin, "expected": expected, "actual": actual}
        if vin[0] in _STRICT_REGIONS:
            return ValidationResult(None, [Problem(field, VIN_CHECK_DIGIT_ERROR, params)])
        return ValidationResult(vin, [Problem(field, VIN_CHECK_DIGIT_WARNING, params, Severity.WARNING)])
    return ValidationResult(vin)


def decode_make(vin: str) -> str | None:
    """The make encoded in the VIN's first three characters (the WMI), or None if unknown.

    Table names are English source texts: translate them in the UI like messages.
    """
    vin = normalise_vin(vin)
    make = WMI_MAKES.get(vin[:3])
    if make is not None or _vininfo_vin is None or len(vin) != VIN_LENGTH_CHARS:
        return make
    try:
        name = _vininfo_vin(vin).manufacturer
    except Exception:  # an optional decoder's failure must never stop an order being opened
        return None
    # vininfo names makes it has no entry for after its placeholder class.
    return name if isinstance(name, str) and name and name != "UnsupportedBrand" else None
