from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import ConflictError, DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.vocabulary import STATUS_LABELS, CauseCategory, OrderStatus, QcLevel, ReworkKind
from dealerdesk.services import audit
from dealerdesk.services.rework import register as rework
from dealerdesk.services.rework.register import ReworkChanges, ReworkFilter
from dealerdesk.services.rework.views import REWORK_STATUS_LABELS, ReworkStatus
from tests.helpers import UserSet
from tests.rework_data import VIN2, add_order, add_rework


def _changes(**kw: object) -> ReworkChanges:
    base: dict[str, object] = {
        "responsible_technician_id": None,
        "cause": CauseCategory.METHOD,
        "cause_detail": "油管卡箍未按规定力矩拧紧",
        "corrective_action": "重新紧固并培训作业指导书",
        "labour_cost_fen": 30000,
        "parts_cost_fen": 12000,
    }
    base.update(kw)
    return ReworkChanges(**base)  # type: ignore[arg-type]


@pytest.fixture
def data(db: Database, people: UserSet) -> dict[str, int]:
    o1 = add_order(db, people.advisor.id, technician_ids=(people.tech.id,))
    o2 = add_order(db, people.advisor.id, vin=VIN2, technician_ids=(people.tech2.id, people.lead.id))
    items = json.dumps([{"code": "fuel_leak", "label": "燃油系统无渗漏", "note": "油管接头渗油"}], ensure_ascii=False)
    return {
        "o1": o1,
        "o2": o2,
        "qc": add_rework(
            db,
            o1,
            people.lead.id,
            technician_id=people.tech.id,
            qc_level=2,
            failed_items=items,
            detected_at=datetime(2025, 3, 1, 1, tzinfo=UTC),
        ),
        "internal": add_rework(
            db,
            o2,
            people.advisor.id,
            kind=ReworkKind.INTERNAL,
            qc_level=4,
            technician_id=people.tech2.id,
            cause=CauseCategory.MAN,
            detected_at=datetime(2025, 4, 2, 3, tzinfo=UTC),
        ),
    }


def test_list_filters_by_kind_technician_cause_status_and_period(
    db: Database, people: UserSet, data: dict[str, int]
) -> None:
    everything = rework.list_reworks(db, people.manager)
    assert [r.id for r in everything] == [data["internal"], data["qc"]]  # newest first
    assert everything[1].qc_level is QcLevel.TEAM_LEAD and everything[1].technician == "王师傅"
    assert everything[1].team == "机电一组"

    def ids(**kw: object) -> list[int]:
        return [r.id for r in rework.list_reworks(db, people.manager, ReworkFilter(**kw))]  # type: ignore[arg-type]

    assert ids(kind=ReworkKind.QC) == [data["qc"]]
    assert ids(technician_id=people.tech2.id) == [data["internal"]]
    assert ids(cause=CauseCategory.MAN) == [data["internal"]]
    assert ids(status=ReworkStatus.CLOSED) == []
    assert ids(date_from=date(2025, 4, 1)) == [data["internal"]]
    assert ids(date_to=date(2025, 3, 31)) == [data["qc"]]
    # Days are China-time days: 2025-04-02 03:00 UTC is 11:00 on the 2nd in Chengdu.
    assert ids(date_from=date(2025, 4, 2), date_to=date(2025, 4, 2)) == [data["internal"]]
    assert ids(date_from=date(2025, 4, 3)) == []


def test_detail_shows_original_order_and_failed_items(db: Database, people: UserSet, data: dict[str, int]) -> None:
    d = rework.get_rework(db, people.manager, data["qc"])
    assert d.original.number.startswith("WO") and d.original.concerns == ("油箱附近有汽油味",)
    assert [(w.operation, w.technician) for w in d.original.work] == [("检查燃油箱及油管 1", "王师傅")]
    assert d.failed_items[0].code == "fuel_leak" and d.failed_items[0].note == "油管接头渗油"
    assert d.rework_order is None and not d.is_closed


def test_update_then_close_requires_cause_and_action(db: Database, people: UserSet, data: dict[str, int]) -> None:
    d = rework.get_rework(db, people.qc, data["qc"])
    d = rework.update_rework(db, people.qc, d.id, d.version, _changes(cause=None, corrective_action=""))
    assert d.summary.status is ReworkStatus.OPEN and d.labour_cost_fen == 30000
    with pytest.raises(ValidationError) as err:
        rework.close_rework(db, people.qc, d.id, d.version, _changes(cause=None, corrective_action="  "))
    assert {p.field for p in err.value.problems} == {"cause", "corrective_action"}
    closed = rework.close_rework(db, people.qc, d.id, d.version, _changes(responsible_technician_id=people.tech.id))
    assert closed.is_closed and closed.closed_by == "郑质检" and closed.summary.cost_fen == 42000
    assert closed.summary.cause is CauseCategory.METHOD
    with pytest.raises(DealerDeskError):
        rework.update_rework(db, people.qc, d.id, closed.version, _changes())
    actions = [e.action for e in audit.list_entries(db, "rework", d.id)]
    assert actions == ["update_rework", "close_rework"]
    assert [h.action for h in closed.history] == actions


def test_stale_version_is_refused(db: Database, people: UserSet, data: dict[str, int]) -> None:
    d = rework.get_rework(db, people.manager, data["qc"])
    rework.update_rework(db, people.manager, d.id, d.version, _changes())
    with pytest.raises(ConflictError):
        rework.update_rework(db, people.qc, d.id, d.version, _changes(cause_detail="other"))


