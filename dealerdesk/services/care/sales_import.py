"""Importing a sales list from the sales side or a second-tier outlet into the vehicles' care records.

Every row is checked by the same validators as a work order (VIN check digit, plate,
mobile); the person sees every rejected row and why, then takes all rows (when every row is
good) or only the good ones, in one transaction: nothing is ever half-imported. A VIN already
on file is updated, not doubled. Each import is a batch with its rows' outcome, so the
per-outlet data quality (rows sent, rejected, late) is what really arrived.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, ImportBatch, ImportRow, Outlet, Vehicle
from dealerdesk.domain.care_records import SourceChannel, Usage, sent_late
from dealerdesk.domain.imports import MISSING_VALUE, ColumnSpec, check_date
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, Problem, ValidationError
from dealerdesk.domain.outlet_names import clean_outlet_name, outlet_key
from dealerdesk.domain.roles import Role
from dealerdesk.domain.validation import decode_make, validate_mobile, validate_plate, validate_vin
from dealerdesk.domain.validation.text import control_character_problem
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.imports.batches import start_batch
from dealerdesk.services.imports.checks import CheckedRow, Preview, Progress, check_rows, report
from dealerdesk.services.imports.reader import SourceRow, read_table

IMPORT_ROLES = (Role.CUSTOMER_CARE, Role.MANAGER, Role.ADMIN)
KIND = "sales"
CHUNK = 500  # VINs and mobiles looked up per query (well under either database's parameter limit)


def _spec(key: str, label: str, *aliases: str, required: bool = False) -> ColumnSpec:
    return ColumnSpec(key, label, aliases, required)


COLUMNS: tuple[ColumnSpec, ...] = (
    _spec(
        "vin",
        QT_TRANSLATE_NOOP("Messages", "VIN"),
        "车架号", "VIN码", "车辆识别代号", "车辆识别号", "车辆识别代码", "底盘号", "车架号码", "frame number",
        required=True,
    ),
    _spec("plate", QT_TRANSLATE_NOOP("Messages", "Plate"), "车牌", "车牌号", "车牌号码", "号牌", "号牌号码",
          "plate number", "licence plate", "license plate"),
    _spec("make", QT_TRANSLATE_NOOP("Messages", "Make"), "品牌", "厂牌", "brand"),
    _spec("model", QT_TRANSLATE_NOOP("Messages", "Model"), "车型", "车型名称", "车系", required=True),
    _spec("colour", QT_TRANSLATE_NOOP("Messages", "Colour"), "颜色", "车身颜色", "外观颜色", "color"),
    _spec(
        "sale_date",
        QT_TRANSLATE_NOOP("Messages", "Sale date"),
        "销售日期", "开票日期", "售车日期", "购车日期", "交车日期", "销售时间", "date sold", "invoice date",
        required=True,
    ),
    _spec(
        "owner_name",
        QT_TRANSLATE_NOOP("Messages", "Owner"),
        "车主", "车主姓名", "客户姓名", "客户名称", "购车人", "姓名", "owner name", "customer", "customer name",
        required=True,
    ),
    _spec(
        "owner_mobile",
        QT_TRANSLATE_NOOP("Messages", "Owner's mobile"),
        "车主手机", "车主电话", "车主手机号", "手机", "手机号", "手机号码", "联系电话", "电话", "客户电话", "客户手机",
        "mobile", "owner mobile", "phone",
        required=True,
    ),
    _spec("contact_name", QT_TRANSLATE_NOOP("Messages", "Contact"), "联系人", "联系人姓名", "contact name"),
    _spec("contact_mobile", QT_TRANSLATE_NOOP("Messages", "Contact's mobile"), "联系人手机", "联系人电话",
          "联系人手机号", "contact mobile", "contact phone"),
    _spec("driver_name", QT_TRANSLATE_NOOP("Messages", "Usual driver"), "使用人", "驾驶人", "常用驾驶人",
          "使用人姓名", "驾驶人姓名", "driver", "driver name"),
    _spec("driver_mobile", QT_TRANSLATE_NOOP("Messages", "Driver's mobile"), "使用人电话", "使用人手机",
          "驾驶人电话", "驾驶人手机", "常用驾驶人电话", "driver mobile", "driver phone"),
    _spec("usage", QT_TRANSLATE_NOOP("Messages", "Usage"), "用途", "车辆用途", "使用性质", "use"),
)  # fmt: skip
LABELS = {c.key: c.label for c in COLUMNS}

NAME_WITHOUT_MOBILE = QT_TRANSLATE_NOOP("Messages", "{column} has a name but no mobile number.")
UNKNOWN_USAGE = QT_TRANSLATE_NOOP(
    "Messages",
    "Usage {value} is not known: write 出租车 (taxi), 网约车 (ride-hailing), 公司车 (company car) or leave it empty.",
)
OUTLET_NEEDED = QT_TRANSLATE_NOOP("Messages", "Name the outlet that sent this list.")
OUTLET_NAME_LONG = QT_TRANSLATE_NOOP("Messages", "An outlet name has at most {limit} characters.")
OUTLET_INACTIVE = QT_TRANSLATE_NOOP(
    "Messages",
    "The outlet {name} was deactivated: the service manager can reactivate it (Customer care, Care settings); "
    "or name the outlet that sent this list.",
)
OUTLET_NOT_ON_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "There is no outlet {name} on file (was it renamed?): choose the outlet from the list, or check the list "
    "again and agree to add {name} as a new outlet.",
)
FILE_NEEDED = QT_TRANSLATE_NOOP("Messages", "Choose the file of the list.")
NO_FILE = QT_TRANSLATE_NOOP("Messages", "There is no file {path}.")
NOT_ALL_GOOD = QT_TRANSLATE_NOOP(
    "Messages", "{count} rows were rejected: import only the good rows, or correct the file and import it again."
)
OUTLET_NAME_LIMIT = 100  # outlets.name

# What people write in the usage column; "private" words mean no flag.
_USAGE_WORDS: dict[str, Usage | None] = {
    **dict.fromkeys(("出租", "出租车", "出租客运", "taxi"), Usage.TAXI),
    **dict.fromkeys(("网约车", "网约", "预约出租客运", "滴滴", "ride-hailing", "ridehailing", "ride hailing"),
                    Usage.RIDE_HAILING),
    **dict.fromkeys(("公司车", "公司", "单位", "单位用车", "公务", "公务车", "company", "company car"),
                    Usage.COMPANY_CAR),
    **dict.fromkeys(("私家车", "家用", "非营运", "个人", "private"), None),
}  # fmt: skip
_USAGE_SPLIT = str.maketrans({c: "," for c in "，、/;；|+"})


@dataclass(frozen=True)
class SaleRow:
    vin: str
    plate: str
    make: str
    model: str
    colour: str
    sale_date: date
    owner_name: str
    owner_mobile: str
    contact_name: str
    contact_mobile: str
    driver_name: str
    driver_mobile: str
    usage: frozenset[Usage]


def parse_usage(text: str) -> frozenset[Usage] | None:
    """The usage flags a cell names ("出租车、公司车"); None when a word is not known."""
    flags: set[Usage] = set()
    for word in text.translate(_USAGE_SPLIT).split(","):
        word = word.strip().casefold()
        if not word:
            continue
        if word not in _USAGE_WORDS:
            return None
        flag = _USAGE_WORDS[word]
        if flag is not None:
            flags.add(flag)
    return frozenset(flags)


def _person(cells: dict[str, str], name_key: str, mobile_key: str, problems: list[Problem]) -> tuple[str, str]:
    name, mobile = cells[name_key].strip(), cells[mobile_key].strip()
    if not mobile:
        if name:
            problems.append(Problem(mobile_key, NAME_WITHOUT_MOBILE, {"column": LABELS[name_key]}))
        return name, ""
    checked = validate_mobile(mobile, field=mobile_key)
    problems.extend(checked.problems)
    return name, checked.value or ""


def check_sale_row(row: SourceRow, today: date) -> tuple[str, SaleRow | None, list[Problem]]:
    """One row, by the work order's own validators; every problem of the row is listed."""
    cells = row.cells
    problems: list[Problem] = []
    for key, text in cells.items():
        found = control_character_problem(text, key)
        if found is not None:
            problems.append(found)
    vin = validate_vin(cells["vin"], field="vin")
    problems.extend(vin.problems)
    plate = ""
    if cells["plate"].strip():
        checked_plate = validate_plate(cells["plate"], field="plate")
        problems.extend(checked_plate.problems)
        plate = checked_plate.value or ""
    model = cells["model"].strip()
    if not model:
        problems.append(Problem("model", MISSING_VALUE, {"column": LABELS["model"]}))
    sale_date, date_problem = check_date(cells["sale_date"], "sale_date", LABELS["sale_date"], today)
    if date_problem is not None:
        problems.append(date_problem)
    owner_name = cells["owner_name"].strip()
    if not owner_name:
        problems.append(Problem("owner_name", MISSING_VALUE, {"column": LABELS["owner_name"]}))
    owner_mobile = validate_mobile(cells["owner_mobile"], field="owner_mobile")
    problems.extend(owner_mobile.problems)
    contact = _person(cells, "contact_name", "contact_mobile", problems)
    driver = _person(cells, "driver_name", "driver_mobile", problems)
    usage = parse_usage(cells["usage"])
    if usage is None:
        problems.append(Problem("usage", UNKNOWN_USAGE, {"value": cells["usage"]}))
    key = vin.value or ""
    if any(p.is_error for p in problems) or vin.value is None or sale_date is None or usage is None:
        return key, None, problems
    value = SaleRow(
        vin=vin.value,
        plate=plate,
        make=cells["make"].strip() or decode_make(vin.value) or "",
        model=model,
        colour=cells["colour"].strip(),
        sale_date=sale_date,
        owner_name=owner_name,
        owner_mobile=owner_mobile.value or "",
        contact_name=contact[0],
        contact_mobile=contact[1],
        driver_name=driver[0],
        driver_mobile=driver[1],
        usage=usage,
    )
    return key, value, problems


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


