"""The QC queue read set-wise from columns shows exactly what the queue built from whole rounds showed.

``reference_queue`` is the queue as it was before issue 14's rewrite: each order's newest round
loaded as ORM objects with every signature and answer, and the rules applied to the full domain
round. Every stage of the queue, reopened signatures, a second technician, a failed round sent
back with a value out of its range: each user must see the same rows from both.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import WorkOrder
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel, ServiceCategory
from dealerdesk.services.actor import Actor
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.store import (
    domain_round,
    failure_view,
    latest_round,
    sign_refusal,
    signer,
    signoff_view,
    user_names,
)
from dealerdesk.services.qc.views import FailureView, QueueRow, QueueStage, RoundStatus, RoundView, SignoffView
from tests.db.qc_helpers import add_labour_line, make_order, passing_answers, with_failure
from tests.helpers import PASSWORD, UserSet

pytestmark = pytest.mark.both_backends

_QUEUE = (OrderStatus.IN_WORKSHOP, OrderStatus.AWAITING_QC, OrderStatus.READY)


def reference_queue(db: Database, actor: Actor) -> list[QueueRow]:
    """The queue's rows from whole ORM rounds (lazy loads: fine for a handful of orders)."""
    with db.read() as s:
        names = user_names(s)
        who = signer(s, actor.id)
        orders = s.scalars(select(WorkOrder).where(WorkOrder.status.in_([st.value for st in _QUEUE]))).all()
        rows: list[QueueRow] = []
        for order in orders:
            qc_round = latest_round(s, order.id)
            status = OrderStatus(order.status)
            in_progress = qc_round is not None and qc_round.status == RoundStatus.IN_PROGRESS
            last: SignoffView | None = None
            if qc_round is not None and (in_progress or status is OrderStatus.READY):
                valid = [so for so in qc_round.signoffs if so.voided_at is None]
                if valid:
                    last = signoff_view(valid[-1], qc_round, None, names)
            stage, may_act = QueueStage.FINISH, False
            waiting_since: datetime | None = order.updated_at
            failure: FailureView | None = None
            if status is OrderStatus.IN_WORKSHOP:
                may_act = bool(who.roles & {Role.TECHNICIAN, Role.TEAM_LEAD})
                if qc_round is not None:
                    failure = failure_view(qc_round, order, names)
            elif qc_round is not None and (in_progress or status is OrderStatus.READY):
                if qc_round.status == RoundStatus.PASSED:
                    stage, may_act, waiting_since = QueueStage.DELIVER, Role.ADVISOR in who.roles, qc_round.ended_at
                else:
                    dom = domain_round(qc_round, order)
                    level = dom.next_level()
                    stage = QueueStage(int(level)) if level is not None else QueueStage.DELIVER
                    if level is not None:
                        may_act = sign_refusal(qc_round, order, dom, level, who) is None
                    waiting_since = last.signed_at if last is not None else qc_round.started_at
            shown = qc_round if qc_round is not None and status is not OrderStatus.IN_WORKSHOP else None
            rows.append(
                QueueRow(
                    order_id=order.id,
                    order_number=order.number,
                    plate=order.plate,
                    model=order.model,
                    category=ServiceCategory(order.category) if order.category else None,
                    order_status=status,
                    promised_at=order.promised_at,
                    advisor=names.get(order.advisor_id, ""),
                    stage=stage,
                    round_id=shown.id if shown else None,
                    round_no=shown.round_no if shown else None,
                    last_signoff=last,
                    may_act=may_act,
                    waiting_since=waiting_since,
                    failure=failure,
                )
            )
    return sorted(rows, key=lambda r: r.order_id)


def sign(db: Database, who: Actor, view: RoundView, level: int, fail_code: str = "", value: str = "") -> None:
    answers = passing_answers(view, QcLevel(level))
    if fail_code:
        answers = with_failure(answers, fail_code, value)
    road = RoadTest(42_010, 42_015) if level == 3 and view.road_test else None
    qc.sign_level(db, who, view.id, level, PASSWORD, answers, road, confirm_warnings=True)


