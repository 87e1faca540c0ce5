"""Between the QC tables and the pure rules: build a domain round from rows, views from both.

Used only inside a service's transaction; nothing here commits.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import set_committed_value

from dealerdesk.db.models import QcItemResult, QcRound, QcSignoff, ReworkRecord, User, UserRole, WorkOrder
from dealerdesk.domain import qc_rules
from dealerdesk.domain.checklists import ChecklistTemplate
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, NotFound
from dealerdesk.domain.qc_rules import ItemEntry, Outcome, Reopening, RoadTest, Signature, Signer
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import ItemAnswer, OrderStatus, QcLevel, ServiceCategory
from dealerdesk.services.qc.checklist_templates import category_template, handover_template
from dealerdesk.services.qc.views import FailureView, ItemView, LevelView, RoundStatus, RoundView, SignoffView

# Enum(value) costs a microsecond (EnumType.__call__); a list of a thousand rounds makes thousands of them.
QC_LEVELS = {int(level): level for level in QcLevel}
OUTCOMES = {outcome.value: outcome for outcome in Outcome}


def get_order(s: Session, order_id: int) -> WorkOrder:
    order = s.get(WorkOrder, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "No work order with id {id}."), id=order_id)
    return order


def get_round(s: Session, round_id: int) -> QcRound:
    qc_round = s.get(QcRound, round_id)
    if qc_round is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "No QC round with id {id}."), id=round_id)
    return qc_round


def latest_round(s: Session, order_id: int) -> QcRound | None:
    return s.scalar(select(QcRound).where(QcRound.order_id == order_id).order_by(QcRound.round_no.desc()).limit(1))


def rounds_with_rows(s: Session, where: ColumnElement[bool]) -> list[QcRound]:
    """The rounds of the orders matching ``where`` (on WorkOrder) with their signatures and answers,
    oldest round of each order first, in three statements however many rounds match.

    (selectinload would add a statement for every 500 rounds: a history's cost would grow with it.)
    """
    ids = select(QcRound.id).join(WorkOrder, WorkOrder.id == QcRound.order_id).where(where)
    rounds = s.scalars(select(QcRound).where(QcRound.id.in_(ids)).order_by(QcRound.order_id, QcRound.round_no)).all()
    signoffs: defaultdict[int, list[QcSignoff]] = defaultdict(list)
    results: defaultdict[int, list[QcItemResult]] = defaultdict(list)
    if rounds:
        for signoff in s.scalars(select(QcSignoff).where(QcSignoff.round_id.in_(ids)).order_by(QcSignoff.id)):
            signoffs[signoff.round_id].append(signoff)
        for result in s.scalars(select(QcItemResult).where(QcItemResult.round_id.in_(ids)).order_by(QcItemResult.id)):
            results[result.round_id].append(result)
    for qc_round in rounds:
        set_committed_value(qc_round, "signoffs", signoffs[qc_round.id])
        set_committed_value(qc_round, "results", results[qc_round.id])
    return list(rounds)


def user_names(s: Session) -> dict[int, str]:
    """Every user's name, read once per session (a queue or a history asks for them per row)."""
    names: dict[int, str] | None = s.info.get("dealerdesk_user_names")
    if names is None:
        names = {user_id: name for user_id, name in s.execute(select(User.id, User.full_name))}
        s.info["dealerdesk_user_names"] = names
    return names


def signer(s: Session, user_id: int) -> Signer:
    """The user's roles as stored now, not as they were at sign-in."""
    roles = s.scalars(select(UserRole.role).where(UserRole.user_id == user_id)).all()
    return Signer(user_id, frozenset(Role(r) for r in roles))


def templates(
    category: str, template_version: int, handover_version: int
) -> tuple[ChecklistTemplate, ChecklistTemplate]:
    """A round's checklists: its category's (levels 1-3) and the hand-over's, in the versions it started with."""
    return category_template(ServiceCategory(category), template_version), handover_template(handover_version)


def valid_signoff(qc_round: QcRound, level: QcLevel) -> QcSignoff | None:
    for signoff in qc_round.signoffs:
        if signoff.level == level and signoff.voided_at is None:
            return signoff
    return None


def current_results(qc_round: QcRound, level: QcLevel) -> list[QcItemResult]:
    """The answers that count for a level: the signed ones once signed, else the drafts."""
    signoff = valid_signoff(qc_round, level)
    wanted = signoff.id if signoff is not None else None
    return [r for r in qc_round.results if r.level == level and r.signoff_id == wanted]


def drafts(qc_round: QcRound, level: QcLevel) -> dict[str, QcItemResult]:
    return {r.item_code: r for r in qc_round.results if r.level == level and r.signoff_id is None}


def entry_of(row: QcItemResult) -> ItemEntry:
    return ItemEntry(
        QcLevel(row.level), row.item_code, ItemAnswer(row.answer) if row.answer else None, row.value, row.note
    )


class SignedFields(Protocol):
    """Who signed which level when: a QcSignoff, or those columns selected without building one."""

    @property
    def level(self) -> int: ...
    @property
    def signer_id(self) -> int: ...
    @property
    def signed_at(self) -> datetime: ...


class SignoffFields(SignedFields, Protocol):
    """A signature's columns: a QcSignoff, or a row of them selected without building one."""

    @property
    def outcome(self) -> str: ...
    @property
    def voided_at(self) -> datetime | None: ...
    @property
    def voided_by_id(self) -> int | None: ...
    @property
    def void_reason(self) -> str: ...


def signature_of(row: SignoffFields) -> Signature:
    reopening = None
    if row.voided_at is not None:
        assert row.voided_by_id is not None
        reopening = Reopening(row.voided_by_id, row.voided_at, row.void_reason)
    return Signature(QC_LEVELS[row.level], row.signer_id, row.signed_at, OUTCOMES[row.outcome], reopening)


def domain_round(qc_round: QcRound, order: WorkOrder) -> qc_rules.QcRound:
    checklist, handover = templates(qc_round.category, qc_round.template_version, qc_round.handover_version)
    entries = tuple(entry_of(row) for level in QcLevel for row in current_results(qc_round, level))
    return qc_rules.QcRound(
        checklist=checklist,
        handover=handover,
        entries=entries,
        signatures=tuple(signature_of(row) for row in qc_round.signoffs),
        road_test=RoadTest(qc_round.road_test_out_km, qc_round.road_test_in_km),
        mileage_at_check_in=order.mileage_in,
        technicians=order_technicians(order),
    )


def order_technicians(order: WorkOrder) -> tuple[tuple[int, str], ...]:
    """The technicians of the order's labour lines (id, name), in line order: who may sign the self-check."""
    ids = list(dict.fromkeys(x.technician_id for x in order.labour_lines if x.technician_id is not None))
    if not ids:
        return ()
    s = object_session(order)
    assert s is not None
    names = user_names(s)
    return tuple((user_id, names.get(user_id, "")) for user_id in ids)


def with_answers(dom: qc_rules.QcRound, answers: Iterable[ItemEntry]) -> qc_rules.QcRound:
    for entry in answers:
        dom = dom.with_entry(entry)
    return dom


def store_drafts(
    s: Session, qc_round: QcRound, level: QcLevel, answers: Sequence[ItemEntry], user_id: int, now: datetime
) -> None:
    """Insert or update the level's draft rows; an untouched empty item gets no row."""
    existing = drafts(qc_round, level)
    for entry in answers:
        answer = entry.answer.value if entry.answer else None
        row = existing.get(entry.code)
        if row is None:
            if answer is None and not entry.value and not entry.note:
                continue
            row = QcItemResult(round_id=qc_round.id, level=int(level), item_code=entry.code, signoff_id=None)
            qc_round.results.append(row)
        elif (row.answer, row.value, row.note) == (answer, entry.value, entry.note):
            continue
        row.answer = answer
        row.value = entry.value
        row.note = entry.note
        row.answered_by_id = user_id
        row.answered_at = now
    s.flush()


def item_views(
    dom: qc_rules.QcRound, level: QcLevel, rows: Sequence[QcItemResult], names: dict[int, str]
) -> tuple[ItemView, ...]:
    by_code = {row.item_code: row for row in rows}
    views: list[ItemView] = []
    for item in dom.items_for(level):
        row = by_code.get(item.code)
        if row is None:
            views.append(ItemView(item))
            continue
        entry = entry_of(row)
        views.append(
            ItemView(
                item,
                entry.answer,
                entry.value,
                entry.note,
                qc_rules.effective_answer(item, entry),
                names.get(row.answered_by_id or 0, ""),
                row.answered_at,
            )
        )
    return tuple(views)


def signoff_view(row: QcSignoff, qc_round: QcRound, dom: qc_rules.QcRound | None, names: dict[int, str]) -> SignoffView:
    results: tuple[ItemView, ...] = ()
    if dom is not None:
        signed = [r for r in qc_round.results if r.signoff_id == row.id]
        results = item_views(dom, QcLevel(row.level), signed, names)
    return SignoffView(
        id=row.id,
        round_id=qc_round.id,
        round_no=qc_round.round_no,
        level=QcLevel(row.level),
        signer_id=row.signer_id,
        signer=names.get(row.signer_id, ""),
        signed_at=row.signed_at,
        outcome=Outcome(row.outcome),
        voided_at=row.voided_at,
        voided_by=names.get(row.voided_by_id or 0, ""),
        void_reason=row.void_reason,
        results=results,
    )


def failure_view(qc_round: QcRound, order: WorkOrder, names: dict[int, str]) -> FailureView | None:
    """What a failed round sent back to the workshop; None for a round that did not fail."""
    if qc_round.status != RoundStatus.FAILED:
        return None
    failed = next((so for so in qc_round.signoffs if so.voided_at is None and so.outcome == Outcome.FAIL.value), None)
    if failed is None:
        return None
    signed = [r for r in qc_round.results if r.signoff_id == failed.id]
    return failure_of(qc_round.round_no, failed, domain_round(qc_round, order), signed, names)


def failure_of(
    round_no: int,
    failed: SignedFields,
    dom: qc_rules.QcRound,
    signed: Sequence[QcItemResult],
    names: dict[int, str],
) -> FailureView:
    """The failure view of ``failed`` (the round's failing signature) from the answers signed with it."""
    items = item_views(dom, QcLevel(failed.level), signed, names)
    return FailureView(
        round_no=round_no,
        level=QcLevel(failed.level),
        signer=names.get(failed.signer_id, ""),
        signed_at=failed.signed_at,
        items=tuple(item for item in items if item.effective is ItemAnswer.FAIL),
    )


def previous_round(s: Session, qc_round: QcRound) -> QcRound | None:
    return s.scalar(
        select(QcRound).where(QcRound.order_id == qc_round.order_id, QcRound.round_no == qc_round.round_no - 1)
    )


def round_view(s: Session, qc_round: QcRound, viewer: Signer | None = None) -> RoundView:
    order = get_order(s, qc_round.order_id)
    return build_round_view(qc_round, order, user_names(s), previous_round(s, qc_round), viewer)


def build_round_view(
    qc_round: QcRound,
    order: WorkOrder,
    names: dict[int, str],
    previous: QcRound | None,
    viewer: Signer | None = None,
) -> RoundView:
    """The view of a loaded round; ``previous`` is the order's round before it, if any."""
    dom = domain_round(qc_round, order)
    status = RoundStatus(qc_round.status)
    signoffs = {row.id: signoff_view(row, qc_round, dom, names) for row in qc_round.signoffs}
    levels: list[LevelView] = []
    for level in QcLevel:
        valid = valid_signoff(qc_round, level)
        refusal = None
        if viewer is not None:
            refusal = sign_refusal(qc_round, order, dom, level, viewer)
        levels.append(
            LevelView(
                level,
                item_views(dom, level, current_results(qc_round, level), names),
                signoffs[valid.id] if valid is not None else None,
                refusal,
            )
        )
    return RoundView(
        id=qc_round.id,
        round_no=qc_round.round_no,
        order_id=order.id,
        order_number=order.number,
        order_status=OrderStatus(order.status),
        plate=order.plate,
        vin=order.vin,
        model=order.model,
        customer_name=order.customer_name,
        category=ServiceCategory(qc_round.category),
        template_version=qc_round.template_version,
        handover_version=qc_round.handover_version,
        status=status,
        started_at=qc_round.started_at,
        started_by=names.get(qc_round.started_by_id or 0, ""),
        ended_at=qc_round.ended_at,
        mileage_in=order.mileage_in,
        road_test=dom.checklist.road_test,
        road_test_out_km=qc_round.road_test_out_km,
        road_test_in_km=qc_round.road_test_in_km,
        concerns=tuple(c.text for c in order.concerns),
        levels=tuple(levels),
        signoffs=tuple(signoffs.values()),
        next_level=dom.next_level() if status is RoundStatus.IN_PROGRESS else None,
        previous_failure=failure_view(previous, order, names) if previous is not None else None,
    )


def responsible_technician(order: WorkOrder) -> int | None:
    """The technician on most of the order's labour lines (the self-check signer is one of them: migration 0013)."""
    counts = Counter(line.technician_id for line in order.labour_lines if line.technician_id is not None)
    return counts.most_common(1)[0][0] if counts else None


def new_rework_record(
    qc_round: QcRound,
    order: WorkOrder,
    level: QcLevel,
    failed: tuple[qc_rules.FailedItem, ...],
    detected_by_id: int,
    now: datetime,
) -> ReworkRecord:
    """The rework record of a failed level: QC rework for levels 1-3, internal rework for the hand-over."""
    items = [
        {
            "code": f.item.code,
            "level": int(f.item.level),
            "label": f.item.zh,  # what the rework register shows; the data is Chinese-first
            "zh": f.item.zh,
            "en": f.item.en,
            "answer": f.entry.answer.value if f.entry.answer else None,
            "value": f.entry.value,
            "unit": f.item.unit,
            "range": f.item.range_text,
            "note": f.entry.note,
        }
        for f in failed
    ]
    return ReworkRecord(
        original_order_id=order.id,
        kind=qc_rules.rework_kind_for(level).value,
        detected_at=now,
        detected_by_id=detected_by_id,
        qc_round_id=qc_round.id,
        qc_level=int(level),
        stage="handover" if level is QcLevel.HANDOVER else f"qc_level_{int(level)}",
        failed_items=json.dumps(items, ensure_ascii=False),
        responsible_technician_id=responsible_technician(order),
    )


_ROUND_ENDED = QT_TRANSLATE_NOOP(
    "Messages", "QC round {round_no} has ended ({status}). The next finish of the work starts a new round."
)
_ROUND_STATUS_LABELS = {
    RoundStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Messages", "in progress"),
    RoundStatus.PASSED: QT_TRANSLATE_NOOP("Messages", "passed"),
    RoundStatus.FAILED: QT_TRANSLATE_NOOP("Messages", "failed"),
}
_NOT_AWAITING_QC = QT_TRANSLATE_NOOP(
    "Messages", "Order {number} is not awaiting QC, so level {level} cannot be signed now."
)
_NOT_READY = QT_TRANSLATE_NOOP(
    "Messages", "Order {number} is not ready for delivery, so the hand-over check cannot be signed now."
)


def ended_refusal(qc_round: QcRound) -> DealerDeskError | None:
    status = RoundStatus(qc_round.status)
    if status is not RoundStatus.IN_PROGRESS:
        return DealerDeskError(_ROUND_ENDED, round_no=qc_round.round_no, status=_ROUND_STATUS_LABELS[status])
    return None


def sign_refusal(
    qc_round: QcRound, order: WorkOrder, dom: qc_rules.QcRound, level: QcLevel, who: Signer
) -> DealerDeskError | None:
    """Why ``who`` may not sign ``level`` now: an ended round, the sign-off rules, an order moved elsewhere."""
    return (
        ended_refusal(qc_round)
        or qc_rules.sign_refusal(dom, level, who)
        or order_refusal(order.status, order.number, level)
    )


def order_refusal(status: str, number: str, level: QcLevel) -> DealerDeskError | None:
    """Why no level may be signed while the order is in ``status``: levels 1-3 wait for QC, the hand-over for
    delivery."""
    wanted = OrderStatus.READY if level is QcLevel.HANDOVER else OrderStatus.AWAITING_QC
    if status != wanted:
        text = _NOT_READY if level is QcLevel.HANDOVER else _NOT_AWAITING_QC
        return DealerDeskError(text, number=number, level=int(level))
    return None
