"""Checklist templates: what each QC level checks, kept as versioned data.

Templates live in ``resources/checklists/<category>.v<version>.toml`` (format in the
README there). An order records the category and version it was checked against, so
a released version is never changed: a change is a new file, and old orders keep
theirs. Everything here is pure except :func:`load_templates`, the one function that
reads files, kept next to the parser so that the file-name rule lives in one place.
"""

from __future__ import annotations

import enum
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal, TypeGuard

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, NotFound
from dealerdesk.domain.vocabulary import QcLevel, ServiceCategory

HANDOVER: Final = "handover"
# A template belongs to a service category (levels 1-3) or is the advisor's hand-over check (level 4).
TemplateCategory = ServiceCategory | Literal["handover"]

WORKSHOP_LEVELS: Final = (QcLevel.SELF_CHECK, QcLevel.TEAM_LEAD, QcLevel.FINAL)

_CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*")
_TEMPLATE_KEYS = frozenset({"category", "version", "road_test", "items"})
_ITEM_KEYS = frozenset({"code", "level", "kind", "zh", "en", "unit", "min", "max"})
_RANGE_KEYS = ("unit", "min", "max")


class ItemKind(enum.StrEnum):
    CHECK = "check"  # answered pass / fail / not applicable
    MEASURED = "measured"  # takes a number, judged against the item's range
    NOTE = "note"  # takes a written note (fault codes read, torque values applied...)


@dataclass(frozen=True)
class ChecklistItem:
    code: str  # stable across versions: reports compare items by code
    level: QcLevel
    kind: ItemKind
    zh: str
    en: str
    unit: str = ""
    minimum: Decimal | None = None  # inclusive; None = no lower limit
    maximum: Decimal | None = None  # inclusive; None = no upper limit

    def accepts(self, value: Decimal) -> bool:
        """Whether a measured value is inside the item's range, both ends included."""
        if self.minimum is not None and value < self.minimum:
            return False
        return self.maximum is None or value <= self.maximum

    @property
    def range_text(self) -> str:
        """The range as printed on the job card and shown next to the input: "2.2–2.6 bar", "≥ 3 mm"."""
        if self.kind is not ItemKind.MEASURED:
            return ""
        if self.minimum is not None and self.maximum is not None:
            text = f"{self.minimum}–{self.maximum}"
        elif self.minimum is not None:
            text = f"≥ {self.minimum}"
        else:
            text = f"≤ {self.maximum}"
        return f"{text} {self.unit}"


@dataclass(frozen=True)
class ChecklistTemplate:
    category: TemplateCategory
    version: int
    items: tuple[ChecklistItem, ...]
    # Level 3 records the odometer before and after a road test (printed on the job card).
    road_test: bool = False

    @property
    def is_handover(self) -> bool:
        return self.category == HANDOVER

    @property
    def file_name(self) -> str:
        return f"{self.category}.v{self.version}.toml"

    def items_for(self, level: QcLevel) -> tuple[ChecklistItem, ...]:
        return tuple(item for item in self.items if item.level == level)

    def item(self, code: str) -> ChecklistItem:
        for item in self.items:
            if item.code == code:
                return item
        raise KeyError(code)


