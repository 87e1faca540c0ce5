"""The header's QR: the quick mask scoring picks ReportLab's mask, so the printed code is ReportLab's."""

from __future__ import annotations

import random

import pytest
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel, QRUtil

from dealerdesk.reports.codes import lost_points, qr_code

_rng = random.Random(14)
VALUES = [
    "WO20250612-0042",
    "WO202500000017",
    "临-2025-0001",  # no Code 128 for this one; the QR carries it
    "x",
    *(f"WO2025{n:08d}" for n in range(0, 4000, 97)),
    # Longer values reach larger versions (alignment patterns, version information).
    *("".join(_rng.choice("ABCDEFGHJK0123456789-/汽车维修") for _ in range(_rng.randint(20, 160))) for _ in range(40)),
]


def reportlab_encoder(value: str) -> QRCode:
    encoder = QRCode(None, QRErrorCorrectLevel.M)
    encoder.addData(value)
    return encoder


@pytest.mark.parametrize("value", VALUES)
def test_every_mask_scores_as_reportlab_scores_it(value: str) -> None:
    encoder = reportlab_encoder(value)
    encoder.version = encoder.calculate_version()
    for mask in range(8):
        encoder.makeImpl(True, mask)
        assert lost_points(encoder.modules) == QRUtil.getLostPoint(encoder), mask


@pytest.mark.parametrize("value", VALUES)
def test_the_printed_code_is_reportlabs(value: str) -> None:
    expected = reportlab_encoder(value)
    expected.make()
    code = qr_code(value, 72)
    code.qr.make()
    assert code.qr.modules == expected.modules
    assert code.qr.version == expected.version
