"""The paper font's subsets: built byte for byte as ReportLab builds them, from glyphs read once,
and deflated at the fast level.

Every PDF embeds the glyphs it uses (ReportLab's ``makeSubset``, per 256 characters).
ReportLab reads each glyph again for every document, follows the parts of composite
glyphs (most hanzi of WenQuanYi Micro Hei are) by seeking through the file, and rewrites
their references by slicing bytes: a seventh of a job card's time. Here each glyph's
bytes, parts and reference offsets are read the first time a document uses it and kept
for the process, and a subset is joined from them; the output is the same bytes
(tests/unit/test_reports_subset.py compares them).

The subsets are most of a PDF's bytes, and deflating them at zlib's default level took
another seventh; at level 1 it takes half of that for a file about 4 % larger. Deflate
is lossless: the glyphs, and so the printed page, are the same.
"""

from __future__ import annotations

import threading
import zlib
from contextlib import suppress
from struct import pack, pack_into, unpack_from
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFStreamFilterZCompress
from reportlab.pdfbase.ttfonts import (
    GF_ARG_1_AND_2_ARE_WORDS,
    GF_MORE_COMPONENTS,
    GF_WE_HAVE_A_SCALE,
    GF_WE_HAVE_A_TWO_BY_TWO,
    GF_WE_HAVE_AN_X_AND_Y_SCALE,
    TTFontFile,
    TTFontMaker,
)

# Checked against ReportLab's own subset before the face is given the quick one: Latin, digits,
# hanzi (most of WenQuanYi's are composite glyphs) and a character the font lacks.
_CHECK = [0, *range(32, 127), *map(ord, "维修委托书派工单签字质检合格返修"), 0x10FFFF]


def embed_quickly(face: Any) -> None:
    """Give a ReportLab TrueType face the subsetter below, and its subsets the fast deflate level,
    when it builds what ReportLab builds. It reads ReportLab's font internals: should another
    ReportLab version lay them out otherwise, the face keeps ReportLab's own (slower, same paper)."""
    quick = GlyphSubsetter.checked(face)
    if quick is None:
        return
    face.makeSubset = quick
    add_subset_objects = face.addSubsetObjects

    def add_deflated_quickly(doc: Any, font_name: str, subset: list[int]) -> Any:
        descriptor = add_subset_objects(doc, font_name, subset)
        # ReportLab names the font file stream so; should it stop, the default level stays.
        stream = doc.idToObject.get(f"fontFile:{face.filename}({font_name})")
        if stream is not None and stream.filters:
            stream.filters = [QUICK_FLATE]
        return descriptor

    face.addSubsetObjects = add_deflated_quickly


class _QuickFlate(PDFStreamFilterZCompress):  # type: ignore[misc]
    """FlateDecode, as ReportLab writes it, at zlib's fastest level."""

    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)


QUICK_FLATE = _QuickFlate()


class _Glyph:
    """One glyph of the font as a subset holds it: bytes padded to four, metrics, the parts it is made of."""

    __slots__ = ("data", "metrics", "parts", "references")

    def __init__(
        self, data: bytes, metrics: tuple[int, int], parts: tuple[int, ...], references: tuple[tuple[int, int], ...]
    ) -> None:
        self.data = data + b"\0" * (-len(data) % 4)  # every glyph starts on a multiple of four
        self.metrics = metrics  # advance width, left side bearing
        self.parts = parts  # glyph indices of its components (composite glyphs), in file order
        self.references = references  # (offset in data, glyph index) to renumber in a subset


