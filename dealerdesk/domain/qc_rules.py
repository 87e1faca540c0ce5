"""Three-level QC sign-off (三级检验) and the advisor's hand-over check, as pure rules.

A *round* is one pass of a car through levels 1-4 against one category template and
one hand-over template. A level signed "fail" ends the round: the car goes back
(QC rework for levels 1-3, internal rework for level 4) and the next attempt is a new
round, so people who signed the failed round may sign the new one.

The rules come from the source review: the team lead doubled as general inspector and
the general inspection had holes; hence each level only after the one below has
passed, only by the role for that level, and never by someone who signed a lower level
of the same round. A signature is final; a manager may reopen it with a reason, and
the reopened signature stays in the round's history.

The self-check (level 1) is the work's own check, so it is signed by a technician
assigned to a labour line of the order, not by any technician on duty. With several
technicians on the order, one of them signs for all: the round has one level-1
checklist covering the whole car, and its signer answers for every line, the
colleagues' included (they check it together; the job card names each line's
technician). Why not each their own lines: a check split per line leaves the items no
line owns (tyre pressures, fluid levels, a road-worthy car) to nobody, and a level
half-signed blocks level 2 without saying by whom. See docs/qc-rules.md.

Functions here never touch storage: the services load a :class:`QcRound`, call these,
and store the :class:`Signature` or reopened signatures they return.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Final

from dealerdesk.domain.checklists import ChecklistItem, ChecklistTemplate, ItemKind
from dealerdesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    DealerDeskError,
    PermissionDenied,
    Problem,
    Severity,
    ValidationError,
)
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import ItemAnswer, QcLevel, ReworkKind

LEVEL_ROLES: Final[dict[QcLevel, Role]] = {
    QcLevel.SELF_CHECK: Role.TECHNICIAN,
    QcLevel.TEAM_LEAD: Role.TEAM_LEAD,
    QcLevel.FINAL: Role.QC_INSPECTOR,
    QcLevel.HANDOVER: Role.ADVISOR,
}
REOPEN_ROLE: Final = Role.MANAGER
# A longer road test is allowed but asked about: most likely a mistyped odometer reading.
ROAD_TEST_LONG_KM: Final = 50

# Problem.field values for the road test and the reopen reason; item problems use item_field().
ROAD_TEST_OUT_FIELD: Final = "road_test.mileage_out"
ROAD_TEST_IN_FIELD: Final = "road_test.mileage_in"
REASON_FIELD: Final = "reason"

_ROLE_NEEDED: Final[dict[QcLevel, str]] = {
    QcLevel.SELF_CHECK: QT_TRANSLATE_NOOP("Messages", "Level 1 (self-check) can be signed only by a technician."),
    QcLevel.TEAM_LEAD: QT_TRANSLATE_NOOP("Messages", "Level 2 (team lead check) can be signed only by a team lead."),
    QcLevel.FINAL: QT_TRANSLATE_NOOP("Messages", "Level 3 (final inspection) can be signed only by a QC inspector."),
    QcLevel.HANDOVER: QT_TRANSLATE_NOOP("Messages", "The hand-over check can be signed only by a service advisor."),
}
_NOT_ON_ORDER = QT_TRANSLATE_NOOP(
    "Messages",
    "The self-check is signed by a technician of this order: you have no labour line on it. "
    "Ask {names} to sign, or have the advisor assign you a line.",
)
_NO_TECHNICIAN_ON_ORDER = QT_TRANSLATE_NOOP(
    "Messages", "No labour line of this order names a technician, so nobody can sign its self-check."
)
_ALREADY_SIGNED = QT_TRANSLATE_NOOP(
    "Messages", "Level {level} is signed and final. Only a service manager can reopen it, with a reason."
)
_LOWER_NOT_SIGNED = QT_TRANSLATE_NOOP("Messages", "Level {lower} must be signed before level {level}.")
_LOWER_FAILED = QT_TRANSLATE_NOOP(
    "Messages",
    "Level {lower} failed, so level {level} cannot be signed: the car goes back for rework and a new QC round starts.",
)
_SIGNED_LOWER = QT_TRANSLATE_NOOP(
    "Messages", "You signed level {lower} of this QC round, so someone else must sign level {level}."
)
_REOPEN_ROLE = QT_TRANSLATE_NOOP("Messages", "Only a service manager can reopen a signed QC level.")
_REOPEN_REASON = QT_TRANSLATE_NOOP("Messages", "Enter the reason for reopening.")
_REOPEN_UNSIGNED = QT_TRANSLATE_NOOP("Messages", "Level {level} is not signed; there is nothing to reopen.")
_UNANSWERED = QT_TRANSLATE_NOOP("Messages", "Answer this item: pass, fail or not applicable.")
_VALUE_MISSING = QT_TRANSLATE_NOOP("Messages", "Enter the measured value, or mark the item not applicable.")
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Messages", '"{value}" is not a number.')
_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Messages", "{value} {unit} is outside {range}: the item fails.")
_NA_WITH_VALUE = QT_TRANSLATE_NOOP(
    "Messages", "A not-applicable item takes no measured value: clear the value or answer the item."
)
_FAIL_NEEDS_NOTE = QT_TRANSLATE_NOOP("Messages", "A failed item needs a note saying what is wrong.")
_NOTE_NEEDED = QT_TRANSLATE_NOOP("Messages", "This item needs a note.")
_ROAD_OUT_MISSING = QT_TRANSLATE_NOOP("Messages", "Enter the odometer reading before the road test.")
_ROAD_IN_MISSING = QT_TRANSLATE_NOOP("Messages", "Enter the odometer reading after the road test.")
_ROAD_OUT_BELOW_CHECK_IN = QT_TRANSLATE_NOOP(
    "Messages", "The road test cannot start below the mileage at check-in ({mileage} km)."
)
_ROAD_IN_BELOW_OUT = QT_TRANSLATE_NOOP(
    "Messages", "The odometer after the road test cannot be below the reading before it."
)
_ROAD_ZERO = QT_TRANSLATE_NOOP("Messages", "The road test covered 0 km.")
_ROAD_LONG = QT_TRANSLATE_NOOP("Messages", "The road test covered {distance} km: check the odometer readings.")

# Plain decimal numbers only: "2.4", "-25", ".5". No exponents, no NaN or Infinity.
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


class Outcome(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"


@dataclass(frozen=True)
class ItemEntry:
    """What the checker entered for one item of one level."""

    level: QcLevel
    code: str
    answer: ItemAnswer | None = None  # for measured items the value decides unless N/A or FAIL
    value: str = ""  # measured items: the text as typed, kept verbatim for the record
    note: str = ""


@dataclass(frozen=True)
class RoadTest:
    mileage_out: int | None = None  # odometer when leaving for the road test
    mileage_in: int | None = None  # odometer when back


@dataclass(frozen=True)
class Signer:
    user_id: int
    roles: frozenset[Role]


@dataclass(frozen=True)
class Reopening:
    user_id: int
    reopened_at: datetime
    reason: str


@dataclass(frozen=True)
class Signature:
    level: QcLevel
    user_id: int
    signed_at: datetime
    outcome: Outcome
    reopening: Reopening | None = None  # set once a manager reopened it; the record stays

    @property
    def active(self) -> bool:
        return self.reopening is None


@dataclass(frozen=True)
class FailedItem:
    """One failed item, for the rework record and the job card."""

    item: ChecklistItem
    entry: ItemEntry


@dataclass(frozen=True)
class QcRound:
    checklist: ChecklistTemplate  # the category's template: levels 1-3
    handover: ChecklistTemplate  # the hand-over template: level 4
    entries: tuple[ItemEntry, ...] = ()
    signatures: tuple[Signature, ...] = ()  # every signature of the round, reopened ones included
    road_test: RoadTest = RoadTest()
    mileage_at_check_in: int | None = None  # the order's mileage in: the road test cannot start below it
    # Who may sign level 1: the technicians of the order's labour lines, by user id and name.
    technicians: tuple[tuple[int, str], ...] = ()

    def __post_init__(self) -> None:
        # Programming errors, not user input: the service picked the wrong template.
        if self.checklist.is_handover:
            raise ValueError("checklist must be a service-category template")
        if not self.handover.is_handover:
            raise ValueError("handover must be the hand-over template")

    def items_for(self, level: QcLevel) -> tuple[ChecklistItem, ...]:
        template = self.handover if level == QcLevel.HANDOVER else self.checklist
        return template.items_for(level)

    def entry(self, level: QcLevel, code: str) -> ItemEntry:
        """The entry for an item, or an empty one when nothing was entered yet."""
        for entry in self.entries:
            if entry.level == level and entry.code == code:
                return entry
        return ItemEntry(level, code)

    def active_signature(self, level: QcLevel) -> Signature | None:
        for signature in self.signatures:
            if signature.level == level and signature.active:
                return signature
        return None

    def next_level(self) -> QcLevel | None:
        """The level waiting for a signature; None once a level failed or the hand-over passed."""
        for level in QcLevel:
            signature = self.active_signature(level)
            if signature is None:
                return level
            if signature.outcome is Outcome.FAIL:
                return None
        return None

    def failed_level(self) -> QcLevel | None:
        for level in QcLevel:
            signature = self.active_signature(level)
            if signature is not None and signature.outcome is Outcome.FAIL:
                return level
        return None

    def with_entry(self, entry: ItemEntry) -> QcRound:
        kept = tuple(e for e in self.entries if (e.level, e.code) != (entry.level, entry.code))
        return replace(self, entries=(*kept, entry))

    def with_signature(self, signature: Signature) -> QcRound:
        return replace(self, signatures=(*self.signatures, signature))

    def with_reopened(self, reopened: tuple[Signature, ...]) -> QcRound:
        """Replace each active signature by its reopened record (from :func:`reopen_level`)."""
        levels = {signature.level for signature in reopened}
        kept = tuple(s for s in self.signatures if not (s.active and s.level in levels))
        return replace(self, signatures=(*kept, *reopened))


def item_field(code: str) -> str:
    """Problem.field of a problem with one checklist item, so the UI can show it on that row."""
    return f"item:{code}"


def parse_measurement(text: str) -> Decimal | None:
    """The number in a typed value, or None if it is not one.

    Chinese input methods in full-width mode type "２．４": NFKC turns that into "2.4".
    The Unicode minus sign is accepted too, for the freezing-point style of reading.
    """
    normal = unicodedata.normalize("NFKC", text).replace("\u2212", "-").strip()
    if not _NUMBER.fullmatch(normal):
        return None
    return Decimal(normal)


def judge_measurement(item: ChecklistItem, typed_text: str) -> tuple[ItemAnswer | None, list[Problem]]:
    """Instant feedback for a measured item while the value is typed.

    Returns PASS inside the range (both ends included), FAIL with a warning outside it,
    and None with an error when there is no number to judge.
    """
    if item.kind is not ItemKind.MEASURED:
        raise ValueError(f"{item.code} is not a measured item")
    field = item_field(item.code)
    if not typed_text.strip():
        return None, [Problem(field, _VALUE_MISSING, {"code": item.code})]
    value = parse_measurement(typed_text)
    if value is None:
        return None, [Problem(field, _NOT_A_NUMBER, {"code": item.code, "value": typed_text.strip()})]
    if item.accepts(value):
        return ItemAnswer.PASS, []
    params = {"code": item.code, "value": value, "unit": item.unit, "range": item.range_text}
    return ItemAnswer.FAIL, [Problem(field, _OUT_OF_RANGE, params, Severity.WARNING)]


def effective_answer(item: ChecklistItem, entry: ItemEntry) -> ItemAnswer | None:
    """The answer that counts: a measured value outside its range fails whatever was clicked.

    None while the item is unanswered or its value is not a number.
    """
    if entry.answer is ItemAnswer.NOT_APPLICABLE or item.kind is not ItemKind.MEASURED:
        return entry.answer
    if not entry.value.strip():
        return None
    judged, _ = judge_measurement(item, entry.value)
    if judged is None:
        return None
    # A checker may fail an in-range value for something the number does not show.
    return ItemAnswer.FAIL if ItemAnswer.FAIL in (judged, entry.answer) else ItemAnswer.PASS


def item_problems(item: ChecklistItem, entry: ItemEntry) -> list[Problem]:
    """What stops this item's level from being signed."""
    field = item_field(item.code)
    params = {"code": item.code}
    problems: list[Problem] = []
    note = entry.note.strip()
    if item.kind is ItemKind.MEASURED and entry.answer is not ItemAnswer.NOT_APPLICABLE:
        _, judged = judge_measurement(item, entry.value)
        problems += [problem for problem in judged if problem.is_error]
    elif entry.answer is None:
        problems.append(Problem(field, _UNANSWERED, params))
    if item.kind is ItemKind.MEASURED and entry.answer is ItemAnswer.NOT_APPLICABLE and entry.value.strip():
        problems.append(Problem(field, _NA_WITH_VALUE, params))
    if item.kind is ItemKind.NOTE and not note:
        problems.append(Problem(field, _NOTE_NEEDED, params))
    elif effective_answer(item, entry) is ItemAnswer.FAIL and not note:
        problems.append(Problem(field, _FAIL_NEEDS_NOTE, params))
    return problems


