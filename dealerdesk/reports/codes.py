"""The order number's QR and Code 128, as the page header draws them.

ReportLab picks the QR's mask (one of eight) by scoring each candidate cell by cell
in Python, which took a tenth of a job card's time. The encoder here scores the same
rules on strings and integers: the same score for every mask, so the same mask and the
same printed code, in a fraction of the time.
"""

from __future__ import annotations

import re
from itertools import pairwise

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.pdfgen.canvas import Canvas

_RUN = re.compile(rb"0{5,}|1{5,}")  # five or more modules of one colour in a line
_FINDER_LIKE = b"10111010000"  # the finder-like pattern ReportLab looks for (this one way round only)
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")  # a module (False, True) as the digit 0 or 1


def lost_points(modules: list[list[bool]]) -> int:
    """ReportLab's ``QRUtil.getLostPoint`` for a module matrix, with its quirks kept.

    ReportLab counts the finder-like pattern along rows only (its column pass compares a
    tuple with a list, which never matches) and never at the last position of a row; the
    mask it picks depends on that, so this counts the same way.
    """
    rows = [bytes(row).translate(_DIGITS) for row in modules]
    size = len(rows)
    columns = [bytes(column) for column in zip(*rows, strict=True)]
    # Runs of five or more in a row or a column: 3 points, plus 1 for each module past five.
    lost = sum(len(run) - 2 for line in rows + columns for run in _RUN.findall(line))
    # 2x2 blocks of one colour: 3 points each. Bit k of "same" is set where the block at
    # columns k, k+1 of two neighbouring rows is one colour.
    bits = [int(row, 2) for row in rows]
    inner = (1 << (size - 1)) - 1
    for upper, lower in pairwise(bits):
        same = ~(upper ^ (upper >> 1)) & ~(lower ^ (lower >> 1)) & ~(upper ^ lower) & inner
        lost += 3 * same.bit_count()
    # The finder-like pattern: 40 points each, not overlapping.
    for row in rows:
        start = row.find(_FINDER_LIKE, 0, size - 1)
        while start >= 0:
            lost += 40
            start = row.find(_FINDER_LIKE, start + len(_FINDER_LIKE), size - 1)
    # How far the share of dark modules is from half: 10 points per 5 %.
    dark = sum(row.count(b"1") for row in rows)
    lost += 10 * (abs(100 * dark // (size * size) - 50) // 5)
    return lost


class _QuickMaskQRCode(QRCode):  # type: ignore[misc]
    """ReportLab's encoder with the mask scored by ``lost_points``: the first lowest score wins, as in ReportLab.

    ReportLab lays out the whole symbol again for each trial mask. In a trial the format
    and version areas are left blank whatever the mask, so only the data modules differ:
    the symbol is laid out once and the data mapped again with each mask.
    """

    def getBestMaskPattern(self) -> int:
        self.makeImpl(True, 0)
        scores = [lost_points(self.modules)]
        for mask in range(1, 8):
            self.mapData(self.dataCache, mask)
            scores.append(lost_points(self.modules))
        return scores.index(min(scores))


def qr_code(value: str, size: float) -> QrCode:
    """The QR flowable for ``value``, ``size`` square, error correction M, a two-module quiet zone.

    The flowable draws straight onto the canvas; the widget would encode twice and go
    through a Drawing whose default font (Helvetica) ends up referenced, not embedded.
    """
    code = QrCode(value, width=size, height=size, qrLevel="M", qrBorder=2)
    encoder = _QuickMaskQRCode(None, QRErrorCorrectLevel.M)
    encoder.addData(value)
    code.qr = encoder
    return code


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    qr_code(value, size).drawOn(canvas, x, y)


def draw_code128(canvas: Canvas, value: str, left: float, y: float, right: float, height: float) -> None:
    """The barcode right-aligned to ``right``, as wide as fits between ``left`` and ``right``."""
    if not value.isascii() or not value.isprintable():
        return  # Code 128 has no hanzi; the QR carries any order number
    probe = Code128(value, barWidth=1, barHeight=height, humanReadable=False, quiet=False)
    modules = probe.width  # with a bar width of 1 pt, the width is the module count
    bar_width = min(0.85, (right - left) / modules)
    if bar_width < 0.5:
        return  # a very long number leaves no room for bars a scanner can read; the QR has it
    barcode = Code128(value, barWidth=bar_width, barHeight=height, humanReadable=False, quiet=False)
    barcode.drawOn(canvas, right - barcode.width, y)
