"""The parts issue slip (配件出库单) and return slip (退库单): A4, and an 80 mm receipt for the parts counter.

The A4 slip uses the order documents' page (dealer, the order's number with its QR and
Code 128, page X of Y), so a slip found on the floor leads to its order by scanner. The
receipt carries the same facts and the same QR in a narrow roll, sized to its content.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from io import BytesIO

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from dealerdesk.domain.workshop_rules import ReturnReason
from dealerdesk.reports import formatting
from dealerdesk.reports.codes import qr_code
from dealerdesk.reports.fonts import paper_font
from dealerdesk.reports.labels import labels_for
from dealerdesk.reports.layout import BODY_WIDTH, GRID, INK, Cell, Paper, spaced
from dealerdesk.reports.paper_data import DealerHeader
from dealerdesk.reports.text import printable

RECEIPT_WIDTH = 80 * mm
RECEIPT_MARGIN = 4 * mm
SIGNATURE_HEIGHT = 12 * mm


@dataclass(frozen=True)
class SlipLine:
    part_no: str
    name: str
    quantity_x1000: int


@dataclass(frozen=True)
class PaperSlip:
    dealer: DealerHeader
    slip_no: str
    is_return: bool
    order_number: str
    at: datetime
    plate: str
    model: str
    vin: str
    advisor: str
    technician: str  # received the parts, or brought them back
    clerk: str
    reason: ReturnReason | None  # returns only
    note: str
    lines: tuple[SlipLine, ...]


@dataclass(frozen=True)
class SlipLabels:
    issue_title: str
    return_title: str
    slip_no: str
    time: str
    order_no: str
    plate: str
    model: str
    vin: str
    advisor: str
    received_by: str
    returned_by: str
    clerk: str
    reason: str
    note: str
    section_slip: str
    section_parts: str
    col_no: str
    col_part_no: str
    col_name: str
    col_qty: str
    total: str
    sign_clerk: str
    sign_technician: str
    reasons: Mapping[ReturnReason, str]
    col_held: str  # the job card's parts: what stores issued, and the "fitted" box
    col_fitted: str
    fitted: str
    fitted_confirmed: str
    section_notices: str  # the work order's change log: the customer told of late work
    col_told_at: str
    col_how: str
    col_old_promise: str
    col_new_promise: str


ZH_CN = SlipLabels(
    issue_title="配件出库单",
    return_title="配件退库单",
    slip_no="单号",
    time="时间",
    order_no="工单号",
    plate="车牌",
    model="车型",
    vin="VIN",
    advisor="服务顾问",
    received_by="领料技师",
    returned_by="退料技师",
    clerk="配件员",
    reason="退库原因",
    note="备注",
    section_slip="单据信息",
    section_parts="配件明细",
    col_no="序号",
    col_part_no="配件编号",
    col_name="配件名称",
    col_qty="数量",
    total="合计件数",
    sign_clerk="配件员签字",
    sign_technician="技师签字",
    reasons={
        ReturnReason.NOT_NEEDED: "不需要",
        ReturnReason.WRONG_PART: "发错配件",
        ReturnReason.DEFECTIVE: "配件有缺陷",
        ReturnReason.ORDER_CANCELLED: "工单已取消",
    },
    col_held="出库数量",
    col_fitted="装车确认",
    fitted="已装车",
    fitted_confirmed="自检已确认装车",
    section_notices="延时告知记录（维修进度延误，已告知客户）",
    col_told_at="告知时间",
    col_how="方式",
    col_old_promise="原交车时间",
    col_new_promise="新交车时间",
)
EN = SlipLabels(
    issue_title="Parts issue slip",
    return_title="Parts return slip",
    slip_no="Slip no.",
    time="Time",
    order_no="Order no.",
    plate="Plate",
    model="Model",
    vin="VIN",
    advisor="Advisor",
    received_by="Received by",
    returned_by="Returned by",
    clerk="Parts clerk",
    reason="Reason",
    note="Note",
    section_slip="Slip",
    section_parts="Parts",
    col_no="No.",
    col_part_no="Part no.",
    col_name="Part name",
    col_qty="Qty",
    total="Total quantity",
    sign_clerk="Parts clerk's signature",
    sign_technician="Technician's signature",
    reasons={
        ReturnReason.NOT_NEEDED: "Not needed",
        ReturnReason.WRONG_PART: "Wrong part issued",
        ReturnReason.DEFECTIVE: "Defective",
        ReturnReason.ORDER_CANCELLED: "Order cancelled",
    },
    col_held="Issued",
    col_fitted="Fitted",
    fitted="fitted",
    fitted_confirmed="fitted (self-check)",
    section_notices="Customer told of late work",
    col_told_at="Told at",
    col_how="How",
    col_old_promise="Was promised",
    col_new_promise="New promise",
)
LANGUAGES = {"zh_CN": ZH_CN, "en": EN}


def slip_labels(lang: str) -> SlipLabels:
    return LANGUAGES.get(lang, ZH_CN)


def _pairs(slip: PaperSlip, lab: SlipLabels, tz: tzinfo | None, *, with_order: bool) -> list[tuple[str, str]]:
    pairs = [(lab.slip_no, slip.slip_no), (lab.time, formatting.local_time(slip.at, tz))]
    if with_order:
        pairs.append((lab.order_no, slip.order_number))
    pairs += [
        (lab.plate, slip.plate),
        (lab.model, slip.model),
        (lab.vin, slip.vin),
        (lab.advisor, slip.advisor),
        (lab.returned_by if slip.is_return else lab.received_by, slip.technician),
        (lab.clerk, slip.clerk),
    ]
    if slip.reason is not None:
        pairs.append((lab.reason, lab.reasons[slip.reason]))
    if slip.note:
        pairs.append((lab.note, slip.note))
    return pairs


def _total(slip: PaperSlip) -> str:
    return formatting.quantity(sum(line.quantity_x1000 for line in slip.lines))


def render_slip_a4(slip: PaperSlip, lang: str, font_path: str | None = None, *, tz: tzinfo | None = None) -> bytes:
    lab = slip_labels(lang)
    paper = Paper(
        slip.order_number,
        slip.dealer,
        labels_for(lang),
        paper_font(font_path),
        tz,
        lab.return_title if slip.is_return else lab.issue_title,
    )
    s = paper.styles
    widths = [12 * mm, 42 * mm, 0.0, 22 * mm]
    widths[2] = BODY_WIDTH - sum(widths)
    rows: list[list[Cell]] = [
        [
            paper.text(f"{n}", s.body_center),
            paper.text(line.part_no),
            paper.text(line.name),
            paper.text(formatting.quantity(line.quantity_x1000), s.body_right),
        ]
        for n, line in enumerate(slip.lines, start=1)
    ]
    rows.append(["", "", paper.text(lab.total, s.body_right), paper.text(_total(slip), s.body_right)])
    parts = paper.section(
        lab.section_parts, widths, rows, header=[lab.col_no, lab.col_part_no, lab.col_name, lab.col_qty]
    )
    half = BODY_WIDTH / 2
    signatures = Table(
        [[paper.label(lab.sign_clerk), paper.label(lab.sign_technician)], ["", ""]],
        colWidths=[half, half],
        rowHeights=[None, SIGNATURE_HEIGHT],
        hAlign="LEFT",
    )
    signatures.setStyle(
        TableStyle([*paper.cell_font(), ("BOX", (0, 0), (-1, -1), 1.0, INK), ("GRID", (0, 0), (-1, -1), 0.5, GRID)])
    )
    fields = paper.fields(lab.section_slip, _pairs(slip, lab, tz, with_order=False), per_row=2, label_width=24 * mm)
    return paper.build(spaced([fields, parts, signatures]))


def render_slip_receipt(slip: PaperSlip, lang: str, font_path: str | None = None, *, tz: tzinfo | None = None) -> bytes:
    """The 80 mm roll: one column, the order's QR in the middle, as long as the slip needs."""
    lab = slip_labels(lang)
    font = paper_font(font_path)
    width = RECEIPT_WIDTH - 2 * RECEIPT_MARGIN
    body = ParagraphStyle("slip-body", fontName=font.name, fontSize=8.5, leading=11, wordWrap="CJK")
    title = ParagraphStyle("slip-title", parent=body, fontSize=12, leading=15, alignment=TA_CENTER)
    centre = ParagraphStyle("slip-centre", parent=body, alignment=TA_CENTER)
    right = ParagraphStyle("slip-right", parent=body, alignment=TA_RIGHT)

    def para(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(printable(text, font), style)

    colon = labels_for(lang).colon
    story: list[Flowable] = [
        para(slip.dealer.name, centre),
        para(lab.return_title if slip.is_return else lab.issue_title, title),
        Spacer(1, 1.5 * mm),
    ]
    story += [para(f"{name}{colon}{value}") for name, value in _pairs(slip, lab, tz, with_order=True)]
    rows: list[list[Cell]] = [[para(lab.col_name), para(lab.col_qty, right)]]
    for line in slip.lines:
        rows.append([[para(line.part_no), para(line.name)], para(formatting.quantity(line.quantity_x1000), right)])
    rows.append([para(lab.total), para(_total(slip), right)])
    items = Table(rows, colWidths=[width - 16 * mm, 16 * mm], hAlign="LEFT")
    items.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font.name, 8.5),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, INK),
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, INK),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    qr_size = 30 * mm
    qr = qr_code(slip.order_number, qr_size)
    qr.hAlign = "CENTER"
    story += [
        Spacer(1, 2 * mm),
        items,
        Spacer(1, 2 * mm),
        qr,
        para(slip.order_number, centre),
        Spacer(1, 4 * mm),
        para(f"{lab.sign_clerk}{colon}"),
        Spacer(1, 9 * mm),
        para(f"{lab.sign_technician}{colon}"),
        Spacer(1, 9 * mm),
    ]
    height = sum(block.wrap(width, 10_000)[1] for block in story) + 2 * RECEIPT_MARGIN + 6 * mm
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=(RECEIPT_WIDTH, height),
        leftMargin=RECEIPT_MARGIN,
        rightMargin=RECEIPT_MARGIN,
        topMargin=RECEIPT_MARGIN,
        bottomMargin=RECEIPT_MARGIN,
        title=f"{lab.issue_title} {slip.slip_no}",
        author=slip.dealer.name,
        creator="DealerDesk",
        initialFontName=font.name,
    )
    doc.build(story)
    return buffer.getvalue()
