"""The printed work order and job card, checked the way a user would: by reading the PDF.

Text is read back with poppler's pdftotext, fonts with pdffonts, and the QR code is
scanned with zbarimg from a 300 dpi rendering, so these tests see what a printer sees.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dealerdesk.domain.vocabulary import ApprovalMethod, FuelLevel, PaymentType, QcLevel, ServiceCategory
from dealerdesk.reports import (
    DealerHeader,
    ExtraWorkApproval,
    LabourLine,
    PaperOrder,
    PaperVehicle,
    PartLine,
    QcSignOff,
    render_job_card,
    render_work_order,
    write_pdf,
)
from dealerdesk.reports.fonts import paper_font
from dealerdesk.reports.layout import BODY_BOTTOM, BODY_TOP, PAGE_HEIGHT, PAGE_WIDTH

SHANGHAI = ZoneInfo("Asia/Shanghai")
ORDER_NUMBER = "WO20250612-0042"
TOOLS = ("pdftotext", "pdffonts", "pdftoppm", "zbarimg")
RENDERERS = {"work_order": render_work_order, "job_card": render_job_card}

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs poppler-utils (pdftotext, pdffonts, pdftoppm) and zbar-tools (zbarimg)",
)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 6, day, hour, minute, tzinfo=SHANGHAI)


def sample_order(
    *,
    concerns: tuple[str, ...] = (
        "发动机冷启动时有异响，大约持续10秒",
        "空调制冷效果差，出风口有异味",
        "左前轮刹车时有吱吱声",
    ),
    labour_lines: int = 3,
    customer_name: str = "王建国",
    order_number: str = ORDER_NUMBER,
) -> PaperOrder:
    operations = ("更换机油及机油滤清器", "空调系统检测及清洗", "检查左前制动片及制动盘", "四轮定位")
    technicians = ("李师傅", "张明", "赵强")
    labour = tuple(
        LabourLine(
            operation=f"{operations[i % len(operations)]}" + (f"（{i + 1}）" if i >= len(operations) else ""),
            hours_x100=50 + 25 * (i % 4),
            rate_fen=18_000,
            amount_fen=(50 + 25 * (i % 4)) * 180,
            technician=technicians[i % len(technicians)] if i != 2 else None,
        )
        for i in range(labour_lines)
    )
    parts = (
        PartLine("06L115562B", "机油滤清器", 1000, 8_650, 8_650),
        PartLine("G 052 195 M4", "全合成机油 5W-40", 4500, 9_800, 44_100),
        PartLine("8W0698151AB", "前制动片（套）", 1000, 68_000, 68_000),
    )
    extra = ExtraWorkApproval(
        description="更换左前制动盘（磨损超限）",
        added_amount_fen=86_000,
        new_promised_at=at(13, 12),
        approver_name="王建国",
        method=ApprovalMethod.PHONE,
        approved_at=at(12, 14, 20),
        recorded_by="陈晓梅",
    )
    return PaperOrder(
        dealer=DealerHeader("上海浦东宏达汽车销售服务有限公司", "上海市浦东新区张杨路 1888 号", "021-5888 6666"),
        order_number=order_number,
        checked_in_at=at(12, 9, 5),
        promised_at=extra.new_promised_at,  # recording the extra work moved the promise
        advisor_name="陈晓梅",
        customer_name=customer_name,
        customer_mobile="13812345678",
        contact_name="王小明",
        contact_phone="13987654321",
        vehicle=PaperVehicle(
            plate="沪AD12345",
            vin="LFV3A28K8E3012345",
            model="奥迪 A4L 2.0T",
            colour="冰川白",
            mileage_km=45_230,
            fuel_level=FuelLevel.HALF,
        ),
        category=ServiceCategory.GENERAL_REPAIR,
        payment=PaymentType.CUSTOMER,
        concerns=concerns,
        labour=labour,
        parts=parts,
        # As the work-order service keeps it: the lines, plus the extra work once approved.
        estimate_fen=sum(x.amount_fen for x in labour) + sum(x.amount_fen for x in parts) + extra.added_amount_fen,
        extra_work=(extra,),
        valuables="行车记录仪一台；后备箱婴儿座椅",
        intake_damage="右后门轻微划痕约 5 cm；前保险杠左侧掉漆",
        customer_waits=False,
        wash=True,
        old_parts_returned=True,
        qc_signoffs=(
            # Round 1 fails at level 2; the car goes back and round 2 starts from level 1.
            QcSignOff(QcLevel.SELF_CHECK, "李师傅", at(12, 15, 40), passed=True, round_no=1),
            QcSignOff(QcLevel.TEAM_LEAD, "周组长", at(12, 16, 5), passed=False, round_no=1),
            QcSignOff(QcLevel.SELF_CHECK, "李师傅", at(12, 16, 35), passed=True, round_no=2),
            QcSignOff(QcLevel.TEAM_LEAD, "周组长", at(12, 16, 50), passed=True, round_no=2),
        ),
        road_test_out_km=45_231,
        road_test_in_km=45_239,
    )


def render(kind: str, order: PaperOrder, lang: str, directory: Path) -> Path:
    data = RENDERERS[kind](order, lang, tz=SHANGHAI)
    return write_pdf(directory / f"{kind}-{lang}.pdf", data)


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def body_text(pdf: Path) -> str:
    """The text inside the body frame only, in drawing order, all whitespace removed.

    Cropping away header and footer lets a concern that runs over a page break read
    as one piece; pdftotext's crop box is in points at its default 72 dpi.
    """
    top = int(BODY_TOP) - 1
    height = int(PAGE_HEIGHT - BODY_TOP - BODY_BOTTOM) + 2
    text = pdftotext(pdf, "-raw", "-x", "0", "-y", str(top), "-W", str(int(PAGE_WIDTH)), "-H", str(height))
    return squash(text)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages(pdf: Path) -> list[str]:
    return [page for page in pdftotext(pdf).split("\f") if page.strip()]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", ["work_order", "job_card"])
def test_the_key_facts_read_back(kind: str, lang: str, tmp_path: Path) -> None:
    order = sample_order()
    text = squash(pdftotext(render(kind, order, lang, tmp_path)))
    for fact in (
        order.order_number,
        order.customer_name,
        order.vehicle.plate or "",
        order.vehicle.vin,
        *order.concerns,
    ):
        assert squash(fact) in text, fact
    assert "2025-06-1209:05" in text  # check-in, printed in the dealer's zone
    title = {("work_order", "zh_CN"): "维修委托书", ("job_card", "zh_CN"): "维修派工单"}
    title |= {("work_order", "en"): "CustomerWorkOrder", ("job_card", "en"): "WorkshopJobCard"}
    assert title[kind, lang] in text


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", ["work_order", "job_card"])
def test_every_font_is_embedded(kind: str, lang: str, tmp_path: Path) -> None:
    pdf = render(kind, sample_order(concerns=("Noise 异响 & <rattle> 🚗",)), lang, tmp_path)
    listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = listing.splitlines()[2:]  # after the column heads and the dashes
    assert rows, listing
    for row in rows:
        # name type encoding emb sub uni object ID: the ID is two numbers, so "emb" is 5th from the right.
        emb, sub = row.split()[-5:-3]
        assert (emb, sub) == ("yes", "yes"), listing  # embedded, as a subset
    assert "STSong" not in listing and "Helvetica" not in listing


@pytest.mark.parametrize(("kind", "lines", "page"), [("work_order", 3, 1), ("job_card", 3, 1), ("job_card", 60, 3)])
def test_the_codes_scan_to_the_order_number(kind: str, lines: int, page: int, tmp_path: Path) -> None:
    pdf = render(kind, sample_order(labour_lines=lines), "zh_CN", tmp_path)
    pick = ["-f", str(page), "-l", str(page)]
    subprocess.run(["pdftoppm", "-r", "300", *pick, "-png", str(pdf), str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    scan = subprocess.run(["zbarimg", "--quiet", str(png)], capture_output=True, text=True)
    found = set(scan.stdout.split())
    assert f"QR-Code:{ORDER_NUMBER}" in found, scan
    assert f"CODE-128:{ORDER_NUMBER}" in found, scan


@pytest.mark.parametrize(("lang", "page_of"), [("zh_CN", "第{page}页/共{total}页"), ("en", "Page{page}of{total}")])
@pytest.mark.parametrize("kind", ["work_order", "job_card"])
def test_a_long_order_flows_onto_numbered_pages(kind: str, lang: str, page_of: str, tmp_path: Path) -> None:
    order = sample_order(labour_lines=60)
    pdf = render(kind, order, lang, tmp_path)
    texts = pages(pdf)
    assert len(texts) >= 3
    for number, page in enumerate(texts, start=1):
        flat = squash(page)
        assert ORDER_NUMBER in flat
        assert order.dealer.name in flat
        assert page_of.format(page=number, total=len(texts)) in flat, (number, page[-200:])
    body = body_text(pdf)
    for line in order.labour:
        assert squash(line.operation) in body
    continued = {"zh_CN": "维修项目（续）", "en": "Labour(continued)"}[lang]
    assert continued not in squash(texts[0]) and continued in squash(texts[1])


HOSTILE = (
    "<b>&amp;</script>",
    "A&B < C > D",
    "车窗升降异响🚗😡，请检查👍🏽",
    "x" * 300,
    ("左后车门关门时有异响，" * 200)[:2000],
    "第一行\n第二行\t制表",
)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", ["work_order", "job_card"])
def test_hostile_text_prints_as_typed(kind: str, lang: str, tmp_path: Path) -> None:
    order = sample_order(concerns=HOSTILE, customer_name="O'Brien & <Sons>")
    body = body_text(render(kind, order, lang, tmp_path))
    expected = [
        "<b>&amp;</script>",
        "A&B<C>D",
        "车窗升降异响□□，请检查□",  # each emoji (with its skin tone) is one □
        "x" * 300,
        ("左后车门关门时有异响，" * 200)[:2000],
        "第一行第二行制表",
        "O'Brien&<Sons>",
    ]
    for text in expected:
        assert text in body, text[:40]


def test_the_job_card_shows_no_money(tmp_path: Path) -> None:
    order = sample_order()
    amounts = [line.amount_fen for line in order.labour] + [line.rate_fen for line in order.labour]
    amounts += [line.unit_price_fen for line in order.parts] + [line.amount_fen for line in order.parts]
    amounts += [order.estimate_fen] + [item.added_amount_fen for item in order.extra_work]
    for lang, words in (
        ("zh_CN", ("元", "¥", "￥", "金额", "价", "费")),
        ("en", ("¥", "Amount", "Price", "Rate", "Estimate")),
    ):
        text = pdftotext(render("job_card", order, lang, tmp_path))
        for word in words:
            assert word not in text, (lang, word)
        for fen in amounts:
            assert f"{fen // 100:,}.{fen % 100:02d}" not in text
            assert f"{fen // 100}.{fen % 100:02d}" not in text
    # The job card does carry what the workshop needs.
    flat = squash(pdftotext(render("job_card", order, "zh_CN", tmp_path)))
    for needed in ("李师傅", "周组长", "不合格", "45,231", "45,239", "一级：自检", "终检", "交车前检查"):
        assert needed in flat, needed


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        (
            "zh_CN",
            [
                "第1轮一级：自检（维修技师）李师傅2025-06-1215:40合格",
                "第1轮二级：互检/总检（班组长）周组长2025-06-1216:05不合格",
                "第2轮一级：自检（维修技师）李师傅2025-06-1216:35合格",
                "第2轮二级：互检/总检（班组长）周组长2025-06-1216:50合格",
                "第2轮三级：终检（质检员）合格不合格",  # still to sign: boxes to tick
                "第2轮交车前检查（服务顾问）合格不合格",
            ],
        ),
        (
            "en",
            [
                "Round1Level1:self-check(technician)李师傅2025-06-1215:40Pass",
                "Round1Level2:teamleadcheck周组长2025-06-1216:05Fail",
                "Round2Level1:self-check(technician)李师傅2025-06-1216:35Pass",
                "Round2Level2:teamleadcheck周组长2025-06-1216:50Pass",
                "Round2Level3:finalinspection(QC)PassFail",
                "Round2Hand-overcheck(advisor)PassFail",
            ],
        ),
    ],
)
def test_each_qc_signature_names_its_round(lang: str, rows: list[str], tmp_path: Path) -> None:
    """Round 1 fails at level 2; round 2 signs levels 1 and 2 again: every row says which round it is."""
    text = pdftotext(render("job_card", sample_order(), lang, tmp_path), "-raw")
    printed = [squash(line) for line in text.splitlines() if re.match(r"(第\d+轮|Round \d+) ", line)]
    assert printed == rows


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", ["work_order", "job_card"])
def test_a_usual_order_fits_on_one_page(kind: str, lang: str, tmp_path: Path) -> None:
    """Three concerns, three labour lines and parts, extra work, two QC rounds: one sheet to sign."""
    assert len(pages(render(kind, sample_order(), lang, tmp_path))) == 1


@pytest.mark.parametrize(
    ("lang", "label", "plain"),
    [("zh_CN", "预估金额（含增修）", "预估金额"), ("en", "Estimateincl.extrawork", "Estimate")],
)
def test_the_estimate_says_when_it_includes_extra_work(lang: str, label: str, plain: str, tmp_path: Path) -> None:
    order = sample_order()
    assert order.extra_work
    assert order.estimate_fen == 247_250
    assert f"{label}¥2,472.50" in squash(pdftotext(render("work_order", order, lang, tmp_path), "-raw"))
    without = dataclasses.replace(order, extra_work=())
    flat = squash(pdftotext(render("work_order", without, lang, tmp_path), "-raw"))
    assert f"{plain}¥2,472.50" in flat and label not in flat


def test_the_work_order_shows_prices_and_the_estimate_in_words(tmp_path: Path) -> None:
    flat = squash(pdftotext(render("work_order", sample_order(), "zh_CN", tmp_path)))
    for needed in (
        "2,472.50",
        "贰仟肆佰柒拾贰元伍角整",
        "860.00",
        "客户签字",
        "服务条款",
        "二次增修",
        "行车记录仪一台",
    ):
        assert needed in flat, needed


def test_an_order_without_lines_prints_none(tmp_path: Path) -> None:
    order = sample_order(concerns=(), labour_lines=0)
    flat = squash(pdftotext(render("work_order", order, "en", tmp_path)))
    assert flat.count("None") >= 2  # concerns and labour each say so


def test_a_concern_longer_than_a_page_runs_onto_the_next(tmp_path: Path) -> None:
    endless = "".join(f"第{i}句：右前减震器在颠簸路面有异响。" for i in range(400))  # about 7,000 characters
    pdf = render("job_card", sample_order(concerns=("短的一句", endless)), "zh_CN", tmp_path)
    assert len(pages(pdf)) >= 3
    body = body_text(pdf)
    # Each page the concerns continue on repeats the section's title row, marked as continued.
    concern_pages = [page for page in pages(pdf) if "右前减震器" in page]
    assert len(concern_pages) >= 3
    assert body.count("客户描述（原话记录）（续）") == len(concern_pages) - 1
    # Apart from those, every character is there.
    assert squash(endless) in body.replace("客户描述（原话记录）（续）", "")


def test_a_new_car_without_plate_says_so(tmp_path: Path) -> None:
    order = sample_order()
    pds = dataclasses.replace(
        order, vehicle=dataclasses.replace(order.vehicle, plate=None), category=ServiceCategory.PDS
    )
    for lang, words in (("zh_CN", ("未上牌", "新车PDS")), ("en", ("Noplateyet", "New-carPDS"))):
        flat = squash(pdftotext(render("work_order", pds, lang, tmp_path)))
        for word in words:
            assert word in flat, word
        assert order.vehicle.vin in flat


def word_boxes(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """Every word pdftotext finds on ``page``: text, x min, y min, x max, y max (points from the top)."""
    xml = pdftotext(pdf, "-bbox", "-f", str(page), "-l", str(page))
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(w, float(x0), float(y0), float(x1), float(y1)) for x0, y0, x1, y1, w in re.findall(pattern, xml)]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_long_dealer_name_and_address_never_run_into_the_title(lang: str, tmp_path: Path) -> None:
    """Both wrap onto a second line: the address continues left of the title, never under it."""
    name = "上海浦东新区宏达伟业汽车销售与售后服务有限责任公司浦东第二分公司（一汽-大众奥迪授权经销商）"
    address = (
        "上海市浦东新区张杨路 1888 号宏达汽车城 A 座一层服务接待大厅（近世纪大道地铁站 4 号口，"
        "沿张杨路向东步行约三百米，过浦东南路路口后右转即到，停车场入口在东侧）"
    )
    order = sample_order()
    order = dataclasses.replace(order, dealer=dataclasses.replace(order.dealer, name=name, address=address))
    pdf = render("work_order", order, lang, tmp_path)
    header = [box for box in word_boxes(pdf) if box[4] < BODY_TOP]
    for i, (word, x0, y0, x1, y1) in enumerate(header):
        for other, ox0, oy0, ox1, oy1 in header[i + 1 :]:
            apart = x1 <= ox0 or ox1 <= x0 or y1 <= oy0 or oy1 <= y0
            assert apart, (word, other)
    flat = squash(pdftotext(pdf))
    assert squash(name) in flat and squash(address) in flat and "021-58886666" in flat


def test_an_order_number_code_128_cannot_carry_still_prints(tmp_path: Path) -> None:
    pdf = render("job_card", sample_order(order_number="临-2025-0001"), "zh_CN", tmp_path)
    assert all("临-2025-0001" in page for page in pages(pdf))


def test_a_font_file_chosen_in_settings_is_used(tmp_path: Path) -> None:
    font = paper_font()  # whatever this machine has; copied to stand for the user's choice
    chosen = tmp_path / f"chosen{font.path.suffix}"
    shutil.copyfile(font.path, chosen)
    pdf = write_pdf(tmp_path / "chosen.pdf", render_job_card(sample_order(), "zh_CN", str(chosen), tz=SHANGHAI))
    assert ORDER_NUMBER in pdftotext(pdf)