# Messages for whoever maintains the template files (an administrator, or a developer).
_NOT_TOML = QT_TRANSLATE_NOOP("Messages", "Checklist {source} is not valid TOML: {detail}")
_UNKNOWN_KEY = QT_TRANSLATE_NOOP("Messages", 'Checklist {source}: unknown key "{key}"')
_BAD_CATEGORY = QT_TRANSLATE_NOOP("Messages", 'Checklist {source}: "category" must be one of {allowed}')
_BAD_VERSION = QT_TRANSLATE_NOOP("Messages", 'Checklist {source}: "version" must be a whole number from 1 up')
_BAD_ROAD_TEST = QT_TRANSLATE_NOOP("Messages", 'Checklist {source}: "road_test" must be true or false')
_HANDOVER_ROAD_TEST = QT_TRANSLATE_NOOP("Messages", "Checklist {source}: the hand-over check has no road test")
_NO_ITEMS = QT_TRANSLATE_NOOP("Messages", "Checklist {source}: no [[items]]")
_ITEM_NOT_TABLE = QT_TRANSLATE_NOOP("Messages", "Checklist {source}: item {item} is not a table")
_ITEM_UNKNOWN_KEY = QT_TRANSLATE_NOOP("Messages", 'Checklist {source}: item {item}: unknown key "{key}"')
_BAD_CODE = QT_TRANSLATE_NOOP(
    "Messages",
    'Checklist {source}: item {item}: "code" must be lower-case letters, digits, "_" and ".", starting with a letter',
)
_DUPLICATE_CODE = QT_TRANSLATE_NOOP("Messages", 'Checklist {source}: item code "{item}" is used twice')
_BAD_LEVEL = QT_TRANSLATE_NOOP("Messages", "Checklist {source}: item {item}: level must be one of {allowed}")
_MISSING_TEXT = QT_TRANSLATE_NOOP("Messages", 'Checklist {source}: item {item}: "{key}" text is missing')
_BAD_KIND = QT_TRANSLATE_NOOP(
    "Messages", 'Checklist {source}: item {item}: "kind" must be "check", "measured" or "note"'
)
_NO_UNIT = QT_TRANSLATE_NOOP("Messages", "Checklist {source}: measured item {item} needs a unit")
_NO_RANGE = QT_TRANSLATE_NOOP(
    "Messages", 'Checklist {source}: measured item {item} needs a range: "min", "max" or both'
)
_NOT_NUMBER = QT_TRANSLATE_NOOP("Messages", 'Checklist {source}: item {item}: "{key}" must be a number')
_EMPTY_RANGE = QT_TRANSLATE_NOOP(
    "Messages", "Checklist {source}: measured item {item}: min {minimum} is above max {maximum}"
)
_RANGE_NOT_MEASURED = QT_TRANSLATE_NOOP(
    "Messages", 'Checklist {source}: item {item}: only measured items take "unit", "min" and "max"'
)
_EMPTY_LEVEL = QT_TRANSLATE_NOOP("Messages", "Checklist {source}: no items for level {level}")
_WRONG_FILE_NAME = QT_TRANSLATE_NOOP("Messages", "Checklist file {source} must be named {expected}")
_DEFINED_TWICE = QT_TRANSLATE_NOOP("Messages", "Checklist {category} version {version} is defined twice")
_NO_TEMPLATE = QT_TRANSLATE_NOOP("Messages", "There is no checklist for {category}")
_NO_VERSION = QT_TRANSLATE_NOOP("Messages", "There is no checklist for {category} version {version}")
_NO_FOLDER = QT_TRANSLATE_NOOP("Messages", "The checklist folder {path} does not exist")


def parse_template(text: str, source: str = "<text>") -> ChecklistTemplate:
    """Parse and validate one template file; ``source`` names it in error messages.

    Raises DealerDeskError on the first thing wrong. Unknown keys are errors, not
    ignored, so that a typo ("road-test", "mx") cannot silently drop a rule.
    """
    try:
        # Decimal, not float: 2.6 bar must compare equal to a typed "2.6".
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise DealerDeskError(_NOT_TOML, source=source, detail=str(error)) from error
    for key in data:
        if key not in _TEMPLATE_KEYS:
            raise DealerDeskError(_UNKNOWN_KEY, source=source, key=key)

    category = _parse_category(data.get("category"), source)
    version = data.get("version")
    if not _is_int(version) or version < 1:
        raise DealerDeskError(_BAD_VERSION, source=source)
    road_test = data.get("road_test", False)
    if not isinstance(road_test, bool):
        raise DealerDeskError(_BAD_ROAD_TEST, source=source)
    if road_test and category == HANDOVER:
        raise DealerDeskError(_HANDOVER_ROAD_TEST, source=source)

    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise DealerDeskError(_NO_ITEMS, source=source)
    levels = (QcLevel.HANDOVER,) if category == HANDOVER else WORKSHOP_LEVELS
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items, start=1):
        item = _parse_item(raw, f"#{index}", levels, source)
        if item.code in seen:
            raise DealerDeskError(_DUPLICATE_CODE, source=source, item=item.code)
        seen.add(item.code)
        items.append(item)
    for level in levels:
        if not any(item.level is level for item in items):
            raise DealerDeskError(_EMPTY_LEVEL, source=source, level=int(level))
    return ChecklistTemplate(category, version, tuple(items), road_test)


def _is_int(value: object) -> TypeGuard[int]:
    # TOML booleans arrive as bool, which is an int subclass: true must not mean version 1.
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_category(value: object, source: str) -> TemplateCategory:
    if value == HANDOVER:
        return HANDOVER
    if isinstance(value, str) and value in set(ServiceCategory):
        return ServiceCategory(value)
    allowed = ", ".join([*ServiceCategory, HANDOVER])
    raise DealerDeskError(_BAD_CATEGORY, source=source, allowed=allowed)


