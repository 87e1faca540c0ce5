"""Migration 0005's guards, written to past the services (an import, a script, an older version)."""

from __future__ import annotations

import pytest
from sqlalchemy import TextClause, text
from sqlalchemy.exc import IntegrityError

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import QcLevel
from dealerdesk.domain.workshop_rules import OldPart
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.workshop import parts
from tests.db.workshop_helpers import AIR_FILTER, make_clerk, workshop_order
from tests.helpers import UserSet

MOVE = text(
    "INSERT INTO parts_movements (order_id, slip_no, kind, part_no, part_name, quantity_x1000, technician_id, "
    "clerk_id, at, note) VALUES (:order, 'RAW', :kind, :part, '空气滤清器', 1000, :tech, :clerk, :at, '')"
)
SIGN = text(
    "INSERT INTO qc_signoffs (round_id, level, signer_id, signed_at, outcome, void_reason) "
    "VALUES (:round, :level, :signer, :at, 'pass', '')"
)
SIGN_L1 = text(
    "INSERT INTO qc_signoffs (round_id, level, signer_id, signed_at, outcome, void_reason) "
    "VALUES (:round, 1, :signer, :at, 'pass', '')"
)


def _refused(db: Database, statement: TextClause, params: dict[str, object], reason: str) -> None:
    with pytest.raises(IntegrityError, match=reason), db.write() as s:
        s.execute(statement, params)


def test_an_issue_to_an_order_not_in_the_workshop_is_aborted(db: Database, people: UserSet) -> None:
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people, dispatch=False)
    params = {"order": order_id, "kind": "issue", "part": AIR_FILTER, "tech": people.tech.id, "clerk": clerk.id}
    _refused(db, MOVE, params | {"at": utcnow()}, "issued only to an order in the workshop")


def test_movements_are_never_changed_or_deleted(db: Database, people: UserSet) -> None:
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people)
    parts.issue_parts(db, clerk, order_id, {AIR_FILTER: 1000}, people.tech.id)
    _refused(db, text("UPDATE parts_movements SET quantity_x1000 = 1"), {}, "never changed")
    _refused(db, text("DELETE FROM parts_movements"), {}, "never deleted")


def test_a_passing_level_one_with_a_part_unaccounted_is_aborted(db: Database, people: UserSet) -> None:
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people)
    parts.issue_parts(db, clerk, order_id, {AIR_FILTER: 1000}, people.tech.id)
    round_id = qc.finish_work(db, people.tech, order_id).id
    params = {"round": round_id, "signer": people.tech.id, "at": utcnow()}
    _refused(db, SIGN_L1, params, "issued parts are not accounted for")
    parts.account_parts(db, people.tech, order_id, {AIR_FILTER: (1000, OldPart.SCRAPPED)})
    with db.write() as s:
        s.execute(SIGN_L1, params)
    assert qc.load_round(db, round_id).level(QcLevel.SELF_CHECK).signoff is not None


def test_delivery_with_a_part_unaccounted_is_aborted(db: Database, people: UserSet) -> None:
    """The car passed QC with its part fitted; a return booked afterwards leaves the count wrong."""
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people)
    parts.issue_parts(db, clerk, order_id, {AIR_FILTER: 1000}, people.tech.id)
    parts.account_parts(db, people.tech, order_id, {AIR_FILTER: (1000, OldPart.SCRAPPED)})
    round_id = qc.finish_work(db, people.tech, order_id).id
    signers = ((1, people.tech.id), (2, people.lead2.id), (3, people.qc.id), (4, people.advisor.id))
    with db.write() as s:  # a passed round, so that the hand-over guard (migration 0010) lets delivery by
        for level, signer in signers:
            s.execute(SIGN.bindparams(level=level), {"round": round_id, "signer": signer, "at": utcnow()})
        s.execute(text("UPDATE qc_rounds SET status = 'passed' WHERE id = :id"), {"id": round_id})
        s.execute(text("UPDATE work_orders SET status = 'ready_for_delivery' WHERE id = :id"), {"id": order_id})
        params = {"order": order_id, "kind": "return", "part": AIR_FILTER, "tech": people.tech.id, "clerk": clerk.id}
        s.execute(MOVE, params | {"at": utcnow()})
    deliver = text("UPDATE work_orders SET status = 'delivered' WHERE id = :id")
    _refused(db, deliver, {"id": order_id}, "neither fitted nor returned")
    with db.write() as s:
        s.execute(text("UPDATE part_accounts SET fitted_x1000 = 0 WHERE order_id = :id"), {"id": order_id})
        s.execute(deliver, {"id": order_id})
