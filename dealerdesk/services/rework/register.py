"""The rework register: list, detail, cause analysis, closing, external reworks and comebacks.

QC and hand-over failures create their records in the QC service; here the service
manager (or QC inspector) analyses and closes them, and the advisor registers external
reworks, usually from the comeback prompt when a delivered car returns inside its
repair-quality guarantee.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from dealerdesk.db.database import Database
from dealerdesk.db.models import AuditEntry, LabourLine, ReworkRecord, User, UserRole, WorkOrder
from dealerdesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    DealerDeskError,
    NotFound,
    Problem,
    ValidationError,
)
from dealerdesk.domain.rework_rules import (
    DEFAULT_REPAIR_CLASSES,
    GUARANTEE_PERIODS,
    GuaranteeEnd,
    RepairClass,
    closing_problems,
    guarantee_end,
    is_within_guarantee,
    repair_class_for,
)
from dealerdesk.domain.roles import Role
from dealerdesk.domain.validation.vin import normalise_vin
from dealerdesk.domain.vocabulary import CauseCategory, OrderStatus, QcLevel, ReworkKind, ServiceCategory
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor, require_role
from dealerdesk.services.rework.views import (
    HistoryEntry,
    OrderBrief,
    ReworkDetail,
    ReworkStatus,
    ReworkSummary,
    TechnicianChoice,
    day_start,
    load_order_briefs,
    optional_enum,
    parse_failed_items,
)
from dealerdesk.services.settings import DealerSettings

# Who may do what. Reading the register is open to every signed-in user: technicians see their own reworks.
EDIT_ROLES = (Role.MANAGER, Role.QC_INSPECTOR, Role.TEAM_LEAD, Role.ADVISOR)
CLOSE_ROLES = (Role.MANAGER, Role.QC_INSPECTOR)
REGISTER_ROLES = (Role.ADVISOR, Role.MANAGER)
REOPEN_ROLES = (Role.MANAGER,)
REGISTER_LIMIT = 5000  # rows in the register view; a filter narrows it

ENTITY = "rework"
QC_CREATED_ACTION = "record_rework"  # the QC service's audit action when a failed level creates a record

# One change to a loaded record, run inside the write transaction.
_Change = Callable[[Session, ReworkRecord], None]


@dataclass(frozen=True)
class ReworkFilter:
    date_from: date | None = None  # local day of detection, inclusive
    date_to: date | None = None  # inclusive
    kind: ReworkKind | None = None
    technician_id: int | None = None
    cause: CauseCategory | None = None
    status: ReworkStatus | None = None


@dataclass(frozen=True)
class ReworkChanges:
    """What the cause analysis fills in."""

    responsible_technician_id: int | None
    cause: CauseCategory | None
    cause_detail: str
    corrective_action: str
    labour_cost_fen: int
    parts_cost_fen: int
    description: str = ""


@dataclass(frozen=True)
class ComebackCandidate:
    """An earlier delivered order of the same vehicle still inside its guarantee."""

    order: OrderBrief
    repair_class: RepairClass
    guarantee: GuaranteeEnd
    days_since_delivery: int
    km_since_delivery: int | None
    already_linked: bool  # an external rework of it is registered already
    linked_order_number: str = ""  # the comeback order of that registered rework; empty: none linked yet

    @property
    def may_link(self) -> bool:
        """Whether "same fault" can still link a new order: no rework yet, or one registered without its order."""
        return not self.linked_order_number


# --- reading -------------------------------------------------------------------------------


def _summary_query() -> Select[ReworkRecord, WorkOrder, str, str, str | None, str]:
    detector = aliased(User)
    tech = aliased(User)
    rework_order = aliased(WorkOrder)
    return (
        select(ReworkRecord, WorkOrder, detector.full_name, tech.full_name, tech.team, rework_order.number)
        .join(WorkOrder, WorkOrder.id == ReworkRecord.original_order_id)
        .join(detector, detector.id == ReworkRecord.detected_by_id)
        .outerjoin(tech, tech.id == ReworkRecord.responsible_technician_id)
        .outerjoin(rework_order, rework_order.id == ReworkRecord.rework_order_id)
    )


def _summary(
    r: ReworkRecord, o: WorkOrder, detector: str, tech: str | None, team: str | None, rework_no: str | None
) -> ReworkSummary:
    return ReworkSummary(
        id=r.id,
        kind=ReworkKind(r.kind),
        status=ReworkStatus(r.status),
        detected_at=r.detected_at,
        detected_by=detector,
        original_order_id=o.id,
        original_number=o.number,
        plate=o.plate,
        vin=o.vin,
        model=o.model,
        category=optional_enum(ServiceCategory, o.category),
        rework_order_number=rework_no or "",
        qc_level=optional_enum(QcLevel, r.qc_level),
        technician_id=r.responsible_technician_id,
        technician=tech or "",
        team=team or "",
        cause=optional_enum(CauseCategory, r.cause_category),
        cause_detail=r.cause_detail,
        cost_fen=r.labour_cost_fen + r.parts_cost_fen,
    )


def list_reworks(db: Database, actor: Actor, flt: ReworkFilter = ReworkFilter()) -> list[ReworkSummary]:
    """The register, newest first, at most REGISTER_LIMIT rows."""
    q = _summary_query()
    if flt.date_from is not None:
        q = q.where(ReworkRecord.detected_at >= day_start(flt.date_from))
    if flt.date_to is not None:
        q = q.where(ReworkRecord.detected_at < day_start(flt.date_to + timedelta(days=1)))
    if flt.kind is not None:
        q = q.where(ReworkRecord.kind == flt.kind.value)
    if flt.technician_id is not None:
        q = q.where(ReworkRecord.responsible_technician_id == flt.technician_id)
    if flt.cause is not None:
        q = q.where(ReworkRecord.cause_category == flt.cause.value)
    if flt.status is not None:
        q = q.where(ReworkRecord.status == flt.status.value)
    q = q.order_by(ReworkRecord.detected_at.desc(), ReworkRecord.id.desc()).limit(REGISTER_LIMIT)
    with db.read() as s:
        actor = current_actor(s, actor)
        return [_summary(*row) for row in s.execute(q)]


def get_rework(db: Database, actor: Actor, record_id: int) -> ReworkDetail:
    with db.read() as s:
        actor = current_actor(s, actor)
        return _detail(s, record_id)


def _detail(s: Session, record_id: int) -> ReworkDetail:
    row = s.execute(_summary_query().where(ReworkRecord.id == record_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "No rework record with id {id}."), id=record_id)
    r = row[0]
    briefs = load_order_briefs(s, [r.original_order_id, *([r.rework_order_id] if r.rework_order_id else [])])
    closer = s.get(User, r.closed_by_id) if r.closed_by_id else None
    # The record's own entries, and the QC service's entry on the order that created it.
    mine = and_(AuditEntry.entity == ENTITY, AuditEntry.entity_id == str(record_id))
    created = and_(AuditEntry.action == QC_CREATED_ACTION, AuditEntry.entity_id == str(r.original_order_id))
    history = tuple(
        HistoryEntry(e.at, name or "", e.action, changes)
        for e, name in s.execute(
            select(AuditEntry, User.full_name)
            .outerjoin(User, User.id == AuditEntry.user_id)
            .where(or_(mine, created))
            .order_by(AuditEntry.id)
        )
        for changes in [json.loads(e.changes)]
        if e.action != QC_CREATED_ACTION or changes.get("rework_id") == record_id
    )
    return ReworkDetail(
        summary=_summary(*row),
        version=r.version,
        stage=r.stage,
        failed_items=parse_failed_items(r.failed_items),
        description=r.description,
        corrective_action=r.corrective_action,
        labour_cost_fen=r.labour_cost_fen,
        parts_cost_fen=r.parts_cost_fen,
        closed_at=r.closed_at,
        closed_by=closer.full_name if closer else "",
        original=briefs[r.original_order_id],
        rework_order=briefs.get(r.rework_order_id) if r.rework_order_id else None,
        history=history,
    )


def technician_choices(db: Database) -> list[TechnicianChoice]:
    """Everyone who can be responsible for a rework: technicians and team leads, inactive ones last."""
    with db.read() as s:
        q = (
            select(User)
            .join(UserRole)
            .where(UserRole.role.in_([Role.TECHNICIAN.value, Role.TEAM_LEAD.value]))
            .distinct()
            .order_by(User.is_active.desc(), User.full_name)
        )
        return [TechnicianChoice(u.id, u.full_name, u.team or "", u.is_active) for u in s.scalars(q)]


def find_order_id(db: Database, number: str) -> int:
    with db.read() as s:
        order_id = s.scalar(select(WorkOrder.id).where(WorkOrder.number == number.strip().upper()))
    if order_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "No work order with the number {number}."), number=number.strip())
    return order_id


# --- cause analysis and closing --------------------------------------------------------------


def _changes_problems(s: Session, changes: ReworkChanges) -> list[Problem]:
    problems: list[Problem] = []
    if changes.labour_cost_fen < 0:
        problems.append(Problem("labour_cost", QT_TRANSLATE_NOOP("Messages", "The cost cannot be negative.")))
    if changes.parts_cost_fen < 0:
        problems.append(Problem("parts_cost", QT_TRANSLATE_NOOP("Messages", "The cost cannot be negative.")))
    tech_id = changes.responsible_technician_id
    if tech_id is not None:
        roles = set(s.scalars(select(UserRole.role).where(UserRole.user_id == tech_id)))
        if not roles & {Role.TECHNICIAN.value, Role.TEAM_LEAD.value}:
            problems.append(
                Problem(
                    "technician",
                    QT_TRANSLATE_NOOP("Messages", "The responsible person must be a technician or a team lead."),
                )
            )
    return problems


def _fields(r: ReworkRecord) -> dict[str, object]:
    return {
        "responsible_technician_id": r.responsible_technician_id,
        "cause_category": r.cause_category,
        "cause_detail": r.cause_detail,
        "corrective_action": r.corrective_action,
        "labour_cost_fen": r.labour_cost_fen,
        "parts_cost_fen": r.parts_cost_fen,
        "description": r.description,
        "status": r.status,
    }


def _load_for_write(s: Session, record_id: int, version: int) -> ReworkRecord:
    r = s.get(ReworkRecord, record_id)
    if r is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "No rework record with id {id}."), id=record_id)
    if r.version != version:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Someone else changed this rework record after you opened it. Close it, open it again "
                "and repeat your change.",
            )
        )
    return r


def _apply(r: ReworkRecord, changes: ReworkChanges) -> None:
    r.responsible_technician_id = changes.responsible_technician_id
    r.cause_category = changes.cause.value if changes.cause else None
    r.cause_detail = changes.cause_detail.strip()
    r.corrective_action = changes.corrective_action.strip()
    r.labour_cost_fen = changes.labour_cost_fen
    r.parts_cost_fen = changes.parts_cost_fen
    r.description = changes.description.strip()


def _commit_change(
    db: Database, actor: Actor, roles: tuple[Role, ...], record_id: int, version: int, action: str, change: _Change
) -> ReworkDetail:
    try:
        with db.write() as s:
            actor = current_actor(s, actor, *roles)
            r = _load_for_write(s, record_id, version)
            before = _fields(r)
            change(s, r)
            s.flush()
            audit.record(s, actor, action, ENTITY, r.id, audit.diff(before, _fields(r)))
    except StaleDataError as exc:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Messages", "Someone else changed this rework record at the same moment. Try again.")
        ) from exc
    return get_rework(db, actor, record_id)


def update_rework(db: Database, actor: Actor, record_id: int, version: int, changes: ReworkChanges) -> ReworkDetail:
    """Save the cause analysis of an open record (nothing is required until it is closed)."""

    def change(s: Session, r: ReworkRecord) -> None:
        if r.status == ReworkStatus.CLOSED.value:
            raise DealerDeskError(
                QT_TRANSLATE_NOOP("Messages", "This rework record is closed. A service manager can reopen it.")
            )
        problems = _changes_problems(s, changes)
        if problems:
            raise ValidationError(problems)
        _apply(r, changes)

    return _commit_change(db, actor, EDIT_ROLES, record_id, version, "update_rework", change)


def close_rework(db: Database, actor: Actor, record_id: int, version: int, changes: ReworkChanges) -> ReworkDetail:
    """Save and close: a closed record needs its cause category and the corrective action."""

    def change(s: Session, r: ReworkRecord) -> None:
        if r.status == ReworkStatus.CLOSED.value:
            raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "This rework record is closed already."))
        problems = _changes_problems(s, changes) + closing_problems(changes.cause, changes.corrective_action)
        if problems:
            raise ValidationError(problems)
        _apply(r, changes)
        r.status = ReworkStatus.CLOSED.value
        r.closed_at = datetime.now(UTC)
        r.closed_by_id = actor.id

    return _commit_change(db, actor, CLOSE_ROLES, record_id, version, "close_rework", change)


def reopen_rework(db: Database, actor: Actor, record_id: int, version: int, reason: str) -> ReworkDetail:
    """A manager reopens a closed record with a reason; the audit log keeps both."""
    if not reason.strip():
        raise ValidationError(
            [Problem("reason", QT_TRANSLATE_NOOP("Messages", "Enter the reason for reopening the record."))]
        )

    def change(s: Session, r: ReworkRecord) -> None:
        if r.status != ReworkStatus.CLOSED.value:
            raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "This rework record is open already."))
        r.status = ReworkStatus.OPEN.value
        r.closed_at = None
        r.closed_by_id = None
        audit.record(s, actor, "reopen_rework_reason", ENTITY, r.id, {"reason": reason.strip()})

    return _commit_change(db, actor, REOPEN_ROLES, record_id, version, "reopen_rework", change)


# --- external reworks and comebacks ----------------------------------------------------------


def repair_classes(settings: DealerSettings) -> dict[ServiceCategory, RepairClass]:
    """The domain defaults overridden by the classes chosen in Settings (unknown values ignored)."""
    classes = dict(DEFAULT_REPAIR_CLASSES)
    for category, value in settings.repair_classes.items():
        cat = optional_enum(ServiceCategory, category)
        cls = optional_enum(RepairClass, value)
        if cat is not None and cls is not None:
            classes[cat] = cls
    return classes


_LONGEST_DAYS = max(p.days for p in GUARANTEE_PERIODS.values())


def comeback_candidates(
    db: Database,
    actor: Actor,
    vin: str,
    mileage_now: int | None,
    classes: Mapping[ServiceCategory, RepairClass] = DEFAULT_REPAIR_CLASSES,
    now: datetime | None = None,
    exclude_order_id: int | None = None,
) -> list[ComebackCandidate]:
    """Earlier delivered orders of this VIN still inside their guarantee, most recent first.

    Without a mileage (or one below the delivery's, which the order form refuses
    anyway) only the days decide.
    """
    vin = normalise_vin(vin)
    if not vin:
        return []
    now = now or datetime.now(UTC)
    # The delivered_at index narrows to the longest window; the VIN then picks the car.
    earliest = now - timedelta(days=_LONGEST_DAYS + 2)
    with db.read() as s:
        actor = current_actor(s, actor)
        q = select(WorkOrder.id).where(
            WorkOrder.delivered_at >= earliest,
            WorkOrder.delivered_at <= now,
            WorkOrder.vin == vin,
            WorkOrder.status == OrderStatus.DELIVERED.value,
        )
        if exclude_order_id is not None:
            q = q.where(WorkOrder.id != exclude_order_id)
        ids = list(s.scalars(q))
        briefs = load_order_briefs(s, ids)
        rework_order = aliased(WorkOrder)
        linked = {
            original_id: number or ""
            for original_id, number in s.execute(
                select(ReworkRecord.original_order_id, rework_order.number)
                .outerjoin(rework_order, rework_order.id == ReworkRecord.rework_order_id)
                .where(ReworkRecord.original_order_id.in_(ids), ReworkRecord.kind == ReworkKind.EXTERNAL.value)
            )
        }
    result: list[ComebackCandidate] = []
    for brief in briefs.values():
        assert brief.delivered_at is not None
        category = brief.category or ServiceCategory.GENERAL_REPAIR
        cls = repair_class_for(category, classes)
        delivered_km = brief.delivered_mileage or 0
        km = mileage_now if mileage_now is not None and mileage_now >= delivered_km else delivered_km
        if not is_within_guarantee(brief.delivered_at, delivered_km, now, km, cls):
            continue
        result.append(
            ComebackCandidate(
                order=brief,
                repair_class=cls,
                guarantee=guarantee_end(brief.delivered_at, delivered_km, cls),
                days_since_delivery=(now - brief.delivered_at).days,
                km_since_delivery=(mileage_now - delivered_km)
                if mileage_now is not None and brief.delivered_mileage is not None
                else None,
                already_linked=brief.id in linked,
                linked_order_number=linked.get(brief.id, ""),
            )
        )
    result.sort(key=lambda c: c.order.delivered_at or now, reverse=True)
    return result


def add_external_record(
    s: Session,
    actor: Actor,
    original_order_id: int,
    rework_order_id: int | None,
    description: str = "",
    detected_at: datetime | None = None,
) -> ReworkRecord:
    """Register an external rework inside the caller's transaction (the work-order service may call it).

    An order has at most one external rework (the database's unique index holds it too): a
    car back again after its rework was delivered is a comeback of the rework order.
    """
    require_role(actor, *REGISTER_ROLES)
    original = s.get(WorkOrder, original_order_id)
    if original is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "No work order with id {id}."), id=original_order_id)
    if original.delivered_at is None or original.status != OrderStatus.DELIVERED.value:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "Order {number} has not been delivered: only a delivered car can come back."),
            number=original.number,
        )
    if rework_order_id is not None:
        rework = s.get(WorkOrder, rework_order_id)
        if rework is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No work order with id {id}."), id=rework_order_id)
        if rework.id == original.id:
            raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "An order cannot be the rework of itself."))
        if rework.vin and original.vin and rework.vin != original.vin:
            raise DealerDeskError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Order {rework} is for another vehicle (VIN {vin}) than order {original}."
                ),
                rework=rework.number,
                vin=rework.vin,
                original=original.number,
            )
        taken = s.scalar(
            select(ReworkRecord.id).where(
                ReworkRecord.rework_order_id == rework.id, ReworkRecord.kind == ReworkKind.EXTERNAL.value
            )
        )
        if taken is not None:
            raise DealerDeskError(
                QT_TRANSLATE_NOOP("Messages", "Order {rework} is linked as an external rework already."),
                rework=rework.number,
            )
    registered = s.scalar(
        select(ReworkRecord).where(
            ReworkRecord.original_order_id == original.id, ReworkRecord.kind == ReworkKind.EXTERNAL.value
        )
    )
    if registered is not None:
        return _link_registered(s, actor, original, registered, rework_order_id)
    technicians = _order_technicians(s, original.id)
    record = ReworkRecord(
        original_order_id=original.id,
        rework_order_id=rework_order_id,
        kind=ReworkKind.EXTERNAL.value,
        detected_at=detected_at or datetime.now(UTC),
        detected_by_id=actor.id,
        stage="after_delivery",
        description=description.strip(),
        # One technician did all the work: the obvious first suspect, still editable in the analysis.
        responsible_technician_id=technicians[0] if len(technicians) == 1 else None,
        status=ReworkStatus.OPEN.value,
    )
    s.add(record)
    s.flush()
    audit.record(
        s,
        actor,
        "register_external_rework",
        ENTITY,
        record.id,
        {
            "original_order": original.number,
            "rework_order_id": rework_order_id,
            "description": record.description,
            "responsible_technician_id": record.responsible_technician_id,
        },
    )
    return record


def _link_registered(
    s: Session, actor: Actor, original: WorkOrder, registered: ReworkRecord, rework_order_id: int | None
) -> ReworkRecord:
    """One comeback, one record: a second "same fault" for the same order links to the record, never a new one.

    Registered by hand on the Rework page before the new order existed: the new order
    becomes its comeback order. Registered with an order already: refused.
    """
    if rework_order_id is None or registered.rework_order_id is not None:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "An external rework of order {original} is registered already (record {id}): "
                "a comeback is counted once.",
            ),
            original=original.number,
            id=registered.id,
        )
    registered.rework_order_id = rework_order_id
    s.flush()
    audit.record(s, actor, "link_external_rework", ENTITY, registered.id, {"rework_order_id": [None, rework_order_id]})
    return registered


def _order_technicians(s: Session, order_id: int) -> list[int]:
    return sorted(
        set(
            s.scalars(
                select(LabourLine.technician_id).where(
                    LabourLine.order_id == order_id, LabourLine.technician_id.is_not(None)
                )
            )
        )
    )


def register_external(
    db: Database,
    actor: Actor,
    original_order_id: int,
    rework_order_id: int | None = None,
    description: str = "",
) -> ReworkDetail:
    """The advisor registers a comeback: the customer returned with the same fault after delivery."""
    with db.write() as s:
        actor = current_actor(s, actor, *REGISTER_ROLES)
        record = add_external_record(s, actor, original_order_id, rework_order_id, description)
        record_id = record.id
    return get_rework(db, actor, record_id)
