"""A cell holding one plain line that fits is a string the table draws itself; any other text is
still a paragraph that wraps in its cell. Both read back as typed, and the page looks the same."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from dealerdesk.reports.fonts import paper_font
from dealerdesk.reports.labels import labels_for
from dealerdesk.reports.layout import BODY_WIDTH, MARGIN_X, PAGE_HEIGHT, Sheet
from dealerdesk.reports.sections import NO_WIDTH
from tests.e2e.test_pdf_paper import SHANGHAI, pdftotext, pytestmark, render, sample_order, squash, word_boxes

__all__ = ["pytestmark"]  # poppler's tools are needed here too

LONG_ZH = "左前轮刹车时有吱吱声，低速转弯时方向盘有轻微抖动，" * 6
LONG_EN = "Engine rattles for about ten seconds after a cold start, then runs smoothly " * 3
MARKUP = "异响 <b>& </para>"


def test_one_plain_line_is_a_string_and_anything_else_a_paragraph() -> None:
    sheet = Sheet(sample_order(), labels_for("zh_CN"), paper_font(), SHANGHAI, "维修派工单")
    rows = [[sheet.text("1."), sheet.text("短句")], [sheet.text("2."), sheet.text(LONG_ZH)]]
    rows += [[sheet.text("3."), sheet.text(MARKUP)], [sheet.text("4."), sheet.text("两行\n文字")]]
    table = sheet.section("客户描述", [NO_WIDTH, 60 * mm], rows, header=["序号", "描述"])
    values = table._cellvalues
    assert values[0][0] == "客户描述" and values[1] == ["序号", "描述"]
    assert [row[0] for row in values[2:]] == ["1.", "2.", "3.", "4."]
    assert values[2][1] == "短句"
    for row in values[3:]:  # too long for the cell, markup, a line break: the paragraph's way
        assert isinstance(row[1], Flowable)
    table.wrap(BODY_WIDTH, PAGE_HEIGHT)
    one_line = table._rowHeights[2]
    assert table._rowHeights[3] > 3 * one_line  # the long one wraps to several lines
    assert table._rowHeights[5] > one_line  # and the line break is kept


def test_a_long_remark_still_wraps_inside_its_cell_and_reads_back(tmp_path: Path) -> None:
    order = sample_order(concerns=("短句", LONG_ZH, LONG_EN, MARKUP))
    for lang in ("zh_CN", "en"):
        pdf = render("job_card", order, lang, tmp_path)
        boxes = word_boxes(pdf)
        left, right = MARGIN_X + NO_WIDTH, MARGIN_X + BODY_WIDTH
        for text in (LONG_ZH, LONG_EN):
            lines = {round(y0) for word, x0, y0, x1, _ in boxes if left < x0 and x1 < right and word in text}
            assert len(lines) >= 2, (lang, text)
        flat = squash(pdftotext(pdf))
        for concern in order.concerns:
            assert squash(concern) in flat, concern


def test_a_caller_style_that_changes_how_a_string_looks_keeps_the_paragraphs() -> None:
    """A string takes font, colour, alignment and side padding from its cell, a paragraph from its own style."""
    sheet = Sheet(sample_order(), labels_for("en"), paper_font(), SHANGHAI, "Workshop Job Card")
    rows = [[sheet.text("1."), sheet.text("short")]]
    table = sheet.section("Concerns", [NO_WIDTH, 60 * mm], rows, extra_style=[("LEFTPADDING", (1, 1), (1, -1), 12)])
    assert all(isinstance(cell, Flowable) for cell in table._cellvalues[1])
