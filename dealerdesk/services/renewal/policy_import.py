"""Importing the insurance department's policy list (CSV or .xlsx) into the policies per vehicle.

On the shared import framework (``services/imports``, the preview dialog of ``ui/imports``): every
row is checked (the VIN by the work order's validator and on file, the insurer, at least one expiry,
the premium), the person sees every rejected row and why, then takes all rows (when every row is
good) or only the good ones, in one transaction. A car's policy of the same year is updated, not
doubled, so a list imported twice changes nothing. Each import is a batch with its rows' outcome.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import ImportRow, InsurancePolicy, Vehicle
from dealerdesk.domain import renewal_rules as rules
from dealerdesk.domain.imports import BAD_DATE, MISSING_VALUE, ColumnSpec, parse_date
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, Problem
from dealerdesk.domain.money import parse_yuan
from dealerdesk.domain.roles import Role
from dealerdesk.domain.validation import validate_vin
from dealerdesk.domain.validation.text import control_character_problem
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.imports.batches import start_batch
from dealerdesk.services.imports.checks import CheckedRow, Preview, Progress, check_rows, report
from dealerdesk.services.imports.reader import SourceRow, read_table
from dealerdesk.services.renewal.policies import store_policy

IMPORT_ROLES = (Role.RENEWAL_SPECIALIST, Role.MANAGER, Role.ADMIN)
KIND = "policies"
CHUNK = 500  # VINs looked up per query


def _spec(key: str, label: str, *aliases: str, required: bool = False) -> ColumnSpec:
    return ColumnSpec(key, label, aliases, required)


COLUMNS: tuple[ColumnSpec, ...] = (
    _spec("vin", QT_TRANSLATE_NOOP("Messages", "VIN"), "车架号", "VIN码", "车辆识别代号", "车辆识别号", "车架号码",
          "frame number", required=True),
    _spec("plate", QT_TRANSLATE_NOOP("Messages", "Plate"), "车牌", "车牌号", "车牌号码", "号牌号码"),
    _spec("insurer", QT_TRANSLATE_NOOP("Messages", "Insurer"), "保险公司", "承保公司", "本年保险公司",
          "本年承保公司", "承保机构", "insurance company", required=True),
    _spec("policy_no", QT_TRANSLATE_NOOP("Messages", "Policy number"), "保单号", "保单号码", "商业险保单号",
          "policy no"),
    _spec("compulsory_expiry", QT_TRANSLATE_NOOP("Messages", "Compulsory expiry"), "交强险到期日", "交强险到期",
          "交强险止期", "交强险终保日期", "交强险到期日期", "compulsory insurance expiry"),
    _spec("commercial_expiry", QT_TRANSLATE_NOOP("Messages", "Commercial expiry"), "商业险到期日", "商业险到期",
          "商业险止期", "商业险终保日期", "商业险到期日期", "commercial insurance expiry"),
    _spec("premium", QT_TRANSLATE_NOOP("Messages", "Premium"), "保费", "总保费", "保费合计", "签单保费", "保费(元)",
          "premium (yuan)", required=True),
    _spec("last_year_insurer", QT_TRANSLATE_NOOP("Messages", "Last year's insurer"), "上年保险公司",
          "上年承保公司", "去年保险公司", "上年投保公司", "previous insurer"),
)  # fmt: skip
LABELS = {c.key: c.label for c in COLUMNS}

NOT_ON_FILE = QT_TRANSLATE_NOOP(
    "Messages", "VIN {vin} is not on file: import the car's sales list (or open a work order for it) first."
)
NO_EXPIRY = QT_TRANSLATE_NOOP("Messages", "Neither the compulsory nor the commercial expiry is given.")
NOT_ALL_GOOD = QT_TRANSLATE_NOOP(
    "Messages", "{count} rows were rejected: import only the good rows, or correct the file and import it again."
)
# The domain's field names for a policy's problems, as the list's columns.
_FIELD_COLUMN = {rules.INSURER: "insurer", rules.EXPIRY: "compulsory_expiry", rules.PREMIUM: "premium"}


@dataclass(frozen=True)
class PolicyRow:
    vin: str
    policy: rules.PolicyInput


def check_policy_row(row: SourceRow) -> tuple[str, PolicyRow | None, list[Problem]]:
    """One row: every problem of the row is listed, each at its column."""
    cells = row.cells
    problems: list[Problem] = []
    for key, text in cells.items():
        found = control_character_problem(text, key)
        if found is not None:
            problems.append(found)
    vin = validate_vin(cells["vin"], field="vin")
    problems.extend(vin.problems)
    expiries = {}
    for key in ("compulsory_expiry", "commercial_expiry"):
        text = cells[key].strip()
        expiries[key] = parse_date(text) if text else None
        if text and expiries[key] is None:
            problems.append(Problem(key, BAD_DATE, {"column": LABELS[key], "value": text}))
    if not cells["compulsory_expiry"].strip() and not cells["commercial_expiry"].strip():
        problems.append(Problem("compulsory_expiry", NO_EXPIRY))
    premium = None
    if cells["premium"].strip():
        parsed = parse_yuan(cells["premium"], field="premium")
        problems.extend(parsed.problems)
        premium = parsed.value
    else:
        problems.append(Problem("premium", MISSING_VALUE, {"column": LABELS["premium"]}))
    if not cells["insurer"].strip():
        problems.append(Problem("insurer", MISSING_VALUE, {"column": LABELS["insurer"]}))
    key = vin.value or ""
    if any(p.is_error for p in problems) or vin.value is None or premium is None:
        return key, None, problems
    policy = rules.PolicyInput(
        cells["insurer"].strip(),
        expiries["compulsory_expiry"],
        expiries["commercial_expiry"],
        premium,
        cells["last_year_insurer"].strip(),
        cells["policy_no"].strip(),
    )
    domain = [replace(p, field=_FIELD_COLUMN.get(p.field, p.field)) for p in rules.check_policy(policy)]
    if domain:
        return key, None, problems + domain
    return key, PolicyRow(vin.value, policy), problems


def _vehicles(db: Database, vins: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    with db.read() as s:
        for i in range(0, len(vins), CHUNK):
            part = vins[i : i + CHUNK]
            found.update({v: vid for v, vid in s.execute(select(Vehicle.vin, Vehicle.id).where(Vehicle.vin.in_(part)))})
    return found


def preview_policy_list(db: Database, actor: Actor, path: Path, progress: Progress | None = None) -> Preview[PolicyRow]:
    """Read and check the file; nothing is written. A VIN not on file rejects its row."""
    with db.read() as s:  # rights as the database holds them, before the file is read
        current_actor(s, actor, *IMPORT_ROLES)
    table = read_table(path, COLUMNS)
    rows = check_rows(table, check_policy_row, "vin", progress)
    vehicles = _vehicles(db, sorted({r.key for r in rows if r.key}))
    existing: dict[tuple[int, int], int] = {}
    with db.read() as s:
        ids = sorted(vehicles.values())
        for i in range(0, len(ids), CHUNK):
            q = select(InsurancePolicy.vehicle_id, InsurancePolicy.policy_year, InsurancePolicy.id).where(
                InsurancePolicy.vehicle_id.in_(ids[i : i + CHUNK])
            )
            existing.update({(vid, year): pid for vid, year, pid in s.execute(q)})
    checked: list[CheckedRow[PolicyRow]] = []
    for r in rows:
        if r.value is None:
            checked.append(r)
        elif r.key not in vehicles:
            missing = Problem("vin", NOT_ON_FILE, {"vin": r.key})
            checked.append(CheckedRow(r.row_no, r.key, r.cells, None, (*r.problems, missing)))
        else:
            due = rules.policy_due(r.value.policy.compulsory_expiry, r.value.policy.commercial_expiry)
            assert due is not None  # checked: an expiry is given
            known = existing.get((vehicles[r.key], due.year))
            checked.append(CheckedRow(r.row_no, r.key, r.cells, r.value, r.problems, known))
    return Preview(table.file_name, tuple(checked))


@dataclass(frozen=True)
class PolicyImportResult:
    batch_id: int
    created: int
    updated: int
    rejected: int


def import_policy_list(
    db: Database, actor: Actor, preview: Preview[PolicyRow], only_good_rows: bool, progress: Progress | None = None
) -> PolicyImportResult:
    """Write the preview's good rows in one transaction, with the batch and every row's outcome.

    ``only_good_rows`` False takes the whole list and is refused when any row was rejected."""
    if not only_good_rows and preview.rejected:
        raise DealerDeskError(NOT_ALL_GOOD, count=len(preview.rejected))
    vehicles = _vehicles(db, sorted({r.key for r in preview.good}))
    with db.write() as s:
        actor = current_actor(s, actor, *IMPORT_ROLES)
        batch = start_batch(s, KIND, preview, actor.id, only_good_rows)
        total = len(preview.rows)
        for done, checked in enumerate(preview.rows, start=1):
            outcome, vehicle_id = "rejected", None
            if checked.value is not None:
                vehicle_id = vehicles.get(checked.key)
                if vehicle_id is None:  # deleted since the preview: never the case, a VIN is never removed
                    raise DealerDeskError(NOT_ON_FILE, vin=checked.key)
                saved = store_policy(s, actor, vehicle_id, checked.value.policy, "import")
                outcome = "created" if saved.created else "updated"
                batch.rows_created += saved.created
                batch.rows_updated += not saved.created
            s.add(
                ImportRow(
                    batch_id=batch.id,
                    row_no=checked.row_no,
                    key=checked.key,
                    outcome=outcome,
                    late=False,
                    event_date=None,
                    problems=json.dumps(
                        [[p.field, p.text, dict(p.params)] for p in checked.problems], ensure_ascii=False, default=str
                    ),
                    vehicle_id=vehicle_id,
                )
            )
            report(progress, done, total)  # Cancel raises: the transaction rolls back whole
        audit.record(
            s,
            actor,
            "import",
            "import_batch",
            batch.id,
            {
                "kind": KIND,
                "file": preview.file_name,
                "only_good_rows": only_good_rows,
                "sent": batch.rows_sent,
                "created": batch.rows_created,
                "updated": batch.rows_updated,
                "rejected": batch.rows_rejected,
            },
        )
        return PolicyImportResult(batch.id, batch.rows_created, batch.rows_updated, batch.rows_rejected)
