"""The A4 sheet both documents share: page header, footer, styles and boxed tables.

Every page carries the dealer, the title, the order number with its QR and Code 128
codes, and "page X of Y": a loose page picked up from the workshop floor can be
matched to its order by eye or by scanner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from io import BytesIO
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from dealerdesk.reports import formatting
from dealerdesk.reports.codes import draw_code128, draw_qr
from dealerdesk.reports.fonts import PaperFont
from dealerdesk.reports.footer_canvas import canvas_with_footer
from dealerdesk.reports.labels import PaperLabels
from dealerdesk.reports.paper_data import DealerHeader, PaperOrder
from dealerdesk.reports.text import plain_printed, printable

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 14 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 9 * mm
HEADER_HEIGHT = 28 * mm
FOOTER_HEIGHT = 9 * mm
QR_SIZE = 25 * mm

BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
BODY_TOP = MARGIN_TOP + HEADER_HEIGHT + 3 * mm  # from the top edge of the page
BODY_BOTTOM = MARGIN_BOTTOM + FOOTER_HEIGHT  # from the bottom edge
BODY_HEIGHT = PAGE_HEIGHT - BODY_TOP - BODY_BOTTOM

INK = colors.black
RULE = colors.HexColor("#555555")
GRID = colors.HexColor("#8C8C8C")
SECTION_FILL = colors.HexColor("#D9D9D9")
HEAD_FILL = colors.HexColor("#F0F0F0")
LABEL_FILL = colors.HexColor("#F5F5F5")
SECTION_GAP = 1.5 * mm
CELL_TOP_PADDING = 1.5  # points; with the gap above, tight enough for a usual order on one page
CELL_SIDE_PADDING = 3  # points, left and right

# What a table cell may hold: a flowable, plain text, or flowables stacked.
Cell: TypeAlias = Flowable | str | list[Flowable]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_right: ParagraphStyle
    body_center: ParagraphStyle
    label: ParagraphStyle
    section: ParagraphStyle
    terms: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    total: ParagraphStyle
    header_name: ParagraphStyle
    header_line: ParagraphStyle


@lru_cache(maxsize=4)
def styles_for(font_name: str, words_spaced: bool) -> Styles:
    """Styles in the paper font; ``words_spaced``: the labels' language puts spaces between words.

    Typed text may be Chinese whatever the paper's language, so it always wraps the CJK
    way: between any two hanzi and, in a Latin run, back at the last space in the second
    half of the line; a word longer than that is split rather than overflowing its cell.
    English labels in narrow cells wrap at spaces only, or "advisor" would break mid-word.
    """
    body = ParagraphStyle("dd-body", fontName=font_name, fontSize=9, leading=11.5, wordWrap="CJK", textColor=INK)
    small = ParagraphStyle("dd-small", parent=body, fontSize=8, leading=10)
    labels_wrap = None if words_spaced else "CJK"
    return Styles(
        body=body,
        body_right=ParagraphStyle("dd-body-right", parent=body, alignment=TA_RIGHT),
        body_center=ParagraphStyle("dd-body-center", parent=body, alignment=TA_CENTER),
        label=ParagraphStyle(
            "dd-label", parent=body, fontSize=8, leading=11, textColor=colors.HexColor("#333333"), wordWrap=labels_wrap
        ),
        section=ParagraphStyle("dd-section", parent=body, fontSize=10, leading=12.5, wordWrap=labels_wrap),
        terms=ParagraphStyle("dd-terms", parent=small, wordWrap=labels_wrap),
        small=small,
        small_right=ParagraphStyle("dd-small-right", parent=small, alignment=TA_RIGHT),
        total=ParagraphStyle("dd-total", parent=body, fontSize=11, leading=14, alignment=TA_LEFT),
        header_name=ParagraphStyle("dd-header-name", parent=body, fontSize=14, leading=17),
        header_line=ParagraphStyle("dd-header-line", parent=body, fontSize=8, leading=10),
    )


class Paper:
    """What every A4 document needs while being built: the number in its header, its language, font and styles.

    ``number`` is the order number the header prints with its QR and Code 128: a slip
    for an order carries the order's number, so the scanner finds the order from it.
    """

    def __init__(
        self, number: str, dealer: DealerHeader, labels: PaperLabels, font: PaperFont, tz: tzinfo | None, title: str
    ):
        self.number = number
        self.dealer = dealer
        self.labels = labels
        self.font = font
        self.tz = tz
        self.title = title
        self.styles = styles_for(font.name, labels.words_spaced)
        self._header_defined = False

    # --- cell contents -------------------------------------------------------------
    def text(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        """Any text, typed by a user or taken from the label table, as a wrapping cell."""
        cell = Text(printable(value, self.font), style or self.styles.body)
        cell.source = value
        return cell

    def label(self, value: str) -> Paragraph:
        return Text(printable(value, self.font), self.styles.label)

    def time(self, value: datetime) -> str:
        return formatting.local_time(value, self.tz)

    def tick_boxes(self, options: Sequence[str]) -> Flowable:
        return TickBoxes([plain_printed(option, self.font) for option in options], self.font.name, self.styles.body)

    def yes_no(self, value: bool) -> str:
        return self.labels.yes if value else self.labels.no

    # --- boxed tables ----------------------------------------------------------------
    def cell_font(self) -> list[tuple[Any, ...]]:
        """Even an empty cell sets its font: the default, Helvetica, would not be embedded."""
        return [("FONT", (0, 0), (-1, -1), self.font.name, self.styles.body.fontSize)]

    def section(
        self,
        title: str,
        widths: Sequence[float],
        rows: Sequence[Sequence[Cell]],
        *,
        header: Sequence[str] | None = None,
        label_columns: Sequence[int] = (),
        extra_style: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        """A boxed table whose first row is the section title (and column heads, if any).

        No rows print as one "none" row: an empty section says so rather than vanishing.

        Title and column heads repeat on every page the table continues on, and a row
        taller than the rest of the page (a 2,000-character concern) is split inside
        the row rather than raising LayoutError.
        """
        columns = len(widths)
        data: list[list[Cell]] = [[Text(printable(title, self.font), self.styles.section)]]
        data[0] += [""] * (columns - 1)
        if header is not None:
            data.append([self.label(h) for h in header])
        head_rows = len(data)
        continued: list[int] = []  # rows that go on below, in the same cell, without a rule
        if rows:
            for row in rows:
                pieces = self._pieces(row, widths)
                continued += range(len(data), len(data) + len(pieces) - 1)
                data += pieces
        else:
            data.append([self.text(self.labels.none)] + [""] * (columns - 1))
        spans: list[tuple[Any, ...]] = [("SPAN", (0, 0), (-1, 0))]
        if not rows:
            spans.append(("SPAN", (0, head_rows), (-1, head_rows)))
        # A caller's style that changes how a string cell looks (a string takes its look from
        # the cell, a paragraph from its own style) keeps every cell a paragraph.
        plain = not any(command[0] in _STRING_LOOK for command in extra_style)
        commands: list[tuple[Any, ...]] = [
            *(_plain_cells(data, widths, [*spans, *(c for c in extra_style if c[0] == "SPAN")]) if plain else ()),
            *spans,
            ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BOX", (0, 0), (-1, -1), 1.0, INK),
        ]
        if header is not None:
            commands.append(("BACKGROUND", (0, 1), (-1, 1), HEAD_FILL))
        commands += [("BACKGROUND", (c, head_rows), (c, -1), LABEL_FILL) for c in label_columns]
        commands += [("LINEBELOW", (0, r), (-1, r), 0.6, colors.white) for r in continued]
        commands += extra_style
        cell_style = _section_cell_style(self.font.name, self.styles.body.fontSize)
        table = SectionTable(
            data,
            colWidths=list(widths),
            cellStyles=[[cell_style(f"({r}, {c})") for c in range(columns)] for r in range(len(data))],
            repeatRows=head_rows,
            splitByRow=1,
            splitInRow=24,  # split a tall row, but leave at least two lines on each side
            hAlign="LEFT",
        )
        table.continued_title = Text(
            printable(self.labels.continued.format(title=title), self.font), self.styles.section
        )
        table.setStyle(TableStyle(commands))
        return table

    def _pieces(self, row: Sequence[Cell], widths: Sequence[float]) -> list[list[Cell]]:
        """The row, or, when a cell holds more text than fits a page, the row and its continuations.

        ReportLab splits one tall row by wrapping its text again on every page it reaches, which
        takes minutes for a long text in a narrow column and can end in a LayoutError. Rows of at
        most a quarter page each split between pages like any other, so any length prints.
        """
        chunks: list[list[str] | None] = []
        for cell, width in zip(row, widths, strict=True):
            parts = None
            if isinstance(cell, Text) and cell.source is not None:
                # A page of full-width characters: shorter text never needs it, and is laid out as before.
                page = max(1, int((width - 6) / cell.style.fontSize)) * max(1, int(BODY_HEIGHT / cell.style.leading))
                parts = _chunked(cell.source, page // 4) if len(cell.source) > page else None
            chunks.append(parts)
        if all(c is None for c in chunks):
            return [list(row)]
        count = max(len(c) for c in chunks if c is not None)
        pieces: list[list[Cell]] = [[] for _ in range(count)]
        for cell, parts in zip(row, chunks, strict=True):
            for i in range(count):
                if parts is None or not isinstance(cell, Text):
                    pieces[i].append(cell if i == 0 else "")
                else:
                    pieces[i].append(Text(printable(parts[i], self.font), cell.style) if i < len(parts) else "")
        return pieces

    def fields(
        self,
        title: str,
        pairs: Sequence[tuple[str, str | Flowable]],
        *,
        per_row: int = 2,
        label_width: float = 24 * mm,
    ) -> Flowable:
        """Label/value pairs, ``per_row`` pairs to a row, as on a printed form; kept on one page.

        An empty value prints as an empty box: a blank to fill in by hand, never a guess.
        """
        value_width = BODY_WIDTH / per_row - label_width
        columns = 2 * per_row
        rows: list[list[Cell]] = []
        for i in range(0, len(pairs), per_row):
            row: list[Cell] = []
            for name, value in pairs[i : i + per_row]:
                row += [self.label(name), self.text(value) if isinstance(value, str) else value]
            rows.append(row + [""] * (columns - len(row)))
        label_columns = tuple(range(0, columns, 2))
        # A paragraph's first baseline sits one font size below its top: the smaller label
        # is pushed down by the difference so that label and value share a baseline.
        drop = CELL_TOP_PADDING + self.styles.body.fontSize - self.styles.label.fontSize
        baseline = [("TOPPADDING", (c, 1), (c, -1), drop) for c in label_columns]
        table = self.section(
            title, [label_width, value_width] * per_row, rows, label_columns=label_columns, extra_style=baseline
        )
        return KeepTogether([table])

    # --- page furniture ------------------------------------------------------------
    def build(self, story: list[Flowable]) -> bytes:
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=BODY_TOP,
            bottomMargin=BODY_BOTTOM,
            title=f"{self.title} {self.number}",
            author=self.dealer.name,
            subject=self.title,
            creator="DealerDesk",
            lang=self.labels.pdf_lang,
            # The canvas default is Helvetica, which would be referenced (unembedded) on
            # every page; the paper font keeps the PDF free of non-embedded fonts.
            initialFontName=self.font.name,
        )
        frame = Frame(
            MARGIN_X,
            BODY_BOTTOM,
            BODY_WIDTH,
            BODY_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=self._draw_header)])
        doc.build(story, canvasmaker=canvas_with_footer(self._draw_footer))
        return buffer.getvalue()

    def _draw_header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        # Drawn once as a form and placed on every page: the QR is a few hundred
        # rectangles that need not be repeated in the file for each page.
        form = "ddheader"
        if not self._header_defined:
            canvas.beginForm(form)
            self._header_content(canvas)
            canvas.endForm()
            self._header_defined = True
        canvas.doForm(form)

    def _header_content(self, canvas: Canvas) -> None:
        top = PAGE_HEIGHT - MARGIN_TOP
        left = MARGIN_X
        right = PAGE_WIDTH - MARGIN_X
        qr_left = right - QR_SIZE
        draw_qr(canvas, self.number, qr_left, top - QR_SIZE, QR_SIZE)

        # The title, centred, faux bold (fill and stroke): the font has no bold face.
        title_size = 18
        title_width = stringWidth(self.title, self.font.name, title_size)
        title_left = (PAGE_WIDTH - title_width) / 2
        title_baseline = top - 18 * mm
        canvas.saveState()
        canvas.setFont(self.font.name, title_size)
        canvas.setLineWidth(0.45)
        canvas.setStrokeColor(INK)
        text = canvas.beginText()
        text.setTextRenderMode(2)
        text.setTextOrigin(title_left, title_baseline)
        text.setFont(self.font.name, title_size)
        text.textOut(self.title)
        canvas.drawText(text)
        canvas.restoreState()

        # Dealer name and contact line above the title; a contact line too long for one
        # line wraps in the room left of the title, which reaches down to the order number.
        dealer = self.dealer
        block_width = qr_left - left - 6 * mm
        title_top = title_baseline + 0.8 * title_size
        number_top = top - HEADER_HEIGHT + 2 * mm + 13
        contact = " · ".join(
            part for part in (dealer.address, f"{self.labels.tel} {dealer.phone}" if dealer.phone else "") if part
        )
        name = _fitted(printable(dealer.name, self.font), self.styles.header_name, block_width, 9 * mm)
        y = _draw_at(canvas, name, left, top, block_width) - 0.5 * mm
        style = self.styles.header_line
        line = _fitted(printable(contact, self.font), style, block_width, style.leading)
        if line.wrap(block_width, style.leading)[1] <= min(style.leading, y - title_top):
            _draw_at(canvas, line, left, y, block_width)
        else:
            beside = title_left - 3 * mm - left
            line = _fitted(printable(contact, self.font), style, beside, y - number_top)
            _draw_at(canvas, line, left, y, beside)

        # The order number on the left; its Code 128 on the right, next to the QR.
        baseline = top - HEADER_HEIGHT + 2 * mm
        number = plain_printed(self.number, self.font)
        label = f"{self.labels.order_no}{self.labels.colon}"
        canvas.setFont(self.font.name, 9)
        canvas.drawString(left, baseline, label)
        x = left + stringWidth(label, self.font.name, 9)
        canvas.setFont(self.font.name, 13)
        canvas.drawString(x, baseline, number)
        x += stringWidth(number, self.font.name, 13) + 5 * mm
        draw_code128(canvas, self.number, x, baseline - 1 * mm, qr_left - 4 * mm, 7 * mm)

        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1.2)
        rule_y = top - HEADER_HEIGHT - 1.5 * mm
        canvas.line(left, rule_y, right, rule_y)

    def _draw_footer(self, canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        rule_y = MARGIN_BOTTOM + FOOTER_HEIGHT - 3 * mm
        canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
        canvas.setFont(self.font.name, 8)
        number = plain_printed(self.number, self.font)
        canvas.drawString(MARGIN_X, MARGIN_BOTTOM + 1 * mm, f"{self.title} · {self.labels.order_no} {number}")
        canvas.setFont(self.font.name, 9)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM + 1 * mm, self.labels.page_of.format(page=page, total=total)
        )
        canvas.restoreState()


class Sheet(Paper):
    """What both order documents need while being built: the order, its language, font and styles."""

    def __init__(self, order: PaperOrder, labels: PaperLabels, font: PaperFont, tz: tzinfo | None, title: str):
        super().__init__(order.order_number, order.dealer, labels, font, tz, title)
        self.order = order


@lru_cache(maxsize=4)
def _section_cell_style(font_name: str, font_size: float) -> type[CellStyle]:
    """A section's cell style before any command: font, top alignment and paddings.

    What six commands over every cell would set, one cell at a time; a section table
    starts from these and its commands set only what differs.
    """
    return type(
        "SectionCellStyle",
        (CellStyle,),
        {
            "fontname": font_name,  # even an empty cell: the default, Helvetica, would not be embedded
            "fontsize": font_size,
            "leading": font_size * 1.2,  # as the FONT command without a leading
            "valign": "TOP",
            "leftPadding": CELL_SIDE_PADDING,
            "rightPadding": CELL_SIDE_PADDING,
            "topPadding": CELL_TOP_PADDING,
            "bottomPadding": 2,
        },
    )


class SectionTable(Table):  # type: ignore[misc]
    """A boxed section whose title row says "continued" on the pages it runs on to.

    Without it a repeated title reads as a second section of the same name.
    """

    continued_title: Flowable | None = None

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(available_width, available_height)
        if len(parts) == 2 and self.continued_title is not None:
            rest = parts[1]
            # A new row list: the rows themselves are shared with the part printed above.
            rest._cellvalues[0] = [self.continued_title, *rest._cellvalues[0][1:]]
            rest.continued_title = self.continued_title
        return parts


class Text(Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines again only when its width changes, and that is no
    Paragraph at all while it is one plain line that fits its cell: drawn as a string.

    A table measures every cell more than once (KeepTogether, then the frame, then a
    split), and parsing the markup and breaking the lines is most of the time a document
    takes; most cells (a name, a number, a time, a label) hold one short line. The string
    sits where the Paragraph would put it (baseline one font size below the top), so the
    page looks the same. Markup, line breaks, runs of spaces or a line too long for the
    cell take the Paragraph's way.
    """

    _wrapped_width: float | None = None

    source: str | None = None  # the text before markup, kept so that a long one can be cut into rows

    def __init__(self, text: str | None, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        # Paragraph.split makes its parts through this class with ready fragments (text None).
        plain = text is not None and not args and not kwargs
        if text is not None and plain:
            plain = "<" not in text and "&" not in text and text == " ".join(text.split())
        self._line: str | None = text if plain else None  # while it may still be drawn as a string
        self._parsed = False
        self.text = text
        self.style = style
        self._more = (args, kwargs)
        if not plain:
            self._parse()

    @property
    def line(self) -> str | None:
        """The text, while it is one plain line (no markup, no line break, single spaces) not found too long."""
        return self._line

    def _parse(self) -> None:
        if not self._parsed:
            args, kwargs = self._more
            super().__init__(self.text, self.style, *args, **kwargs)
            self._parsed = True

    def _fits(self, available_width: float) -> bool:
        if self._line is None:
            return False
        style = self.style
        room = available_width - style.leftIndent - style.rightIndent
        if stringWidth(self._line, style.fontName, style.fontSize) <= room:
            return True
        self._line = None  # too long for its cell: wraps as a Paragraph from now on
        return False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._fits(available_width):
            self.width, self.height = available_width, self.style.leading
            return self.width, self.height
        self._parse()
        if available_width != self._wrapped_width or not hasattr(self, "blPara"):  # split drops blPara
            super().wrap(available_width, available_height)
            self._wrapped_width = available_width
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self._line is not None:
            return [self] if self.style.leading <= available_height else []
        self._parse()
        parts: list[Flowable] = super().split(available_width, available_height)
        return parts

    def draw(self) -> None:
        if self._line is None:
            super().draw()
            return
        style, canvas = self.style, self.canv
        line_width = stringWidth(self._line, style.fontName, style.fontSize)
        x = style.leftIndent
        if style.alignment == TA_RIGHT:
            x = self.width - style.rightIndent - line_width
        elif style.alignment == TA_CENTER:
            x = (self.width + style.leftIndent - style.rightIndent - line_width) / 2
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize, style.leading)
        canvas.drawString(x, self.height - style.fontSize, self._line)
        canvas.restoreState()

    def getPlainText(self, identify: object = None) -> str:
        if self._line is not None:
            return self._line
        self._parse()
        return str(super().getPlainText(identify))


