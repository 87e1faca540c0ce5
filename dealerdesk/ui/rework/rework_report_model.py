"""The rework report as tables: one per grouping, the same rows on screen, in the CSV and on paper."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from dealerdesk.domain.money import format_yuan, yuan_decimal
from dealerdesk.domain.rework_rates import FirstTimeRight, Grouping, GroupKey, ReworkRates
from dealerdesk.domain.vocabulary import CATEGORY_LABELS, CAUSE_LABELS, REWORK_KIND_LABELS, CauseCategory, ReworkKind
from dealerdesk.domain.vocabulary import ServiceCategory as Category
from dealerdesk.services.rework.reports import ReworkReport
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.ui.feedback import tr_message

Index = QModelIndex | QPersistentModelIndex
Cell = str | int | Decimal | None

GROUPINGS = (Grouping.MONTH, Grouping.TECHNICIAN, Grouping.TEAM, Grouping.CAUSE, Grouping.CATEGORY)


@dataclass(frozen=True)
class GroupTable:
    grouping: Grouping
    title: str
    header: list[str]
    rows: list[list[Cell]]  # first cell: the group's label
    counts: dict[ReworkKind, list[int]]  # per row, for the chart
    ftr: list[Decimal | None] | None  # first-time-right per row; None by cause


def partial_month(report: ReworkReport) -> str | None:
    """The month ("2026-12", China time like the report's months) still running inside the period, if any."""
    today = dealer_today()
    return today.strftime("%Y-%m") if report.end >= today else None


def cell_text(cell: Cell) -> str:
    if cell is None:
        return "—"
    if isinstance(cell, Decimal):
        return f"{cell:,.2f}"
    return str(cell)


class ReportTables(QObject):
    """Builds the translated tables of a report (a QObject for ``tr``)."""

    def header(self, group_title: str) -> list[str]:
        h = [group_title, self.tr("Delivered orders")]
        for kind in ReworkKind:
            label = tr_message(REWORK_KIND_LABELS[kind])
            h += [label, self.tr("{kind} per 100").format(kind=label)]
        h += [
            self.tr("All reworks"),
            self.tr("All per 100"),
            self.tr("First-time-right %"),
            self.tr("Cost (CNY)"),
        ]
        return h

    def titles(self) -> dict[Grouping, tuple[str, str]]:
        """(tab title, first column) per grouping."""
        return {
            Grouping.MONTH: (self.tr("By month"), self.tr("Month")),
            Grouping.TECHNICIAN: (self.tr("By technician"), self.tr("Technician")),
            Grouping.TEAM: (self.tr("By team"), self.tr("Team")),
            Grouping.CAUSE: (self.tr("By cause"), self.tr("Cause")),
            Grouping.CATEGORY: (self.tr("By service category"), self.tr("Service category")),
        }

    def key_label(self, grouping: Grouping, key: GroupKey, report: ReworkReport) -> str:
        if key is None:
            return {
                Grouping.MONTH: self.tr("No month"),
                Grouping.TECHNICIAN: self.tr("No technician named"),
                Grouping.TEAM: self.tr("No team"),
                Grouping.CAUSE: self.tr("Not yet classified"),
                Grouping.CATEGORY: self.tr("No category"),
            }[grouping]
        if grouping is Grouping.TECHNICIAN and isinstance(key, int):
            return report.technician_names.get(key, str(key))
        if isinstance(key, CauseCategory):
            return tr_message(CAUSE_LABELS[key])
        if isinstance(key, Category):
            return tr_message(CATEGORY_LABELS[key])
        if grouping is Grouping.MONTH and key == partial_month(report):
            return self.tr("{month} (to date)").format(month=key)
        return str(key)

    def row(self, label: str, r: ReworkRates, ftr: FirstTimeRight | None) -> list[Cell]:
        cells: list[Cell] = [label, r.delivered]
        for kind in ReworkKind:
            cells += [r.counts[kind], r.rates[kind]]
        cells += [r.total, r.total_rate, ftr.rate if ftr else None, yuan_decimal(r.total_cost_fen)]
        return cells

    def build(self, report: ReworkReport) -> list[GroupTable]:
        tables: list[GroupTable] = []
        titles = self.titles()
        for grouping in GROUPINGS:
            tab, first = titles[grouping]
            ftr_rows = {f.key: f for f in report.ftr_by.get(grouping, [])}
            rows: list[list[Cell]] = []
            counts: dict[ReworkKind, list[int]] = {kind: [] for kind in ReworkKind}
            ftr: list[Decimal | None] = []
            for r in report.by[grouping]:
                f = ftr_rows.get(r.key)
                rows.append(self.row(self.key_label(grouping, r.key, report), r, f))
                for kind in ReworkKind:
                    counts[kind].append(r.counts[kind])
                # A month still running has too few deliveries to judge: no point on the line for it.
                partial = grouping is Grouping.MONTH and r.key == partial_month(report)
                ftr.append(f.rate if f and not partial else None)
            tables.append(
                GroupTable(
                    grouping,
                    tab,
                    self.header(first),
                    rows,
                    counts,
                    None if grouping is Grouping.CAUSE else ftr,
                )
            )
        return tables

    def summary(self, report: ReworkReport) -> list[tuple[str, str]]:
        o = report.overall
        items = [(self.tr("Delivered orders"), str(o.delivered))]
        for kind in ReworkKind:
            items.append(
                (
                    tr_message(REWORK_KIND_LABELS[kind]),
                    self.tr("{count} ({rate} per 100)").format(count=o.counts[kind], rate=cell_text(o.rates[kind])),
                )
            )
        ftr = report.first_time_right
        items.append(
            (
                self.tr("First-time-right"),
                self.tr("{rate} % ({right} of {total})").format(
                    rate=cell_text(ftr.rate), right=ftr.right_first_time, total=ftr.delivered
                ),
            )
        )
        items.append(
            (
                self.tr("Cost of rework"),
                self.tr("CNY {total} (labour {labour}, parts {parts})").format(
                    total=format_yuan(o.total_cost_fen),
                    labour=format_yuan(report.labour_cost_fen),
                    parts=format_yuan(report.parts_cost_fen),
                ),
            )
        )
        return items


class ReworkReportModel(QAbstractTableModel):
    """One GroupTable on screen; numbers sort as numbers."""

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, table: GroupTable | None = None) -> None:
        super().__init__()
        self.table = table

    def set_table(self, table: GroupTable) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.table.header[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        cell = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == self.SORT_ROLE:
            if cell is None:
                return -1.0
            return float(cell) if isinstance(cell, int | Decimal) else cell
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
