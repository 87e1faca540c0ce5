"""Turning text someone typed into safe Paragraph markup in the paper's font.

ReportLab's Paragraph parses its text as markup, so ``<``, ``>`` and ``&`` are escaped.
A character the font has no glyph for (emoji, very rare hanzi) would print as an
empty or invisible box that nobody notices; it is replaced by ``□``, the mark Chinese
print has long used for a character that cannot be set (缺字), so the reader sees
that something was there. An emoji sequence (flags, ZWJ families, skin tones,
keycaps) becomes one ``□``, as the writer saw one picture.
"""

from __future__ import annotations

import unicodedata

from dealerdesk.reports.fonts import PaperFont

MISSING = "□"

_ZWJ = "\u200d"
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_LINE_CONTROLS = frozenset("\n\t\r")
# What the character-by-character pass below does to text the font fully covers.
_SIMPLE = str.maketrans({**_ESCAPES, "\n": "<br/>", "\t": " ", "\r": None})


def _is_modifier(cp: int) -> bool:
    """Code points that only change the look of the character before them."""
    return (
        0xFE00 <= cp <= 0xFE0F  # variation selectors (emoji / text presentation)
        or 0x1F3FB <= cp <= 0x1F3FF  # skin tones
        or 0xE0020 <= cp <= 0xE007F  # tag characters (subdivision flags)
        or cp == 0x20E3  # combining enclosing keycap
    )


def _is_regional_indicator(cp: int) -> bool:
    return 0x1F1E6 <= cp <= 0x1F1FF


def printable(text: str, font: PaperFont) -> str:
    """``text`` as Paragraph markup: escaped, line breaks kept, missing glyphs shown as □."""
    text = unicodedata.normalize("NFC", text)
    # Nearly all text is fully covered by the font: one translate instead of the loop.
    if all(char in _LINE_CONTROLS or font.has_glyph(char) for char in set(text)):
        return text.translate(_SIMPLE)
    out: list[str] = []
    previous_missing = False  # the last visible character was replaced by □
    joining = False  # a ZWJ after a replaced character: the next one belongs to it
    open_flag = False  # one regional indicator seen; its partner completes the flag
    for char in text:
        cp = ord(char)
        if char == "\n":
            out.append("<br/>")
            previous_missing = joining = open_flag = False
            continue
        if char == "\t":
            char, cp = " ", 0x20
        if char == _ZWJ and previous_missing:
            joining = True
            continue
        if _is_modifier(cp):
            if font.has_glyph(char):
                out.append(char)
            continue
        if font.has_glyph(char):
            out.append(_ESCAPES.get(char, char))
            previous_missing = joining = open_flag = False
            continue
        if unicodedata.category(char) in ("Cc", "Cf"):
            # Invisible controls and format marks (CR, BOM, direction marks) print nothing.
            continue
        same_picture = previous_missing and (joining or (open_flag and _is_regional_indicator(cp)))
        if not same_picture:
            out.append(MISSING)
            open_flag = _is_regional_indicator(cp)
        else:
            open_flag = False
        previous_missing = True
        joining = False
    return "".join(out)


def plain_printed(text: str, font: PaperFont) -> str:
    """What ``printable`` shows, as plain text: for tests and for one-line canvas strings."""
    markup = printable(text, font)
    return markup.replace("<br/>", "\n").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
