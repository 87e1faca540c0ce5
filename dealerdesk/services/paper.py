"""Printed paper for one order: the saved order, the dealer header and the QC signatures as PDF.

The GUI's preview and ``dealerdesk print`` both come here, so the window and the
command line print the same bytes. Paper always shows what is saved, never what is
still being typed in a form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dealerdesk.db.database import Database
from dealerdesk.db.models import QcRound, QcSignoff, User, WorkOrder
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, NotFound
from dealerdesk.domain.vocabulary import (
    ApprovalMethod,
    FuelLevel,
    OrderStatus,
    PaymentType,
    QcLevel,
    ServiceCategory,
)
from dealerdesk.reports import (
    DealerHeader,
    ExtraWorkApproval,
    LabourLine,
    PaperOrder,
    PaperVehicle,
    PartLine,
    QcSignOff,
    render_job_card,
    render_work_order,
)
from dealerdesk.services.settings import DealerSettings, get_settings

PaperKind = Literal["workorder", "jobcard"]
KINDS: tuple[PaperKind, ...] = ("workorder", "jobcard")
KIND_LABELS: dict[PaperKind, str] = {
    "workorder": QT_TRANSLATE_NOOP("Messages", "Work order"),
    "jobcard": QT_TRANSLATE_NOOP("Messages", "Job card"),
}


@dataclass(frozen=True)
class RenderedPaper:
    order_id: int
    order_number: str
    kind: PaperKind
    lang: str
    pdf: bytes

    @property
    def title(self) -> str:
        """The document's name as an English source text (context "Messages")."""
        return KIND_LABELS[self.kind]

    @property
    def file_name(self) -> str:
        return f"{self.order_number}-{self.kind}-{self.lang}.pdf"


def render_order_pdf(
    db: Database, number_or_id: int | str, kind: PaperKind, lang: str, *, tz: tzinfo | None = None
) -> bytes:
    return render_order_paper(db, number_or_id, kind, lang, tz=tz).pdf


def render_order_paper(
    db: Database, number_or_id: int | str, kind: PaperKind, lang: str, *, tz: tzinfo | None = None
) -> RenderedPaper:
    """The order (its id, or its number as typed) as PDF; times in ``tz`` (None: this machine's zone).

    Raises NotFound for an unknown order, DealerDeskError for a draft or when no font
    can be found (the message names what to install).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown paper kind {kind!r}; choose one of {KINDS}")
    settings = get_settings(db)
    order_id, order = load_paper_order(db, number_or_id, settings)
    render = render_job_card if kind == "jobcard" else render_work_order
    pdf = render(order, lang, settings.font_path or None, tz=tz)
    return RenderedPaper(order_id, order.order_number, kind, lang, pdf)


def load_paper_order(
    db: Database, number_or_id: int | str, settings: DealerSettings | None = None
) -> tuple[int, PaperOrder]:
    """The saved order as the paper's plain data, with its id."""
    settings = settings or get_settings(db)
    dealer = DealerHeader(settings.dealer_name, settings.dealer_address, settings.dealer_phone)
    with db.read() as s:
        row = _find(s, number_or_id)
        if row.status == OrderStatus.DRAFT:
            raise DealerDeskError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Work order {number} is still a draft. Open it first: only a complete order is printed.",
                ),
                number=row.number,
            )
        return row.id, _paper_order(s, row, dealer)


def _find(s: Session, number_or_id: int | str) -> WorkOrder:
    query = select(WorkOrder).options(
        selectinload(WorkOrder.concerns),
        selectinload(WorkOrder.labour_lines),
        selectinload(WorkOrder.parts_lines),
        selectinload(WorkOrder.extra_work),
    )
    if isinstance(number_or_id, int):
        row = s.scalar(query.where(WorkOrder.id == number_or_id))
    else:
        row = s.scalar(query.where(WorkOrder.number == number_or_id.strip().upper()))
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "There is no work order {number}. Check the number and try again."),
            number=str(number_or_id),
        )
    return row


def _paper_order(s: Session, o: WorkOrder, dealer: DealerHeader) -> PaperOrder:
    names = _user_names(s, o)
    checked_in, promised, mileage = o.checked_in_at, o.promised_at, o.mileage_in
    fuel, category, payment = o.fuel_level, o.category, o.payment_type
    if checked_in is None or promised is None or mileage is None or fuel is None or category is None or payment is None:
        # Only a draft may lack these; an order opened by the service never does.
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "Work order {number} is incomplete; complete it before printing."),
            number=o.number,
        )
    return PaperOrder(
        dealer=dealer,
        order_number=o.number,
        checked_in_at=checked_in,
        promised_at=promised,
        advisor_name=names.get(o.advisor_id, ""),
        customer_name=o.customer_name,
        customer_mobile=o.customer_mobile,
        contact_name=o.contact_name or None,
        contact_phone=(o.contact_mobile or None) if o.contact_name else None,
        vehicle=PaperVehicle(
            plate=o.plate or None,
            vin=o.vin,
            model=o.model,
            colour=o.colour,
            mileage_km=mileage,
            fuel_level=FuelLevel(fuel),
        ),
        category=ServiceCategory(category),
        payment=PaymentType(payment),
        concerns=tuple(c.text for c in o.concerns),
        labour=tuple(
            LabourLine(
                operation=line.operation,
                hours_x100=line.hours_x100,
                rate_fen=line.rate_fen,
                amount_fen=line.amount_fen,
                technician=names.get(line.technician_id) if line.technician_id is not None else None,
            )
            for line in o.labour_lines
        ),
        parts=tuple(
            PartLine(line.part_no, line.name, line.quantity_x1000, line.unit_price_fen, line.amount_fen)
            for line in o.parts_lines
        ),
        estimate_fen=o.estimate_fen or 0,
        extra_work=tuple(
            ExtraWorkApproval(
                description=x.description,
                added_amount_fen=x.amount_fen,
                new_promised_at=x.new_promised_at,
                approver_name=x.approver_name,
                method=ApprovalMethod(x.method),
                approved_at=x.approved_at,
                recorded_by=names.get(x.recorded_by_id, ""),
            )
            for x in o.extra_work
        ),
        valuables=o.valuables,
        intake_damage=o.damage_notes,
        customer_waits=bool(o.customer_waits),
        wash=o.wash,
        old_parts_returned=o.old_parts_returned,
        qc_signoffs=_signoffs(s, o.id, names),
        road_test_out_km=o.road_test_out_km,
        road_test_in_km=o.road_test_in_km,
    )


def _signoffs(s: Session, order_id: int, names: dict[int, str]) -> tuple[QcSignOff, ...]:
    """Every valid signature of every round, oldest first: a failed round stays on the card."""
    rows = s.execute(
        select(QcSignoff, User.full_name)
        .join(QcRound, QcSignoff.round_id == QcRound.id)
        .join(User, QcSignoff.signer_id == User.id)
        .where(QcRound.order_id == order_id, QcSignoff.voided_at.is_(None))
        .order_by(QcSignoff.signed_at, QcSignoff.id)
    ).all()
    return tuple(
        QcSignOff(QcLevel(row.level), signer, row.signed_at, passed=row.outcome == "pass") for row, signer in rows
    )


def _user_names(s: Session, o: WorkOrder) -> dict[int, str]:
    ids = {o.advisor_id, *(x.recorded_by_id for x in o.extra_work)}
    ids |= {line.technician_id for line in o.labour_lines if line.technician_id is not None}
    return {user_id: name for user_id, name in s.execute(select(User.id, User.full_name).where(User.id.in_(ids)))}
