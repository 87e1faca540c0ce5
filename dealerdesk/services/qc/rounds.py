"""Three-level quality control and the hand-over check, as use cases.

The order moves: in workshop -> (finish_work) awaiting QC -> level 1, 2, 3 signed ->
ready for delivery -> hand-over check (level 4) -> (deliver) delivered. A failed level
ends the round: the car goes back to the workshop with a rework record, and the next
finish starts a new round from level 1. The rules themselves live in domain/qc_rules;
this module loads, stores, moves the order and writes the audit log, one transaction
per act. Migration 0003's triggers refuse whatever slips past it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import QcItemResult, QcRound, QcSignoff, WorkOrder
from dealerdesk.domain import qc_rules, workshop_rules
from dealerdesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    DealerDeskError,
    Problem,
    ValidationError,
)
from dealerdesk.domain.order_lifecycle import check_transition
from dealerdesk.domain.qc_rules import ItemEntry, Outcome, RoadTest
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel, ServiceCategory
from dealerdesk.services import audit, users
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.packages import redemption
from dealerdesk.services.qc.checklist_templates import category_template, handover_template
from dealerdesk.services.qc.queue import qc_queue as qc_queue  # the QC page reads the queue through this module
from dealerdesk.services.qc.store import (
    build_round_view,
    domain_round,
    drafts,
    get_order,
    get_round,
    item_views,
    latest_round,
    new_rework_record,
    round_view,
    rounds_with_rows,
    sign_refusal,
    signer,
    signoff_view,
    store_drafts,
    user_names,
    valid_signoff,
    with_answers,
)
from dealerdesk.services.qc.views import (
    QcHistory,
    QcRoundView,
    RoundStatus,
    RoundView,
    SignoffView,
    SignResult,
)
from dealerdesk.services.renewal import offers as renewal_offers
from dealerdesk.services.settlement import settle
from dealerdesk.services.workshop import parts as workshop_parts

ENTITY = "work_order"  # every QC act is audited on the order, so its log tells the whole story

_NO_CATEGORY = QT_TRANSLATE_NOOP("Messages", "Order {number} has no service category, so no checklist applies.")
_ROUND_OPEN = QT_TRANSLATE_NOOP("Messages", "Order {number} already has QC round {round_no} in progress.")
_NO_ROUND = QT_TRANSLATE_NOOP("Messages", "Order {number} has no QC round yet: finish the work first.")
_ITEM_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "Item {code} is not on the level {level} checklist of this round.")
_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Messages", "The QC round changed while you were signing ({detail}). Reload it and try again."
)
_HANDOVER_NOT_PASSED = QT_TRANSLATE_NOOP(
    "Messages", "Order {number} cannot be delivered: the hand-over check has not passed."
)
_REOPEN_ENDED_FAILED = QT_TRANSLATE_NOOP(
    "Messages",
    "QC round {round_no} failed and the car went back to the workshop; its signatures stay as they are. "
    "The next finish of the work starts a new round.",
)
_REOPEN_DELIVERED = QT_TRANSLATE_NOOP("Messages", "Order {number} is delivered; its QC signatures stay as they are.")


# --- the workshop finishes ------------------------------------------------------------------


def finish_work(db: Database, actor: Actor, order_id: int) -> QcRoundView:
    """In workshop -> awaiting QC; starts a QC round with the newest checklist of the order's category."""
    with db.write() as s:
        actor = current_actor(s, actor)
        order = get_order(s, order_id)
        check_transition(OrderStatus(order.status), OrderStatus.AWAITING_QC, actor.roles)
        if not order.category:
            raise DealerDeskError(_NO_CATEGORY, number=order.number)
        last = latest_round(s, order.id)
        if last is not None and last.status == RoundStatus.IN_PROGRESS:
            raise ConflictError(_ROUND_OPEN, number=order.number, round_no=last.round_no)
        checklist = category_template(ServiceCategory(order.category))
        handover = handover_template()
        now = utcnow()
        qc_round = QcRound(
            order_id=order.id,
            round_no=(last.round_no if last else 0) + 1,
            category=order.category,
            template_version=checklist.version,
            handover_version=handover.version,
            status=RoundStatus.IN_PROGRESS.value,
            started_at=now,
            started_by_id=actor.id,
        )
        s.add(qc_round)
        _move(order, OrderStatus.AWAITING_QC, actor, now)
        order.finished_at = now
        s.flush()
        audit.record(
            s,
            actor,
            "finish_work",
            ENTITY,
            order.id,
            {
                "status": [OrderStatus.IN_WORKSHOP.value, OrderStatus.AWAITING_QC.value],
                "qc_round": qc_round.round_no,
                "checklist": checklist.file_name,
                "handover": handover.file_name,
            },
        )
        return round_view(s, qc_round)


