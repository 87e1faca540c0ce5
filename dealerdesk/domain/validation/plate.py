"""Mainland China licence plates (GA 36): ordinary, new-energy and the special suffixes.

Ordinary: province + issuing-office letter + 5 letters/digits, e.g. 粤B12345.
New energy (8 characters): small vehicles put the energy letter first, 粤BD12345
(a letter or digit, then 4 digits, follow); large vehicles put it last, 粤B12345D.
D and F were the first energy letters; A–K (I is never used) were added when cities
ran out, so all of A–H, J, K are accepted there.
Letters I and O are never issued: they read as 1 and 0.
"""

from __future__ import annotations

import re
import unicodedata

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem
from dealerdesk.domain.validation.fields import PLATE
from dealerdesk.domain.validation.result import ValidationResult

PLATE_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter the plate number.")
PLATE_PROVINCE = QT_TRANSLATE_NOOP(
    "Messages", "Plate must start with a province abbreviation such as 京, 沪 or 粤; you typed {value}."
)
PLATE_BAD_CHARACTERS = QT_TRANSLATE_NOOP(
    "Messages", "Plate {value} contains characters that plates do not use: {chars}."
)
PLATE_I_OR_O = QT_TRANSLATE_NOOP(
    "Messages", "Plates never use the letters I or O (did you mean 1 or 0?); you typed {value}."
)
PLATE_LENGTH = QT_TRANSLATE_NOOP(
    "Messages", "Plate must be 7 characters, or 8 for a new-energy plate; {value} has {count}."
)
PLATE_FORMAT = QT_TRANSLATE_NOOP(
    "Messages",
    "Plate {value} is not a mainland format such as 粤B12345, 粤BD12345 (new energy) or 粤B1234挂.",
)

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
# 使 (embassy) is the one plate that starts with its special character: 使 + 6 digits.
_EMBASSY = "使"
_SUFFIXES = "挂学警港澳领试超"

_P = f"[{PROVINCES}]"
_LETTER = "[A-HJ-NP-Z]"
_ALNUM = "[A-HJ-NP-Z0-9]"
_ENERGY = "[A-HJK]"
_FORMATS = re.compile(
    "|".join(
        (
            f"{_P}{_LETTER}{_ALNUM}{{5}}",  # ordinary
            f"{_P}{_LETTER}{_ENERGY}{_ALNUM}[0-9]{{4}}",  # small new-energy
            f"{_P}{_LETTER}[0-9]{{5}}{_ENERGY}",  # large new-energy
            f"{_P}{_LETTER}{_ALNUM}{{4}}[挂学警领试超]",  # trailer, driving school, police, ...
            f"粤Z{_ALNUM}{{4}}[港澳]",  # Hong Kong / Macau cross-border plates are all 粤Z
            f"{_EMBASSY}[0-9]{{6}}",
        )
    )
)
_ALLOWED = frozenset(PROVINCES + _EMBASSY + _SUFFIXES + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# Spaces and the dots printed or typed between the office letter and the serial: 粤B·12345.
_SEPARATORS = re.compile(r"[\s·•・‧.\-]")


def normalise_plate(text: str) -> str:
    """Strip separators, make full-width letters and digits half-width, uppercase Latin letters."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text)).upper()


def validate_plate(text: str, *, field: str = PLATE) -> ValidationResult[str]:
    """Validate a plate and return it normalised (粤B12345, no dot).

    Whether an empty plate is allowed (a new car at PDS) is the form's decision:
    call this only when a plate is required or was typed.
    """
    plate = normalise_plate(text)
    if not plate:
        return ValidationResult(None, [Problem(field, PLATE_EMPTY)])
    if plate[0] not in PROVINCES and plate[0] != _EMBASSY:
        return ValidationResult(None, [Problem(field, PLATE_PROVINCE, {"value": plate})])
    bad = "".join(dict.fromkeys(c for c in plate if c not in _ALLOWED))
    if bad:
        return ValidationResult(None, [Problem(field, PLATE_BAD_CHARACTERS, {"value": plate, "chars": bad})])
    if "I" in plate or "O" in plate:
        return ValidationResult(None, [Problem(field, PLATE_I_OR_O, {"value": plate})])
    if len(plate) not in (7, 8):
        return ValidationResult(None, [Problem(field, PLATE_LENGTH, {"value": plate, "count": len(plate)})])
    if not _FORMATS.fullmatch(plate):
        return ValidationResult(None, [Problem(field, PLATE_FORMAT, {"value": plate})])
    return ValidationResult(plate)
