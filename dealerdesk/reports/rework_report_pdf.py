"""The rework report on A4 landscape: summary, one table per grouping, bar charts of the counts.

Takes text already translated and formatted by the caller (the report is printed in the
language of the screen it was made on) and returns PDF bytes in the embedded CJK font.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from dealerdesk.reports.fonts import PaperFont, paper_font
from dealerdesk.reports.footer_canvas import canvas_with_footer
from dealerdesk.reports.text import printable

PAGE = landscape(A4)
MARGIN = 12 * mm
GRID = colors.HexColor("#8C8C8C")
HEAD_FILL = colors.HexColor("#EDEDED")


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: Sequence[int]
    colour: str  # "#rrggbb", the same colour as on screen


@dataclass(frozen=True)
class ReportChart:
    title: str
    categories: Sequence[str]
    series: Sequence[ChartSeries]


@dataclass(frozen=True)
class ReportTable:
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    numeric_from: int = 1  # columns from this one on are right-aligned
    chart: ReportChart | None = None


@dataclass(frozen=True)
class ReworkReportDocument:
    dealer: str
    title: str
    period: str
    generated: str  # "Printed 2026-11-26 19:40 by 周经理"
    page_label: str  # with {page} and {total}
    summary: Sequence[tuple[str, str]]
    tables: Sequence[ReportTable] = field(default_factory=tuple)
    # Headed free text after the tables (the Monday meeting's minutes): kept as typed, lines and all.
    text_sections: Sequence[tuple[str, str]] = field(default_factory=tuple)


def render_rework_report(doc: ReworkReportDocument, font_path: str | os.PathLike[str] | None = None) -> bytes:
    font = paper_font(font_path or None)
    body = ParagraphStyle("rw-body", fontName=font.name, fontSize=8.5, leading=11, wordWrap="CJK")
    cell_right = ParagraphStyle("rw-right", parent=body, alignment=2)
    head = ParagraphStyle("rw-head", parent=body, fontSize=8, leading=10)
    h1 = ParagraphStyle("rw-h1", parent=body, fontSize=15, leading=19)
    h2 = ParagraphStyle("rw-h2", parent=body, fontSize=11, leading=14, spaceBefore=4, spaceAfter=3)

    story: list[Any] = [
        Paragraph(printable(doc.dealer, font), body),
        Paragraph(printable(doc.title, font), h1),
        Paragraph(printable(doc.period, font), body),
        Spacer(1, 3 * mm),
        summary_table(doc.summary, font, body, PAGE[0] - 2 * MARGIN),
        Spacer(1, 4 * mm),
    ]
    width = PAGE[0] - 2 * MARGIN
    for table in doc.tables:
        block: list[Any] = [Paragraph(printable(table.title, font), h2)]
        if table.chart is not None and table.chart.categories:
            block.append(_chart(table.chart, font, width))
        # The heading stays with its table; a table longer than a page still splits, header repeated.
        block.append(data_table(table, font, head, body, cell_right, width))
        story.append(KeepTogether(block))
        story.append(Spacer(1, 5 * mm))
    for heading, text in doc.text_sections:
        story.append(Paragraph(printable(heading, font), h2))
        story.append(Paragraph(printable(text, font), body))
        story.append(Spacer(1, 5 * mm))

    out = BytesIO()
    template = SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=doc.title,
        author=doc.dealer,
    )

    def footer(canvas: Canvas, page: int, total: int) -> None:
        canvas.setFont(font.name, 7.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(MARGIN, MARGIN - 2 * mm, f"{doc.dealer} · {doc.title} · {doc.period} · {doc.generated}")
        canvas.drawRightString(PAGE[0] - MARGIN, MARGIN - 2 * mm, doc.page_label.format(page=page, total=total))

    template.build(story, canvasmaker=canvas_with_footer(footer))
    return out.getvalue()


def summary_table(summary: Sequence[tuple[str, str]], font: PaperFont, style: ParagraphStyle, width: float) -> Table:
    """Label/value pairs, three pairs per line, labels shaded."""
    cells: list[list[Any]] = []
    row: list[Any] = []
    for label, value in summary:
        row += [Paragraph(printable(label, font), style), Paragraph("<b>" + printable(value, font) + "</b>", style)]
        if len(row) == 6:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (6 - len(row)))
    table = Table(cells, colWidths=[width * w for w in (0.17, 0.16) * 3])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *[("BACKGROUND", (c, 0), (c, -1), HEAD_FILL) for c in (0, 2, 4)],
            ]
        )
    )
    return table


def data_table(
    t: ReportTable,
    font: PaperFont,
    head: ParagraphStyle,
    body: ParagraphStyle,
    right: ParagraphStyle,
    width: float,
) -> Table:
    """A table with a shaded header repeated on each page; numeric columns right-aligned, their headings too."""
    head_right = ParagraphStyle(f"{head.name}-right", parent=head, alignment=2)
    data: list[list[Any]] = [
        [Paragraph(printable(h, font), head_right if i >= t.numeric_from else head) for i, h in enumerate(t.header)]
    ]
    for row in t.rows:
        data.append([Paragraph(printable(c, font), right if i >= t.numeric_from else body) for i, c in enumerate(row)])
    first = width * 0.17
    rest = (width - first) / max(1, len(t.header) - 1)
    table = Table(data, colWidths=[first] + [rest] * (len(t.header) - 1), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _chart(chart: ReportChart, font: PaperFont, width: float) -> Drawing:
    height = 62 * mm
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    bars.x, bars.y = 12 * mm, 14 * mm
    bars.width, bars.height = width - 60 * mm, height - 20 * mm
    bars.data = [list(s.values) for s in chart.series]
    bars.categoryAxis.categoryNames = list(chart.categories)
    bars.categoryAxis.style = "stacked"
    bars.categoryAxis.labels.fontName = font.name
    bars.categoryAxis.labels.fontSize = 7
    if len(chart.categories) > 8:
        bars.categoryAxis.labels.angle = 30
        bars.categoryAxis.labels.boxAnchor = "ne"
    bars.valueAxis.labels.fontName = font.name
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    top = max((sum(vals) for vals in zip(*bars.data, strict=True)), default=0)
    bars.valueAxis.valueMax = max(1, top)
    bars.valueAxis.valueStep = max(1, (top + 4) // 5)
    for i, s in enumerate(chart.series):
        bars.bars[i].fillColor = colors.HexColor(s.colour)
        bars.bars[i].strokeColor = None
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = width - 44 * mm, height - 12 * mm
    legend.fontName = font.name
    legend.fontSize = 8
    legend.alignment = "right"
    legend.colorNamePairs = [(colors.HexColor(s.colour), s.name) for s in chart.series]
    drawing.add(legend)
    drawing.add(String(12 * mm, height - 4 * mm, chart.title, fontName=font.name, fontSize=8))
    return drawing