# --- reading ------------------------------------------------------------------------------


def load_round(
    db: Database, round_id: int | None = None, *, order_id: int | None = None, actor: Actor | None = None
) -> RoundView:
    """A round (by id, or the order's newest); with ``actor``, each level says why they may not sign it."""
    with db.read() as s:
        if actor is not None:
            current_actor(s, actor)
        if round_id is not None:
            qc_round = get_round(s, round_id)
        else:
            if order_id is None:
                raise TypeError("load_round needs round_id or order_id")
            found = latest_round(s, order_id)
            if found is None:
                raise DealerDeskError(_NO_ROUND, number=get_order(s, order_id).number)
            qc_round = found
        return round_view(s, qc_round, signer(s, actor.id) if actor else None)


def qc_history(db: Database, order_id: int) -> QcHistory:
    """Every round of the order with every signature (voided ones too) and the answers signed with each."""
    with db.read() as s:
        order = get_order(s, order_id)
        rounds = rounds_with_rows(s, WorkOrder.id == order_id)
        names = user_names(s)
        previous = [None, *rounds][: len(rounds)]  # each round's predecessor; an order may have none yet
        views = tuple(build_round_view(r, order, names, p) for r, p in zip(rounds, previous, strict=True))
        return QcHistory(order.id, order.number, views)


def latest_signoffs(db: Database, order_id: int) -> list[SignoffView]:
    """The valid signatures of every round of the order, oldest first, as printed on the job card.

    A level signed again after rework appears once per round; reopened (voided)
    signatures are left out (they stay in :func:`qc_history`). A failed signature carries
    its answers (``results``), so the paper can list the failed items with their notes.
    """
    with db.read() as s:
        names = user_names(s)
        rows = s.execute(
            select(QcSignoff, QcRound)
            .join(QcRound, QcRound.id == QcSignoff.round_id)
            .where(QcRound.order_id == order_id, QcSignoff.voided_at.is_(None))
            .order_by(QcSignoff.signed_at, QcSignoff.id)
        ).all()
        order = get_order(s, order_id) if any(row.outcome == Outcome.FAIL for row, _ in rows) else None
        # A failed signature carries its answers: the job card prints the items the car went back with.
        return [
            signoff_view(
                row, qc_round, domain_round(qc_round, order) if order and row.outcome == Outcome.FAIL else None, names
            )
            for row, qc_round in rows
        ]


# --- answering and signing ----------------------------------------------------------------


def save_answers(
    db: Database,
    actor: Actor,
    round_id: int,
    level: QcLevel | int,
    answers: Sequence[ItemEntry],
    road_test: RoadTest | None = None,
) -> RoundView:
    """Keep the answers typed so far as a draft, unchecked: incomplete answers are what drafts are for.

    Only someone who may sign the level now keeps a draft of it: nobody pre-fills a
    check out of turn, and a signed level is final.
    """
    level = QcLevel(level)
    with db.write() as s:
        actor = current_actor(s, actor, qc_rules.LEVEL_ROLES[level])
        qc_round = get_round(s, round_id)
        order = get_order(s, qc_round.order_id)
        dom = domain_round(qc_round, order)
        refusal = sign_refusal(qc_round, order, dom, level, signer(s, actor.id))
        if refusal is not None:
            raise refusal
        _check_codes(dom, level, answers)
        store_drafts(s, qc_round, level, answers, actor.id, utcnow())
        if level is QcLevel.FINAL and road_test is not None:
            qc_round.road_test_out_km = road_test.mileage_out
            qc_round.road_test_in_km = road_test.mileage_in
        s.flush()
        return round_view(s, qc_round, signer(s, actor.id))


