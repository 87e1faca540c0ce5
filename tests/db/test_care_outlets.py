"""Outlets: listed with their cars and lists; renamed (names unique) and deactivated by the service
manager or an administrator, each change audited; a deactivated outlet is neither offered nor taken for
a new list, yet stays on its cars, its lists and in the figures, and can be reactivated."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import Outlet, Vehicle
from dealerdesk.domain.care_figures import Month
from dealerdesk.domain.care_records import SourceChannel
from dealerdesk.domain.messages import PermissionDenied, ValidationError
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor
from dealerdesk.services.care import figures, outlets, records
from dealerdesk.services.care.sales_import import check_settings, import_sales_list, preview_sales_list
from tests.care_samples import care_user, vin, write_csv
from tests.helpers import UserSet

TODAY = date(2026, 11, 30)


def _send(tmp: Path, db: Database, actor: Actor, name: str, first: int, cars: int, outlet: str) -> None:
    rows = [
        [vin(n), "", "朗逸", "白", "2026-11-29", f"客户{n}", f"139{n:08d}", "", "", ""]
        for n in range(first, first + cars)
    ]
    preview = preview_sales_list(db, actor, write_csv(tmp / name, rows), TODAY)
    import_sales_list(db, actor, preview, SourceChannel.OUTLET, outlet, TODAY, only_good_rows=False, add_outlet=True)


def _by_name(db: Database, actor: Actor) -> dict[str, tuple[bool, int, int]]:
    return {o.name: (o.active, o.cars, o.lists) for o in outlets.list_outlets(db, actor)}


def _problem(err: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str]:
    (p,) = err.value.problems
    return p.field, p.render()


def test_rename_keeps_names_unique_and_is_audited(tmp_path: Path, db: Database, people: UserSet) -> None:
    care = care_user(db, people.admin)
    _send(tmp_path, db, care, "a.csv", 1, 2, "星河汽车")
    _send(tmp_path, db, care, "b.csv", 3, 1, "锦江车城")
    _send(tmp_path, db, care, "c.csv", 4, 1, "星河汽车")
    assert _by_name(db, care) == {"星河汽车": (True, 3, 2), "锦江车城": (True, 1, 1)}
    xinghe = next(o.outlet_id for o in outlets.list_outlets(db, care) if o.name == "星河汽车")

    with pytest.raises(ValidationError) as taken:
        outlets.rename_outlet(db, people.manager, xinghe, " 锦江车城 ")
    assert _problem(taken) == (
        "name",
        "Another outlet is already named 锦江车城: choose another name for this one, or first rename the other one.",
    )
    with pytest.raises(ValidationError) as empty:
        outlets.rename_outlet(db, people.manager, xinghe, "  ")
    assert _problem(empty) == ("name", "Enter the outlet's name.")
    with pytest.raises(ValidationError, match="at most 100"):
        outlets.rename_outlet(db, people.manager, xinghe, "星" * 101)
    with pytest.raises(PermissionDenied):
        outlets.rename_outlet(db, care, xinghe, "星河汽车成华店")  # the care desk sees, the manager changes

    renamed = outlets.rename_outlet(db, people.manager, xinghe, " 星河汽车成华店 ")
    assert (renamed.name, renamed.cars, renamed.lists, renamed.active) == ("星河汽车成华店", 3, 2, True)
    outlets.rename_outlet(db, people.admin, xinghe, "星河汽车成华店")  # unchanged: nothing to audit
    entries = audit.list_entries(db, "outlet", xinghe)
    assert [(e.action, e.user, e.changes) for e in entries] == [
        ("rename_outlet", "周经理", {"name": ["星河汽车", "星河汽车成华店"]})
    ]
    assert _by_name(db, care) == {"星河汽车成华店": (True, 3, 2), "锦江车城": (True, 1, 1)}
    assert "星河汽车成华店" in records.list_outlets(db, care)


def test_a_deactivated_outlet_is_not_taken_for_a_new_list_but_stays_on_its_cars(
    tmp_path: Path, db: Database, people: UserSet
) -> None:
    care = care_user(db, people.admin)
    _send(tmp_path, db, care, "a.csv", 1, 2, "星河汽车")
    xinghe = outlets.list_outlets(db, care)[0].outlet_id
    with pytest.raises(PermissionDenied):
        outlets.set_outlet_active(db, care, xinghe, False)

    done = outlets.set_outlet_active(db, people.manager, xinghe, False)
    assert (done.active, done.cars, done.lists) == (False, 2, 1)
    assert records.list_outlets(db, care) == []  # not offered for a new list
    assert records.list_outlets(db, care, deactivated=True) == ["星河汽车"]  # still found among the cars
    path = write_csv(tmp_path / "d.csv", [[vin(9), "", "朗逸", "白", "2026-11-29", "客户9", "13900000009", "", "", ""]])
    with pytest.raises(ValidationError) as refused:
        check_settings(db, care, SourceChannel.OUTLET, "星河汽车", str(path))
    assert _problem(refused)[0] == "outlet" and "星河汽车 was deactivated" in _problem(refused)[1]
    preview = preview_sales_list(db, care, path, TODAY)
    with pytest.raises(ValidationError, match="was deactivated"):
        import_sales_list(db, care, preview, SourceChannel.OUTLET, "星河汽车", TODAY, only_good_rows=False)
    with db.read() as s:
        assert set(s.scalars(select(Vehicle.outlet_id))) == {xinghe}  # its cars keep it
        per_outlet = {r.outlet: r.sold for r in figures.outlets(s, Month(2026, 12))}
        assert s.scalar(select(Outlet.active).where(Outlet.id == xinghe)) is False
    assert per_outlet == {"星河汽车": 2}  # and so do the figures

    again = outlets.set_outlet_active(db, people.admin, xinghe, True)
    assert again.active and records.list_outlets(db, care) == ["星河汽车"]
    _send(tmp_path, db, care, "e.csv", 9, 1, "星河汽车")
    assert _by_name(db, care) == {"星河汽车": (True, 3, 2)}
    changes = [(e.action, e.user, e.changes) for e in audit.list_entries(db, "outlet", xinghe)]
    assert changes == [
        ("deactivate_outlet", "周经理", {"name": "星河汽车", "active": [True, False]}),
        ("activate_outlet", "管理员", {"name": "星河汽车", "active": [False, True]}),
    ]


def test_names_that_only_look_different_are_one_outlet(tmp_path: Path, db: Database, people: UserSet) -> None:
    """Case, double spaces, full-width letters and invisible characters make no new name: a rename onto
    one is refused, a list under one goes to the outlet on file (its deactivation too)."""
    care = care_user(db, people.admin)
    _send(tmp_path, db, care, "a.csv", 1, 2, "Jinjiang Auto")
    _send(tmp_path, db, care, "b.csv", 3, 1, "星河汽车")
    xinghe = next(o.outlet_id for o in outlets.list_outlets(db, care) if o.name == "星河汽车")
    for near in ("jinjiang auto", "Jinjiang  Auto", "Ｊｉｎｊｉａｎｇ Auto", "Jin\u200bjiang Auto"):
        with pytest.raises(ValidationError) as taken:
            outlets.rename_outlet(db, people.manager, xinghe, near)
        assert _problem(taken) == (
            "name",
            "Another outlet is already named Jinjiang Auto: choose another name for this one, or first rename the "
            "other one.",
        ), near

    # A list under another way of writing it goes to the outlet on file, as it is named there.
    path = write_csv(tmp_path / "c.csv", [[vin(7), "", "朗逸", "白", "2026-11-29", "客户7", "13900000007", "", "", ""]])
    settings = check_settings(db, care, SourceChannel.OUTLET, " JINJIANG\u3000AUTO\u200b", str(path))
    assert (settings.sender.outlet, settings.new_outlet) == ("Jinjiang Auto", False)
    preview = preview_sales_list(db, care, path, TODAY)
    import_sales_list(db, care, preview, SourceChannel.OUTLET, "jinjiang auto", TODAY, only_good_rows=False)
    assert _by_name(db, care) == {"Jinjiang Auto": (True, 3, 2), "星河汽车": (True, 1, 1)}
    # ... and is refused when it is deactivated, however it is written.
    jinjiang = next(o.outlet_id for o in outlets.list_outlets(db, care) if o.name == "Jinjiang Auto")
    outlets.set_outlet_active(db, people.manager, jinjiang, False)
    with pytest.raises(ValidationError) as refused:
        check_settings(db, care, SourceChannel.OUTLET, "jinjiang auto", str(path))
    assert "The outlet Jinjiang Auto was deactivated" in _problem(refused)[1]
    with pytest.raises(ValidationError, match="Jinjiang Auto was deactivated"):
        import_sales_list(db, care, preview, SourceChannel.OUTLET, "JINJIANG AUTO", TODAY, False, add_outlet=True)

    # The outlet's own name in another case is a rename of its own; shown as typed, cleaned.
    done = outlets.rename_outlet(db, people.manager, xinghe, "  星河汽车  Xinghe\u200b ")
    assert done.name == "星河汽车 Xinghe"
    assert outlets.rename_outlet(db, people.manager, xinghe, "星河汽车 XINGHE").name == "星河汽车 XINGHE"
    with pytest.raises(ValidationError) as blank:
        outlets.rename_outlet(db, people.manager, xinghe, "\u200b ")
    assert _problem(blank) == ("name", "Enter the outlet's name.")


def test_a_name_kept_by_a_deactivated_outlet_is_freed_as_the_message_says(
    tmp_path: Path, db: Database, people: UserSet
) -> None:
    care = care_user(db, people.admin)
    _send(tmp_path, db, care, "a.csv", 1, 1, "锦江车城")
    _send(tmp_path, db, care, "b.csv", 2, 1, "锦江车城成华店")
    ids = {o.name: o.outlet_id for o in outlets.list_outlets(db, care)}
    outlets.set_outlet_active(db, people.manager, ids["锦江车城"], False)  # closed; the branch takes its name
    with pytest.raises(ValidationError) as taken:
        outlets.rename_outlet(db, people.manager, ids["锦江车城成华店"], "锦江车城")
    assert _problem(taken) == (
        "name",
        "The deactivated outlet 锦江车城 still has this name: choose another name for this one, or first rename "
        "the deactivated one (for example to 锦江车城 (closed)).",
    )
    outlets.rename_outlet(db, people.manager, ids["锦江车城"], "锦江车城 (closed)")  # as advised
    assert outlets.rename_outlet(db, people.manager, ids["锦江车城成华店"], "锦江车城").name == "锦江车城"


def test_a_list_under_an_outlet_not_on_file_adds_it_only_when_asked(
    tmp_path: Path, db: Database, people: UserSet
) -> None:
    """The old name of a renamed outlet does not become a second outlet behind the person's back."""
    care = care_user(db, people.admin)
    _send(tmp_path, db, care, "a.csv", 1, 1, "锦江车城")
    jinjiang = outlets.list_outlets(db, care)[0].outlet_id
    outlets.rename_outlet(db, people.manager, jinjiang, "锦江车城成华店")
    path = write_csv(tmp_path / "b.csv", [[vin(2), "", "朗逸", "白", "2026-11-29", "客户2", "13900000002", "", "", ""]])
    assert check_settings(db, care, SourceChannel.OUTLET, "锦江车城", str(path)).new_outlet
    preview = preview_sales_list(db, care, path, TODAY)
    with pytest.raises(ValidationError) as refused:
        import_sales_list(db, care, preview, SourceChannel.OUTLET, "锦江车城", TODAY, only_good_rows=False)
    assert _problem(refused) == (
        "outlet",
        "There is no outlet 锦江车城 on file (was it renamed?): choose the outlet from the list, or check the list "
        "again and agree to add 锦江车城 as a new outlet.",
    )
    assert _by_name(db, care) == {"锦江车城成华店": (True, 1, 1)}
    import_sales_list(db, care, preview, SourceChannel.OUTLET, "锦江车城", TODAY, False, add_outlet=True)
    assert _by_name(db, care) == {"锦江车城成华店": (True, 1, 1), "锦江车城": (True, 1, 1)}
