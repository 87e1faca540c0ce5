"""The printed rework report: text in the embedded Chinese font, page numbers, escaped markup."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from dealerdesk.reports.rework_report_pdf import (
    ChartSeries,
    ReportChart,
    ReportTable,
    ReworkReportDocument,
    render_rework_report,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _doc(rows: int) -> ReworkReportDocument:
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    return ReworkReportDocument(
        dealer="成都锦程汽车销售服务有限公司",
        title="返工报表",
        period="2026-01-01 至 2026-12-31",
        generated="打印 2026-12-31 18:00 周经理",
        page_label="第 {page} 页 / 共 {total} 页",
        summary=[("交车台数", "1,234"), ("外返", "2 (0.16 每百台)"), ("一次修复率", "97.50 %")],
        tables=[
            ReportTable(
                "按月",
                ["月份", "交车台数", "返工"],
                [[months[i % 12], "100", str(i)] for i in range(rows)],
                chart=ReportChart("返工", months, [ChartSeries("返工", list(range(12)), "#1f77b4")]),
            ),
            ReportTable("按班组", ["班组", "交车台数", "返工"], [["<b>机电一组</b> & 二组", "50", "1"]]),
        ],
    )


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.replace(" ", "")  # pdftotext spaces CJK at will; compare without spaces


def test_report_prints_chinese_with_embedded_font(tmp_path: Path) -> None:
    pdf = render_rework_report(_doc(12))
    text = _text(pdf, tmp_path)
    assert "返工报表" in text and "成都锦程汽车销售服务有限公司" in text and "一次修复率" in text
    pages = text.count("\f")
    assert pages >= 1 and f"第1页/共{pages}页" in text and f"第{pages}页/共{pages}页" in text
    assert "<b>机电一组</b>&二组" in text  # typed markup is printed, not interpreted
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "r.pdf")], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    cjk = [line for line in fonts if "TrueType" in line]
    assert cjk and all(" yes " in line for line in cjk)


def test_long_table_spreads_over_pages_with_numbers(tmp_path: Path) -> None:
    text = _text(render_rework_report(_doc(120)), tmp_path)
    pages = text.count("\f")
    assert pages >= 3 and f"第{pages}页/共{pages}页" in text
    assert text.count("月份") >= pages - 1  # the header row repeats on every page the table spans