def check_signing(
    db: Database,
    actor: Actor,
    round_id: int,
    level: QcLevel | int,
    answers: Sequence[ItemEntry],
    road_test: RoadTest | None = None,
) -> list[Problem]:
    """What signing would say, without signing: raises a refusal, returns errors and warnings.

    The checklist screen calls it before asking for the password, so the password is
    asked only when the signature can go through (or needs the warnings confirmed).
    """
    level = QcLevel(level)
    with db.read() as s:
        actor = current_actor(s, actor)
        qc_round = get_round(s, round_id)
        order = get_order(s, qc_round.order_id)
        dom = _with_input(domain_round(qc_round, order), level, answers, road_test)
        refusal = sign_refusal(qc_round, order, dom, level, signer(s, actor.id))
        if refusal is not None:
            raise refusal
        _require_parts_accounted(s, order, level, dom)
        return qc_rules.level_problems(dom, level)


def sign_level(
    db: Database,
    actor: Actor,
    round_id: int,
    level: QcLevel | int,
    password: str,
    answers: Sequence[ItemEntry],
    road_test: RoadTest | None = None,
    *,
    confirm_warnings: bool = False,
) -> SignResult:
    """Sign one level with the answers given; FAIL if any item fails.

    Refusals, in the order a person can act on them: the round or the level may not be
    signed by this user now; an item is unanswered or invalid (ValidationError of the
    errors); warnings not confirmed (ValidationError of only warnings: confirm and call
    again with ``confirm_warnings``); the password is wrong. Save the answers with
    :func:`save_answers` first: a refused signature stores nothing.
    """
    level = QcLevel(level)
    problems = check_signing(db, actor, round_id, level, answers, road_test)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise ValidationError(errors)
    if problems and not confirm_warnings:
        raise ValidationError(problems)
    users.confirm_password(db, actor, password)
    try:
        with db.write() as s:
            return _sign(s, actor, round_id, level, answers, road_test)
    except IntegrityError as error:
        # Reached only if someone else signed in between: the triggers and indexes hold.
        raise ConflictError(_CHANGED_MEANWHILE, detail=str(error.orig)) from error


def handover_check(
    db: Database,
    actor: Actor,
    round_id: int,
    password: str,
    answers: Sequence[ItemEntry],
    *,
    confirm_warnings: bool = False,
) -> SignResult:
    """The advisor's hand-over check (level 4): pass lets the car be delivered, fail is an internal rework."""
    return sign_level(db, actor, round_id, QcLevel.HANDOVER, password, answers, confirm_warnings=confirm_warnings)


def _require_parts_accounted(s: Session, order: WorkOrder, level: QcLevel, dom: qc_rules.QcRound) -> None:
    """A passing self-check says where every issued part went (a failing one sends the car back anyway)."""
    if level is QcLevel.SELF_CHECK and not qc_rules.failed_items(dom, level):
        workshop_parts.require_accounted(s, order, workshop_rules.UNACCOUNTED)


def _with_input(
    dom: qc_rules.QcRound, level: QcLevel, answers: Sequence[ItemEntry], road_test: RoadTest | None
) -> qc_rules.QcRound:
    _check_codes(dom, level, answers)
    dom = with_answers(dom, answers)
    if level is QcLevel.FINAL and road_test is not None:
        dom = replace(dom, road_test=road_test)
    return dom


def _check_codes(dom: qc_rules.QcRound, level: QcLevel, answers: Sequence[ItemEntry]) -> None:
    codes = {item.code for item in dom.items_for(level)}
    for entry in answers:
        if entry.level is not level or entry.code not in codes:
            raise DealerDeskError(_ITEM_UNKNOWN, code=entry.code, level=int(level))


