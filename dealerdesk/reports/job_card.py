"""The workshop job card (派工单): what to do, who does it, who checked it. No prices.

The workshop does not see what the customer pays: no rate, amount, estimate or
added amount appears on this paper, in either language.
"""

from __future__ import annotations

from datetime import tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from dealerdesk.domain.money import format_hours
from dealerdesk.domain.vocabulary import QcLevel
from dealerdesk.reports import formatting, sections
from dealerdesk.reports.fonts import paper_font
from dealerdesk.reports.labels import labels_for
from dealerdesk.reports.layout import BODY_WIDTH, INK, Cell, Sheet, spaced
from dealerdesk.reports.paper_data import PaperOrder, QcSignOff
from dealerdesk.reports.parts_slip import SlipLabels, slip_labels

SIGNATURE_ROW = 7 * mm  # room for a handwritten signature


def render_job_card(order: PaperOrder, lang: str, font_path: str | None = None, *, tz: tzinfo | None = None) -> bytes:
    """The job card as PDF bytes; times in ``tz`` (None: this machine's zone)."""
    labels = labels_for(lang)
    sheet = Sheet(order, labels, paper_font(font_path), tz, labels.job_card_title)
    story: list[Flowable] = [
        sections.order_fields(sheet, with_mobile=False),
        sections.vehicle_fields(sheet),
        sections.concerns(sheet),
        _labour(sheet),
        _parts(sheet, slip_labels(lang)),
        _extra_work(sheet),
        sections.intake_fields(sheet),
        _road_test(sheet),
        _quality_control(sheet),
    ]
    return sheet.build(spaced(story))


def _labour(sheet: Sheet) -> Table:
    lab, s = sheet.labels, sheet.styles
    widths = [sections.NO_WIDTH, 0.0, 15 * mm, 32 * mm, 28 * mm]
    widths[1] = BODY_WIDTH - sum(widths)
    rows: list[list[Cell]] = [
        [
            sheet.text(f"{n}", s.body_center),
            sheet.text(line.operation),
            sheet.text(format_hours(line.hours_x100), s.body_right),
            sheet.text(line.technician or lab.not_assigned),
            "",  # the technician signs here when the line is done
        ]
        for n, line in enumerate(sheet.order.labour, start=1)
    ]
    header = [lab.col_no, lab.col_operation, lab.col_hours, lab.col_technician, lab.col_done]
    return sheet.section(lab.section_labour, widths, rows, header=header)


def _parts(sheet: Sheet, slip: SlipLabels) -> Table:
    """The parts to fit, what stores issued of each, and a box ticked once it is on the car.

    An issue the self-check already confirmed prints as such; before any issue the
    "issued" cell is left for the parts desk to write in.
    """
    lab, s = sheet.labels, sheet.styles
    widths = [sections.NO_WIDTH, 36 * mm, 0.0, 16 * mm, 18 * mm, 34 * mm]
    widths[2] = BODY_WIDTH - sum(widths)
    issued = {part.part_no: part for part in sheet.order.issued_parts}

    def fitted_cell(part_no: str) -> Cell:
        part = issued.get(part_no)
        if part is not None and part.fitted:
            return sheet.text(slip.fitted_confirmed, s.small)
        return sheet.tick_boxes([slip.fitted])

    rows: list[list[Cell]] = [
        [
            sheet.text(f"{n}", s.body_center),
            sheet.text(line.part_no),
            sheet.text(line.name),
            sheet.text(formatting.quantity(line.quantity_x1000), s.body_right),
            sheet.text(formatting.quantity(issued[line.part_no].held_x1000), s.body_right)
            if line.part_no in issued
            else "",
            fitted_cell(line.part_no),
        ]
        for n, line in enumerate(sheet.order.parts, start=1)
    ]
    header = [lab.col_no, lab.col_part_no, lab.col_part_name, lab.col_qty, slip.col_held, slip.col_fitted]
    return sheet.section(lab.section_parts, widths, rows, header=header)


def _extra_work(sheet: Sheet) -> Table:
    """Approved extra work, without the added amount: the workshop needs what and by when."""
    lab, s = sheet.labels, sheet.styles
    widths = [sections.NO_WIDTH, 0.0, 27 * mm, 24 * mm, 16 * mm, 27 * mm]
    widths[1] = BODY_WIDTH - sum(widths)
    rows: list[list[Cell]] = [
        [
            sheet.text(f"{n}", s.body_center),
            sheet.text(item.description),
            sheet.text(sheet.time(item.new_promised_at), s.small),
            sheet.text(item.approver_name, s.small),
            sheet.text(lab.methods[item.method], s.small),
            sheet.text(sheet.time(item.approved_at), s.small),
        ]
        for n, item in enumerate(sheet.order.extra_work, start=1)
    ]
    header = [
        lab.col_no,
        lab.col_extra_work,
        lab.col_new_promised,
        lab.col_approver,
        lab.col_method,
        lab.col_approved_at,
    ]
    return sheet.section(lab.section_extra, widths, rows, header=header)


