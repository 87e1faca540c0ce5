"""续保前移's month: each advisor's offers, prepaying customers, prepayments and bonus (the ledger), the
offers one by one (Enter or a double-click opens one: the one who recorded it or a manager corrects it
there), and the same on paper for finance."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.money import format_yuan
from dealerdesk.domain.renewal_offer_rules import DECLINE_LABELS, RESULT_LABELS, OfferResult, terms_from_dict
from dealerdesk.reports.rework_report_pdf import ReportTable, ReworkReportDocument
from dealerdesk.services.renewal import bonus
from dealerdesk.services.renewal.bonus import BonusMonth
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info, tr_message
from dealerdesk.ui.models.row_table_model import row_table_view
from dealerdesk.ui.renewal.losses_page import LinesModel, pct
from dealerdesk.ui.renewal.offer_dialog import HandoverOfferDialog
from dealerdesk.ui.renewal.paper import save_report_pdf
from dealerdesk.ui.widgets.date_times import from_qdate, local_text, to_qdate
from dealerdesk.ui.widgets.empty_hint import EmptyHint


class OfferBonusPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.report: BonusMonth | None = None
        self.month = QDateEdit()
        self.month.setObjectName("bonusMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(to_qdate(date.today()))
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.open_button = QPushButton(self.tr("&Open offer…"))
        self.open_button.setObjectName("openOffer")
        self.open_button.clicked.connect(lambda: self.open_offer())
        self.dialog: HandoverOfferDialog | None = None
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.pdf_button)
        self.summary = QLabel()
        self.summary.setObjectName("bonusSummary")
        self.summary.setWordWrap(True)

        self.advisors = LinesModel(
            [
                self.tr("Advisor"),
                self.tr("Offers"),
                self.tr("Prepaid"),
                self.tr("Declined"),
                self.tr("Prepay rate"),
                self.tr("Prepaid (CNY)"),
                self.tr("Bonus (CNY)"),
            ]
        )
        self.offers = LinesModel(
            [
                self.tr("Recorded"),
                self.tr("Order"),
                self.tr("Plate"),
                self.tr("Advisor"),
                self.tr("Claim (CNY)"),
                self.tr("Answer"),
                self.tr("Prepaid (CNY)"),
                self.tr("Gift package or reason"),
            ],
            numeric={4, 6},
        )
        self.views: list[QTableView] = []
        splitter = QSplitter(Qt.Orientation.Vertical)
        for model in (self.advisors, self.offers):
            view = row_table_view(model)
            view.setAlternatingRowColors(True)
            self.views.append(view)
            splitter.addWidget(view)
        self.empty_hint = EmptyHint(self.views[1])
        self.views[1].doubleClicked.connect(lambda _i: self.open_offer())
        self.views[1].activated.connect(lambda _i: self.open_offer())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.month.dateChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        day = from_qdate(self.month.date())
        try:
            r = bonus.bonus_month(self.ctx.db, self.ctx.actor, day.year, day.month)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.report = r
        self.summary.setText(self.summary_text(r))
        self.advisors.set_rows(self.advisor_lines(r))
        self.offers.set_rows(self.offer_lines(r))
        threshold = terms_from_dict(self.ctx.settings.renewal_offer).min_claim_fen
        self.empty_hint.explain(
            self.tr(
                "No renewal offer was recorded in {month}. An offer is recorded at the hand-over of an insurance "
                "claim repair of {amount} yuan or more (Quality control → Renewal offer…)."
            ).format(month=f"{r.year}-{r.month:02d}", amount=format_yuan(threshold))
        )

    def open_offer(self) -> None:
        """The offer of the row chosen in the offers list (the first when none is), to read or correct."""
        if self.report is None or not self.report.offers:
            return
        row = self.views[1].currentIndex().row()
        line = self.report.offers[row if 0 <= row < len(self.report.offers) else 0]
        try:
            self.dialog = HandoverOfferDialog(self.ctx, line.order_id, self)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.dialog.finished.connect(lambda _r: self.refresh())
        self.dialog.open()

    def summary_text(self, r: BonusMonth) -> str:
        return self.tr("{month}: {offers} offers recorded, {prepaid} prepaid; bonus {bonus} yuan.").format(
            month=f"{r.year}-{r.month:02d}", offers=len(r.offers), prepaid=r.prepaid, bonus=format_yuan(r.bonus_fen)
        )

    def advisor_lines(self, r: BonusMonth) -> list[list[str]]:
        return [
            [
                a.advisor_name,
                str(a.offers),
                str(a.prepaid),
                str(a.declined),
                pct(a.prepay_rate_pct),
                format_yuan(a.prepaid_fen),
                format_yuan(a.bonus_fen),
            ]
            for a in r.advisors
        ]

    def offer_lines(self, r: BonusMonth) -> list[list[str]]:
        out = []
        for o in r.offers:
            if o.result is OfferResult.PREPAID:
                what = o.package_name
            else:
                what = tr_message(DECLINE_LABELS[o.decline_reason]) if o.decline_reason else ""
                what = f"{what} · {o.note}" if o.note else what
            out.append(
                [
                    local_text(o.recorded_at),
                    o.order_number,
                    o.plate,
                    o.advisor_name,
                    format_yuan(o.claim_fen),
                    tr_message(RESULT_LABELS[o.result]),
                    format_yuan(o.prepay_fen) if o.prepay_fen is not None else "",
                    what,
                ]
            )
        return out

    def pdf_document(self) -> ReworkReportDocument:
        assert self.report is not None
        r = self.report
        now = datetime.now().strftime("%Y-%m-%d %H:%M")
        none = [self.tr("(none)")]
        return ReworkReportDocument(
            dealer=self.ctx.settings.dealer_name,
            title=self.tr("Renewal offers at hand-over and the advisors' bonus"),
            period=f"{r.year}-{r.month:02d}",
            generated=self.tr("Printed {when} by {name}").format(when=now, name=self.ctx.actor.full_name),
            page_label=self.tr("Page {page} of {total}"),
            summary=[
                (self.tr("Offers"), str(len(r.offers))),
                (self.tr("Prepaid"), str(r.prepaid)),
                (self.tr("Bonus (CNY)"), format_yuan(r.bonus_fen)),
            ],
            tables=[
                ReportTable(
                    self.tr("Per advisor"), self.advisors.headers(), self.advisor_lines(r) or [none + [""] * 6]
                ),
                ReportTable(self.tr("The offers"), self.offers.headers(), self.offer_lines(r) or [none + [""] * 7], 8),
            ],
        )

    def save_pdf(self, path: str | None = None) -> str | None:
        if self.report is None:
            return None
        return save_report_pdf(
            self,
            self.pdf_document(),
            self.ctx.settings.font_path,
            f"renewal-offers-{self.report.year}-{self.report.month:02d}.pdf",
            self.tr("Save the month's offers"),
            path,
            show_info,
            show_error,
        )
