"""Rework records for the demo database: a year's worth of the three kinds, most of them analysed.

Called at the end of ``write_demo_database``. QC and hand-over failures are normally
written by the QC service; when the QC demo has written some already, only the external
reworks (comebacks, each with its own rework order) are added, and the open records of
every kind get a plausible cause analysis so the reports have something to show. Each
registration and closing is in the audit log, at its own time, with the entries the
rework service writes, so a record's history reads as it would in use.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import (
    AuditEntry,
    Concern,
    LabourLine,
    OrderNumberCounter,
    PartsLine,
    ReworkRecord,
    User,
    UserRole,
    WorkOrder,
)
from dealerdesk.demo.qc import write_demo_rounds
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import CauseCategory, OrderStatus, PaymentType, QcLevel, ReworkKind, ServiceCategory
from dealerdesk.services.rework.register import ENTITY
from dealerdesk.services.rework.views import ReworkStatus
from dealerdesk.services.settings import DealerSettings

LOCAL_OFFSET = timedelta(hours=8)  # order numbers use the China-time day

# (cause, detail, corrective action): the seed's own examples first.
CAUSES: list[tuple[CauseCategory, str, str]] = [
    (CauseCategory.MAN, "燃油箱拆装后油管接头未插到位，导致渗油", "重新安装并做压力测试；技师接受燃油系统作业培训"),
    (CauseCategory.METHOD, "转向中间轴安装时未对准花键标记", "按维修手册重新安装，作业指导书增加对位检查步骤"),
    (CauseCategory.MAN, "自检漏项：未检查轮胎螺栓力矩", "补做力矩检查；班前会强调自检清单逐项勾选"),
    (CauseCategory.MATERIAL, "新换刹车片批次质量问题，制动异响", "更换其他批次刹车片，向配件部反馈质量问题"),
    (CauseCategory.MACHINE, "四轮定位仪未校准，定位数据偏差", "校准定位仪并重新做四轮定位，建立每月校准记录"),
    (CauseCategory.ENVIRONMENT, "喷漆房湿度过高，漆面起雾", "加装除湿设备，雨天延长烤漆时间"),
    (CauseCategory.METHOD, "空调加注未抽真空到规定时间", "重新抽真空加注，更新作业标准"),
]
QC_FAILURES = [
    ("wheel_nut_torque", "车轮螺栓力矩", "左后轮螺栓力矩不足"),
    ("fluid_levels", "油液液位", "机油液位低于下限"),
    ("road_test", "路试", "路试时底盘有异响"),
    ("tyre_pressure", "轮胎气压", "右前胎压偏低"),
    ("brake_test", "制动测试", "制动踏板偏软"),
]
HANDOVER_FAILURES = [
    ("interior_clean", "车内清洁", "座椅有油污"),
    ("customer_items", "客户物品", "行车记录仪未装回"),
    ("concerns_resolved", "客户问题已解决", "仪表故障灯仍亮"),
]
EXTERNAL_COMPLAINTS = ["维修后油箱附近仍有汽油味，地面有油渍", "方向盘回正不良，行驶中方向发飘", "刹车仍有异响"]


def write_demo_reworks(db: Database, rng: random.Random, now: datetime) -> int:
    """Add the demo's rework records; returns how many were added."""
    with db.write() as s:
        delivered = list(
            s.scalars(
                select(WorkOrder)
                .where(WorkOrder.status == OrderStatus.DELIVERED.value, WorkOrder.delivered_at.is_not(None))
                .order_by(WorkOrder.delivered_at)
            )
        )
        if not delivered:
            return 0
        qc_user = _first_with(s, Role.QC_INSPECTOR)
        advisor = _first_with(s, Role.ADVISOR)
        manager = _first_with(s, Role.MANAGER)
        lead = _first_with(s, Role.TEAM_LEAD) or qc_user
        if qc_user is None or advisor is None or lead is None:
            return 0
        has_qc = bool(s.scalar(select(func.count()).select_from(ReworkRecord)))
        added: list[ReworkRecord] = []
        if not has_qc:
            for order in rng.sample(delivered, k=max(1, len(delivered) * 4 // 100)):
                added.append(_qc_rework(rng, order, qc_user if rng.random() < 0.5 else lead, advisor))
        for order in rng.sample(delivered, k=max(1, len(delivered) // 100)):
            assert order.delivered_at is not None
            if order.delivered_at > now - timedelta(days=5):
                continue
            added.append(_external_rework(s, rng, order, advisor, now))
        s.add_all(added)
        s.flush()
        # A comeback is delivered like any order: through the three QC levels and the hand-over check.
        comebacks = [r.rework_order_id for r in added if r.rework_order_id is not None]
        write_demo_rounds(s, rng, now, list(s.scalars(select(WorkOrder).where(WorkOrder.id.in_(comebacks)))))
        for record in added:
            if record.kind == ReworkKind.EXTERNAL.value:
                _audit(
                    s,
                    record.detected_at,
                    record.detected_by_id,
                    "register_external_rework",
                    record.id,
                    {
                        "rework_order_id": record.rework_order_id,
                        "description": record.description,
                        "responsible_technician_id": record.responsible_technician_id,
                    },
                )
        # Older cases were analysed and closed; the last weeks' are still open, as in real life.
        open_cases = s.scalars(select(ReworkRecord).where(ReworkRecord.status == ReworkStatus.OPEN.value))
        closer = manager or qc_user
        for record in open_cases:
            if record.detected_at > now - timedelta(days=30) and rng.random() < 0.7:
                continue
            cause, detail, action = rng.choice(CAUSES)
            record.cause_category = cause.value
            record.cause_detail = detail
            record.corrective_action = action
            if not record.labour_cost_fen and not record.parts_cost_fen:
                record.labour_cost_fen = rng.choice((15000, 30000, 45000, 60000))
                record.parts_cost_fen = rng.choice((0, 0, 8500, 56000))
            record.status = ReworkStatus.CLOSED.value
            record.closed_at = min(record.detected_at + timedelta(days=rng.randint(1, 5)), now)
            record.closed_by_id = closer.id
            _audit(
                s,
                record.closed_at,
                closer.id,
                "close_rework",
                record.id,
                {"cause_category": [None, cause.value], "status": [ReworkStatus.OPEN.value, record.status]},
            )
        return len(added)


def _audit(s: Session, at: datetime, user_id: int, action: str, record_id: int, changes: dict[str, object]) -> None:
    # The service's own audit.record() stamps "now"; the demo's history needs the case's own time.
    s.add(
        AuditEntry(
            at=at,
            user_id=user_id,
            action=action,
            entity=ENTITY,
            entity_id=str(record_id),
            changes=json.dumps(changes, ensure_ascii=False),
        )
    )


def _first_with(s: Session, role: Role) -> User | None:
    return s.scalar(select(User).join(UserRole).where(UserRole.role == role.value).order_by(User.id).limit(1))


def _technicians(order: WorkOrder) -> list[int]:
    return sorted({line.technician_id for line in order.labour_lines if line.technician_id is not None})


def _qc_rework(rng: random.Random, order: WorkOrder, inspector: User, advisor: User) -> ReworkRecord:
    assert order.delivered_at is not None
    handover = rng.random() < 0.3
    code, label, note = rng.choice(HANDOVER_FAILURES if handover else QC_FAILURES)
    techs = _technicians(order)
    level = QcLevel.HANDOVER if handover else rng.choice([QcLevel.SELF_CHECK, QcLevel.TEAM_LEAD, QcLevel.FINAL])
    return ReworkRecord(
        original_order_id=order.id,
        kind=(ReworkKind.INTERNAL if handover else ReworkKind.QC).value,
        detected_at=order.delivered_at - timedelta(hours=rng.randint(1, 3)),
        detected_by_id=advisor.id if handover else inspector.id,
        qc_level=level.value,
        stage="handover" if handover else "workshop",
        failed_items=f'[{{"code": "{code}", "label": "{label}", "note": "{note}"}}]',
        responsible_technician_id=rng.choice(techs) if techs else None,
        status=ReworkStatus.OPEN.value,
    )


def _external_rework(s: Session, rng: random.Random, order: WorkOrder, advisor: User, now: datetime) -> ReworkRecord:
    """The car comes back inside the minor-repair window: a rework order for the same vehicle, linked."""
    assert order.delivered_at is not None
    # Back, repaired in four hours and delivered again, all before now.
    back_at = min(
        order.delivered_at + timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 6)), now - timedelta(hours=5)
    )
    day = (back_at + LOCAL_OFFSET).strftime("%Y%m%d")
    counter = s.get(OrderNumberCounter, day)
    if counter is None:
        counter = OrderNumberCounter(day=day, last=0)
        s.add(counter)
    counter.last += 1
    complaint = rng.choice(EXTERNAL_COMPLAINTS)
    techs = _technicians(order)
    rate = DealerSettings().labour_rate_fen
    mileage = (order.mileage_in or 0) + rng.randint(50, 900)
    comeback = WorkOrder(
        number=f"WO{day}-{counter.last:04d}",
        status=OrderStatus.DELIVERED.value,
        advisor_id=advisor.id,
        customer_id=order.customer_id,
        vehicle_id=order.vehicle_id,
        customer_name=order.customer_name,
        customer_mobile=order.customer_mobile,
        plate=order.plate,
        vin=order.vin,
        make=order.make,
        model=order.model,
        colour=order.colour,
        mileage_in=mileage,
        fuel_level=order.fuel_level,
        category=ServiceCategory.REWORK.value,
        payment_type=PaymentType.INTERNAL.value,
        estimate_fen=0,
        checked_in_at=back_at,
        promised_at=back_at + timedelta(hours=4),
        created_at=back_at,
        updated_at=back_at,
        opened_at=back_at,
        delivered_at=back_at + timedelta(hours=4),
        customer_waits=True,
    )
    comeback.concerns = [Concern(position=0, text=complaint)]
    comeback.labour_lines = [
        LabourLine(
            position=0,
            operation="返修：" + (order.labour_lines[0].operation if order.labour_lines else "故障复查"),
            hours_x100=150,
            rate_fen=rate,
            amount_fen=150 * rate // 100,
            technician_id=techs[0] if techs else None,
        )
    ]
    if rng.random() < 0.5:
        comeback.parts_lines = [
            PartsLine(
                position=0,
                part_no="1K0201060",
                name="燃油管卡箍",
                quantity_x1000=2000,
                unit_price_fen=2500,
                amount_fen=5000,
            )
        ]
    s.add(comeback)
    s.flush()
    return ReworkRecord(
        original_order_id=order.id,
        rework_order_id=comeback.id,
        kind=ReworkKind.EXTERNAL.value,
        detected_at=back_at,
        detected_by_id=advisor.id,
        stage="after_delivery",
        description=complaint,
        responsible_technician_id=techs[0] if len(techs) == 1 else None,
        labour_cost_fen=sum(x.amount_fen for x in comeback.labour_lines),
        parts_cost_fen=sum(x.amount_fen for x in comeback.parts_lines),
        status=ReworkStatus.OPEN.value,
    )