def _vehicles_by_vin(s: Session, vins: list[str]) -> dict[str, Vehicle]:
    found: dict[str, Vehicle] = {}
    for part in _chunks(vins):
        found.update((v.vin, v) for v in s.scalars(select(Vehicle).where(Vehicle.vin.in_(part))))
    return found


def preview_sales_list(
    db: Database, actor: Actor, path: Path, today: date, progress: Progress | None = None
) -> Preview[SaleRow]:
    """Read and check the file; nothing is written. ``today``: the day it arrived (for lateness)."""
    with db.read() as s:  # rights as the database holds them, before the file is read
        current_actor(s, actor, *IMPORT_ROLES)
    table = read_table(path, COLUMNS)
    rows = check_rows(table, lambda row: check_sale_row(row, today), "vin", progress)
    with db.read() as s:
        existing = {vin: v.id for vin, v in _vehicles_by_vin(s, sorted({r.key for r in rows if r.key})).items()}
    checked = tuple(
        CheckedRow(r.row_no, r.key, r.cells, r.value, r.problems, existing.get(r.key) if not r.rejected else None)
        for r in rows
    )
    late = sum(1 for r in checked if r.value is not None and sent_late(r.value.sale_date, today))
    return Preview(table.file_name, checked, {"late": late})


@dataclass(frozen=True)
class Sender:
    """Who sent a list: the channel and, for an outlet, its name ("" otherwise)."""

    channel: SourceChannel
    outlet: str


