"""The paper font's subsets are ReportLab's, byte for byte, however often and in whatever order glyphs are used,
and deflated at the fast level."""

from __future__ import annotations

import random
import zlib

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.reports import render_job_card, render_work_order
from dealerdesk.reports.fonts import paper_font
from dealerdesk.reports.subset import QUICK_FLATE, GlyphSubsetter, embed_quickly
from tests.e2e.test_pdf_paper import SHANGHAI, sample_order


@pytest.fixture(scope="module")
def face():  # type: ignore[no-untyped-def]
    try:
        font = paper_font()
    except DealerDeskError as exc:
        pytest.skip(f"no CJK TrueType font on this machine: {exc}")
    return pdfmetrics.getFont(font.name).face


def reportlab_subset(face, subset: list[int]) -> bytes:  # type: ignore[no-untyped-def]
    return TTFontFile.makeSubset(face, subset)  # type: ignore[no-any-return]


def test_the_paper_font_builds_its_subsets_from_kept_glyphs(face) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(face.makeSubset, GlyphSubsetter)


def test_the_subsets_of_real_documents_are_reportlabs(face, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    used: list[list[int]] = []
    quick = face.makeSubset

    def recording(subset: list[int]) -> bytes:
        used.append(list(subset))
        return quick(subset)  # type: ignore[no-any-return]

    monkeypatch.setattr(face, "makeSubset", recording)
    for lang in ("zh_CN", "en"):
        render_job_card(sample_order(labour_lines=40), lang, tz=SHANGHAI)
        render_work_order(sample_order(customer_name="欧阳娜娜"), lang, tz=SHANGHAI)
    assert len(used) >= 4 and max(len(subset) for subset in used) == 256
    for subset in used:
        assert quick(subset) == reportlab_subset(face, subset)


@pytest.mark.parametrize("seed", range(12))
def test_any_subset_is_reportlabs(face, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    codes = sorted(face.charToGlyph)
    subset = list(dict.fromkeys([0, *(rng.choice(codes) for _ in range(rng.randint(1, 255)))]))
    subset.append(0x10FFFF)  # a character the font lacks: glyph 0
    assert face.makeSubset(subset) == reportlab_subset(face, subset)


def test_the_subsets_are_deflated_at_the_fast_level(face) -> None:  # type: ignore[no-untyped-def]
    doc = PDFDocument()
    subset = [0, *range(32, 128), ord("派"), ord("工")]
    face.addSubsetObjects(doc, "AAAAAA+Paper", subset)
    stream = doc.idToObject[f"fontFile:{face.filename}(AAAAAA+Paper)"]
    assert stream.filters == [QUICK_FLATE]
    font_file = reportlab_subset(face, subset)
    deflated = QUICK_FLATE.encode(font_file)
    assert zlib.decompress(deflated) == font_file  # lossless: the same glyphs print
    assert len(deflated) < 0.8 * len(font_file)


def test_a_face_whose_quick_subsets_differ_from_reportlabs_keeps_reportlabs(
    face, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Another ReportLab version could lay its font internals out otherwise: checked when the font loads."""
    fresh = TTFont("SubsetCheck", face.filename, subfontIndex=0).face
    monkeypatch.setattr(GlyphSubsetter, "__call__", lambda _self, subset: b"not what ReportLab builds")
    embed_quickly(fresh)
    assert not isinstance(fresh.makeSubset, GlyphSubsetter)
    assert fresh.makeSubset([0, 32, ord("派")]) == reportlab_subset(fresh, [0, 32, ord("派")])
    monkeypatch.undo()
    embed_quickly(fresh)
    assert isinstance(fresh.makeSubset, GlyphSubsetter)
