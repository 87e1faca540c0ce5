"""Finding and registering the one CJK TrueType font the paper is printed in.

The paper must print the same on any PC, so the font is always embedded (ReportLab
subsets a TTFont into the PDF). ReportLab's built-in CID fonts (STSong-Light) are
never used: they are not embedded and print blank on a PC without an Asian font pack.
Noto CJK and other CFF-outline fonts cannot be embedded by ReportLab; they are
skipped with the reason kept for the error message.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Container, Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError
from dealerdesk.paths import fonts_dir
from dealerdesk.reports.subset import embed_quickly

# A font that lacks these cannot print the paper's own labels; it is not a CJK font.
_PROBE = "维修委托书派工单签字"

# File names in order of preference; all TrueType outlines (or TrueType collections).
_LINUX_NAMES = (
    "wqy-microhei.ttc",  # fonts-wqy-microhei: Apache-2.0, what DealerDesk is tested with
    "wqy-zenhei.ttc",  # fonts-wqy-zenhei
    "DroidSansFallbackFull.ttf",  # fonts-droid-fallback
    "uming.ttc",  # fonts-arphic-uming
    "ukai.ttc",  # fonts-arphic-ukai
)
_WINDOWS_NAMES = ("msyh.ttc", "simsun.ttc", "simhei.ttf", "msyh.ttf")
_MAC_NAMES = ("Arial Unicode.ttf", "STHeiti Light.ttc", "STHeiti Medium.ttc")
_FONT_SUFFIXES = (".ttf", ".ttc")


@dataclass(frozen=True)
class PaperFont:
    name: str  # the name registered with ReportLab
    path: Path
    code_points: Container[int]  # the characters the font has glyphs for

    def has_glyph(self, char: str) -> bool:
        return ord(char) in self.code_points


_lock = threading.Lock()
_by_path: dict[Path, PaperFont] = {}
_discovered: PaperFont | None = None


def paper_font(font_path: str | os.PathLike[str] | None = None) -> PaperFont:
    """The font to print with: the path from Settings, else resources/fonts/, else the system.

    Registered once per process: loading a 5 MB collection costs about 0.1 s, and a
    second document must not pay it again.
    """
    global _discovered
    with _lock:
        if font_path:
            path = Path(font_path)
            if not path.is_file():
                raise DealerDeskError(
                    QT_TRANSLATE_NOOP("Messages", "The font file {path} set in Settings does not exist."),
                    path=str(path),
                )
            font, reason = _load(path)
            if font is None:
                raise DealerDeskError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The font file {path} set in Settings cannot be used for printing: {reason}",
                    ),
                    path=str(path),
                    reason=reason,
                )
            return font
        if _discovered is None:
            _discovered = _discover()
        return _discovered


def _discover() -> PaperFont:
    rejected: list[str] = []
    for path in _candidates():
        font, reason = _load(path)
        if font is not None:
            return font
        rejected.append(f"{path} ({reason})")
    raise _no_font_error(rejected)


def _candidates() -> Iterator[Path]:
    resources = fonts_dir()
    if resources.is_dir():
        yield from sorted(p for p in resources.iterdir() if p.suffix.lower() in _FONT_SUFFIXES)
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs = [windir / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        yield from _named_in(dirs, _WINDOWS_NAMES)
    elif sys.platform == "darwin":
        dirs = [Path("/System/Library/Fonts"), Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
        yield from _named_in(dirs, _MAC_NAMES)
    else:
        yield from _named_in(_fontconfig_dirs(), _LINUX_NAMES)


def _fontconfig_dirs() -> list[Path]:
    # The directories a default fontconfig setup scans (see /etc/fonts/fonts.conf).
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    dirs = [data_home / "fonts", Path.home() / ".fonts"]
    data_dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    dirs += [Path(d) / "fonts" for d in data_dirs.split(os.pathsep) if d]
    dirs.append(Path("/usr/share/fonts"))
    unique: list[Path] = []
    for d in dirs:
        if d not in unique and d.is_dir():
            unique.append(d)
    return unique


def _named_in(dirs: list[Path], names: tuple[str, ...]) -> Iterator[Path]:
    """Files with the preferred names anywhere below ``dirs``, best name first."""
    found: dict[str, list[Path]] = {name.lower(): [] for name in names}
    for directory in dirs:
        if not directory.is_dir():
            continue
        for root, _subdirs, files in os.walk(directory):
            for file in files:
                bucket = found.get(file.lower())
                if bucket is not None:
                    bucket.append(Path(root) / file)
    for name in names:
        yield from found[name.lower()]


def _load(path: Path) -> tuple[PaperFont | None, str]:
    """Register ``path`` with ReportLab, or say why it cannot be used."""
    key = path.resolve()
    cached = _by_path.get(key)
    if cached is not None:
        return cached, ""
    name = f"DealerDeskPaper{len(_by_path)}"
    try:
        # subfontIndex=0 picks the first face of a .ttc (the regular one); ignored for .ttf.
        face = TTFont(name, str(key), subfontIndex=0)
    except (TTFError, OSError) as exc:
        return None, str(exc)
    missing = [c for c in _PROBE if ord(c) not in face.face.charToGlyph]
    if missing:
        return None, "no Chinese characters"
    # The same subsets, built from glyphs read once per process rather than once per document.
    embed_quickly(face.face)
    pdfmetrics.registerFont(face)
    font = PaperFont(name=name, path=key, code_points=face.face.charToGlyph)
    _by_path[key] = font
    return font, ""


def _no_font_error(rejected: list[str]) -> DealerDeskError:
    folder = str(fonts_dir())
    tried = "; ".join(rejected) if rejected else "-"
    if sys.platform == "win32":
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "No Chinese TrueType font was found for printing. Install Microsoft YaHei (msyh.ttc) "
            "or SimSun (simsun.ttc) (Windows Settings > Apps > Optional features > Chinese "
            "(Simplified) Supplemental Fonts), copy a .ttf/.ttc font into {folder}, or choose a "
            "font file in Settings. Fonts that could not be used: {tried}",
        )
    elif sys.platform == "darwin":
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "No Chinese TrueType font was found for printing. Copy a .ttf/.ttc font such as "
            "WenQuanYi Micro Hei into {folder}, or choose a font file in Settings. "
            "Fonts that could not be used: {tried}",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "No Chinese TrueType font was found for printing. Install the fonts-wqy-microhei "
            "package (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; Fedora: "
            "wqy-microhei-fonts), copy a .ttf/.ttc font into {folder}, or choose a font file "
            "in Settings. Fonts that could not be used: {tried}",
        )
    return DealerDeskError(text, folder=folder, tried=tried)