def road_test_problems(road_test: RoadTest, mileage_at_check_in: int | None) -> list[Problem]:
    """Errors stop level 3; warnings (0 km, unusually long) ask the inspector to confirm."""
    problems: list[Problem] = []
    out, back = road_test.mileage_out, road_test.mileage_in
    if out is None:
        problems.append(Problem(ROAD_TEST_OUT_FIELD, _ROAD_OUT_MISSING))
    elif mileage_at_check_in is not None and out < mileage_at_check_in:
        problems.append(Problem(ROAD_TEST_OUT_FIELD, _ROAD_OUT_BELOW_CHECK_IN, {"mileage": mileage_at_check_in}))
    if back is None:
        problems.append(Problem(ROAD_TEST_IN_FIELD, _ROAD_IN_MISSING))
    if out is None or back is None:
        return problems
    distance = back - out
    if distance < 0:
        problems.append(Problem(ROAD_TEST_IN_FIELD, _ROAD_IN_BELOW_OUT))
    elif distance == 0:
        problems.append(Problem(ROAD_TEST_IN_FIELD, _ROAD_ZERO, severity=Severity.WARNING))
    elif distance > ROAD_TEST_LONG_KM:
        problems.append(Problem(ROAD_TEST_IN_FIELD, _ROAD_LONG, {"distance": distance}, Severity.WARNING))
    return problems


