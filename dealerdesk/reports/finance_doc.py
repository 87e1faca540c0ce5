"""A4 finance paper: the package-sale receipt and the month-end package count finance signs.

Like the rework report, it takes text already translated and formatted by the caller and
returns PDF bytes in the embedded CJK font; every page names the dealer, the document and
"page X of Y", and the signature lines stay together at the end.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from dealerdesk.reports.fonts import PaperFont, paper_font
from dealerdesk.reports.footer_canvas import canvas_with_footer
from dealerdesk.reports.rework_report_pdf import ReportTable, data_table, summary_table
from dealerdesk.reports.text import printable

MARGIN = 15 * mm
ALERT = colors.HexColor("#B00020")


@dataclass(frozen=True)
class FinanceDocument:
    dealer: str
    title: str
    reference: str  # the receipt number or the month
    generated: str  # "Printed 2026-12-02 09:40 by 周经理"
    page_label: str  # with {page} and {total}
    fields: Sequence[tuple[str, str]]
    tables: Sequence[ReportTable] = field(default_factory=tuple)
    verdict: str = ""  # a line in bold after the tables (e.g. whether the count balances)
    verdict_alert: bool = False  # printed in red: something does not balance
    notes: Sequence[str] = field(default_factory=tuple)
    signatures: Sequence[str] = field(default_factory=tuple)  # one signature line (and date) each
    wide: bool = False  # A4 landscape, for tables of many columns


def render_finance_document(doc: FinanceDocument, font_path: str | os.PathLike[str] | None = None) -> bytes:
    font = paper_font(font_path or None)
    body = ParagraphStyle("fd-body", fontName=font.name, fontSize=9, leading=12, wordWrap="CJK")
    right = ParagraphStyle("fd-right", parent=body, alignment=2)
    head = ParagraphStyle("fd-head", parent=body, fontSize=8.5, leading=11)
    h1 = ParagraphStyle("fd-h1", parent=body, fontSize=16, leading=21, alignment=1)
    h2 = ParagraphStyle("fd-h2", parent=body, fontSize=11, leading=14, spaceBefore=4, spaceAfter=3)
    verdict = ParagraphStyle(
        "fd-verdict", parent=body, fontSize=11, leading=15, textColor=ALERT if doc.verdict_alert else colors.black
    )
    size = landscape(A4) if doc.wide else A4
    width = size[0] - 2 * MARGIN

    story: list[Any] = [
        Paragraph(printable(doc.dealer, font), body),
        Paragraph(printable(doc.title, font), h1),
        Paragraph(printable(doc.reference, font), ParagraphStyle("fd-ref", parent=body, alignment=1)),
        Spacer(1, 4 * mm),
        summary_table(doc.fields, font, body, width),
        Spacer(1, 4 * mm),
    ]
    for table in doc.tables:
        story.append(
            KeepTogether(
                [Paragraph(printable(table.title, font), h2), data_table(table, font, head, body, right, width)]
            )
        )
        story.append(Spacer(1, 4 * mm))
    if doc.verdict:
        story += [Paragraph("<b>" + printable(doc.verdict, font) + "</b>", verdict), Spacer(1, 3 * mm)]
    story += [Paragraph(printable(note, font), body) for note in doc.notes]
    if doc.signatures:
        story.append(KeepTogether([Spacer(1, 10 * mm), _signatures(doc.signatures, body, width, font)]))

    out = BytesIO()
    template = SimpleDocTemplate(
        out,
        pagesize=size,
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
        canvas.drawString(MARGIN, MARGIN - 2 * mm, f"{doc.dealer} · {doc.title} · {doc.reference} · {doc.generated}")
        canvas.drawRightString(size[0] - MARGIN, MARGIN - 2 * mm, doc.page_label.format(page=page, total=total))

    template.build(story, canvasmaker=canvas_with_footer(footer))
    return out.getvalue()


def _signatures(labels: Sequence[str], style: ParagraphStyle, width: float, font: PaperFont) -> Table:
    """Label, a line to sign on, two per row."""
    cells: list[list[Any]] = []
    row: list[Any] = []
    for label in labels:
        row += [Paragraph(printable(label, font), style), ""]
        if len(row) == 4:
            cells.append(row)
            row = []
    if row:
        cells.append([*row, "", ""])
    table = Table(cells, colWidths=[width * w for w in (0.2, 0.3, 0.2, 0.3)], rowHeights=14 * mm)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                *([("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black)] if len(labels) > 1 else []),
                ("FONTNAME", (0, 0), (-1, -1), font.name),
            ]
        )
    )
    return table
