"""Any text up to its field's limit prints on both documents, however long or hostile: nothing cut,
no LayoutError, rows taller than a page continued on the next."""

from __future__ import annotations

import dataclasses
import re
import time
from pathlib import Path

import pytest

from dealerdesk.reports import PaperVehicle
from tests.e2e.test_pdf_paper import body_text, pages, render, sample_order, squash

HOSTILE = "<b>&amp;</para>O'Brien\"\t锦程（成都）\u202e𝕏😀\u200d<br/>\n"


def hostile(tag: str, length: int) -> str:
    """``length`` characters opening with 始TAG and closing with TAG终: markup, quotes, controls,
    full-width brackets, emoji, line breaks and a long unbroken Latin run in between."""
    head, tail = f"始{tag}", f"{tag}终"
    body = (HOSTILE + "W" * 60 + "汽车维修") * (length // (len(HOSTILE) + 64) + 1)
    return head + body[: length - len(head) - len(tail)] + tail


# The printed fields with their limits (the columns of the database; Text columns have none: 8,000 here).
LIMITS = {
    "customer_name": 100,
    "customer_mobile": 20,
    "contact_name": 100,
    "contact_phone": 20,
    "advisor_name": 100,
    "model": 100,
    "colour": 32,
    "plate": 10,
    "operation": 200,
    "technician": 100,
    "part_no": 40,
    "part_name": 200,
    "extra_description": 8_000,
    "approver_name": 100,
    "recorded_by": 100,
    "concern": 8_000,
    "valuables": 8_000,
    "intake_damage": 8_000,
    "signer": 100,
}


def every_field_hostile():  # type: ignore[no-untyped-def]
    o = sample_order()
    t = {name: hostile(f"{i:02d}", n) for i, (name, n) in enumerate(LIMITS.items())}
    return t, dataclasses.replace(
        o,
        customer_name=t["customer_name"],
        customer_mobile=t["customer_mobile"],
        contact_name=t["contact_name"],
        contact_phone=t["contact_phone"],
        advisor_name=t["advisor_name"],
        vehicle=PaperVehicle(
            t["plate"], o.vehicle.vin, t["model"], t["colour"], o.vehicle.mileage_km, o.vehicle.fuel_level
        ),
        labour=tuple(dataclasses.replace(x, operation=t["operation"], technician=t["technician"]) for x in o.labour),
        parts=tuple(dataclasses.replace(x, part_no=t["part_no"], name=t["part_name"]) for x in o.parts),
        extra_work=tuple(
            dataclasses.replace(
                x, description=t["extra_description"], approver_name=t["approver_name"], recorded_by=t["recorded_by"]
            )
            for x in o.extra_work
        ),
        concerns=(t["concern"], "第二条"),
        valuables=t["valuables"],
        intake_damage=t["intake_damage"],
        qc_signoffs=tuple(dataclasses.replace(x, signer=t["signer"]) for x in o.qc_signoffs),
    )


# What each document prints: the job card has no prices, the work order no QC signatures.
NOT_ON = {
    "job_card": {"customer_mobile", "contact_phone", "recorded_by"},
    "work_order": {"signer", "technician", "recorded_by"},
}


@pytest.mark.parametrize("kind", ["work_order", "job_card"])
def test_long_hostile_text_in_every_field_prints_whole(kind: str, tmp_path: Path) -> None:
    texts, order = every_field_hostile()
    pdf = render(kind, order, "zh_CN", tmp_path)
    body = body_text(pdf)
    assert len(pages(pdf)) > 3
    for name, text in texts.items():
        if name in NOT_ON[kind]:
            continue
        tag = text[1:3]
        assert f"始{tag}" in body, name
        assert f"{tag}终" in body, name


@pytest.mark.parametrize("kind", ["work_order", "job_card"])
def test_an_approver_name_far_past_its_limit_still_prints_and_in_time(kind: str, tmp_path: Path) -> None:
    """Stored before the limit was enforced: 100,000 characters in a 24 mm column, words with spaces
    between them as names are typed (ReportLab could not split the row: LayoutError on the job card)."""
    name = "".join(f"审批人 {i}号 " for i in range(15_000))[:100_000]
    order = sample_order()
    order = dataclasses.replace(
        order, extra_work=tuple(dataclasses.replace(x, approver_name=name) for x in order.extra_work)
    )
    started = time.perf_counter()
    pdf = render(kind, order, "zh_CN", tmp_path)
    assert time.perf_counter() - started < 60
    # Without the title and column heads repeated on each page it runs on to, and the other cells
    # of its row (printed beside its first part), the name reads whole.
    last_head = {"work_order": "记录人", "job_card": "确认时间"}[kind]
    body = re.sub(rf"二次增修记录（经客户确认）（续）.*?{last_head}", "", body_text(pdf))
    start = body.index(squash(name)[:20])
    for beside in ("电话2025-06-1214:20陈晓梅", "电话2025-06-1214:20"):
        body = body.replace(beside, "", 1)
    assert body[start:].startswith(squash(name))
    assert len(pages(pdf)) > 10
