"""Loyalty reward (忠诚客户回馈): after each half-year and year, list the most frequent visitors and give
each a free periodic maintenance (a voucher redeemable once on a work order); a period is rewarded once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.care_loyalty import MAX_REWARDED, LoyaltyPeriod, recent_periods
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.care import loyalty
from dealerdesk.services.care.loyalty import Candidate, RoundView
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import ask_yes_no, error_text, show_error, show_info
from dealerdesk.ui.models.row_table_model import Index, RowTableModel, row_table_view
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.empty_hint import EmptyHint


class CandidateModel(RowTableModel):
    COLUMNS = 7

    def headers(self) -> list[str]:
        return [
            self.tr("Rank"),
            self.tr("Customer"),
            self.tr("Mobile"),
            self.tr("Plate"),
            self.tr("Model"),
            self.tr("Visits"),
            self.tr("Last visit"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c: Candidate = self.rows[index.row()]
        cells = [index.row() + 1, c.customer_name, c.mobile, c.plate, c.model, c.visits, local_text(c.last_visit)]
        return str(cells[index.column()])


class RoundModel(RowTableModel):
    COLUMNS = 6

    def headers(self) -> list[str]:
        return [
            self.tr("Period"),
            self.tr("Issued"),
            self.tr("By"),
            self.tr("Least visits"),
            self.tr("Vouchers"),
            self.tr("Redeemed"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r: RoundView = self.rows[index.row()]
        cells = [r.period, local_text(r.issued_at), r.issued_by, r.min_visits, r.vouchers, r.redeemed]
        return str(cells[index.column()])


class LoyaltyPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.candidates: list[Candidate] = []
        self.period = QComboBox()
        self.period.setObjectName("loyaltyPeriod")
        for p in recent_periods(dealer_today()):
            text = (
                self.tr("{year}, first half").format(year=p.year)
                if p.half
                else self.tr("{year}, whole year").format(year=p.year)
            )
            self.period.addItem(text, p)
        self.period.currentIndexChanged.connect(self._period_changed)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.min_visits = QSpinBox()
        self.min_visits.setObjectName("loyaltyMinVisits")
        self.min_visits.setRange(1, 50)
        min_label = QLabel(self.tr("&At least:"))
        min_label.setBuddy(self.min_visits)
        self.min_visits.setSuffix(self.tr(" visits"))
        self.limit = QSpinBox()
        self.limit.setObjectName("loyaltyLimit")
        self.limit.setRange(1, MAX_REWARDED)
        self.limit.setValue(50)
        limit_label = QLabel(self.tr("&Top:"))
        limit_label.setBuddy(self.limit)
        self.limit.setSuffix(self.tr(" customers"))
        self.list_button = QPushButton(self.tr("Li&st"))
        self.list_button.setObjectName("loyaltyList")
        self.list_button.clicked.connect(lambda: self.list_candidates())
        self.issue_button = QPushButton(self.tr("&Issue free maintenance vouchers…"))
        self.issue_button.setObjectName("loyaltyIssue")
        self.issue_button.clicked.connect(lambda: self.issue())
        top = QHBoxLayout()
        for w in (period_label, self.period, min_label, self.min_visits, limit_label, self.limit, self.list_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.issue_button)

        self.hint = QLabel(
            self.tr(
                "Each listed customer gets one free periodic maintenance, redeemable once on a work order "
                "within 180 days. A period is rewarded once, after it ends."
            )
        )
        self.hint.setWordWrap(True)
        self.model = CandidateModel()
        self.view = row_table_view(self.model, "loyaltyCandidates")
        self.empty_hint = EmptyHint(self.view)
        self.empty_hint.explain(self.tr("Choose the period and the least visits, then List."))
        self.rounds = RoundModel()
        self.rounds_view = row_table_view(self.rounds, "loyaltyRounds")
        self.rounds_hint = EmptyHint(self.rounds_view)
        self.rounds_hint.explain(self.tr("No period has been rewarded yet."))
        rounds_box = QGroupBox(self.tr("Rounds issued"))
        QVBoxLayout(rounds_box).addWidget(self.rounds_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 3)
        layout.addWidget(rounds_box, 1)
        self._period_changed()

    def selected_period(self) -> LoyaltyPeriod:
        period = self.period.currentData()
        assert isinstance(period, LoyaltyPeriod)
        return period

    def _period_changed(self) -> None:
        self.min_visits.setValue(self.selected_period().default_min_visits)
        self.candidates = []
        self.model.set_rows([])
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.issue_button.setEnabled(bool(self.candidates))

    def refresh(self) -> None:
        try:
            self.rounds.set_rows(loyalty.rounds(self.ctx.db, self.ctx.actor))
        except DealerDeskError as err:
            show_error(self, error_text(err))

    def list_candidates(self) -> None:
        try:
            self.candidates = loyalty.candidates(
                self.ctx.db, self.ctx.actor, self.selected_period(), self.min_visits.value(), self.limit.value()
            )
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.model.set_rows(self.candidates)
        if not self.candidates:
            self.empty_hint.explain(self.tr("Nobody came that often in this period. Lower the least visits."))
        self._update_buttons()

    def issue(self, confirmed: bool = False) -> RoundView | None:
        period = self.selected_period()
        question = self.tr("Issue a free maintenance voucher to each of the {count} customers listed for {period}?")
        if not confirmed and not ask_yes_no(self, question.format(count=len(self.candidates), period=period.key)):
            return None
        try:
            done = loyalty.issue_round(self.ctx.db, self.ctx.actor, period, self.min_visits.value(), self.limit.value())
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return None
        show_info(
            self,
            self.tr("{count} vouchers were issued for {period} (first {first}).").format(
                count=done.vouchers, period=done.period, first=done.codes[0] if done.codes else ""
            ),
        )
        self.candidates = []
        self.model.set_rows([])
        self._update_buttons()
        self.refresh()
        return done