def test_roles_are_enforced(db: Database, people: UserSet, data: dict[str, int]) -> None:
    d = rework.get_rework(db, people.tech, data["qc"])
    with pytest.raises(PermissionDenied):
        rework.update_rework(db, people.tech, d.id, d.version, _changes())
    with pytest.raises(PermissionDenied):
        rework.close_rework(db, people.advisor, d.id, d.version, _changes())
    with pytest.raises(PermissionDenied):
        rework.register_external(db, people.tech, data["o1"])
    closed = rework.close_rework(db, people.manager, d.id, d.version, _changes())
    with pytest.raises(PermissionDenied):
        rework.reopen_rework(db, people.qc, d.id, closed.version, "typo")


def test_responsible_person_must_be_a_technician(db: Database, people: UserSet, data: dict[str, int]) -> None:
    d = rework.get_rework(db, people.manager, data["qc"])
    with pytest.raises(ValidationError) as err:
        rework.update_rework(db, people.manager, d.id, d.version, _changes(responsible_technician_id=people.qc.id))
    assert err.value.problems[0].field == "technician"
    with pytest.raises(ValidationError) as err:
        rework.update_rework(db, people.manager, d.id, d.version, _changes(labour_cost_fen=-1))
    assert err.value.problems[0].field == "labour_cost"


def test_manager_reopens_with_a_reason(db: Database, people: UserSet, data: dict[str, int]) -> None:
    d = rework.get_rework(db, people.manager, data["qc"])
    closed = rework.close_rework(db, people.manager, d.id, d.version, _changes())
    with pytest.raises(ValidationError):
        rework.reopen_rework(db, people.manager, d.id, closed.version, " ")
    reopened = rework.reopen_rework(db, people.manager, d.id, closed.version, "原因分析有误")
    assert reopened.summary.status is ReworkStatus.OPEN and reopened.closed_at is None
    reasons = [h.changes for h in reopened.history if h.action == "reopen_rework_reason"]
    assert reasons == [{"reason": "原因分析有误"}]


def test_register_external_links_a_rework_order(db: Database, people: UserSet, data: dict[str, int]) -> None:
    back = add_order(db, people.advisor.id, status=OrderStatus.OPEN, delivered_at=None)
    d = rework.register_external(db, people.advisor, data["o1"], back, "又闻到汽油味")
    assert d.summary.kind is ReworkKind.EXTERNAL and d.rework_order is not None and d.rework_order.id == back
    assert d.summary.technician_id == people.tech.id  # the only technician of the original
    assert d.description == "又闻到汽油味"
    with pytest.raises(DealerDeskError, match="linked as an external rework already"):
        rework.register_external(db, people.advisor, data["o1"], back)
    other_car = add_order(db, people.advisor.id, vin=VIN2, status=OrderStatus.OPEN, delivered_at=None)
    with pytest.raises(DealerDeskError, match="another vehicle"):
        rework.register_external(db, people.advisor, data["o1"], other_car)
    not_delivered = add_order(db, people.advisor.id, status=OrderStatus.IN_WORKSHOP, delivered_at=None)
    with pytest.raises(DealerDeskError, match="has not been delivered"):
        rework.register_external(db, people.advisor, not_delivered)
    two_techs = rework.register_external(db, people.manager, data["o2"])
    assert two_techs.summary.technician_id is None  # two technicians: the analysis decides
    assert [e.action for e in audit.list_entries(db, "rework", d.id)] == ["register_external_rework"]


def test_find_order_by_number(db: Database, people: UserSet, data: dict[str, int]) -> None:
    d = rework.get_rework(db, people.manager, data["qc"])
    assert rework.find_order_id(db, d.original.number.lower()) == data["o1"]
    with pytest.raises(DealerDeskError):
        rework.find_order_id(db, "WO00000000-0000")


def test_technician_choices_are_technicians_and_leads(db: Database, people: UserSet) -> None:
    names = {c.name for c in rework.technician_choices(db)}
    assert names == {"王师傅", "张伟", "孙班长", "吴班长"}


def test_history_includes_the_qc_entry_that_created_the_record(
    db: Database, people: UserSet, data: dict[str, int]
) -> None:
    with db.write() as s:  # what services/qc.py writes when a level fails
        audit.record(s, people.lead, "record_rework", "work_order", data["o1"], {"rework_id": data["qc"]})
        audit.record(s, people.lead, "record_rework", "work_order", data["o1"], {"rework_id": 999})
    d = rework.get_rework(db, people.manager, data["qc"])
    assert [(h.action, h.user) for h in d.history] == [("record_rework", "孙班长")]


def test_measured_failed_item_shows_value_and_range(db: Database, people: UserSet) -> None:
    o = add_order(db, people.advisor.id)
    items = json.dumps([{"code": "tyre_fl", "label": "左前胎压", "value": "1.8", "unit": "bar", "range": "2.2–2.6"}])
    d = rework.get_rework(db, people.manager, add_rework(db, o, people.qc.id, failed_items=items))
    assert d.failed_items[0].measured == "1.8 bar (2.2–2.6)"


def test_rework_status_labels_are_not_order_status_texts() -> None:
    # One source text has one translation: a rework "Open" showed as the order's 已开单 in Chinese.
    assert not set(REWORK_STATUS_LABELS.values()) & set(STATUS_LABELS.values())
