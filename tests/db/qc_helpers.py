"""Orders and answers for the QC tests.

Orders the front desk can make (open, in the workshop) come from the work-order
services, as in the shop; other states (delivered history, an order whose labour lines
name no technician) are inserted as rows. Answers are built from the round's checklist.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import timedelta

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import Concern, LabourLine, WorkOrder
from dealerdesk.domain.checklists import ItemKind
from dealerdesk.domain.qc_rules import ItemEntry, RoadTest
from dealerdesk.domain.vocabulary import ItemAnswer, OrderStatus, QcLevel, ServiceCategory
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders import work_orders
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import RoundView
from tests.db.settlement_helpers import settle_in_full
from tests.helpers import PASSWORD, UserSet
from tests.order_samples import complete_order

_numbers = itertools.count(1)
_visits = itertools.count(0)


def make_order(
    db: Database,
    advisor: Actor,
    technician: Actor | None = None,
    status: OrderStatus = OrderStatus.IN_WORKSHOP,
    category: ServiceCategory = ServiceCategory.PERIODIC_MAINTENANCE,
    mileage_in: int = 42_000,
) -> int:
    if technician is not None and status in (OrderStatus.OPEN, OrderStatus.IN_WORKSHOP):
        data = replace(
            complete_order(
                mileage=mileage_in, technician_id=technician.id, checked_in_at=utcnow() - timedelta(hours=3)
            ),
            category=category,
        )
        order_id = work_orders.open_order(db, advisor, data).id
        if status is OrderStatus.IN_WORKSHOP:
            work_orders.dispatch_to_workshop(db, advisor, order_id)
        return order_id
    now = utcnow()
    with db.write() as s:
        order = WorkOrder(
            number=f"WO20260301-{next(_numbers):04d}",
            status=status.value,
            advisor_id=advisor.id,
            customer_name="张三",
            customer_mobile="13800138000",
            plate="川A12345",
            vin="LSVAU2180N2183294",
            make="大众",
            model="朗逸",
            mileage_in=mileage_in,
            fuel_level="1/2",
            category=category.value,
            payment_type="customer",
            estimate_fen=58_000,
            checked_in_at=now - timedelta(hours=3),
            promised_at=now + timedelta(hours=2),
            opened_at=now - timedelta(hours=3),
        )
        order.concerns = [Concern(position=0, text="做5万公里保养"), Concern(position=1, text="刹车有异响")]
        if technician is not None:
            order.labour_lines = [
                LabourLine(
                    position=0,
                    operation="更换机油机滤",
                    hours_x100=50,
                    rate_fen=20_000,
                    amount_fen=10_000,
                    technician_id=technician.id,
                )
            ]
        s.add(order)
        s.flush()
        return order.id


def passing_answers(view: RoundView, level: QcLevel) -> list[ItemEntry]:
    """Every item of the level answered so that it passes: in-range values, notes where needed."""
    entries: list[ItemEntry] = []
    for item_view in view.level(level).items:
        item = item_view.item
        if item.kind is ItemKind.MEASURED:
            value = item.minimum if item.minimum is not None else item.maximum
            assert value is not None
            entries.append(ItemEntry(level, item.code, ItemAnswer.PASS, str(value)))
        elif item.kind is ItemKind.NOTE:
            entries.append(ItemEntry(level, item.code, ItemAnswer.PASS, note="无"))
        else:
            entries.append(ItemEntry(level, item.code, ItemAnswer.PASS))
    return entries


def with_failure(entries: list[ItemEntry], code: str, value: str = "", note: str = "不合格") -> list[ItemEntry]:
    """The entries with one item failed (a value outside its range if given, else answered fail)."""
    out: list[ItemEntry] = []
    for entry in entries:
        if entry.code == code:
            entry = ItemEntry(entry.level, code, ItemAnswer.PASS if value else ItemAnswer.FAIL, value, note)
        out.append(entry)
    return out


def deliver_order(db: Database, people: UserSet, hours_ago: float, promised_in: float) -> int:
    """An order opened ``hours_ago``, promised ``promised_in`` hours after check-in, through QC to delivery."""
    checked_in = utcnow().replace(microsecond=0) - timedelta(hours=hours_ago)
    # Each visit later on the odometer: the road test at delivery is the floor for the next order.
    mileage = 12_345 + 100 * next(_visits)
    data = complete_order(technician_id=people.tech.id, checked_in_at=checked_in, mileage=mileage)
    data = replace(data, promised_at=checked_in + timedelta(hours=promised_in))
    order_id = work_orders.open_order(db, people.advisor, data).id
    work_orders.dispatch_to_workshop(db, people.advisor, order_id)
    r = qc.finish_work(db, people.tech, order_id)
    qc.sign_level(db, people.tech, r.id, 1, PASSWORD, passing_answers(r, QcLevel.SELF_CHECK))
    qc.sign_level(db, people.lead2, r.id, 2, PASSWORD, passing_answers(r, QcLevel.TEAM_LEAD))
    road_test = RoadTest(mileage, mileage + 5) if r.road_test else None
    qc.sign_level(db, people.qc, r.id, 3, PASSWORD, passing_answers(r, QcLevel.FINAL), road_test)
    qc.handover_check(db, people.advisor, r.id, PASSWORD, passing_answers(r, QcLevel.HANDOVER))
    settle_in_full(db, people.advisor, order_id)
    qc.deliver(db, people.advisor, order_id)
    return order_id


def add_labour_line(db: Database, order_id: int, technician_id: int) -> None:
    """One more labour line for ``technician_id`` (a second technician on the order)."""
    with db.write() as s:
        order = s.get(WorkOrder, order_id)
        assert order is not None
        order.labour_lines.append(
            LabourLine(
                position=len(order.labour_lines),
                operation="四轮定位",
                hours_x100=100,
                rate_fen=20000,
                amount_fen=20000,
                technician_id=technician_id,
            )
        )