class TickBoxes(Flowable):  # type: ignore[misc]
    """Options, each after an empty box to tick by hand, centred on one line.

    Drawn rather than typed: the font's □ is small and sits high beside hanzi.
    """

    def __init__(self, options: list[str], font_name: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.options = options
        self.font_name = font_name
        self.size = style.fontSize
        self.leading = style.leading
        self.box = style.fontSize * 0.95
        self.gap = style.fontSize * 0.3
        widths = [stringWidth(option, font_name, self.size) for option in options]
        self.natural_width = sum(widths) + len(options) * (self.box + self.gap) + (len(options) - 1) * self.size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.leading

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.6)
        canvas.setFont(self.font_name, self.size)
        x = max(0.0, (self.width - self.natural_width) / 2)
        baseline = self.leading - self.size
        for option in self.options:
            canvas.rect(x, baseline - 0.5, self.box, self.box, stroke=1, fill=0)
            x += self.box + self.gap
            canvas.drawString(x, baseline, option)
            x += stringWidth(option, self.font_name, self.size) + self.size


def _chunked(text: str, size: int) -> list[str]:
    """``text`` in pieces of about ``size`` characters, cut after a line break or a space where one is near."""
    pieces: list[str] = []
    while len(text) > size:
        cut = max(text.rfind("\n", size // 2, size), text.rfind(" ", size // 2, size))
        cut = cut + 1 if cut > 0 else size
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces


_ALIGNMENTS = {TA_LEFT: "LEFT", TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}
_STRING_LOOK = frozenset(
    {"FONT", "FONTNAME", "FACE", "FONTSIZE", "SIZE", "LEADING", "TEXTCOLOR", "ALIGN", "ALIGNMENT"}
    | {"LEFTPADDING", "RIGHTPADDING"}
)


def _plain_cells(
    data: list[list[Cell]], widths: Sequence[float], spans: Sequence[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """Turn each cell holding one plain line that fits into a string the table draws itself; return their styles.

    To the table a flowable cell is a wrap on every layout pass and, to draw, a saved and
    restored state, a move and a font change; a string it draws in one call in the cell's
    font, at the place the line would take (baseline one font size below the padding),
    so the page looks the same. The styles go in as few rectangles as the rows allow.
    """
    rows, columns = len(data), len(widths)
    room: dict[tuple[int, int], float] = {}  # (row, column) of a span's first cell: the span's width
    hidden: set[tuple[int, int]] = set()  # the other cells of a span, and cells spanning rows
    for _, (c0, r0), (c1, r1) in spans:
        c0, r0, c1, r1 = c0 % columns, r0 % rows, c1 % columns, r1 % rows
        hidden |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
        if r1 > r0:
            hidden.add((r0, c0))
        else:
            room[r0, c0] = sum(widths[c0 : c1 + 1])
    looks: list[list[ParagraphStyle | None]] = [[None] * columns for _ in range(rows)]
    for r, row in enumerate(data):
        for c, cell in enumerate(row):
            if not isinstance(cell, Text) or cell.line is None or (r, c) in hidden:
                continue
            style = cell.style
            if style.leftIndent or style.rightIndent or style.firstLineIndent or style.alignment not in _ALIGNMENTS:
                continue
            width = room.get((r, c), widths[c]) - 2 * CELL_SIDE_PADDING
            if stringWidth(cell.line, style.fontName, style.fontSize) <= width:
                row[c] = cell.line
                looks[r][c] = style
    # Runs of one look along each row, then each run carried down while the rows below repeat it.
    open_runs: dict[tuple[int, int, ParagraphStyle], int] = {}  # (first, last column, style): first row
    boxes: list[tuple[int, int, int, int, ParagraphStyle]] = []
    for r in range(rows + 1):
        runs: set[tuple[int, int, ParagraphStyle]] = set()
        c = 0
        while r < rows and c < columns:
            look = looks[r][c]
            end = c
            while end + 1 < columns and look is not None and looks[r][end + 1] is look:
                end += 1
            if look is not None:
                runs.add((c, end, look))
            c = end + 1
        for run in [run for run in open_runs if run not in runs]:
            boxes.append((run[0], open_runs.pop(run), run[1], r - 1, run[2]))
        for run in runs:
            open_runs.setdefault(run, r)
    commands: list[tuple[Any, ...]] = []
    for c0, r0, c1, r1, style in boxes:
        commands.append(("FONT", (c0, r0), (c1, r1), style.fontName, style.fontSize, style.leading))
        if style.textColor is not INK:
            commands.append(("TEXTCOLOR", (c0, r0), (c1, r1), style.textColor))
        if style.alignment != TA_LEFT:
            commands.append(("ALIGN", (c0, r0), (c1, r1), _ALIGNMENTS[style.alignment]))
    return commands


def spaced(blocks: list[Flowable]) -> list[Flowable]:
    """The blocks with a small gap between each two."""
    story: list[Flowable] = []
    for block in blocks:
        if story:
            story.append(Spacer(1, SECTION_GAP))
        story.append(block)
    return story


def _fitted(markup: str, style: ParagraphStyle, width: float, height: float) -> Paragraph:
    """A paragraph made smaller until it fits its box: a long dealer name is never cut."""
    para = Paragraph(markup, style)
    while para.wrap(width, height)[1] > height and style.fontSize > 6:
        style = ParagraphStyle(style.name, parent=style, fontSize=style.fontSize - 0.5, leading=style.leading - 0.6)
        para = Paragraph(markup, style)
    return para


def _draw_at(canvas: Canvas, para: Paragraph, left: float, top: float, width: float) -> float:
    """Draw ``para`` with its top at ``top``; return where it ends."""
    _, height = para.wrap(width, PAGE_HEIGHT)
    para.drawOn(canvas, left, top - height)
    return float(top - height)