class GlyphSubsetter:
    """``face.makeSubset`` for one ReportLab TrueType face, with the glyphs kept once read."""

    @classmethod
    def checked(cls, face: Any) -> GlyphSubsetter | None:
        """The subsetter for ``face`` if its subset of ``_CHECK`` is ReportLab's, byte for byte."""
        try:
            quick = cls(face)
            same = quick(list(_CHECK)) == TTFontFile.makeSubset(face, list(_CHECK))
        except Exception:  # ReportLab's internals laid out otherwise: keep its own subsetter
            return None
        return quick if same else None

    def __init__(self, face: Any) -> None:
        self._face = face
        self._glyphs: dict[int, _Glyph] = {}
        self._lock = threading.Lock()
        self._glyf_start = face.get_table_pos("glyf")[0]
        self._copied: dict[str, bytes] = {}
        for tag in ("name", "OS/2", "cvt ", "fpgm", "prep"):
            with suppress(KeyError):  # cvt, fpgm and prep are optional
                self._copied[tag] = face.get_table(tag)
        self._post = b"\x00\x03\x00\x00" + face.get_table("post")[4:16] + b"\x00" * 16
        self._hhea = face.get_table("hhea")
        self._maxp = face.get_table("maxp")
        self._head = face.get_table("head")

    def _glyph(self, index: int) -> _Glyph:
        glyph = self._glyphs.get(index)
        if glyph is None:
            glyph = self._read(index)
            with self._lock:
                self._glyphs[index] = glyph
        return glyph

    def _read(self, index: int) -> _Glyph:
        face = self._face
        position = face.glyphPos[index]
        length = face.glyphPos[index + 1] - position
        start = self._glyf_start + position
        ttf = face._ttf_data
        data = ttf[start : start + length]
        parts: list[int] = []
        references: list[tuple[int, int]] = []
        if length and unpack_from(">h", ttf, start)[0] < 0:  # a composite glyph: follow its parts
            offset = 10
            flags = GF_MORE_COMPONENTS
            while flags & GF_MORE_COMPONENTS:
                flags, part = unpack_from(">HH", ttf, start + offset)
                parts.append(part)
                references.append((offset + 2, part))
                offset += 8 if flags & GF_ARG_1_AND_2_ARE_WORDS else 6
                if flags & GF_WE_HAVE_A_SCALE:
                    offset += 2
                elif flags & GF_WE_HAVE_AN_X_AND_Y_SCALE:
                    offset += 4
                elif flags & GF_WE_HAVE_A_TWO_BY_TWO:
                    offset += 8
        advance, bearing = face.hmetrics[index]
        # ReportLab renumbers the parts only in glyphs longer than two bytes.
        return _Glyph(data, (int(advance), int(bearing)), tuple(parts), tuple(references) if length > 2 else ())

    def __call__(self, subset: list[int]) -> bytes:
        """What ``TTFontFile.makeSubset(subset)`` returns."""
        face = self._face
        char_to_glyph = face.charToGlyph
        glyph_map = [0]  # new glyph index -> old glyph index
        glyph_set = {0: 0}  # old glyph index -> new glyph index
        code_to_glyph: dict[int, int] = {}
        for code in subset:
            original = char_to_glyph.get(code, 0)
            if original not in glyph_set:
                glyph_set[original] = len(glyph_map)
                glyph_map.append(original)
            code_to_glyph[code] = glyph_set[original]
        glyph = self._glyph
        n = 0
        while n < len(glyph_map):  # the parts of composite glyphs come along, after them
            for part in glyph(glyph_map[n]).parts:
                if part not in glyph_set:
                    glyph_set[part] = len(glyph_map)
                    glyph_map.append(part)
            n += 1
        glyphs = [glyph(index) for index in glyph_map]

        output = TTFontMaker()
        for tag, table in self._copied.items():
            output.add(tag, table)
        output.add("post", self._post)

        hmtx = [value for g in glyphs for value in g.metrics]
        n = len(hmtx) - 2
        while n and hmtx[n] == hmtx[n - 2]:  # a run of equal advances at the end is kept once
            n -= 2
        n += 2
        hmtx = hmtx[:n] + hmtx[n + 1 :: 2]
        output.add("hmtx", pack(f">{len(hmtx)}H", *hmtx))
        output.add("hhea", _with_ushort(self._hhea, 34, n >> 1))
        output.add("maxp", _with_ushort(self._maxp, 4, len(glyphs)))

        cmap = [0, 1, 1, 0, 0, 12, 6, 10 + len(subset) * 2, 0, 0, len(subset)]
        cmap += [code_to_glyph[code] for code in subset]
        output.add("cmap", pack(f">{len(cmap)}H", *cmap))

        offsets: list[int] = []
        glyf: list[bytes] = []
        position = 0
        for g in glyphs:
            offsets.append(position)
            data = g.data
            if g.references:
                renumbered = bytearray(data)
                for offset, part in g.references:
                    pack_into(">H", renumbered, offset, glyph_set[part])
                data = bytes(renumbered)
            glyf.append(data)
            position += len(data)
        offsets.append(position)
        output.add("glyf", b"".join(glyf))

        if (position + 1) >> 1 > 0xFFFF:
            index_to_loc_format = 1  # long offsets
            loca = pack(f">{len(offsets)}L", *offsets)
        else:
            index_to_loc_format = 0
            loca = pack(f">{len(offsets)}H", *(offset >> 1 for offset in offsets))
        output.add("loca", loca)
        output.add("head", _with_ushort(self._head, 50, index_to_loc_format))
        stream: bytes = output.makeStream()
        return stream


def _with_ushort(table: bytes, offset: int, value: int) -> bytes:
    return table[:offset] + pack(">H", value) + table[offset + 2 :]
