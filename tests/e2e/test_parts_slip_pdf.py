"""The parts slip on paper: A4 and the 80 mm receipt read back, fonts embedded, the order's QR scans."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dealerdesk.domain.workshop_rules import ReturnReason
from dealerdesk.reports.paper_data import DealerHeader
from dealerdesk.reports.parts_slip import PaperSlip, SlipLine, render_slip_a4, render_slip_receipt

TOOLS = ("pdftotext", "pdffonts", "pdftoppm", "zbarimg", "pdfinfo")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS), reason="needs poppler-utils and zbar-tools"
)
RENDERERS = {"a4": render_slip_a4, "receipt": render_slip_receipt}


def slip(*, is_return: bool = False, lines: int = 3) -> PaperSlip:
    return PaperSlip(
        dealer=DealerHeader("成都蜀都大众4S店", "成都市武侯区", "028-8888 6666"),
        slip_no="TK20250612-0042-02" if is_return else "CK20250612-0042-01",
        is_return=is_return,
        order_number="WO20250612-0042",
        at=datetime(2025, 6, 12, 2, 30, tzinfo=UTC),
        plate="川A12345",
        model="朗逸 1.5L",
        vin="LSVAU218XN2183294",
        advisor="李晓明",
        technician="王师傅",
        clerk="刘配件",
        reason=ReturnReason.WRONG_PART if is_return else None,
        note="",
        lines=tuple(SlipLine(f"P{n:03d}", f"配件{n}", 1500 if n == 1 else 1000) for n in range(1, lines + 1)),
    )


def render(layout: str, paper: PaperSlip, lang: str, directory: Path) -> Path:
    path = directory / f"{layout}-{lang}.pdf"
    path.write_bytes(RENDERERS[layout](paper, lang, tz=ZoneInfo("Asia/Shanghai")))
    return path


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", "", out)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("layout", ["a4", "receipt"])
def test_the_slip_reads_back(layout: str, lang: str, tmp_path: Path) -> None:
    issue = text_of(render(layout, slip(), lang, tmp_path))
    for fact in (
        "CK20250612-0042-01",
        "WO20250612-0042",
        "川A12345",
        "王师傅",
        "刘配件",
        "P001",
        "配件3",
        "2025-06-1210:30",
    ):
        assert fact in issue, fact
    assert ("配件出库单" if lang == "zh_CN" else "Partsissueslip") in issue
    assert ("合计件数" if lang == "zh_CN" else "Totalquantity") in issue and "3.5" in issue  # 1.5 + 1 + 1
    back = text_of(render(layout, slip(is_return=True), lang, tmp_path))
    assert ("配件退库单" if lang == "zh_CN" else "Partsreturnslip") in back
    assert ("发错配件" if lang == "zh_CN" else "Wrongpartissued") in back


@pytest.mark.parametrize("layout", ["a4", "receipt"])
def test_fonts_are_embedded_and_the_order_qr_scans(layout: str, tmp_path: Path) -> None:
    pdf = render(layout, slip(), "zh_CN", tmp_path)
    listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    for row in listing.splitlines()[2:]:
        assert row.split()[-5:-3] == ["yes", "yes"], listing
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    scan = subprocess.run(["zbarimg", "--quiet", str(png)], capture_output=True, text=True)
    assert "QR-Code:WO20250612-0042" in scan.stdout.split(), scan


def test_the_receipt_is_80_mm_wide_and_grows_with_its_lines(tmp_path: Path) -> None:
    def size(lines: int) -> tuple[float, float]:
        pdf = tmp_path / f"r{lines}.pdf"
        pdf.write_bytes(render_slip_receipt(slip(lines=lines), "zh_CN"))
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        assert match is not None, info
        return float(match[1]), float(match[2])

    width, short = size(2)
    assert width == pytest.approx(80 / 25.4 * 72, abs=0.5)
    assert size(20)[1] > short + 18 * 20  # a line is at least two rows of text
    info = subprocess.run(["pdfinfo", str(tmp_path / "r20.pdf")], check=True, capture_output=True, text=True)
    assert re.search(r"Pages:\s+1\n", info.stdout), info.stdout  # one strip of paper, never cut in two


@pytest.mark.parametrize(
    ("lang", "box", "confirmed"), [("zh_CN", "已装车", "自检已确认装车"), ("en", "fitted", "fitted(self-check)")]
)
def test_the_job_card_shows_what_was_issued_with_a_fitted_box(
    lang: str, box: str, confirmed: str, tmp_path: Path
) -> None:
    from dataclasses import replace

    from dealerdesk.reports import render_job_card
    from dealerdesk.reports.paper_data import IssuedPart
    from tests.e2e.test_pdf_paper import sample_order

    order = replace(
        sample_order(),
        issued_parts=(
            IssuedPart("06L115562B", "机油滤清器", 1000, True),
            IssuedPart("G 052 195 M4", "机油", 4500, False),
        ),
    )
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(render_job_card(order, lang))
    text = text_of(pdf)
    assert confirmed in text and text.count(box) >= 2  # the filter confirmed; oil and brake pads to tick
    assert ("出库数量" if lang == "zh_CN" else "Issued") in text


@pytest.mark.parametrize(("lang", "title"), [("zh_CN", "延时告知记录"), ("en", "Customertoldoflatework")])
def test_the_work_order_prints_when_the_customer_was_told(lang: str, title: str, tmp_path: Path) -> None:
    from dataclasses import replace

    from dealerdesk.domain.vocabulary import ApprovalMethod
    from dealerdesk.reports import render_work_order
    from dealerdesk.reports.paper_data import CustomerNoticeLine
    from tests.e2e.test_pdf_paper import sample_order

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(render_work_order(sample_order(), lang, tz=ZoneInfo("Asia/Shanghai")))
    assert title not in text_of(plain)  # no notice, no section
    told = CustomerNoticeLine(
        datetime(2025, 6, 12, 6, 0, tzinfo=UTC),
        ApprovalMethod.WECHAT,
        datetime(2025, 6, 12, 8, 0, tzinfo=UTC),
        datetime(2025, 6, 12, 10, 30, tzinfo=UTC),
        "电瓶明早到货",
        "李晓明",
    )
    pdf = tmp_path / "told.pdf"
    pdf.write_bytes(
        render_work_order(replace(sample_order(), customer_notices=(told,)), lang, tz=ZoneInfo("Asia/Shanghai"))
    )
    text = text_of(pdf)
    assert title in text and "电瓶明早到货" in text
    assert "2025-06-1214:00" in text and "2025-06-1218:30" in text  # told at, new promise (Shanghai)