def level_problems(qc_round: QcRound, level: QcLevel) -> list[Problem]:
    """Every problem with the answers of one level, in checklist order, errors and warnings.

    Show them all at once; errors block :func:`sign_level`, warnings need a confirmation.
    """
    problems: list[Problem] = []
    for item in qc_round.items_for(level):
        problems += item_problems(item, qc_round.entry(level, item.code))
    if level == QcLevel.FINAL and qc_round.checklist.road_test:
        problems += road_test_problems(qc_round.road_test, qc_round.mileage_at_check_in)
    return problems


def sign_refusal(qc_round: QcRound, level: QcLevel, signer: Signer) -> DealerDeskError | None:
    """Why ``signer`` may not sign ``level`` now, whatever the answers; None if they may.

    The UI uses it to disable the sign button with a reason; sign_level raises it.
    """
    if qc_round.active_signature(level) is not None:
        return DealerDeskError(_ALREADY_SIGNED, level=int(level))
    if level != QcLevel.SELF_CHECK:
        lower = QcLevel(level - 1)
        below = qc_round.active_signature(lower)
        if below is None:
            return DealerDeskError(_LOWER_NOT_SIGNED, level=int(level), lower=int(lower))
        if below.outcome is Outcome.FAIL:
            return DealerDeskError(_LOWER_FAILED, level=int(level), lower=int(lower))
    if LEVEL_ROLES[level] not in signer.roles:
        return PermissionDenied(_ROLE_NEEDED[level])
    if level == QcLevel.SELF_CHECK and signer.user_id not in {user_id for user_id, _ in qc_round.technicians}:
        if not qc_round.technicians:
            return PermissionDenied(_NO_TECHNICIAN_ON_ORDER)
        return PermissionDenied(_NOT_ON_ORDER, names="、".join(name for _, name in qc_round.technicians))
    # Reopened signatures count too: whoever checked a lower level once in this round
    # was a checker of this car, and may not now be the independent one above.
    for signature in sorted(qc_round.signatures, key=lambda s: s.level):
        if signature.level < level and signature.user_id == signer.user_id:
            return PermissionDenied(_SIGNED_LOWER, level=int(level), lower=int(signature.level))
    return None


