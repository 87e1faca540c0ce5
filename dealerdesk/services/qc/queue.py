"""The QC page's queue: every order in the workshop, in QC or ready for delivery, with the step it waits for.

Read in the same few statements however long the queue, and only what it shows (issue 14): each
order with its newest round and that round's newest valid signature in one statement; the
signatures and technicians of the open rounds (the next level and who may sign it depend on
those alone, not on the answers); the failed answers of the rounds that sent a car back.
Columns are read as rows, not as ORM objects: a thousand orders in QC are one page refresh.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from dealerdesk.db.database import Database
from dealerdesk.db.models import LabourLine, QcItemResult, QcRound, QcSignoff, WorkOrder
from dealerdesk.domain import qc_rules
from dealerdesk.domain.checklists import ChecklistTemplate
from dealerdesk.domain.qc_rules import Outcome
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.qc.store import (
    OUTCOMES,
    QC_LEVELS,
    failure_of,
    order_refusal,
    signature_of,
    templates,
    user_names,
)
from dealerdesk.services.qc.views import FailureView, QueueRow, QueueStage, RoundStatus, SignoffView

_QUEUE_STATUSES = (OrderStatus.IN_WORKSHOP, OrderStatus.AWAITING_QC, OrderStatus.READY)
_IN_QUEUE = WorkOrder.status.in_([st.value for st in _QUEUE_STATUSES])

# The order's newest round (the unique (order_id, round_no) index answers it) ...
_later = aliased(QcRound)
_NEWEST = QcRound.round_no == select(func.max(_later.round_no)).where(_later.order_id == WorkOrder.id).scalar_subquery()
# ... and that round's newest valid signature: the level it has reached.
_valid = aliased(QcSignoff)
_LAST_VALID = (
    select(func.max(_valid.id)).where(_valid.round_id == QcRound.id, _valid.voided_at.is_(None)).scalar_subquery()
)
_OPEN = and_(_IN_QUEUE, QcRound.status == RoundStatus.IN_PROGRESS.value)


class _Order(NamedTuple):
    id: int
    number: str
    status: str
    plate: str
    model: str
    category: str | None
    promised_at: datetime | None
    advisor_id: int
    updated_at: datetime | None


class _Round(NamedTuple):
    id: int
    round_no: int
    category: str
    template_version: int
    handover_version: int
    status: str
    started_at: datetime
    ended_at: datetime | None


class _Signed(NamedTuple):
    """The round's newest valid signature."""

    id: int
    level: int
    signer_id: int
    signed_at: datetime
    outcome: str


class _Signoff(NamedTuple):
    """A signature of an open round, reopened ones too."""

    level: int
    signer_id: int
    signed_at: datetime
    outcome: str
    voided_at: datetime | None
    voided_by_id: int | None
    void_reason: str


# Rows are unpacked into these tuples (a SQLAlchemy Row's attributes cost ten times a tuple's).
_ORDER_COLUMNS = (
    WorkOrder.id,
    WorkOrder.number,
    WorkOrder.status,
    WorkOrder.plate,
    WorkOrder.model,
    WorkOrder.category,
    WorkOrder.promised_at,
    WorkOrder.advisor_id,
    WorkOrder.updated_at,
)
_ROUND_COLUMNS = (
    QcRound.id,
    QcRound.round_no,
    QcRound.category,
    QcRound.template_version,
    QcRound.handover_version,
    QcRound.status,
    QcRound.started_at,
    QcRound.ended_at,
)
_SIGNED_COLUMNS = (QcSignoff.id, QcSignoff.level, QcSignoff.signer_id, QcSignoff.signed_at, QcSignoff.outcome)
_SIGNOFF_COLUMNS = (
    QcSignoff.level,
    QcSignoff.signer_id,
    QcSignoff.signed_at,
    QcSignoff.outcome,
    QcSignoff.voided_at,
    QcSignoff.voided_by_id,
    QcSignoff.void_reason,
)
_ORDER_STATUSES = {status.value: status for status in OrderStatus}
_CATEGORIES = {category.value: category for category in ServiceCategory}
_STAGES = {int(stage): stage for stage in QueueStage}
_Templates = dict[tuple[str, int, int], tuple[ChecklistTemplate, ChecklistTemplate]]