@dataclass(frozen=True)
class ImportSettings:
    sender: Sender  # an outlet on file under its own name, however the person typed it
    path: Path
    new_outlet: bool  # the outlet is not on file: importing adds it (the page asks first)


def sender_problems(channel: SourceChannel, outlet_name: str) -> list[Problem]:
    """What is wrong with the sender as given: an outlet's list names its outlet."""
    name = clean_outlet_name(outlet_name)
    if channel is not SourceChannel.OUTLET:
        return []
    if not name:
        return [Problem("outlet", OUTLET_NEEDED)]
    if len(name) > OUTLET_NAME_LIMIT:
        return [Problem("outlet", OUTLET_NAME_LONG, {"limit": OUTLET_NAME_LIMIT})]
    found = control_character_problem(name, "outlet")
    return [found] if found is not None else []


def check_settings(db: Database, actor: Actor, channel: SourceChannel, outlet_name: str, file: str) -> ImportSettings:
    """The whole import's settings (the sender and the file), checked before the file is read: every
    problem at its field ("outlet", "file") in one ValidationError."""
    outlet = None
    with db.read() as s:
        current_actor(s, actor, *IMPORT_ROLES)
        problems = sender_problems(channel, outlet_name)
        if channel is SourceChannel.OUTLET and not problems:
            outlet = find_outlet(s, outlet_name)
            problems = _deactivated(outlet)
        name = outlet.name if outlet is not None else clean_outlet_name(outlet_name)
    typed = file.strip()
    if not typed:
        problems.append(Problem("file", FILE_NEEDED))
    elif not Path(typed).is_file():
        problems.append(Problem("file", NO_FILE, {"path": typed}))
    if problems:
        raise ValidationError(problems)
    is_outlet = channel is SourceChannel.OUTLET
    return ImportSettings(Sender(channel, name if is_outlet else ""), Path(typed), is_outlet and outlet is None)


