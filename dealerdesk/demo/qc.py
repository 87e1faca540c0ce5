"""QC rounds for the demo database: signed checklists behind every delivered car, cars waiting in QC.

Called from ``write_demo_database`` after the orders and before the rework register. The
rounds are history, so they are written directly with their own times, but every answer
goes through the domain's sign-off rules (a demo signature that breaks a rule raises)
and every row passes migration 0003's triggers: drafts first, the signature, then the
drafts attached to it, the round's end last. A few rounds fail, as in a real workshop,
and leave their QC or internal rework record.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import QcItemResult, QcRound, QcSignoff, UserRole, WorkOrder
from dealerdesk.domain import qc_rules
from dealerdesk.domain.checklists import ChecklistItem, ItemKind
from dealerdesk.domain.qc_rules import ItemEntry, Outcome, RoadTest, Signer
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import ItemAnswer, OrderStatus, QcLevel, ServiceCategory
from dealerdesk.services import audit
from dealerdesk.services.qc.checklist_templates import category_template, handover_template
from dealerdesk.services.qc.store import new_rework_record, order_technicians
from dealerdesk.services.qc.views import RoundStatus

QC_FAIL_RATE = 0.05  # per delivered order: a level failed once before the car passed
HANDOVER_FAIL_RATE = 0.015
CHECK_NOTES = ["复查不合格，退回车间重新处理", "与作业要求不符，需返工", "复检发现问题，已告知主修技师"]
HANDOVER_NOTES = ["车内仍有油污，需重新清洁", "座椅套未取下", "客户物品未放回原位"]
FAULT_CODE_NOTES = ["无", "无", "无", "P0420 已记录并清除", "U0100 偶发，已清除"]


class _Demo:
    def __init__(self, s: Session, rng: random.Random, now: datetime) -> None:
        self.s = s
        self.rng = rng
        self.now = now
        self.roles: dict[int, set[Role]] = {}
        for user_id, role in s.execute(select(UserRole.user_id, UserRole.role)):
            self.roles.setdefault(user_id, set()).add(Role(role))
        self.leads = sorted(u for u, r in self.roles.items() if Role.TEAM_LEAD in r)
        self.inspectors = sorted(u for u, r in self.roles.items() if Role.QC_INSPECTOR in r)
        self.technicians = sorted(u for u, r in self.roles.items() if Role.TECHNICIAN in r)
        self.rounds = 0
        self.reworks = 0

    # --- one order ---------------------------------------------------------------------------
    def order(self, order: WorkOrder) -> None:
        if not order.category or order.checked_in_at is None or not self.leads or not self.inspectors:
            return
        status = OrderStatus(order.status)
        start = order.checked_in_at
        end = order.delivered_at if status is OrderStatus.DELIVERED and order.delivered_at else self.now
        span = max(end - start, timedelta(minutes=40))
        at = start + span * 0.45
        # Nine steps at most (a failed round's four levels and the pause after it, then four levels),
        # so the last hand-over check is signed before the car is delivered.
        step = span * 0.5 / 9
        if status is OrderStatus.DELIVERED:
            if self.rng.random() < QC_FAIL_RATE:
                at = self.run(order, at, step, fail_at=QcLevel(self.rng.randint(1, 3)))
            elif self.rng.random() < HANDOVER_FAIL_RATE / (1 - QC_FAIL_RATE):
                at = self.run(order, at, step, fail_at=QcLevel.HANDOVER)
            self.run(order, at, step, last=QcLevel.HANDOVER)
        elif status is OrderStatus.READY:
            self.run(order, at, step, last=self.rng.choice((QcLevel.FINAL, QcLevel.HANDOVER)))
        elif status is OrderStatus.AWAITING_QC:
            self.run(order, at, step, last=self.rng.choice((None, QcLevel.SELF_CHECK, QcLevel.TEAM_LEAD)))
        elif status is OrderStatus.IN_WORKSHOP and self.rng.random() < 0.2:
            self.run(order, at, step, fail_at=QcLevel(self.rng.randint(1, 3)))

    def run(
        self,
        order: WorkOrder,
        at: datetime,
        step: timedelta,
        last: QcLevel | None = None,
        fail_at: QcLevel | None = None,
    ) -> datetime:
        """One round from level 1 up to ``last`` (all passed) or to ``fail_at`` (failed there)."""
        checklist = category_template(ServiceCategory(order.category or ""))
        handover = handover_template()
        round_no = 1 + sum(1 for _ in self.s.scalars(select(QcRound.id).where(QcRound.order_id == order.id)))
        row = QcRound(
            order_id=order.id,
            round_no=round_no,
            category=checklist.category,
            template_version=checklist.version,
            handover_version=handover.version,
            status=RoundStatus.IN_PROGRESS.value,
            started_at=at,
            started_by_id=self._technician(order),
        )
        self.s.add(row)
        self.s.flush()
        self.rounds += 1
        order.finished_at = at
        dom = qc_rules.QcRound(
            checklist, handover, mileage_at_check_in=order.mileage_in, technicians=order_technicians(order)
        )
        signers = self._signers(order)
        top = fail_at or last
        for level in QcLevel:
            if top is None or level > top:
                break
            at += step
            dom = self._sign(row, order, dom, level, signers[level], at, failing=level is fail_at)
        return at + step

    # --- one signature -----------------------------------------------------------------------
    def _sign(
        self,
        row: QcRound,
        order: WorkOrder,
        dom: qc_rules.QcRound,
        level: QcLevel,
        signer_id: int,
        at: datetime,
        failing: bool,
    ) -> qc_rules.QcRound:
        items = dom.items_for(level)
        wrong = self.rng.choice(items).code if failing else None
        entries = [self._answer(item, level, item.code == wrong) for item in items]
        for entry in entries:
            dom = dom.with_entry(entry)
        if level is QcLevel.FINAL and dom.checklist.road_test:
            out = (order.mileage_in or 0) + self.rng.randint(1, 4)
            road = RoadTest(out, out + self.rng.randint(3, 12))
            dom = replace(dom, road_test=road)
            row.road_test_out_km, row.road_test_in_km = road.mileage_out, road.mileage_in
            order.road_test_out_km, order.road_test_in_km = road.mileage_out, road.mileage_in
        signature = qc_rules.sign_level(dom, level, Signer(signer_id, frozenset(self.roles[signer_id])), at)
        self.s.execute(
            insert(QcItemResult),
            [
                {
                    "round_id": row.id,
                    "level": int(level),
                    "item_code": e.code,
                    "answer": e.answer.value if e.answer else None,
                    "value": e.value,
                    "note": e.note,
                    "answered_by_id": signer_id,
                    "answered_at": at - timedelta(minutes=2),
                }
                for e in entries
            ],
        )
        signoff = QcSignoff(
            round_id=row.id, level=int(level), signer_id=signer_id, signed_at=at, outcome=signature.outcome.value
        )
        self.s.add(signoff)
        self.s.flush()
        self.s.execute(
            update(QcItemResult)
            .where(QcItemResult.round_id == row.id, QcItemResult.level == int(level), QcItemResult.signoff_id.is_(None))
            .values(signoff_id=signoff.id)
        )
        self.s.expire(row, ["signoffs"])
        dom = dom.with_signature(signature)
        if signature.outcome is Outcome.FAIL:
            row.status, row.ended_at = RoundStatus.FAILED.value, at
            self.s.flush()
            record = new_rework_record(row, order, level, qc_rules.failed_items(dom, level), signer_id, at)
            self.s.add(record)
            self.reworks += 1
        elif level is QcLevel.HANDOVER:
            row.status, row.ended_at = RoundStatus.PASSED.value, at
        self.s.flush()
        return dom

    def _answer(self, item: ChecklistItem, level: QcLevel, failing: bool) -> ItemEntry:
        notes = HANDOVER_NOTES if level is QcLevel.HANDOVER else CHECK_NOTES
        if item.kind is ItemKind.MEASURED:
            value = self._value(item, inside=not failing)
            note = f"实测 {value} {item.unit}，不在 {item.range_text} 内" if failing else ""
            return ItemEntry(level, item.code, None, value, note)
        if failing:
            return ItemEntry(level, item.code, ItemAnswer.FAIL, note=self.rng.choice(notes))
        if item.kind is ItemKind.NOTE:
            return ItemEntry(level, item.code, ItemAnswer.PASS, note=self.rng.choice(FAULT_CODE_NOTES))
        if "not applicable" in item.en and self.rng.random() < 0.4:
            return ItemEntry(level, item.code, ItemAnswer.NOT_APPLICABLE)
        return ItemEntry(level, item.code, ItemAnswer.PASS)

    def _value(self, item: ChecklistItem, inside: bool) -> str:
        low, high = item.minimum, item.maximum
        places = max(-min(0, int(x.as_tuple().exponent)) for x in (low, high) if x is not None)
        if low is None:
            places = max(places, 1)
        step = Decimal(1).scaleb(-places)
        lo = low if low is not None else Decimal(0)
        hi = high if high is not None else lo * 3
        if inside:
            return str(lo + step * self.rng.randint(0, int((hi - lo) / step)))
        if low is not None and (high is None or self.rng.random() < 0.5):
            return str(low - step * self.rng.randint(1, 5))
        return str(hi + step * self.rng.randint(1, 5))

    # --- who signs ---------------------------------------------------------------------------
    def _technician(self, order: WorkOrder) -> int:
        on_order = [line.technician_id for line in order.labour_lines if line.technician_id is not None]
        return on_order[0] if on_order else self.rng.choice(self.technicians)

    def _signers(self, order: WorkOrder) -> dict[QcLevel, int]:
        technician = self._technician(order)
        leads = [u for u in self.leads if u != technician] or self.leads
        return {
            QcLevel.SELF_CHECK: technician,
            QcLevel.TEAM_LEAD: self.rng.choice(leads),
            QcLevel.FINAL: self.rng.choice(self.inspectors),
            QcLevel.HANDOVER: order.advisor_id,
        }


def write_demo_rounds(s: Session, rng: random.Random, now: datetime, orders: list[WorkOrder]) -> int:
    """QC rounds for orders another demo writer adds later (the comebacks), inside its transaction."""
    demo = _Demo(s, rng, now)
    for order in orders:
        demo.order(order)
    return demo.rounds


def write_demo_qc(db: Database, rng: random.Random, now: datetime) -> int:
    """QC rounds for the demo's delivered, ready, in-QC and some in-workshop orders; returns how many."""
    with db.write() as s:
        demo = _Demo(s, rng, now)
        statuses = [st.value for st in (OrderStatus.DELIVERED, OrderStatus.READY, OrderStatus.AWAITING_QC)]
        statuses.append(OrderStatus.IN_WORKSHOP.value)
        for order in s.scalars(select(WorkOrder).where(WorkOrder.status.in_(statuses)).order_by(WorkOrder.id)):
            demo.order(order)
        audit.record(s, None, "create_demo_qc", "database", "demo", {"rounds": demo.rounds, "reworks": demo.reworks})
        return demo.rounds
