"""The preview of one parts slip, A4 or the 80 mm receipt: the order preview's viewer, printer and Save as PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dealerdesk.services.orders.paper import SLIP_KINDS, PaperKind, RenderedPaper
from dealerdesk.services.workshop.slips import render_slip
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.print_preview_dialog import PrintPreviewDialog


class SlipPreviewDialog(PrintPreviewDialog):
    SHOWN_KINDS = SLIP_KINDS

    def __init__(
        self,
        ctx: UiContext,
        order_id: int,
        slip_no: str,
        kind: PaperKind = "partsslip",
        parent: QWidget | None = None,
    ) -> None:
        self.slip_no = slip_no  # set first: the base class renders while it is built
        super().__init__(ctx, order_id, kind, parent)

    def render(self) -> RenderedPaper:
        return render_slip(self.ctx.db, self.slip_no, self.kind(), self.lang())