def find_outlet(s: Session, name: str) -> Outlet | None:
    """The outlet on file under this name or one that only looks different (case, spaces, full-width
    letters, invisible characters: domain/outlet_names.py); the exact name first. Outlets are a few dozen."""
    key = outlet_key(name)
    if not key:
        return None
    exact = s.scalar(select(Outlet).where(Outlet.name == clean_outlet_name(name)))
    if exact is not None:
        return exact
    return next((o for o in s.scalars(select(Outlet).order_by(Outlet.id)) if outlet_key(o.name) == key), None)


def _deactivated(outlet: Outlet | None) -> list[Problem]:
    """A deactivated outlet is not taken for a new list (it stays on the cars it already has)."""
    if outlet is not None and not outlet.active:
        return [Problem("outlet", OUTLET_INACTIVE, {"name": outlet.name})]
    return []


def last_sender(db: Database, actor: Actor) -> Sender | None:
    """The sender of the last sales list this person imported: the page's default for the next one."""
    with db.read() as s:
        actor = current_actor(s, actor, *IMPORT_ROLES)
        found = s.execute(
            select(ImportBatch.source_channel, Outlet.name)
            .outerjoin(Outlet, Outlet.id == ImportBatch.outlet_id)
            .where(ImportBatch.kind == KIND, ImportBatch.imported_by_id == actor.id)
            .order_by(ImportBatch.imported_at.desc(), ImportBatch.id.desc())
            .limit(1)
        ).first()
    if found is None or found.source_channel is None:
        return None
    return Sender(SourceChannel(found.source_channel), found.name or "")


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    created: int
    updated: int
    rejected: int
    late: int


def outlet_named(s: Session, name: str) -> Outlet:
    """The outlet of this name (compared as :func:`find_outlet` does), added the first time a list or a
    record names it, under the name as typed (cleaned)."""
    outlet = find_outlet(s, name)
    if outlet is None:
        outlet = Outlet(name=clean_outlet_name(name), contact_name="", contact_mobile="", active=True)
        s.add(outlet)
        s.flush()
    return outlet


def _customers(s: Session, rows: list[SaleRow]) -> dict[tuple[str, str], Customer]:
    """The owners already on file, by (name, mobile): a customer is the same person when both match."""
    mobiles = sorted({r.owner_mobile for r in rows})
    found: dict[tuple[str, str], Customer] = {}
    for part in _chunks(mobiles):
        for c in s.scalars(select(Customer).where(Customer.mobile.in_(part)).order_by(Customer.id)):
            found.setdefault((c.name, c.mobile), c)
    return found


def _apply(vehicle: Vehicle, row: SaleRow, owner: Customer, channel: SourceChannel, outlet_id: int | None) -> None:
    """The list's values over the record; a person whose name or mobile changed is no longer verified."""
    if owner.id is None or vehicle.owner_id != owner.id:  # ids, not the relationship: no load per row
        vehicle.owner_verified_at = vehicle.owner_verified_by_id = None
    vehicle.owner = owner
    vehicle.plate = row.plate or vehicle.plate
    vehicle.make = row.make or vehicle.make
    vehicle.model = row.model
    vehicle.colour = row.colour or vehicle.colour
    vehicle.warranty_start = row.sale_date
    for person in ("contact", "driver"):
        name, mobile = getattr(row, f"{person}_name"), getattr(row, f"{person}_mobile")
        if not (name or mobile):
            continue  # the list says nothing about this person: what care verified stays
        if (name, mobile) != (getattr(vehicle, f"{person}_name"), getattr(vehicle, f"{person}_mobile")):
            setattr(vehicle, f"{person}_verified_at", None)
            setattr(vehicle, f"{person}_verified_by_id", None)
        setattr(vehicle, f"{person}_name", name)
        setattr(vehicle, f"{person}_mobile", mobile)
    vehicle.source_channel = channel.value
    vehicle.outlet_id = outlet_id
    for flag in Usage:
        if flag in row.usage:  # a list only adds flags; care clears one on the vehicle page
            setattr(vehicle, f"usage_{flag.value}", True)