def edit_refusal(qc_round: QcRound, level: QcLevel) -> DealerDeskError | None:
    """Why the answers of ``level`` may not change: the level is signed and final."""
    if qc_round.active_signature(level) is not None:
        return DealerDeskError(_ALREADY_SIGNED, level=int(level))
    return None


def failed_items(qc_round: QcRound, level: QcLevel) -> tuple[FailedItem, ...]:
    """The items of ``level`` that fail, in checklist order: what the car goes back with."""
    failed: list[FailedItem] = []
    for item in qc_round.items_for(level):
        entry = qc_round.entry(level, item.code)
        if effective_answer(item, entry) is ItemAnswer.FAIL:
            failed.append(FailedItem(item, entry))
    return tuple(failed)


def sign_level(qc_round: QcRound, level: QcLevel, signer: Signer, signed_at: datetime) -> Signature:
    """The signature to store, with its outcome: FAIL if any item of the level fails.

    Raises the :func:`sign_refusal` error, or ValidationError with the level's errors.
    Warnings from :func:`level_problems` do not stop it: confirm them before calling.
    """
    refusal = sign_refusal(qc_round, level, signer)
    if refusal is not None:
        raise refusal
    errors = [problem for problem in level_problems(qc_round, level) if problem.is_error]
    if errors:
        raise ValidationError(errors)
    outcome = Outcome.FAIL if failed_items(qc_round, level) else Outcome.PASS
    return Signature(level, signer.user_id, signed_at, outcome)


def reopen_level(
    qc_round: QcRound, level: QcLevel, manager: Signer, reason: str, reopened_at: datetime
) -> tuple[Signature, ...]:
    """Reopen a signed level: the records to store in place of the active signatures.

    The levels above it are reopened too, since they were signed on top of what is
    now open to change. The records keep who signed and add who reopened, when and why.
    """
    if REOPEN_ROLE not in manager.roles:
        raise PermissionDenied(_REOPEN_ROLE)
    if not reason.strip():
        raise ValidationError([Problem(REASON_FIELD, _REOPEN_REASON)])
    if qc_round.active_signature(level) is None:
        raise DealerDeskError(_REOPEN_UNSIGNED, level=int(level))
    reopening = Reopening(manager.user_id, reopened_at, reason.strip())
    return tuple(
        replace(signature, reopening=reopening)
        for signature in qc_round.signatures
        if signature.active and signature.level >= level
    )


def rework_kind_for(level: QcLevel) -> ReworkKind:
    """A failed workshop level is a QC rework (返工); a failed hand-over, an internal one (内返)."""
    return ReworkKind.INTERNAL if level == QcLevel.HANDOVER else ReworkKind.QC
