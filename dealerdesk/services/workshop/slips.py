"""One act at the parts desk as paper: the A4 slip or the 80 mm receipt, in the chosen language."""

from __future__ import annotations

from datetime import tzinfo

from dealerdesk.db.database import Database
from dealerdesk.domain.workshop_rules import MovementKind
from dealerdesk.reports.paper_data import DealerHeader
from dealerdesk.reports.parts_slip import PaperSlip, SlipLine, render_slip_a4, render_slip_receipt
from dealerdesk.services.orders.paper import SLIP_KINDS, PaperKind, RenderedPaper
from dealerdesk.services.settings import get_settings
from dealerdesk.services.workshop.parts import load_slip


def render_slip(db: Database, slip_no: str, kind: PaperKind, lang: str, *, tz: tzinfo | None = None) -> RenderedPaper:
    if kind not in SLIP_KINDS:
        raise ValueError(f"unknown slip kind {kind!r}; choose one of {SLIP_KINDS}")
    settings = get_settings(db)
    slip = load_slip(db, slip_no)
    paper = PaperSlip(
        dealer=DealerHeader(settings.dealer_name, settings.dealer_address, settings.dealer_phone),
        slip_no=slip.slip_no,
        is_return=slip.kind is MovementKind.RETURN,
        order_number=slip.order_number,
        at=slip.at,
        plate=slip.plate,
        model=slip.model,
        vin=slip.vin,
        advisor=slip.advisor,
        technician=slip.technician,
        clerk=slip.clerk,
        reason=slip.reason,
        note=slip.note,
        lines=tuple(SlipLine(x.part_no, x.part_name, x.quantity_x1000) for x in slip.lines),
    )
    render = render_slip_receipt if kind == "partsslip80" else render_slip_a4
    pdf = render(paper, lang, settings.font_path or None, tz=tz)
    return RenderedPaper(slip.order_id, slip.slip_no, kind, lang, pdf)
