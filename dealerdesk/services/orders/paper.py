"""Printed paper for one order: the saved order, the dealer header and the QC signatures as PDF.

The GUI's preview and ``dealerdesk print`` both come here, so the window and the
command line print the same bytes. Paper always shows what is saved, never what is
still being typed in a form.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import tzinfo
from typing import Literal

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError
from dealerdesk.domain.vocabulary import ItemAnswer, OrderStatus
from dealerdesk.reports import (
    DealerHeader,
    ExtraWorkApproval,
    FailedQcItem,
    LabourLine,
    PaperOrder,
    PaperRedemption,
    PaperVehicle,
    PartLine,
    QcSignOff,
    render_job_card,
    render_work_order,
)
from dealerdesk.reports.paper_data import CustomerNoticeLine, IssuedPart
from dealerdesk.services.orders.work_orders import OrderDetail, load_order, load_order_by_number
from dealerdesk.services.packages import redemption
from dealerdesk.services.packages.redemption import OrderRedemptions
from dealerdesk.services.qc.rounds import latest_signoffs
from dealerdesk.services.qc.views import SignoffView
from dealerdesk.services.settings import DealerSettings, get_settings
from dealerdesk.services.workshop.alerts import order_notices
from dealerdesk.services.workshop.parts import parts_desk

PaperKind = Literal["workorder", "jobcard", "partsslip", "partsslip80", "settlement"]
KINDS: tuple[PaperKind, ...] = ("workorder", "jobcard")  # an order's own documents
SLIP_KINDS: tuple[PaperKind, ...] = ("partsslip", "partsslip80")  # one act at the parts desk (workshop.slips)
KIND_LABELS: dict[PaperKind, str] = {
    "workorder": QT_TRANSLATE_NOOP("Messages", "Work order"),
    "jobcard": QT_TRANSLATE_NOOP("Messages", "Job card"),
    "partsslip": QT_TRANSLATE_NOOP("Messages", "Parts slip (A4)"),
    "partsslip80": QT_TRANSLATE_NOOP("Messages", "Parts slip (80 mm receipt)"),
    # Rendered by settlement.statement; short, as the preview's Document box is sized to its longest name.
    "settlement": QT_TRANSLATE_NOOP("Messages", "Statement"),
}


@dataclass(frozen=True)
class RenderedPaper:
    order_id: int
    order_number: str  # the number the document is known by: the order's, or a parts slip's
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
    detail = load_order(db, number_or_id) if isinstance(number_or_id, int) else load_order_by_number(db, number_or_id)
    if detail.status is OrderStatus.DRAFT:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Work order {number} is still a draft. Open it first: only a complete order is printed.",
            ),
            number=detail.number,
        )
    dealer = DealerHeader(settings.dealer_name, settings.dealer_address, settings.dealer_phone)
    issued = tuple(
        IssuedPart(c.part_no, c.name, c.held_x1000, c.held_x1000 > 0 and c.fitted_x1000 == c.held_x1000)
        for c in parts_desk(db, detail.id).parts
        if c.held_x1000 > 0
    )
    notices = tuple(
        CustomerNoticeLine(n.told_at, n.method, n.old_promised_at, n.new_promised_at, n.note, n.recorded_by)
        for n in order_notices(db, detail.id)
    )
    paper = _paper_order(detail, dealer, latest_signoffs(db, detail.id))
    redeemed = _redemptions(redemption.order_redemptions(db, detail.id))
    return detail.id, replace(paper, issued_parts=issued, customer_notices=notices, redemptions=redeemed)


def _redemptions(result: OrderRedemptions) -> tuple[PaperRedemption, ...]:
    packages = tuple(
        PaperRedemption(p.sale_number, p.name, p.discount_fen, p.use_no, p.uses, p.pay_pct, p.uses_left_after, p.booked)
        for p in result.packages
    )
    vouchers = tuple(
        PaperRedemption(v.voucher.code, v.voucher.terms.service or v.voucher.terms.reason, v.discount_fen)
        for v in result.vouchers
    )
    return packages + vouchers


def _paper_order(o: OrderDetail, dealer: DealerHeader, signoffs: list[SignoffView]) -> PaperOrder:
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
        advisor_name=o.advisor_name,
        customer_name=o.customer_name,
        customer_mobile=o.customer_mobile,
        contact_name=None if o.contact_is_owner else o.contact_name,
        contact_phone=None if o.contact_is_owner else o.contact_mobile or None,
        vehicle=PaperVehicle(
            plate=None if o.no_plate or not o.plate else o.plate,
            vin=o.vin,
            model=o.model,
            colour=o.colour,
            mileage_km=mileage,
            fuel_level=fuel,
        ),
        category=category,
        payment=payment,
        concerns=o.concerns,
        labour=tuple(
            LabourLine(x.operation, x.hours_x100, x.rate_fen, x.amount_fen, x.technician_name or None)
            for x in o.labour_lines
        ),
        parts=tuple(
            PartLine(x.part_no, x.name, x.quantity_x1000, x.unit_price_fen, x.amount_fen) for x in o.parts_lines
        ),
        estimate_fen=o.estimate_fen or 0,
        extra_work=tuple(
            ExtraWorkApproval(
                description=x.description,
                added_amount_fen=x.amount_fen,
                new_promised_at=x.new_promised_at,
                approver_name=x.approver_name,
                method=x.method,
                approved_at=x.approved_at,
                recorded_by=x.recorded_by_name,
            )
            for x in o.extra_work
        ),
        valuables=o.valuables,
        intake_damage=o.damage_notes,
        customer_waits=o.customer_waits,
        wash=o.wash,
        old_parts_returned=o.old_parts_returned,
        # Every valid signature of every round, oldest first: a failed round stays on the card.
        qc_signoffs=tuple(
            QcSignOff(
                x.level,
                x.signer,
                x.signed_at,
                passed=x.passed,
                round_no=x.round_no,
                failed_items=tuple(
                    FailedQcItem(r.item.zh, r.item.en, f"{r.value} {r.item.unit}".strip() if r.value else "", r.note)
                    for r in x.results
                    if r.effective is ItemAnswer.FAIL
                ),
            )
            for x in signoffs
        ),
        road_test_out_km=o.road_test_out_km,
        road_test_in_km=o.road_test_in_km,
    )
