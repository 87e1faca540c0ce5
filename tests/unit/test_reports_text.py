"""Typed text to Paragraph markup: escaping, line breaks, and characters the font lacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from dealerdesk.reports.fonts import PaperFont
from dealerdesk.reports.text import MISSING, plain_printed, printable

# A font that has ASCII, the CJK block, □ and the ZWJ, like WenQuanYi Micro Hei: no emoji.
FONT = PaperFont(
    name="test",
    path=Path("test.ttf"),
    code_points=frozenset(range(0x20, 0x7F)) | frozenset(range(0x4E00, 0xA000)) | {0x25A1, 0x200D, 0xFF0C},
)


@pytest.mark.parametrize(
    ("typed", "markup"),
    [
        ("<b>&amp;</script>", "&lt;b&gt;&amp;amp;&lt;/script&gt;"),
        ("A&B", "A&amp;B"),
        ("第一行\n第二行", "第一行<br/>第二行"),
        ("a\tb", "a b"),
        ("a\r\nb", "a<br/>b"),  # Windows line ends: the CR prints nothing
        ("bell\x07", "bell"),
    ],
)
def test_markup_is_escaped_and_lines_kept(typed: str, markup: str) -> None:
    assert printable(typed, FONT) == markup


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("异响🚗", f"异响{MISSING}"),
        ("🚗😡", MISSING * 2),  # two pictures, two marks
        ("👍🏽", MISSING),  # with its skin tone: one picture
        ("👨\u200d👩\u200d👧", MISSING),  # a ZWJ family: one picture
        ("🇨🇳🇯🇵", MISSING * 2),  # two flags
        ("🇨🇳🇯", MISSING * 2),  # a flag and a stray indicator
        ("1\ufe0f\u20e3", "1"),  # keycap one: the digit stays
        ("好\ufe0f", "好"),  # a variation selector the font lacks prints nothing
        ("é", MISSING),  # composed first (NFC): one mark, not e + mark
        ("e\u0301", MISSING),
    ],
)
def test_characters_the_font_lacks_become_one_mark_per_picture(typed: str, shown: str) -> None:
    assert plain_printed(typed, FONT) == shown


def test_the_zwj_between_characters_the_font_has_is_kept() -> None:
    assert printable("好\u200d好", FONT) == "好\u200d好"


def test_nothing_is_cut() -> None:
    long = "左后车门异响，" * 1000
    assert plain_printed(long, FONT) == long