# The statements are the same for every reader: built once.
_ORDERS = (
    select(*_ORDER_COLUMNS, *_ROUND_COLUMNS, *_SIGNED_COLUMNS)
    .select_from(WorkOrder)
    .outerjoin(QcRound, and_(QcRound.order_id == WorkOrder.id, _NEWEST))
    .outerjoin(QcSignoff, QcSignoff.id == _LAST_VALID)
    .where(_IN_QUEUE)
)
_OPEN_SIGNOFFS = (
    select(QcSignoff.round_id, *_SIGNOFF_COLUMNS)
    .join(QcRound, QcRound.id == QcSignoff.round_id)
    .join(WorkOrder, WorkOrder.id == QcRound.order_id)
    .where(_OPEN)
    .order_by(QcSignoff.id)
)
# The self-check's signers: the technicians of the order's labour lines, in line order.
_OPEN_TECHNICIANS = (
    select(LabourLine.order_id, LabourLine.technician_id)
    .join(QcRound, QcRound.order_id == LabourLine.order_id)
    .join(WorkOrder, WorkOrder.id == LabourLine.order_id)
    .where(_OPEN)
    .order_by(LabourLine.order_id, LabourLine.position)
)
# The answers signed with the failing signature of each car back in the workshop. A round fails
# with its newest valid signature: a failed level ends it, and an ended round is never reopened.
_FAILED_ANSWERS = (
    select(QcItemResult)
    .join(QcRound, QcRound.id == QcItemResult.round_id)
    .join(WorkOrder, WorkOrder.id == QcRound.order_id)
    .where(
        WorkOrder.status == OrderStatus.IN_WORKSHOP.value,
        QcRound.status == RoundStatus.FAILED.value,
        _NEWEST,
        QcItemResult.signoff_id == _LAST_VALID,
    )
    .order_by(QcItemResult.id)
)


def qc_queue(db: Database, actor: Actor) -> list[QueueRow]:
    """Orders in the workshop, in QC and ready for delivery; first those the user can act on now."""
    with db.read() as s:
        actor = current_actor(s, actor)
        who = qc_rules.Signer(actor.id, actor.roles)  # the roles as stored now, read with the actor
        names = user_names(s)
        # Plain rows through the connection (the session's ORM result layer adds nothing to columns),
        # fetched at once (iterating a result fetches row by row).
        conn = s.connection()
        found = conn.execute(_ORDERS).all()
        signatures: defaultdict[int, list[qc_rules.Signature]] = defaultdict(list)
        for round_id, *fields in conn.execute(_OPEN_SIGNOFFS).all():
            signatures[round_id].append(signature_of(_Signoff._make(fields)))
        on_order: defaultdict[int, dict[int, str]] = defaultdict(dict)
        for order_id, user_id in conn.execute(_OPEN_TECHNICIANS).all():
            if user_id is not None:
                on_order[order_id].setdefault(user_id, names.get(user_id, ""))
        failed: defaultdict[int, list[QcItemResult]] = defaultdict(list)
        for result in s.scalars(_FAILED_ANSWERS).all():
            assert result.signoff_id is not None
            failed[result.signoff_id].append(result)
    technicians = {order_id: tuple(people.items()) for order_id, people in on_order.items()}
    n, m = len(_ORDER_COLUMNS), len(_ORDER_COLUMNS) + len(_ROUND_COLUMNS)
    checklists: _Templates = {}
    rows = []
    for row in found:
        values = tuple(row)
        qc_round = _Round._make(values[n:m]) if values[n] is not None else None
        last = _Signed._make(values[m:]) if values[m] is not None else None
        order = _Order._make(values[:n])
        rows.append(_queue_row(order, qc_round, last, who, names, signatures, technicians, failed, checklists))
    return sorted(rows, key=_queue_key)