def _sign(
    s: Session,
    actor: Actor,
    round_id: int,
    level: QcLevel,
    answers: Sequence[ItemEntry],
    road_test: RoadTest | None,
) -> SignResult:
    now = utcnow()
    qc_round = get_round(s, round_id)
    order = get_order(s, qc_round.order_id)
    who = signer(s, actor.id)
    dom = _with_input(domain_round(qc_round, order), level, answers, road_test)
    refusal = sign_refusal(qc_round, order, dom, level, who)
    if refusal is not None:
        raise refusal
    _require_parts_accounted(s, order, level, dom)
    signature = qc_rules.sign_level(dom, level, who, now)
    store_drafts(s, qc_round, level, answers, actor.id, now)
    if level is QcLevel.FINAL and road_test is not None:
        qc_round.road_test_out_km = road_test.mileage_out
        qc_round.road_test_in_km = road_test.mileage_in
    row = QcSignoff(round_id=qc_round.id, level=int(level), signer_id=actor.id, signed_at=now)
    row.outcome = signature.outcome.value
    qc_round.signoffs.append(row)
    s.flush()
    for result in drafts(qc_round, level).values():
        result.signoff_id = row.id
    s.flush()

    failed = qc_rules.failed_items(dom, level)
    rework_id: int | None = None
    passed = signature.outcome is Outcome.PASS
    audit.record(
        s,
        actor,
        "sign_handover_check" if level is QcLevel.HANDOVER else "sign_qc_level",
        ENTITY,
        order.id,
        {
            "qc_round": qc_round.round_no,
            "level": int(level),
            "outcome": signature.outcome.value,
            "failed_items": [f.item.code for f in failed],
        },
    )
    if not passed:
        qc_round.status = RoundStatus.FAILED.value
        qc_round.ended_at = now
        before = order.status
        _move(order, OrderStatus.IN_WORKSHOP, actor, now, who.roles)
        rework_id = _record_rework(s, actor, qc_round, order, level, failed, now)
        audit.record(
            s,
            actor,
            "record_rework",
            ENTITY,
            order.id,
            {
                "rework_id": rework_id,
                "kind": qc_rules.rework_kind_for(level).value,
                "level": int(level),
                "status": [before, order.status],
            },
        )
    elif level is QcLevel.FINAL:
        _move(order, OrderStatus.READY, actor, now, who.roles)
        if qc_round.road_test_out_km is not None:
            order.road_test_out_km = qc_round.road_test_out_km
            order.road_test_in_km = qc_round.road_test_in_km
    elif level is QcLevel.HANDOVER:
        qc_round.status = RoundStatus.PASSED.value
        qc_round.ended_at = now
    s.flush()
    view = round_view(s, qc_round)
    names = user_names(s)
    failed_views = item_views(dom, level, [r for r in qc_round.results if r.signoff_id == row.id], names)
    return SignResult(
        signoff=signoff_view(row, qc_round, dom, names),
        round_status=view.status,
        order_status=OrderStatus(order.status),
        failed_items=tuple(v for v in failed_views if v.code in {f.item.code for f in failed}),
        rework_id=rework_id,
    )


def _move(
    order: WorkOrder, target: OrderStatus, actor: Actor, now: datetime, roles: frozenset[Role] | None = None
) -> None:
    check_transition(OrderStatus(order.status), target, roles if roles is not None else actor.roles)
    order.status = target.value
    order.updated_at = now
    order.updated_by_id = actor.id


def _record_rework(
    s: Session,
    actor: Actor,
    qc_round: QcRound,
    order: WorkOrder,
    level: QcLevel,
    failed: tuple[qc_rules.FailedItem, ...],
    now: datetime,
) -> int:
    record = new_rework_record(qc_round, order, level, failed, actor.id, now)
    s.add(record)
    s.flush()
    return record.id


# --- reopening ----------------------------------------------------------------------------