def _parse_item(raw: object, label: str, levels: tuple[QcLevel, ...], source: str) -> ChecklistItem:
    if not isinstance(raw, dict):
        raise DealerDeskError(_ITEM_NOT_TABLE, source=source, item=label)
    for key in raw:
        if key not in _ITEM_KEYS:
            raise DealerDeskError(_ITEM_UNKNOWN_KEY, source=source, item=label, key=key)
    code = raw.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise DealerDeskError(_BAD_CODE, source=source, item=label)

    level = raw.get("level")
    if not _is_int(level) or level not in [int(allowed) for allowed in levels]:
        allowed_text = ", ".join(str(int(allowed)) for allowed in levels)
        raise DealerDeskError(_BAD_LEVEL, source=source, item=code, allowed=allowed_text)
    zh = _text(raw, "zh", code, source)
    en = _text(raw, "en", code, source)
    kind_value = raw.get("kind")
    if not isinstance(kind_value, str) or kind_value not in set(ItemKind):
        raise DealerDeskError(_BAD_KIND, source=source, item=code)
    kind = ItemKind(kind_value)

    if kind is not ItemKind.MEASURED:
        if any(key in raw for key in _RANGE_KEYS):
            raise DealerDeskError(_RANGE_NOT_MEASURED, source=source, item=code)
        return ChecklistItem(code, QcLevel(level), kind, zh, en)

    unit = raw.get("unit")
    if not isinstance(unit, str) or not unit.strip():
        raise DealerDeskError(_NO_UNIT, source=source, item=code)
    minimum = _parse_limit(raw, "min", code, source)
    maximum = _parse_limit(raw, "max", code, source)
    if minimum is None and maximum is None:
        raise DealerDeskError(_NO_RANGE, source=source, item=code)
    if minimum is not None and maximum is not None and minimum > maximum:
        raise DealerDeskError(_EMPTY_RANGE, source=source, item=code, minimum=minimum, maximum=maximum)
    return ChecklistItem(code, QcLevel(level), kind, zh, en, unit.strip(), minimum, maximum)


def _text(raw: Mapping[str, Any], key: str, code: str, source: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DealerDeskError(_MISSING_TEXT, source=source, item=code, key=key)
    return value.strip()


def _parse_limit(raw: Mapping[str, Any], key: str, code: str, source: str) -> Decimal | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, Decimal) and value.is_finite():
        return value
    if _is_int(value):
        return Decimal(value)
    raise DealerDeskError(_NOT_NUMBER, source=source, item=code, key=key)


@dataclass(frozen=True)
class ChecklistLibrary:
    """Every version of every template, to pick the one an order uses."""

    templates: tuple[ChecklistTemplate, ...]

    def __post_init__(self) -> None:
        seen: set[tuple[str, int]] = set()
        for template in self.templates:
            key = (str(template.category), template.version)
            if key in seen:
                raise DealerDeskError(_DEFINED_TWICE, category=key[0], version=key[1])
            seen.add(key)

    def versions(self, category: TemplateCategory) -> tuple[int, ...]:
        return tuple(sorted(t.version for t in self.templates if t.category == category))

    def get(self, category: TemplateCategory, version: int | None = None) -> ChecklistTemplate:
        """The given version, or the newest one (for a new QC round) when ``version`` is None."""
        versions = self.versions(category)
        if not versions:
            raise NotFound(_NO_TEMPLATE, category=str(category))
        wanted = versions[-1] if version is None else version
        for template in self.templates:
            if template.category == category and template.version == wanted:
                return template
        raise NotFound(_NO_VERSION, category=str(category), version=wanted)

    def missing_categories(self) -> tuple[TemplateCategory, ...]:
        """Categories (and the hand-over check) without any template: a broken installation."""
        wanted: list[TemplateCategory] = [*ServiceCategory, HANDOVER]
        return tuple(category for category in wanted if not self.versions(category))


def library_from_texts(files: Mapping[str, str]) -> ChecklistLibrary:
    """Parse file name -> file text; each name must be ``<category>.v<version>.toml``.

    The name is checked against the content so that a copied file whose version was
    not bumped is caught instead of silently replacing the version orders rely on.
    """
    templates: list[ChecklistTemplate] = []
    for name, text in sorted(files.items()):
        template = parse_template(text, source=name)
        if name != template.file_name:
            raise DealerDeskError(_WRONG_FILE_NAME, source=name, expected=template.file_name)
        templates.append(template)
    return ChecklistLibrary(tuple(templates))


def load_templates(directory: Path) -> ChecklistLibrary:
    """Read every ``*.toml`` in ``directory``. The only I/O in the domain package."""
    if not directory.is_dir():
        raise DealerDeskError(_NO_FOLDER, path=str(directory))
    files = {path.name: path.read_text(encoding="utf-8") for path in directory.glob("*.toml")}
    return library_from_texts(files)