def _problems_json(problems: tuple[Problem, ...]) -> str:
    return json.dumps([[p.field, p.text, dict(p.params)] for p in problems], ensure_ascii=False, default=str)


def import_sales_list(
    db: Database,
    actor: Actor,
    preview: Preview[SaleRow],
    channel: SourceChannel,
    outlet_name: str,
    today: date,
    only_good_rows: bool,
    progress: Progress | None = None,
    *,
    add_outlet: bool = False,
) -> ImportResult:
    """Write the preview's good rows in one transaction, with the batch and every row's outcome.

    ``only_good_rows`` False takes the whole list and is refused when any row was rejected;
    True takes the good rows and records the rejected ones. Cancelled midway, nothing is written.
    An outlet not on file is added only with ``add_outlet`` (the person agreed): a name typed the way
    it was before a rename is refused rather than becoming a second outlet.
    """
    problems = sender_problems(channel, outlet_name)
    if problems:
        raise ValidationError(problems)
    if not only_good_rows and preview.rejected:
        raise DealerDeskError(NOT_ALL_GOOD, count=len(preview.rejected))
    with db.write() as s:
        actor = current_actor(s, actor, *IMPORT_ROLES)
        outlet = None
        if channel is SourceChannel.OUTLET:
            outlet = find_outlet(s, outlet_name)
            if outlet is None and not add_outlet:
                raise ValidationError([Problem("outlet", OUTLET_NOT_ON_FILE, {"name": clean_outlet_name(outlet_name)})])
            inactive = _deactivated(outlet)
            if inactive:
                raise ValidationError(inactive)
            outlet = outlet or outlet_named(s, outlet_name)
        outlet_id = outlet.id if outlet is not None else None
        good = [r.value for r in preview.good if r.value is not None]
        vehicles = _vehicles_by_vin(s, sorted({r.vin for r in good}))
        owners = _customers(s, good)
        batch = start_batch(
            s, KIND, preview, actor.id, only_good_rows, source_channel=channel.value, outlet_id=outlet_id
        )
        total = len(preview.rows)
        outcomes: list[tuple[CheckedRow[SaleRow], Vehicle | None, str, bool]] = []
        for done, checked in enumerate(preview.rows, start=1):
            row = checked.value
            if row is None:
                outcomes.append((checked, None, "rejected", False))
            else:
                owner = owners.get((row.owner_name, row.owner_mobile))
                if owner is None:
                    owner = owners[(row.owner_name, row.owner_mobile)] = Customer(
                        name=row.owner_name, mobile=row.owner_mobile
                    )
                    s.add(owner)
                vehicle = vehicles.get(row.vin)
                outcome = "updated" if vehicle is not None else "created"
                if vehicle is None:
                    vehicle = vehicles[row.vin] = Vehicle(vin=row.vin, model=row.model)
                    s.add(vehicle)
                _apply(vehicle, row, owner, channel, outlet_id)
                outcomes.append((checked, vehicle, outcome, sent_late(row.sale_date, today)))
            report(progress, done, total)  # Cancel raises: the transaction rolls back whole
        s.flush()  # once: the new vehicles get their ids
        # One executemany, not thousands of ORM objects: the rows' outcomes are never read back here.
        s.execute(
            insert(ImportRow),
            [
                {
                    "batch_id": batch.id,
                    "row_no": checked.row_no,
                    "key": checked.key,
                    "outcome": outcome,
                    "late": late,
                    "event_date": checked.value.sale_date if checked.value is not None else None,
                    "problems": _problems_json(checked.problems),
                    "vehicle_id": vehicle.id if vehicle is not None else None,
                }
                for checked, vehicle, outcome, late in outcomes
            ],
        )
        batch.rows_created = sum(1 for o in outcomes if o[2] == "created")
        batch.rows_updated = sum(1 for o in outcomes if o[2] == "updated")
        batch.rows_late = sum(1 for o in outcomes if o[3])
        audit.record(
            s,
            actor,
            "import",
            "import_batch",
            batch.id,
            {
                "kind": KIND,
                "file": preview.file_name,
                "channel": channel.value,
                "outlet": outlet.name if outlet is not None else None,
                "only_good_rows": only_good_rows,
                "sent": batch.rows_sent,
                "created": batch.rows_created,
                "updated": batch.rows_updated,
                "rejected": batch.rows_rejected,
                "late": batch.rows_late,
            },
        )
        return ImportResult(batch.id, batch.rows_created, batch.rows_updated, batch.rows_rejected, batch.rows_late)