def reopen_level(db: Database, actor: Actor, round_id: int, level: QcLevel | int, reason: str) -> RoundView:
    """A manager reopens a signed level (and the levels above it), with a reason.

    The signatures are voided, never deleted; what they signed is copied back as the
    level's draft, so the checker corrects it instead of starting again. A car ready for
    delivery whose level 1-3 is reopened goes back to awaiting QC (the hand-over check
    alone leaves it ready); a delivered car's signatures stay as they are.
    """
    level = QcLevel(level)
    with db.write() as s:
        actor = current_actor(s, actor, Role.MANAGER)
        now = utcnow()
        qc_round = get_round(s, round_id)
        order = get_order(s, qc_round.order_id)
        if qc_round.status == RoundStatus.FAILED:
            raise DealerDeskError(_REOPEN_ENDED_FAILED, round_no=qc_round.round_no)
        if order.status == OrderStatus.DELIVERED:
            raise DealerDeskError(_REOPEN_DELIVERED, number=order.number)
        dom = domain_round(qc_round, order)
        reopened = qc_rules.reopen_level(dom, level, signer(s, actor.id), reason, now)
        status_change: list[str] = []
        if order.status == OrderStatus.READY and min(sig.level for sig in reopened) < QcLevel.HANDOVER:
            _move(order, OrderStatus.AWAITING_QC, actor, now)
            status_change = [OrderStatus.READY.value, OrderStatus.AWAITING_QC.value]
        # From the top down: the trigger refuses a level voided under a still valid one.
        for signature in sorted(reopened, key=lambda sig: sig.level, reverse=True):
            assert signature.reopening is not None
            row = valid_signoff(qc_round, signature.level)
            assert row is not None
            row.voided_at = now
            row.voided_by_id = actor.id
            row.void_reason = signature.reopening.reason
            s.flush()
            for result in [r for r in qc_round.results if r.signoff_id == row.id]:
                qc_round.results.append(
                    QcItemResult(
                        round_id=qc_round.id,
                        level=result.level,
                        item_code=result.item_code,
                        answer=result.answer,
                        value=result.value,
                        note=result.note,
                        answered_by_id=result.answered_by_id,
                        answered_at=result.answered_at,
                    )
                )
        if qc_round.status == RoundStatus.PASSED:
            qc_round.status = RoundStatus.IN_PROGRESS.value
            qc_round.ended_at = None
        s.flush()
        audit.record(
            s,
            actor,
            "reopen_qc_level",
            ENTITY,
            order.id,
            {
                "qc_round": qc_round.round_no,
                "levels": sorted(int(sig.level) for sig in reopened),
                "reason": reason.strip(),
                **({"status": status_change} if status_change else {}),
            },
        )
        return round_view(s, qc_round, signer(s, actor.id))


# --- delivery -----------------------------------------------------------------------------


def deliver(db: Database, actor: Actor, order_id: int) -> None:
    """Ready -> delivered, refused unless the newest round's hand-over check passed."""
    with db.write() as s:
        actor = current_actor(s, actor)
        order = get_order(s, order_id)
        check_transition(OrderStatus(order.status), OrderStatus.DELIVERED, actor.roles)
        qc_round = latest_round(s, order.id)
        handover = valid_signoff(qc_round, QcLevel.HANDOVER) if qc_round is not None else None
        if handover is None or handover.outcome != Outcome.PASS or qc_round is None:
            raise DealerDeskError(_HANDOVER_NOT_PASSED, number=order.number)
        workshop_parts.require_accounted(s, order, workshop_rules.UNACCOUNTED_DELIVERY)
        settle.require_deliverable(s, order)  # settled: paid, on account, or a manager allowed the balance
        renewal_offers.require_offer_recorded(s, order)  # 续保前移: a large claim repair's offer is on record
        now = utcnow()
        redemption.book_on_delivery(s, actor, order, now)  # packages and vouchers are used at hand-over
        _move(order, OrderStatus.DELIVERED, actor, now)
        order.delivered_at = now
        # The car leaves with the odometer read after the road test: the next order starts from it.
        if order.vehicle is not None and order.road_test_in_km is not None:
            order.vehicle.last_mileage = max(order.vehicle.last_mileage or 0, order.road_test_in_km)
        audit.record(
            s,
            actor,
            "deliver",
            ENTITY,
            order.id,
            {"status": [OrderStatus.READY.value, OrderStatus.DELIVERED.value], "qc_round": qc_round.round_no},
        )