def test_every_user_sees_the_rows_the_whole_rounds_gave(db: Database, people: UserSet) -> None:
    p = people
    make_order(db, p.advisor, p.tech)  # in the workshop, never finished
    # Failed at level 2 on a value out of its range and an item failed outright: back in the workshop.
    failed = qc.finish_work(db, p.tech, make_order(db, p.advisor, p.tech))
    sign(db, p.tech, failed, 1)
    measured = next(i.item for i in failed.level(QcLevel.TEAM_LEAD).items if i.item.maximum is not None)
    answers = with_failure(passing_answers(failed, QcLevel.TEAM_LEAD), measured.code, str(measured.maximum + 100))
    answers = with_failure(
        answers, next(i.code for i in failed.level(QcLevel.TEAM_LEAD).items if i.code != measured.code)
    )
    qc.sign_level(db, p.lead2, failed.id, 2, PASSWORD, answers, confirm_warnings=True)
    # Failed once, finished again: round 2 with drafts, waiting for the self-check.
    again = qc.finish_work(db, p.tech, make_order(db, p.advisor2, p.tech))
    sign(db, p.tech, again, 1, passing_answers(again, QcLevel.SELF_CHECK)[0].code)
    again = qc.finish_work(db, p.tech, again.order_id)
    qc.save_answers(db, p.tech, again.id, 1, passing_answers(again, QcLevel.SELF_CHECK)[:2])
    # Two technicians on the order: lead1 signs the self-check and may not sign level 2 above it.
    two = qc.finish_work(db, p.tech, make_order(db, p.advisor, p.tech))
    add_labour_line(db, two.order_id, p.lead.id)
    sign(db, p.lead, two, 1)
    # lead1's self-check reopened and signed again by tech1: lead1's voided signature still bars level 2.
    reopened = qc.finish_work(db, p.tech, make_order(db, p.advisor, p.tech))
    add_labour_line(db, reopened.order_id, p.lead.id)
    sign(db, p.lead, reopened, 1)
    qc.reopen_level(db, p.manager, reopened.id, 1, "漏检")
    sign(db, p.tech, reopened, 1)
    # Waiting for the final inspection, the hand-over, delivery; a ready car with its final level reopened.
    for last_level in (2, 3, 4):
        view = qc.finish_work(db, p.tech, make_order(db, p.advisor, p.tech, category=ServiceCategory.GENERAL_REPAIR))
        for level, who in zip(range(1, last_level + 1), (p.tech, p.lead2, p.qc, p.advisor), strict=False):
            sign(db, who, view, level)
    back = qc.finish_work(db, p.tech, make_order(db, p.advisor, p.tech))
    for level, who in zip(range(1, 4), (p.tech, p.lead2, p.qc), strict=True):
        sign(db, who, back, level)
    qc.reopen_level(db, p.manager, back.id, 3, "路试里程记录有误")
    # An order whose labour lines name no technician: nobody may sign its self-check.
    nobody = qc.finish_work(db, p.tech, make_order(db, p.advisor, p.tech))
    with db.write() as s:
        order = s.get(WorkOrder, nobody.order_id)
        assert order is not None
        for line in order.labour_lines:
            line.technician_id = None

    viewers = (p.admin, p.manager, p.advisor, p.advisor2, p.tech, p.tech2, p.lead, p.lead2, p.qc)
    stages = set()
    for viewer in viewers:
        rows = qc.qc_queue(db, viewer)
        assert sorted(rows, key=lambda r: r.order_id) == reference_queue(db, viewer), viewer.username
        stages |= {(r.stage, r.may_act, r.failure is not None, r.last_signoff is not None) for r in rows}
    # The scenario reaches every stage, with rows each way: the comparison above is not vacuous.
    assert {stage for stage, *_ in stages} == set(QueueStage)
    assert {(True, False), (False, True)} <= {(failure, may) for _, may, failure, _ in stages}
    assert {may for _, may, *_ in stages} == {True, False}


def test_the_failed_items_shown_are_the_ones_that_failed(db: Database, people: UserSet) -> None:
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    code = passing_answers(view, QcLevel.SELF_CHECK)[1].code
    sign(db, people.tech, view, 1, code)
    (row,) = [r for r in qc.qc_queue(db, people.tech) if r.order_id == view.order_id]
    assert row.stage is QueueStage.FINISH and row.may_act and row.round_id is None
    assert row.failure is not None
    assert (row.failure.round_no, row.failure.level, row.failure.signer) == (1, QcLevel.SELF_CHECK, "王师傅")
    assert [(i.code, i.note) for i in row.failure.items] == [(code, "不合格")]
