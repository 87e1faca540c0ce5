"""What the QC services return: plain dataclasses, frozen but for the queue's rows, never live ORM objects."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from dealerdesk.domain.checklists import ChecklistItem
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.qc_rules import Outcome
from dealerdesk.domain.vocabulary import ItemAnswer, OrderStatus, QcLevel, ServiceCategory


class RoundStatus(enum.StrEnum):
    IN_PROGRESS = "in_progress"
    PASSED = "passed"  # every level including the hand-over check passed
    FAILED = "failed"  # a level failed: the car went back to the workshop


class QueueStage(enum.IntEnum):
    """Where an order waits on the QC page, in the order the car moves through them."""

    FINISH = 0  # in the workshop: "finish work -> QC" starts a round
    LEVEL_1 = 1
    LEVEL_2 = 2
    LEVEL_3 = 3
    HANDOVER = 4  # ready for delivery, waiting for the advisor's hand-over check
    DELIVER = 5  # hand-over passed: the advisor may deliver

    @property
    def level(self) -> QcLevel | None:
        return QcLevel(int(self)) if 1 <= self <= 4 else None


@dataclass(frozen=True)
class ItemView:
    """One checklist item with its answer (the draft, or the signed one once the level is signed)."""

    item: ChecklistItem
    answer: ItemAnswer | None = None
    value: str = ""
    note: str = ""
    effective: ItemAnswer | None = None  # what counts: a value outside its range fails whatever was clicked
    answered_by: str = ""
    answered_at: datetime | None = None

    @property
    def code(self) -> str:
        return self.item.code

    def text(self, lang: str) -> str:
        return self.item.zh if lang.startswith("zh") else self.item.en


@dataclass(frozen=True)
class SignoffView:
    id: int
    round_id: int
    round_no: int
    level: QcLevel
    signer_id: int
    signer: str
    signed_at: datetime
    outcome: Outcome
    voided_at: datetime | None = None
    voided_by: str = ""
    void_reason: str = ""
    results: tuple[ItemView, ...] = ()  # the answers signed with this signature

    @property
    def passed(self) -> bool:
        return self.outcome is Outcome.PASS

    @property
    def valid(self) -> bool:
        return self.voided_at is None


@dataclass(frozen=True)
class FailureView:
    """Why a round failed: the level, who failed it and when, and the items the car went back with."""

    round_no: int
    level: QcLevel
    signer: str
    signed_at: datetime
    items: tuple[ItemView, ...]  # the failed items with their values and notes, in checklist order


@dataclass(frozen=True)
class LevelView:
    level: QcLevel
    items: tuple[ItemView, ...]
    signoff: SignoffView | None  # the valid signature, if signed
    # Why the viewing user may not sign this level now (None: they may); only when loaded for a user.
    refusal: DealerDeskError | None = None

    @property
    def signed(self) -> bool:
        return self.signoff is not None


@dataclass(frozen=True)
class RoundView:
    id: int
    round_no: int
    order_id: int
    order_number: str
    order_status: OrderStatus
    plate: str
    vin: str
    model: str
    customer_name: str
    category: ServiceCategory
    template_version: int
    handover_version: int
    status: RoundStatus
    started_at: datetime
    started_by: str
    ended_at: datetime | None
    mileage_in: int | None
    road_test: bool  # level 3 records a road test (odometer out/in)
    road_test_out_km: int | None
    road_test_in_km: int | None
    concerns: tuple[str, ...]
    levels: tuple[LevelView, ...]  # levels 1-4 in order
    signoffs: tuple[SignoffView, ...]  # every signature of the round, voided ones included
    next_level: QcLevel | None  # the level waiting for a signature; None once ended or fully passed
    # The round before this one, if it failed: what the workshop was to fix, shown while checking again.
    previous_failure: FailureView | None = None

    def level(self, level: QcLevel | int) -> LevelView:
        return self.levels[int(level) - 1]


# What finish_work returns: the round it started.
QcRoundView = RoundView


# Not frozen (as search's OrderRow): a frozen dataclass sets each field through object.__setattr__,
# four times the cost of the rest of a row; the QC page builds a thousand of them per refresh.
@dataclass(slots=True)
class QueueRow:
    order_id: int
    order_number: str
    plate: str
    model: str
    category: ServiceCategory | None
    order_status: OrderStatus
    promised_at: datetime | None
    advisor: str
    stage: QueueStage
    round_id: int | None
    round_no: int | None
    last_signoff: SignoffView | None  # the newest valid signature of the round
    may_act: bool  # the viewing user can do this row's next step
    waiting_since: datetime | None  # finished, or last signed: how long the car has waited
    failure: FailureView | None = None  # back in the workshop after a failed round: what failed


@dataclass(frozen=True)
class SignResult:
    signoff: SignoffView
    round_status: RoundStatus
    order_status: OrderStatus
    failed_items: tuple[ItemView, ...]  # what the car goes back with; empty on a pass
    rework_id: int | None  # the rework record created by a failed level


@dataclass(frozen=True)
class QcHistory:
    order_id: int
    order_number: str
    rounds: tuple[RoundView, ...]  # oldest first
