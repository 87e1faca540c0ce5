"""Paper from the database: what a saved order turns into before ReportLab sees it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from dealerdesk.db.database import Database
from dealerdesk.db.models import Concern, ExtraWork, LabourLine, PartsLine, WorkOrder
from dealerdesk.domain.messages import DealerDeskError, NotFound
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.vocabulary import ApprovalMethod, FuelLevel, OrderStatus, PaymentType, QcLevel, ServiceCategory
from dealerdesk.services import settings as settings_service
from dealerdesk.services.orders.paper import load_paper_order, render_order_paper, render_order_pdf
from dealerdesk.services.qc import rounds as qc
from tests.db.qc_helpers import passing_answers, with_failure
from tests.helpers import PASSWORD, UserSet

CHECKED_IN = datetime(2025, 6, 12, 1, 5, tzinfo=UTC)  # 09:05 in Shanghai


def add_order(db: Database, people: UserSet, number: str = "WO20250612-0001", **fields: Any) -> int:
    """A complete order written straight to the tables, as the work-order service saves one."""
    values: dict[str, Any] = {
        "number": number,
        "status": OrderStatus.IN_WORKSHOP.value,
        "advisor_id": people.advisor.id,
        "customer_name": "王建国",
        "customer_mobile": "13812345678",
        "contact_name": "王小明",
        "contact_mobile": "13987654321",
        "plate": "沪AD12345",
        "vin": "LFV3A28K8E3012345",
        "model": "奥迪 A4L",
        "colour": "冰川白",
        "mileage_in": 45230,
        "fuel_level": FuelLevel.HALF.value,
        "category": ServiceCategory.GENERAL_REPAIR.value,
        "payment_type": PaymentType.CUSTOMER.value,
        "estimate_fen": 120_000,
        "checked_in_at": CHECKED_IN,
        "promised_at": CHECKED_IN + timedelta(hours=8),
        "valuables": "行车记录仪",
        "damage_notes": "右后门划痕",
        "customer_waits": True,
        "wash": True,
        "old_parts_returned": False,
        "road_test_out_km": 45231,
        "road_test_in_km": 45239,
    }
    values.update(fields)
    with db.write() as s:
        order = WorkOrder(**values)
        order.concerns = [Concern(position=0, text="冷启动异响"), Concern(position=1, text="空调<不凉> & 有异味")]
        order.labour_lines = [
            LabourLine(position=0, operation="检查异响", hours_x100=150, rate_fen=30000, amount_fen=45000,
                       technician_id=people.tech.id),
            LabourLine(position=1, operation="空调清洗", hours_x100=50, rate_fen=30000, amount_fen=15000,
                       technician_id=None),
        ]  # fmt: skip
        order.parts_lines = [PartsLine(position=0, part_no="06L115562B", name="机油滤清器", quantity_x1000=1000,
                                       unit_price_fen=8650, amount_fen=8650)]  # fmt: skip
        order.extra_work = [
            ExtraWork(description="更换制动盘", amount_fen=86000, new_promised_at=CHECKED_IN + timedelta(days=1),
                      approver_name="王建国", method=ApprovalMethod.PHONE.value,
                      approved_at=CHECKED_IN + timedelta(hours=5), recorded_by_id=people.advisor2.id)
        ]  # fmt: skip
        s.add(order)
        s.flush()
        return order.id


def test_every_field_reaches_the_paper(db: Database, people: UserSet) -> None:
    current = settings_service.get_settings(db)
    settings_service.save_settings(
        db,
        people.manager,
        replace(current, dealer_name="锦程汽车", dealer_address="成都市机场路188号", dealer_phone="028-8555 6666"),
    )
    order_id = add_order(db, people)
    got_id, paper = load_paper_order(db, order_id)
    assert got_id == order_id
    assert (paper.dealer.name, paper.dealer.address, paper.dealer.phone) == (
        "锦程汽车",
        "成都市机场路188号",
        "028-8555 6666",
    )
    assert paper.order_number == "WO20250612-0001"
    assert paper.checked_in_at == CHECKED_IN and paper.checked_in_at.tzinfo is not None
    assert paper.advisor_name == "李晓明"
    assert (paper.customer_name, paper.customer_mobile) == ("王建国", "13812345678")
    assert (paper.contact_name, paper.contact_phone) == ("王小明", "13987654321")
    assert paper.vehicle.plate == "沪AD12345" and paper.vehicle.vin == "LFV3A28K8E3012345"
    assert (paper.vehicle.mileage_km, paper.vehicle.fuel_level) == (45230, FuelLevel.HALF)
    assert (paper.category, paper.payment) == (ServiceCategory.GENERAL_REPAIR, PaymentType.CUSTOMER)
    assert paper.concerns == ("冷启动异响", "空调<不凉> & 有异味")
    assert [(x.operation, x.hours_x100, x.amount_fen, x.technician) for x in paper.labour] == [
        ("检查异响", 150, 45000, "王师傅"),
        ("空调清洗", 50, 15000, None),
    ]
    assert [(x.part_no, x.quantity_x1000, x.amount_fen) for x in paper.parts] == [("06L115562B", 1000, 8650)]
    assert paper.estimate_fen == 120_000
    (extra,) = paper.extra_work
    assert (extra.description, extra.added_amount_fen, extra.method) == ("更换制动盘", 86000, ApprovalMethod.PHONE)
    assert extra.recorded_by == "陈静"  # the advisor who recorded it, not the order's advisor
    assert (paper.valuables, paper.intake_damage) == ("行车记录仪", "右后门划痕")
    assert (paper.customer_waits, paper.wash, paper.old_parts_returned) == (True, True, False)
    assert (paper.road_test_out_km, paper.road_test_in_km) == (45231, 45239)
    assert paper.qc_signoffs == ()


def test_owner_brought_the_car_and_no_plate(db: Database, people: UserSet) -> None:
    order_id = add_order(db, people, contact_name="", contact_mobile="", plate="")
    _, paper = load_paper_order(db, order_id)
    assert (paper.contact_name, paper.contact_phone) == (None, None)
    assert paper.vehicle.plate is None


def test_qc_signatures_and_road_test_as_signed(db: Database, people: UserSet) -> None:
    """Round 1 fails at level 2; round 2 passes, its level 2 reopened and signed again by another lead."""
    order_id = add_order(db, people, road_test_out_km=None, road_test_in_km=None)
    first = qc.finish_work(db, people.tech, order_id)
    qc.sign_level(db, people.tech, first.id, 1, PASSWORD, passing_answers(first, QcLevel.SELF_CHECK))
    failing = with_failure(passing_answers(first, QcLevel.TEAM_LEAD), "brake_pad_thickness", "2.1", "只剩2.1mm")
    qc.sign_level(db, people.lead2, first.id, 2, PASSWORD, failing)
    second = qc.finish_work(db, people.tech, order_id)
    qc.sign_level(db, people.tech, second.id, 1, PASSWORD, passing_answers(second, QcLevel.SELF_CHECK))
    qc.sign_level(db, people.lead2, second.id, 2, PASSWORD, passing_answers(second, QcLevel.TEAM_LEAD))
    qc.reopen_level(db, people.manager, second.id, 2, "签错人")
    qc.sign_level(db, people.lead, second.id, 2, PASSWORD, passing_answers(second, QcLevel.TEAM_LEAD))
    final = passing_answers(second, QcLevel.FINAL)
    qc.sign_level(db, people.qc, second.id, 3, PASSWORD, final, RoadTest(45_231, 45_239))

    _, paper = load_paper_order(db, order_id)
    assert [(x.round_no, x.level, x.signer, x.passed) for x in paper.qc_signoffs] == [
        (1, QcLevel.SELF_CHECK, "王师傅", True),
        (1, QcLevel.TEAM_LEAD, "吴班长", False),
        (2, QcLevel.SELF_CHECK, "王师傅", True),
        (2, QcLevel.TEAM_LEAD, "孙班长", True),  # the reopened signature of 吴班长 is left out
        (2, QcLevel.FINAL, "郑质检", True),
    ]
    assert all(x.signed_at.tzinfo is not None for x in paper.qc_signoffs)
    assert (paper.road_test_out_km, paper.road_test_in_km) == (45_231, 45_239)


def test_found_by_number_as_typed(db: Database, people: UserSet) -> None:
    order_id = add_order(db, people)
    assert load_paper_order(db, "  wo20250612-0001 ")[0] == order_id


def test_unknown_order_is_not_found(db: Database, people: UserSet) -> None:
    add_order(db, people)
    with pytest.raises(NotFound, match="There is no work order WO20990101-0001"):
        render_order_pdf(db, "WO20990101-0001", "jobcard", "en")
    with pytest.raises(NotFound):
        load_paper_order(db, 999)


def test_a_draft_is_not_printed(db: Database, people: UserSet) -> None:
    order_id = add_order(db, people, status=OrderStatus.DRAFT.value, checked_in_at=None)
    with pytest.raises(DealerDeskError, match="still a draft"):
        render_order_pdf(db, order_id, "workorder", "zh_CN")


def test_renders_each_kind(db: Database, people: UserSet) -> None:
    order_id = add_order(db, people)
    job_card = render_order_paper(db, "WO20250612-0001", "jobcard", "en")
    work_order = render_order_paper(db, order_id, "workorder", "zh_CN")
    assert job_card.pdf.startswith(b"%PDF-") and work_order.pdf.startswith(b"%PDF-")
    assert job_card.pdf != work_order.pdf
    assert (job_card.order_id, job_card.title, job_card.file_name) == (
        order_id,
        "Job card",
        "WO20250612-0001-jobcard-en.pdf",
    )
    assert work_order.title == "Work order"
    with pytest.raises(ValueError, match="unknown paper kind"):
        render_order_pdf(db, order_id, "invoice", "en")  # type: ignore[arg-type]


def test_the_font_set_in_settings_is_used_or_named(db: Database, people: UserSet, tmp_path: Any) -> None:
    order_id = add_order(db, people)
    missing = tmp_path / "msyh.ttc"
    settings_service.save_settings(db, people.admin, replace(settings_service.get_settings(db), font_path=str(missing)))
    with pytest.raises(DealerDeskError, match=r"font file .*msyh\.ttc set in Settings does not exist"):
        render_order_pdf(db, order_id, "jobcard", "zh_CN")
