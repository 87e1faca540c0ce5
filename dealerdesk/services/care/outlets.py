"""The second-tier outlets (二级网点) that send sales lists: their cars, renaming, deactivating.

An outlet is added the first time a list or a vehicle record names it. The care desk sees
every outlet with its cars and lists; the service manager or an administrator (who set the
care desk's rules) renames one (names stay unique, compared as domain/outlet_names.py does;
saved segments hold the outlet's id and follow) or deactivates it: a deactivated outlet is no
longer offered, nor taken, for a new list, but stays on its cars, its lists and in the
figures, and can be reactivated. Each change is in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import ImportBatch, Outlet, Vehicle
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, NotFound, Problem, ValidationError
from dealerdesk.domain.outlet_names import clean_outlet_name, outlet_key
from dealerdesk.domain.roles import Role
from dealerdesk.domain.validation.text import control_character_problem
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.care.sales_import import OUTLET_NAME_LIMIT, OUTLET_NAME_LONG
from dealerdesk.services.care.status import CARE_ROLES

# Who changes an outlet: those who set the care desk's rules (Care settings).
EDIT_ROLES = (Role.MANAGER, Role.ADMIN)
ENTITY = "outlet"

NO_OUTLET = QT_TRANSLATE_NOOP("Messages", "This outlet is no longer on file.")
NAME_NEEDED = QT_TRANSLATE_NOOP("Messages", "Enter the outlet's name.")
# Names are compared as domain/outlet_names.py does; {name} is the other outlet's, as it is shown.
NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Messages",
    "Another outlet is already named {name}: choose another name for this one, or first rename the other one.",
)
NAME_TAKEN_DEACTIVATED = QT_TRANSLATE_NOOP(
    "Messages",
    "The deactivated outlet {name} still has this name: choose another name for this one, or first rename "
    "the deactivated one (for example to {name} (closed)).",
)


@dataclass(frozen=True)
class OutletView:
    outlet_id: int
    name: str
    active: bool
    cars: int  # vehicles sold through it
    lists: int  # sales lists it sent


def _counts(s: Session, group: InstrumentedAttribute[int | None]) -> dict[int, int]:
    """Rows per outlet of the table ``group`` (an outlet_id column) belongs to."""
    return {oid: int(n) for oid, n in s.execute(select(group, func.count()).group_by(group)) if oid is not None}


def _view(s: Session, outlet: Outlet) -> OutletView:
    cars = s.scalar(select(func.count()).select_from(Vehicle).where(Vehicle.outlet_id == outlet.id)) or 0
    lists = s.scalar(select(func.count()).select_from(ImportBatch).where(ImportBatch.outlet_id == outlet.id)) or 0
    return OutletView(outlet.id, outlet.name, outlet.active, cars, lists)


def list_outlets(db: Database, actor: Actor) -> list[OutletView]:
    """Every outlet, active and deactivated, by name, with its cars and lists."""
    with db.read() as s:
        current_actor(s, actor, *CARE_ROLES)
        cars = _counts(s, Vehicle.outlet_id)
        lists = _counts(s, ImportBatch.outlet_id)
        return [
            OutletView(o.id, o.name, o.active, cars.get(o.id, 0), lists.get(o.id, 0))
            for o in s.scalars(select(Outlet).order_by(Outlet.name))
        ]


def _get(s: Session, outlet_id: int) -> Outlet:
    outlet = s.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(NO_OUTLET)
    return outlet


def name_problems(name: str) -> list[Problem]:
    typed = clean_outlet_name(name)
    if not typed:
        return [Problem("name", NAME_NEEDED)]
    if len(typed) > OUTLET_NAME_LIMIT:
        return [Problem("name", OUTLET_NAME_LONG, {"limit": OUTLET_NAME_LIMIT})]
    found = control_character_problem(typed, "name")
    return [found] if found is not None else []


def rename_outlet(db: Database, actor: Actor, outlet_id: int, name: str) -> OutletView:
    """The outlet under a new name, on its cars and lists too (they point at it); names stay unique."""
    problems = name_problems(name)
    if problems:
        raise ValidationError(problems)
    new = clean_outlet_name(name)
    taken = ValidationError([Problem("name", NAME_TAKEN, {"name": new})])
    try:
        with db.write() as s:
            actor = current_actor(s, actor, *EDIT_ROLES)
            outlet = _get(s, outlet_id)
            key = outlet_key(new)
            others = s.scalars(select(Outlet).where(Outlet.id != outlet.id))
            other = next((o for o in others if outlet_key(o.name) == key), None)
            if other is not None:
                message = NAME_TAKEN if other.active else NAME_TAKEN_DEACTIVATED
                raise ValidationError([Problem("name", message, {"name": other.name})])
            old = outlet.name
            if new != old:
                outlet.name = new
                s.flush()  # the unique name is the database's to keep, should two rename at once
                audit.record(s, actor, "rename_outlet", ENTITY, outlet.id, audit.diff({"name": old}, {"name": new}))
            return _view(s, outlet)
    except IntegrityError as err:
        raise taken from err


def set_outlet_active(db: Database, actor: Actor, outlet_id: int, active: bool) -> OutletView:
    """Deactivated: no longer offered or taken for a new list; its cars, lists and figures keep it."""
    with db.write() as s:
        actor = current_actor(s, actor, *EDIT_ROLES)
        outlet = _get(s, outlet_id)
        before = outlet.active
        if before != active:
            outlet.active = active
            audit.record(
                s,
                actor,
                "activate_outlet" if active else "deactivate_outlet",
                ENTITY,
                outlet.id,
                {"name": outlet.name, "active": [before, active]},
            )
        return _view(s, outlet)
