"""The customer work order (维修委托书): what the customer reads, agrees to and signs."""

from __future__ import annotations

from datetime import tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from dealerdesk.domain.money import format_hours, format_yuan, to_chinese_capital
from dealerdesk.domain.packages_rules import zhe_text
from dealerdesk.reports import formatting, sections
from dealerdesk.reports.fonts import paper_font
from dealerdesk.reports.labels import labels_for
from dealerdesk.reports.layout import BODY_WIDTH, GRID, INK, LABEL_FILL, Cell, Sheet, spaced
from dealerdesk.reports.paper_data import PaperOrder
from dealerdesk.reports.parts_slip import SlipLabels, slip_labels

SIGNATURE_SPACE = 7 * mm  # room to sign by hand


def render_work_order(order: PaperOrder, lang: str, font_path: str | None = None, *, tz: tzinfo | None = None) -> bytes:
    """The work order as PDF bytes; times in ``tz`` (None: this machine's zone)."""
    labels = labels_for(lang)
    sheet = Sheet(order, labels, paper_font(font_path), tz, labels.work_order_title)
    story: list[Flowable] = [
        sections.order_fields(sheet, with_mobile=True),
        sections.vehicle_fields(sheet),
        sections.concerns(sheet),
        _labour(sheet),
        _parts(sheet),
        _estimate(sheet),
        _extra_work(sheet),
        *_customer_notices(sheet, slip_labels(lang)),
        *([_redemptions(sheet)] if order.redemptions else []),
        sections.intake_fields(sheet),
        _terms_and_signatures(sheet),
    ]
    return sheet.build(spaced(story))


def _money(sheet: Sheet, fen: int) -> Flowable:
    return sheet.text(format_yuan(fen), sheet.styles.body_right)


def _with_subtotal(sheet: Sheet, rows: list[list[Cell]], amount_column: int, fen: int) -> list[tuple[object, ...]]:
    """Append a "Subtotal" row (label spanning up to the Amount column); return its table style."""
    if not rows:
        return []
    columns = len(rows[0])
    row: list[Cell] = [sheet.text(sheet.labels.subtotal, sheet.styles.body_right)]
    row += [""] * (amount_column - 1) + [_money(sheet, fen)] + [""] * (columns - amount_column - 1)
    rows.append(row)
    # NOSPLIT: the subtotal never starts a page on its own.
    return [("SPAN", (0, -1), (amount_column - 1, -1)), ("NOSPLIT", (0, -2), (-1, -1))]


def _labour(sheet: Sheet) -> Table:
    lab, s = sheet.labels, sheet.styles
    widths = [sections.NO_WIDTH, 72 * mm, 14 * mm, 22 * mm, 25 * mm]
    widths.append(BODY_WIDTH - sum(widths))
    rows: list[list[Cell]] = [
        [
            sheet.text(f"{n}", s.body_center),
            sheet.text(line.operation),
            sheet.text(format_hours(line.hours_x100), s.body_right),
            _money(sheet, line.rate_fen),
            _money(sheet, line.amount_fen),
            sheet.text(line.technician or lab.not_assigned),
        ]
        for n, line in enumerate(sheet.order.labour, start=1)
    ]
    extra = _with_subtotal(sheet, rows, 4, sum(line.amount_fen for line in sheet.order.labour))
    header = [lab.col_no, lab.col_operation, lab.col_hours, lab.col_rate, lab.col_amount, lab.col_technician]
    return sheet.section(lab.section_labour, widths, rows, header=header, extra_style=extra)


def _parts(sheet: Sheet) -> Table:
    lab, s = sheet.labels, sheet.styles
    widths = [sections.NO_WIDTH, 34 * mm, 0.0, 16 * mm, 24 * mm, 25 * mm]
    widths[2] = BODY_WIDTH - sum(widths)
    rows: list[list[Cell]] = [
        [
            sheet.text(f"{n}", s.body_center),
            sheet.text(line.part_no),
            sheet.text(line.name),
            sheet.text(formatting.quantity(line.quantity_x1000), s.body_right),
            _money(sheet, line.unit_price_fen),
            _money(sheet, line.amount_fen),
        ]
        for n, line in enumerate(sheet.order.parts, start=1)
    ]
    extra = _with_subtotal(sheet, rows, 5, sum(line.amount_fen for line in sheet.order.parts))
    header = [lab.col_no, lab.col_part_no, lab.col_part_name, lab.col_qty, lab.col_unit_price, lab.col_amount]
    return sheet.section(lab.section_parts, widths, rows, header=header, extra_style=extra)


