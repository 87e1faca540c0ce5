"""Out-of-order signatures are refused by the database whatever writes them: the ORM
without the services, and the signing service itself if its rules let one through.

The rule checks are switched off on purpose (monkeypatched to allow everything), so
only migration 0003's triggers stand between the signature and the table.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import QcSignoff, ReworkRecord
from dealerdesk.domain import qc_rules
from dealerdesk.domain.messages import ConflictError
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import RoundView
from tests.db.qc_helpers import add_labour_line, make_order, passing_answers, with_failure
from tests.helpers import PASSWORD, UserSet

L1, L2, L3, L4 = QcLevel


@pytest.fixture
def started(db: Database, people: UserSet) -> RoundView:
    return qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))


@pytest.fixture
def rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """A service whose sign-off checks let everything through (a bug, a bad merge)."""
    monkeypatch.setattr(qc_rules, "sign_refusal", lambda *_args: None)
    monkeypatch.setattr(qc, "sign_refusal", lambda *_args: None)


def signatures(db: Database, round_id: int) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(QcSignoff).where(QcSignoff.round_id == round_id)) or 0


@pytest.mark.parametrize(
    ("level", "signer", "reason"),
    [
        (L2, "lead2", "level below has no valid passed"),
        (L3, "qc", "level below has no valid passed"),
        (L1, "advisor", "lacks the role|no labour line on the order"),
        (L1, "tech2", "no labour line on the order"),
    ],
)
def test_the_orm_without_the_services_is_refused(
    db: Database, people: UserSet, started: RoundView, level: QcLevel, signer: str, reason: str
) -> None:
    with pytest.raises(IntegrityError, match=reason), db.write() as s:
        s.add(
            QcSignoff(
                round_id=started.id,
                level=int(level),
                signer_id=getattr(people, signer).id,
                signed_at=utcnow(),
                outcome="pass",
                void_reason="",
            )
        )
        s.flush()
    assert signatures(db, started.id) == 0


def test_the_signing_service_with_its_rules_off_is_refused_out_of_order(
    db: Database, people: UserSet, started: RoundView, rules_off: None
) -> None:
    with pytest.raises(ConflictError, match="The QC round changed while you were signing"):
        qc.sign_level(db, people.lead2, started.id, L2, PASSWORD, passing_answers(started, L2))
    assert signatures(db, started.id) == 0
    assert qc.load_round(db, started.id).order_status is OrderStatus.AWAITING_QC


def test_the_signing_service_with_its_rules_off_is_refused_for_the_same_signer(
    db: Database, people: UserSet, started: RoundView, rules_off: None
) -> None:
    add_labour_line(db, started.order_id, people.lead.id)
    qc.sign_level(db, people.lead, started.id, L1, PASSWORD, passing_answers(started, L1))
    with pytest.raises(ConflictError, match="signed a lower level"):
        qc.sign_level(db, people.lead, started.id, L2, PASSWORD, passing_answers(started, L2))
    assert signatures(db, started.id) == 1


def test_a_refused_failing_signature_leaves_no_rework_and_the_order_in_qc(
    db: Database, people: UserSet, started: RoundView, rules_off: None
) -> None:
    failing = with_failure(passing_answers(started, L2), "underbody_inspection")
    with pytest.raises(ConflictError):
        qc.sign_level(db, people.lead2, started.id, L2, PASSWORD, failing)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ReworkRecord)) == 0
    view = qc.load_round(db, started.id)
    assert (view.order_status, view.next_level, signatures(db, started.id)) == (OrderStatus.AWAITING_QC, L1, 0)
