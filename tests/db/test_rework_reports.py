"""The SQL-aggregated report agrees with the domain's formulas on the same data."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import LabourLine, ReworkRecord, User, WorkOrder
from dealerdesk.domain.messages import PermissionDenied, ValidationError
from dealerdesk.domain.rework_rates import (
    DeliveredOrder,
    Grouping,
    ReworkRow,
    first_time_right,
    first_time_right_by,
    rework_rates,
    rework_rates_by,
)
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.vocabulary import CauseCategory, ReworkKind, ServiceCategory
from dealerdesk.services.rework.reports import build_report
from tests.helpers import UserSet
from tests.rework_data import add_order, add_rework


def _domain_rows(db: Database, start: date, end: date) -> tuple[list[DeliveredOrder], list[ReworkRow], list[ReworkRow]]:
    """The domain's inputs, built object by object: slow, obviously right."""
    lo = datetime.combine(start, datetime.min.time(), CHINA_TIME)
    hi = datetime.combine(end + timedelta(days=1), datetime.min.time(), CHINA_TIME)
    with db.read() as s:
        teams = {uid: team for uid, team in s.execute(select(User.id, User.team))}
        orders = []
        categories = {}
        for o in s.scalars(select(WorkOrder)):
            categories[o.id] = ServiceCategory(o.category)
            if o.delivered_at is None or not lo <= o.delivered_at < hi:
                continue
            techs = frozenset(
                t for t in s.scalars(select(LabourLine.technician_id).where(LabourLine.order_id == o.id)) if t
            )
            orders.append(
                DeliveredOrder(
                    o.id,
                    o.delivered_at.astimezone(CHINA_TIME).strftime("%Y-%m"),
                    categories[o.id],
                    techs,
                    frozenset(teams[t] for t in techs if teams[t]),
                )
            )
        detected, all_rows = [], []
        for r in s.scalars(select(ReworkRecord)):
            row = ReworkRow(
                r.original_order_id,
                ReworkKind(r.kind),
                r.detected_at.astimezone(CHINA_TIME).strftime("%Y-%m"),
                categories[r.original_order_id],
                r.responsible_technician_id,
                teams[r.responsible_technician_id] if r.responsible_technician_id else None,
                CauseCategory(r.cause_category) if r.cause_category else None,
                r.labour_cost_fen + r.parts_cost_fen,
            )
            all_rows.append(row)
            if lo <= r.detected_at < hi:
                detected.append(row)
    delivered_ids = {o.order_id for o in orders}
    return orders, detected, [r for r in all_rows if r.original_order_id in delivered_ids]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_report_matches_domain_formulas(db: Database, people: UserSet, seed: int) -> None:
    rng = random.Random(seed)
    techs = [people.tech.id, people.tech2.id, people.lead.id, people.lead2.id]
    start_utc = datetime(2024, 11, 20, tzinfo=UTC)
    order_ids = []
    for _ in range(120):
        at = start_utc + timedelta(hours=rng.randint(0, 24 * 150))
        order_ids.append(
            add_order(
                db,
                people.advisor.id,
                delivered_at=at,
                category=rng.choice(list(ServiceCategory)),
                technician_ids=tuple(rng.sample(techs, rng.randint(0, 2))),
            )
        )
    came_back: set[int] = set()  # an order has at most one external rework (migration 0012)
    for _ in range(45):
        kind = rng.choice(list(ReworkKind))
        original = rng.choice([o for o in order_ids if kind is not ReworkKind.EXTERNAL or o not in came_back])
        if kind is ReworkKind.EXTERNAL:
            came_back.add(original)
        add_rework(
            db,
            original,
            people.qc.id,
            kind=kind,
            detected_at=start_utc + timedelta(hours=rng.randint(0, 24 * 170)),
            technician_id=rng.choice([*techs, None]),
            cause=rng.choice([*CauseCategory, None]),
            labour_fen=rng.randint(0, 50000),
            parts_fen=rng.randint(0, 50000),
        )
    start, end = date(2024, 12, 1), date(2025, 3, 31)
    report = build_report(db, people.manager, start, end)
    orders, detected, of_delivered = _domain_rows(db, start, end)
    assert report.overall == rework_rates(orders, detected)
    assert report.first_time_right == first_time_right(orders, of_delivered)
    for grouping in Grouping:
        assert report.by[grouping] == rework_rates_by(grouping, orders, detected), grouping
        if grouping is not Grouping.CAUSE:
            assert report.ftr_by[grouping] == first_time_right_by(grouping, orders, of_delivered), grouping
    assert report.labour_cost_fen + report.parts_cost_fen == report.overall.total_cost_fen
    assert report.technician_names[people.tech.id] == "王师傅"


def test_hand_made_period(db: Database, people: UserSet) -> None:
    """Four cars delivered in March, one of them reworked twice: the numbers a manager expects."""
    march = datetime(2025, 3, 10, 2, tzinfo=UTC)
    ids = [add_order(db, people.advisor.id, delivered_at=march, technician_ids=(people.tech.id,)) for _ in range(4)]
    add_order(db, people.advisor.id, delivered_at=datetime(2025, 4, 1, 2, tzinfo=UTC))  # outside
    add_rework(
        db, ids[0], people.qc.id, detected_at=march - timedelta(days=1), technician_id=people.tech.id, labour_fen=10000
    )
    add_rework(
        db,
        ids[0],
        people.advisor.id,
        kind=ReworkKind.EXTERNAL,
        detected_at=datetime(2025, 4, 2, tzinfo=UTC),
        parts_fen=5000,
    )
    report = build_report(db, people.manager, date(2025, 3, 1), date(2025, 3, 31))
    assert report.overall.delivered == 4
    assert report.overall.counts[ReworkKind.QC] == 1 and report.overall.counts[ReworkKind.EXTERNAL] == 0
    assert report.overall.rates[ReworkKind.QC] == Decimal("25.00")
    # The April comeback of a March car still spoils March's first-time-right.
    assert report.first_time_right.right_first_time == 3 and report.first_time_right.rate == Decimal("75.00")
    assert report.labour_cost_fen == 10000 and report.parts_cost_fen == 0


def test_report_checks_role_and_period(db: Database, people: UserSet) -> None:
    with pytest.raises(PermissionDenied):
        build_report(db, people.tech, date(2025, 1, 1), date(2025, 1, 31))
    with pytest.raises(ValidationError):
        build_report(db, people.manager, date(2025, 2, 1), date(2025, 1, 31))
    empty = build_report(db, people.manager, date(2025, 1, 1), date(2025, 1, 31))
    assert empty.overall.delivered == 0 and empty.overall.total_rate is None and empty.first_time_right.rate is None