def _queue_key(row: QueueRow) -> tuple[bool, int, float, str]:
    promised = row.promised_at.timestamp() if row.promised_at else float("inf")
    return (not row.may_act, int(row.stage), promised, row.order_number)


def _queue_row(
    order: _Order,
    qc_round: _Round | None,
    signed: _Signed | None,
    who: qc_rules.Signer,
    names: dict[int, str],
    signatures: dict[int, list[qc_rules.Signature]],
    technicians: dict[int, tuple[tuple[int, str], ...]],
    failed: dict[int, list[QcItemResult]],
    checklists: _Templates,
) -> QueueRow:
    status = _ORDER_STATUSES[order.status]
    in_progress = qc_round is not None and qc_round.status == RoundStatus.IN_PROGRESS
    last: SignoffView | None = None
    # A passed round of a car not yet delivered still shows (and may reopen) its signatures.
    if qc_round is not None and (in_progress or status is OrderStatus.READY) and signed is not None:
        last = SignoffView(
            id=signed.id,
            round_id=qc_round.id,
            round_no=qc_round.round_no,
            level=QC_LEVELS[signed.level],
            signer_id=signed.signer_id,
            signer=names.get(signed.signer_id, ""),
            signed_at=signed.signed_at,
            outcome=OUTCOMES[signed.outcome],
        )
    stage = QueueStage.FINISH
    may_act = False
    waiting_since: datetime | None = order.updated_at
    failure: FailureView | None = None
    if status is OrderStatus.IN_WORKSHOP:
        may_act = bool(who.roles & {Role.TECHNICIAN, Role.TEAM_LEAD})
        if (
            qc_round is not None
            and qc_round.status == RoundStatus.FAILED
            and signed is not None
            and signed.outcome == Outcome.FAIL
        ):
            dom = _domain(qc_round, checklists)
            failure = failure_of(qc_round.round_no, signed, dom, failed.get(signed.id, []), names)
    elif qc_round is not None and (in_progress or status is OrderStatus.READY):
        if qc_round.status == RoundStatus.PASSED:
            stage = QueueStage.DELIVER
            may_act = Role.ADVISOR in who.roles
            waiting_since = qc_round.ended_at
        else:
            # An ended (failed) round waits for no level.
            level = None
            if in_progress:
                dom = _domain(qc_round, checklists, signatures.get(qc_round.id, ()), technicians.get(order.id, ()))
                level = dom.next_level()
                if level is not None:
                    refusal = qc_rules.sign_refusal(dom, level, who) or order_refusal(order.status, order.number, level)
                    may_act = refusal is None
            stage = _STAGES[int(level)] if level is not None else QueueStage.DELIVER
            waiting_since = last.signed_at if last is not None else qc_round.started_at
    shown = qc_round if status is not OrderStatus.IN_WORKSHOP else None
    return QueueRow(
        order_id=order.id,
        order_number=order.number,
        plate=order.plate,
        model=order.model,
        category=_CATEGORIES[order.category] if order.category else None,
        order_status=status,
        promised_at=order.promised_at,
        advisor=names.get(order.advisor_id, ""),
        stage=stage,
        round_id=shown.id if shown is not None else None,
        round_no=shown.round_no if shown is not None else None,
        last_signoff=last,
        may_act=may_act,
        waiting_since=waiting_since,
        failure=failure,
    )


def _domain(
    qc_round: _Round,
    checklists: _Templates,
    signatures: Sequence[qc_rules.Signature] = (),
    technicians: tuple[tuple[int, str], ...] = (),
) -> qc_rules.QcRound:
    """The round without its answers: its checklists, signatures and the order's technicians."""
    key = (qc_round.category, qc_round.template_version, qc_round.handover_version)
    if key not in checklists:
        checklists[key] = templates(*key)
    checklist, handover = checklists[key]
    return qc_rules.QcRound(checklist, handover, signatures=tuple(signatures), technicians=technicians)