def _road_test(sheet: Sheet) -> Flowable:
    order, lab = sheet.order, sheet.labels
    out_km, in_km = order.road_test_out_km, order.road_test_in_km

    def km(value: int | None) -> str:
        # Not known yet: a blank for the tester to write the reading on.
        return formatting.kilometres(value, lab.km) if value is not None else f"__________ {lab.km}"

    distance = km(in_km - out_km) if out_km is not None and in_km is not None else ""
    return sheet.fields(
        lab.section_road_test,
        [
            (lab.road_test_out, km(out_km)),
            (lab.road_test_in, km(in_km)),
            (lab.road_test_distance, distance),
            (lab.road_tester, ""),
        ],
        per_row=4,
        label_width=19 * mm,
    )


def _quality_control(sheet: Sheet) -> Flowable:
    """Every signature, round by round in level order; then empty rows for what is still to sign.

    A failed level ends its round and every level is signed again in the next one, so
    each row names its round: "L1 pass, L2 fail, L1 pass, L2 pass" reads as two rounds.
    """
    lab, s = sheet.labels, sheet.styles
    widths = [17 * mm, 0.0, 24 * mm, 30 * mm, 31 * mm, 27 * mm]
    widths[1] = BODY_WIDTH - sum(widths)
    signoffs = sorted(sheet.order.qc_signoffs, key=lambda x: (x.round_no, x.level, x.signed_at))
    rows: list[list[Cell]] = []
    rounds: list[int] = []  # the round of each row, to rule a line where a new round starts
    spans: list[int] = []  # rows of failed items: their finding runs across signer, time, outcome, signature
    chinese = lab.pdf_lang.startswith("zh")
    for signoff in signoffs:
        outcome = lab.passed if signoff.passed else lab.failed
        rows.append(
            [
                sheet.text(lab.round_no.format(n=signoff.round_no), s.body_center),
                sheet.text(lab.qc_levels[signoff.level]),
                sheet.text(signoff.signer),
                sheet.text(sheet.time(signoff.signed_at)),
                sheet.text(outcome, s.body_center),
                Spacer(1, SIGNATURE_ROW),
            ]
        )
        rounds.append(signoff.round_no)
        # What the car went back with, under the failed signature: "不合格" alone told the workshop nothing.
        for item in signoff.failed_items:
            spans.append(len(rows))
            name = item.zh if chinese else item.en
            found = " — ".join(part for part in (item.value, item.note) if part)
            rows.append(["", sheet.text(f"{lab.failed_items}{lab.colon}{name}"), sheet.text(found), "", "", ""])
            rounds.append(signoff.round_no)
    round_no, to_sign = _still_to_sign(signoffs)
    for level in to_sign:
        # Not signed yet: boxes to tick by hand.
        blank = sheet.tick_boxes([lab.passed, lab.failed])
        round_cell = sheet.text(lab.round_no.format(n=round_no), s.body_center)
        rows.append([round_cell, sheet.text(lab.qc_levels[level]), "", "", blank, Spacer(1, SIGNATURE_ROW)])
        rounds.append(round_no)
    head_rows = 2  # the section title and the column heads
    new_round = [
        ("LINEABOVE", (0, head_rows + i), (-1, head_rows + i), 1.0, INK)
        for i in range(1, len(rounds))
        if rounds[i] != rounds[i - 1]
    ]
    header = [lab.col_round, lab.col_level, lab.col_signer, lab.col_time, lab.col_outcome, lab.col_signature]
    table = sheet.section(
        lab.section_qc,
        widths,
        rows,
        header=header,
        label_columns=(1,),
        extra_style=[
            ("VALIGN", (0, head_rows), (-1, -1), "MIDDLE"),
            *new_round,
            *[("SPAN", (2, head_rows + row), (-1, head_rows + row)) for row in spans],
        ],
    )
    # The sign-off block is filled in by hand as one piece: never split it.
    return KeepTogether([table])


def _still_to_sign(signoffs: list[QcSignOff]) -> tuple[int, list[QcLevel]]:
    """The round the next signature belongs to, and the levels that round still needs.

    After a fail the next round starts from level 1; otherwise the last round goes on
    from the level after its highest signature. Before any signature: round 1, all levels.
    """
    if not signoffs:
        return 1, list(QcLevel)
    last = max(x.round_no for x in signoffs)
    in_last = [x for x in signoffs if x.round_no == last]
    if any(not x.passed for x in in_last):
        return last + 1, list(QcLevel)
    highest = max(x.level for x in in_last)
    return last, [level for level in QcLevel if level > highest]
