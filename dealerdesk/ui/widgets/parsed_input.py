"""Line edits for amounts, hours, quantities and mileage that can only ever hold a parseable value.

The domain parsers decide: what they accept passes, what could still become valid while
typing (``12.``, ``¥``) is let through, and a keystroke that makes it wrong (a minus
sign, a third decimal) is refused on the spot with the parser's own message. So a
draft can always store the number, and nothing the advisor meant to keep is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit

from dealerdesk.domain.messages import Problem
from dealerdesk.domain.money import AMOUNT_FORMAT, HOURS_FORMAT, format_hours, format_yuan, parse_hours, parse_yuan
from dealerdesk.domain.order_rules import QUANTITY_FORMAT, parse_quantity
from dealerdesk.domain.validation import ValidationResult, validate_mileage_in
from dealerdesk.domain.validation.mileage import MILEAGE_FORMAT

Parser = Callable[[str], ValidationResult[int]]

# Only a format problem can be a number half typed; too many decimals or a minus never become valid.
_MAYBE_UNFINISHED = frozenset({AMOUNT_FORMAT, HOURS_FORMAT, MILEAGE_FORMAT, QUANTITY_FORMAT})
# Text that is on its way to a number: digits, grouping commas, one decimal point, units.
_PARTIAL = re.compile(r"\s*(?:¥|RMB|CNY)?\s*[\d,]*(?:\.\d*)?\s*(?:元|km|公里|千米|h|小时|工时)?\s*", re.IGNORECASE)


class ParsedValidator(QValidator):
    """Accepts what ``parse`` accepts (or empty), lets partial input through, remembers why it refused."""

    def __init__(self, parse: Parser, negative_text: str | None, field: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.parse = parse
        self.negative_text = negative_text
        self.field = field
        self.last_refusal: Problem | None = None

    def validate(self, text: str, pos: int) -> object:
        if not text.strip():
            return QValidator.State.Acceptable
        result = self.parse(text)
        if result.ok:
            return QValidator.State.Acceptable
        typed = unicodedata.normalize("NFKC", text)
        if result.problems[0].text in _MAYBE_UNFINISHED and _PARTIAL.fullmatch(typed):
            return QValidator.State.Intermediate
        if "-" in typed and self.negative_text is not None:
            self.last_refusal = Problem(self.field, self.negative_text, {"value": text.strip()})
        else:
            self.last_refusal = result.problems[0]
        return QValidator.State.Invalid

    def fixup(self, text: str) -> str:
        # "12." or "1,2345" left behind when the field loses focus: keep the number that was meant.
        typed = unicodedata.normalize("NFKC", text).strip().rstrip(".")
        if self.parse(typed).ok:
            return typed
        bare = typed.replace(",", "")
        return bare if self.parse(bare).ok else text


class ParsedLineEdit(QLineEdit):
    """A QLineEdit bound to one domain parser; ``refused`` carries the message for a refused keystroke."""

    refused = Signal(object)  # Problem

    def __init__(self, parse: Parser, *, negative_text: str | None = None, field: str = "", parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.validator_ = ParsedValidator(parse, negative_text, field, self)
        self.setValidator(self.validator_)
        self.inputRejected.connect(self._on_rejected)

    def _on_rejected(self) -> None:
        if self.validator_.last_refusal is not None:
            self.refused.emit(self.validator_.last_refusal)

    def value(self) -> int | None:
        """The parsed value, or None when empty (or still unfinished, like a lone "¥")."""
        return self.validator_.parse(self.validator_.fixup(self.text())).value if self.text().strip() else None


def install(edit: QLineEdit, parse: Parser, *, negative_text: str | None, field: str) -> ParsedValidator:
    """Give a Designer-made QLineEdit the same behaviour; returns the validator (``last_refusal``)."""
    validator = ParsedValidator(parse, negative_text, field, edit)
    edit.setValidator(validator)
    return validator


def yuan_parser(field: str) -> Parser:
    return lambda text: parse_yuan(text, field=field)


def hours_parser(field: str) -> Parser:
    return lambda text: parse_hours(text, field=field)


def quantity_parser(field: str) -> Parser:
    return lambda text: parse_quantity(text, field=field)


def km_parser(field: str) -> Parser:
    return lambda text: validate_mileage_in(text, field=field)


def parsed_value(edit: QLineEdit, validator: ParsedValidator) -> int | None:
    text = edit.text()
    return validator.parse(validator.fixup(text)).value if text.strip() else None


def yuan_text(fen: int | None) -> str:
    return "" if fen is None else format_yuan(fen)


def hours_text(hundredths: int) -> str:
    return format_hours(hundredths)


def quantity_text(x1000: int) -> str:
    whole, frac = divmod(x1000, 1000)
    return f"{whole}" if not frac else f"{whole}.{frac:03d}".rstrip("0")