def _estimate(sheet: Sheet) -> Table:
    lab, s = sheet.labels, sheet.styles
    fen = sheet.order.estimate_fen
    widths = [30 * mm, 34 * mm, 18 * mm]
    widths.append(BODY_WIDTH - sum(widths))
    # Recording extra work adds its amount to the estimate: say so, or the customer
    # reading the change log below would add it a second time.
    estimate = lab.estimate_with_extra if sheet.order.extra_work else lab.estimate
    row: list[Cell] = [
        sheet.label(estimate),
        sheet.text(f"¥{format_yuan(fen)}", s.total),
        sheet.label(lab.estimate_in_words),
        sheet.text(to_chinese_capital(fen), s.total),
    ]
    table = Table([row], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        [
            *sheet.cell_font(),
            ("BOX", (0, 0), (-1, -1), 1.0, INK),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (0, 0), LABEL_FILL),
            ("BACKGROUND", (2, 0), (2, 0), LABEL_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    return table


def _extra_work(sheet: Sheet) -> Table:
    lab, s = sheet.labels, sheet.styles
    widths = [sections.NO_WIDTH, 0.0, 21 * mm, 25 * mm, 19 * mm, 16 * mm, 25 * mm, 17 * mm]
    widths[1] = BODY_WIDTH - sum(widths)
    rows: list[list[Cell]] = [
        [
            sheet.text(f"{n}", s.body_center),
            sheet.text(item.description, s.small),
            sheet.text(format_yuan(item.added_amount_fen), s.small_right),
            sheet.text(sheet.time(item.new_promised_at), s.small),
            sheet.text(item.approver_name, s.small),
            sheet.text(lab.methods[item.method], s.small),
            sheet.text(sheet.time(item.approved_at), s.small),
            sheet.text(item.recorded_by, s.small),
        ]
        for n, item in enumerate(sheet.order.extra_work, start=1)
    ]
    header = [
        lab.col_no,
        lab.col_extra_work,
        lab.col_added_amount,
        lab.col_new_promised,
        lab.col_approver,
        lab.col_method,
        lab.col_approved_at,
        lab.col_recorded_by,
    ]
    return sheet.section(lab.section_extra, widths, rows, header=header)


def _customer_notices(sheet: Sheet, slip: SlipLabels) -> list[Flowable]:
    """When the customer was told the work runs late, how, and the promise moved: only when it happened."""
    notices = sheet.order.customer_notices
    if not notices:
        return []
    lab, s = sheet.labels, sheet.styles
    widths = [sections.NO_WIDTH, 27 * mm, 16 * mm, 27 * mm, 27 * mm, 0.0, 17 * mm]
    widths[5] = BODY_WIDTH - sum(widths)
    rows: list[list[Cell]] = [
        [
            sheet.text(f"{n}", s.body_center),
            sheet.text(sheet.time(x.told_at), s.small),
            sheet.text(lab.methods[x.method], s.small),
            sheet.text(sheet.time(x.old_promised_at) if x.old_promised_at else "", s.small),
            sheet.text(sheet.time(x.new_promised_at), s.small),
            sheet.text(x.note, s.small),
            sheet.text(x.recorded_by, s.small),
        ]
        for n, x in enumerate(notices, start=1)
    ]
    header = [
        lab.col_no,
        slip.col_told_at,
        slip.col_how,
        slip.col_old_promise,
        slip.col_new_promise,
        slip.note,
        lab.col_recorded_by,
    ]
    return [sheet.section(slip.section_notices, widths, rows, header=header)]


def _redemptions(sheet: Sheet) -> Table:
    """The packages and vouchers this order uses, with each package's balance left after this visit."""
    lab, s = sheet.labels, sheet.styles
    widths = [sections.NO_WIDTH, 0.0, 45 * mm, 25 * mm, 30 * mm]
    widths[1] = BODY_WIDTH - sum(widths)
    rows: list[list[Cell]] = []
    for n, r in enumerate(sheet.order.redemptions, start=1):
        if r.use_no is not None and r.uses is not None and r.pay_pct is not None:
            use = lab.package_use.format(
                n=r.use_no, uses=r.uses, rate=zhe_text(r.pay_pct) if r.pay_pct else lab.prepaid
            )
            left = lab.uses_left.format(left=r.uses_left) + ("" if r.booked else lab.at_delivery)
        else:
            use, left = lab.voucher, ""
        rows.append(
            [
                sheet.text(f"{n}", s.body_center),
                sheet.text(f"{r.code} {r.name}", s.small),
                sheet.text(use, s.small),
                sheet.text(format_yuan(r.discount_fen), s.small_right),
                sheet.text(left, s.small),
            ]
        )
    header = [lab.col_no, lab.col_package, lab.col_package_use, lab.col_discount, lab.col_left]
    return sheet.section(lab.section_packages, widths, rows, header=header)


def _terms_and_signatures(sheet: Sheet) -> Flowable:
    """Terms, then the signatures under them, on one page: a signature under half the terms is no use."""
    lab, half = sheet.labels, BODY_WIDTH / 2

    def signature(who: str) -> list[Flowable]:
        return [sheet.label(who), Spacer(1, SIGNATURE_SPACE), sheet.label(f"{lab.date}{lab.colon}")]

    rows: list[list[Cell]] = [
        [sheet.text("\n".join(lab.terms), sheet.styles.terms), ""],
        [
            signature(f"{lab.customer_signature}{lab.colon}"),
            signature(f"{lab.advisor_signature}{lab.colon}{sheet.order.advisor_name}"),
        ],
    ]
    table = sheet.section(lab.section_terms, [half, half], rows, extra_style=[("SPAN", (0, 1), (-1, 1))])
    return KeepTogether([table])
