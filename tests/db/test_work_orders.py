"""Work-order use cases on a real database: drafts, opening, life cycle, roles, conflicts, extra work."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, Vehicle, WorkOrder
from dealerdesk.domain.messages import ConflictError, DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.order_rules import ExtraWorkInput, LabourLineInput, OrderInput
from dealerdesk.domain.vocabulary import ApprovalMethod, OrderStatus
from dealerdesk.services import audit
from dealerdesk.services.orders.work_orders import (
    add_extra_work,
    cancel_order,
    dispatch_to_workshop,
    load_order,
    load_order_by_number,
    open_order,
    save_draft,
)
from tests.helpers import UserSet
from tests.order_samples import VIN_CHINA, complete_order, vin_with_wrong_check_digit


def test_a_draft_keeps_whatever_was_typed_even_if_incomplete(db: Database, people: UserSet) -> None:
    typed = OrderInput(customer_name="王五", customer_mobile="1380013", plate="川A1", concerns=["异响", ""])
    draft = save_draft(db, people.advisor, typed)
    assert draft.status is OrderStatus.DRAFT
    assert draft.number.startswith("WO") and len(draft.number) == len("WO20261126-0001")
    again = load_order(db, draft.id)
    assert (again.customer_name, again.customer_mobile, again.plate, again.concerns) == (
        "王五",
        "1380013",
        "川A1",
        ("异响",),
    )
    assert again.advisor_name == "李晓明" and again.checked_in_at is not None
    with db.read() as s:  # a draft leaves no customer or vehicle record behind
        assert s.scalar(select(Customer.id)) is None and s.scalar(select(Vehicle.id)) is None


def test_opening_an_incomplete_order_is_refused_with_every_problem(db: Database, people: UserSet) -> None:
    draft = save_draft(db, people.advisor, OrderInput(customer_name="王五"))
    with pytest.raises(ValidationError) as err:
        open_order(db, people.advisor, load_order(db, draft.id).to_input(), draft.id, draft.version)
    fields = [p.field for p in err.value.problems]
    assert "customer_mobile" in fields and "vin" in fields and "concerns" in fields and "customer_name" not in fields
    assert load_order(db, draft.id).status is OrderStatus.DRAFT  # nothing changed


def test_opening_a_complete_order_records_customer_vehicle_and_audit(db: Database, people: UserSet) -> None:
    draft = save_draft(db, people.advisor, complete_order(plate="川a 12345"))
    opened = open_order(db, people.advisor, complete_order(plate="川a 12345"), draft.id, draft.version)
    assert opened.status is OrderStatus.OPEN and opened.opened_at is not None
    assert opened.plate == "川A12345" and opened.make == "SAIC Volkswagen"
    assert opened.version == draft.version + 1
    assert opened.labour_lines[0].amount_fen == 30000 and opened.parts_lines[0].amount_fen == 8800
    with db.read() as s:
        vehicle = s.scalars(select(Vehicle)).one()
        assert (vehicle.vin, vehicle.plate, vehicle.last_mileage) == (VIN_CHINA, "川A12345", 12_345)
        assert vehicle.owner is not None and vehicle.owner.name == "张三"
    actions = [e.action for e in audit.list_entries(db, "work_order", opened.id)]
    assert actions == ["save_draft", "open_order"]


def test_a_new_order_can_be_opened_in_one_step(db: Database, people: UserSet) -> None:
    opened = open_order(db, people.advisor, complete_order())
    assert opened.status is OrderStatus.OPEN
    assert load_order_by_number(db, opened.number.lower()).id == opened.id


def test_a_failed_open_of_a_new_order_writes_nothing(db: Database, people: UserSet) -> None:
    with pytest.raises(ValidationError):
        open_order(db, people.advisor, replace(complete_order(), concerns=[]))
    with db.read() as s:
        assert s.scalar(select(WorkOrder.id)) is None


def test_only_advisors_open_orders(db: Database, people: UserSet) -> None:
    with pytest.raises(PermissionDenied):
        save_draft(db, people.tech, complete_order())
    draft = save_draft(db, people.advisor, complete_order())
    with pytest.raises(DealerDeskError, match="needs the role"):
        open_order(db, people.manager, complete_order(), draft.id)


def test_warnings_need_confirmation_and_the_confirmation_is_audited(db: Database, people: UserSet) -> None:
    european = vin_with_wrong_check_digit("WVWZZZ1KZ8W000001")
    data = complete_order(vin=european)
    with pytest.raises(ValidationError) as err:
        open_order(db, people.advisor, data)
    assert [(p.field, p.is_error) for p in err.value.problems] == [("vin", False)]
    opened = open_order(db, people.advisor, data, confirmed_warnings=frozenset({"vin"}))
    assert opened.vin == european
    entry = audit.list_entries(db, "work_order", opened.id)[-1]
    assert entry.changes["confirmed_warnings"] == ["vin"]
    # Saving the open order again does not ask about the VIN it already confirmed.
    again = save_draft(db, people.advisor, replace(data, colour="黑色"), opened.id, opened.version)
    assert again.colour == "黑色" and again.status is OrderStatus.OPEN


def test_mileage_below_the_last_visit_is_refused(db: Database, people: UserSet) -> None:
    open_order(db, people.advisor, complete_order(mileage=20_000))
    with pytest.raises(ValidationError) as err:
        open_order(db, people.advisor, complete_order(mileage=19_999))
    assert err.value.problems[0].render() == (
        "Mileage 19,999 km is below the 20,000 km already recorded for this vehicle."
    )
    second = open_order(db, people.advisor, complete_order(mileage=25_000))
    # Correcting the second order's own reading is compared with the first visit only.
    fixed = save_draft(db, people.advisor, complete_order(mileage=24_000), second.id, second.version)
    assert fixed.mileage_in == 24_000 and fixed.last_recorded_km == 20_000


def test_an_open_order_cannot_be_saved_incomplete(db: Database, people: UserSet) -> None:
    opened = open_order(db, people.advisor, complete_order())
    with pytest.raises(ValidationError):
        save_draft(db, people.advisor, replace(complete_order(), customer_name=""), opened.id, opened.version)
    assert load_order(db, opened.id).customer_name == "张三"


def test_the_second_save_of_the_same_version_is_refused_with_who_and_when(db: Database, people: UserSet) -> None:
    draft = save_draft(db, people.advisor, complete_order())
    first = save_draft(db, people.advisor2, replace(complete_order(), colour="红色"), draft.id, draft.version)
    with pytest.raises(ConflictError) as err:
        save_draft(db, people.advisor, replace(complete_order(), colour="蓝色"), draft.id, draft.version)
    text = err.value.render()
    assert "陈静 changed order" in text and first.updated_at.astimezone().strftime("%H:%M") in text
    assert load_order(db, draft.id).colour == "红色"
    assert load_order(db, draft.id).updated_by_name == "陈静"


def test_life_cycle_dispatch_and_cancel(db: Database, people: UserSet) -> None:
    data = complete_order(technician_id=None)
    opened = open_order(db, people.advisor, data)
    with pytest.raises(ValidationError) as err:
        dispatch_to_workshop(db, people.advisor, opened.id)
    assert err.value.problems[0].render().startswith("Labour line 1 has no technician")
    data.labour_lines[0].technician_id = people.tech.id
    opened = save_draft(db, people.advisor, data, opened.id, opened.version)
    with pytest.raises(DealerDeskError, match="needs the role"):
        dispatch_to_workshop(db, people.qc, opened.id)
    in_workshop = dispatch_to_workshop(db, people.advisor, opened.id)
    assert in_workshop.status is OrderStatus.IN_WORKSHOP
    assert in_workshop.labour_lines[0].technician_name == "王师傅"
    with pytest.raises(DealerDeskError, match="cannot become"):
        dispatch_to_workshop(db, people.advisor, opened.id)
    with pytest.raises(ValidationError):
        cancel_order(db, people.advisor, opened.id, "  ")
    cancelled = cancel_order(db, people.manager, opened.id, "客户改期")
    assert cancelled.status is OrderStatus.CANCELLED and cancelled.cancel_reason == "客户改期"
    with pytest.raises(DealerDeskError, match="can no longer be changed"):
        save_draft(db, people.advisor, data, opened.id)
    actions = [e.action for e in audit.list_entries(db, "work_order", opened.id)]
    assert actions == ["open_order", "update_order", "dispatch_to_workshop", "cancel_order"]


def test_a_draft_can_be_cancelled_but_not_dispatched(db: Database, people: UserSet) -> None:
    draft = save_draft(db, people.advisor, OrderInput(customer_name="王五"))
    with pytest.raises(DealerDeskError, match="cannot become"):
        dispatch_to_workshop(db, people.advisor, draft.id)
    assert cancel_order(db, people.advisor, draft.id, "客户没来").status is OrderStatus.CANCELLED


def test_extra_work_is_recorded_with_approval_and_moves_estimate_and_promise(db: Database, people: UserSet) -> None:
    opened = open_order(db, people.advisor, complete_order(technician_id=people.tech.id))
    now = datetime.now(UTC)
    pads = LabourLineInput("更换前刹车片", 160, 30000, people.tech2.id)
    work = ExtraWorkInput("更换前刹车片", 48000, now + timedelta(hours=5), "张三", ApprovalMethod.WECHAT, now, [pads])
    with pytest.raises(PermissionDenied):
        add_extra_work(db, people.tech, opened.id, work)
    with pytest.raises(ValidationError) as err:
        add_extra_work(db, people.advisor, opened.id, replace(work, approver_name=""))
    assert [p.field for p in err.value.problems] == ["approver_name"]
    after = add_extra_work(db, people.advisor, opened.id, work, opened.version)
    (extra,) = after.extra_work
    assert (extra.description, extra.amount_fen, extra.recorded_by_name) == ("更换前刹车片", 48000, "李晓明")
    assert extra.method is ApprovalMethod.WECHAT
    assert after.estimate_fen == 38800 + 48000
    assert [(x.operation, x.amount_fen, x.technician_name) for x in after.labour_lines][-1] == (
        "更换前刹车片",
        48000,
        people.tech2.full_name,
    )
    assert sum(x.amount_fen for x in after.labour_lines + after.parts_lines) == after.estimate_fen
    assert after.promised_at == (now + timedelta(hours=5)).replace(microsecond=after.promised_at.microsecond)
    entry = audit.list_entries(db, "work_order", opened.id)[-1]
    assert entry.action == "add_extra_work" and entry.changes["approver_name"] == "张三"


def test_extra_work_is_refused_on_a_draft(db: Database, people: UserSet) -> None:
    draft = save_draft(db, people.advisor, complete_order())
    now = datetime.now(UTC)
    work = ExtraWorkInput("x", 1, now + timedelta(hours=1), "张三", ApprovalMethod.PHONE, now)
    with pytest.raises(DealerDeskError, match="cannot be added to an order that is Draft"):
        add_extra_work(db, people.advisor, draft.id, work)


def test_detail_round_trips_into_the_form(db: Database, people: UserSet) -> None:
    data = complete_order(technician_id=people.tech.id)
    data.contact_is_owner = False
    data.contact_name, data.contact_mobile = "李四", "13912345678"
    opened = open_order(db, people.advisor, data)
    back = load_order(db, opened.id).to_input()
    saved = [replace(x, line_id=y.id) for x, y in zip(data.labour_lines, opened.labour_lines, strict=True)]
    parts = [replace(x, line_id=y.id) for x, y in zip(data.parts_lines, opened.parts_lines, strict=True)]
    assert all(x.line_id for x in saved + parts)  # the form edits the saved lines, by their ids
    assert back == replace(data, plate="川A12345", labour_lines=saved, parts_lines=parts)
