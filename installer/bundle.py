"""What goes into the DealerDesk bundle, in one place.

The PyInstaller spec (``dealerdesk.spec``), the build script (``build.py``) and the tests read
this module; the Windows installer (``windows/dealerdesk.iss``) installs the whole bundle
folder, so it cannot drift from the list here. Standard library only: the spec runs inside
PyInstaller, and Windows build machines have nothing else.
"""

from __future__ import annotations

import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "dealerdesk"  # the bundle folder and the program inside it
APP_NAME = "DealerDesk"
ICON_SVG = ROOT / "resources" / "icons" / "dealerdesk.svg"
ICON_PNG = ROOT / "resources" / "icons" / "dealerdesk.png"
ICON_ICO = ROOT / "resources" / "icons" / "dealerdesk.ico"

# (folder relative to ROOT, file patterns): copied to the same relative folder in the bundle,
# where dealerdesk/paths.py (resources) and dealerdesk/db/migrate.py (migrations) look.
DATA = (
    ("resources/i18n", ("*.qm",)),
    ("resources/checklists", ("*.toml",)),
    ("resources/icons", ("*.svg", "*.png", "*.ico")),
    # Alembic reads env.py and the revisions as source files, not from the frozen archive.
    ("dealerdesk/db/migrations", ("*.py", "*.mako")),
    ("dealerdesk/db/migrations/versions", ("*.py",)),
)
FONTS_DEST = "resources/fonts"

# The Qt modules DealerDesk uses (the preview: QtPdf*, the rework charts: QtCharts).
QT_USED = frozenset(
    {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtSvgWidgets", "QtCharts", "QtPdf", "QtPdfWidgets"}
)
# Python packages the program never needs. ReportLab imports PIL.Image on import (5.x), so
# Pillow stays, without the parts that load Tk, Qt bindings, colour management, AVIF and WebP.
PYTHON_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "PIL.ImageCms",
    "PIL._imagingcms",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "pytest",
    "_pytest",
    "pytestqt",
    "mypy",
    "IPython",
    "pip",
    "setuptools",
)

# Files PySide6's hooks collect that a desktop program does not load. The virtual-keyboard
# input plugin alone drags in Qml, Quick and VirtualKeyboard (~17 MB); EGLFS, linuxfb and
# VNC are platforms for kiosks and embedded boards. Patterns match the bundle-relative path
# (forward slashes); library names cover both libQt6Quick.so.6 and Qt6Quick.dll.
DROP_PATTERNS = (
    r"(^|/)(lib)?Qt6(Qml|Quick|VirtualKeyboard|EglFS|EglFsKms)\w*\.(so(\.\d+)*|dll)$",
    r"/plugins/platforminputcontexts/(lib)?qtvirtualkeyboardplugin\.(so|dll)$",
    r"/plugins/platforms/(lib)?q(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\.(so|dll)$",
    r"/plugins/(egldeviceintegrations|generic)/",
    # The GTK theme plugin would load the bundled cairo/pango beside the system's GTK: a
    # classic crash on other distributions. Qt's own Fusion style looks the same everywhere.
    r"/plugins/platformthemes/libqgtk3\.so$",
    # Qt's own translations: only the languages DealerDesk offers (zh_CN; English needs none).
    r"/translations/(?!\w+_zh_CN\.qm$)[^/]+$",
)


def keep_in_bundle(dest: str) -> bool:
    """False for a collected file (path inside the bundle) that DROP_PATTERNS leaves out."""
    path = dest.replace("\\", "/")
    return not any(re.search(p, path) for p in DROP_PATTERNS)


def version() -> str:
    """The version in dealerdesk/__init__.py, read as text: the spec must not import the app."""
    text = (ROOT / "dealerdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if match is None:
        raise RuntimeError("no __version__ in dealerdesk/__init__.py")
    return match.group(1)


def data_files() -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) for every resource the program reads."""
    out: list[tuple[str, str]] = []
    for folder, patterns in DATA:
        for pattern in patterns:
            for path in sorted((ROOT / folder).glob(pattern)):
                if path.is_file():
                    out.append((str(path), folder))
    return out


def qt_excludes(pyside_dir: Path) -> list[str]:
    """Every PySide6 module in the wheel that DealerDesk does not use (WebEngine, Qml, 3D, …)."""
    # Binding modules are files named Qt<Module>.<abi>.so / .pyd; the Qt/ folder beside them is not one.
    names = {p.name.split(".", 1)[0] for p in pyside_dir.iterdir() if p.is_file() and p.name.startswith("Qt")}
    return sorted(f"PySide6.{n}" for n in names - QT_USED if n.isidentifier())


# --- The CJK font for the printed paper ----------------------------------------------------------

# Debian's fonts-wqy-microhei: the font DealerDesk's paper is tested with.
WQY_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
WQY_COPYRIGHT = Path("/usr/share/doc/fonts-wqy-microhei/copyright")
COMMON_LICENSES = Path("/usr/share/common-licenses")
# Licences that allow shipping the font with the program, and the full text each requires.
REDISTRIBUTABLE = {"Apache-2.0": "Apache-2.0", "OFL-1.1": None}


@dataclass(frozen=True)
class FontChoice:
    """A font to bundle with its licence files; ``files`` empty means none, ``reason`` says why."""

    files: tuple[Path, ...]
    licence: str
    reason: str

    @property
    def bundled(self) -> bool:
        return bool(self.files)


def font_licences(copyright_text: str) -> list[str]:
    """The alternatives of the ``License:`` line of the ``Files: *`` paragraph of a Debian copyright file."""
    for paragraph in re.split(r"\n\s*\n", copyright_text):
        if re.search(r"^Files:\s*\*\s*$", paragraph, re.MULTILINE):
            match = re.search(r"^License:\s*(.+)$", paragraph, re.MULTILINE)
            if match:
                return [alt.strip() for alt in re.split(r"\s+or\s+", match.group(1))]
    return []


def choose_font(font: Path = WQY_FONT, copyright_file: Path = WQY_COPYRIGHT) -> FontChoice:
    """The build machine's WenQuanYi Micro Hei, when its licence lets us ship it."""
    if sys.platform == "win32":
        # Windows' own Chinese fonts (YaHei, SimSun) may not be redistributed; the program finds them.
        return FontChoice((), "", "Windows build: the program uses the system's Microsoft YaHei or SimSun")
    if not font.is_file():
        return FontChoice((), "", f"{font} not found (Debian: apt install fonts-wqy-microhei)")
    if not copyright_file.is_file():
        return FontChoice((), "", f"{copyright_file} not found: the licence cannot be checked")
    licences = font_licences(copyright_file.read_text(encoding="utf-8"))
    for licence in licences:
        if licence in REDISTRIBUTABLE:
            files = [font, copyright_file]
            text_name = REDISTRIBUTABLE[licence]
            if text_name:  # Apache-2.0 section 4(a): give recipients a copy of the licence
                full_text = COMMON_LICENSES / text_name
                if not full_text.is_file():
                    return FontChoice((), "", f"{full_text} not found: cannot ship the {licence} text")
                files.append(full_text)
            return FontChoice(tuple(files), licence, f"{font.name} under {licence}")
    return FontChoice((), "", f"licence {' or '.join(licences) or 'unknown'} does not allow bundling")


def font_data_files(choice: FontChoice, staging: Path) -> list[tuple[str, str]]:
    """Copy the font and its licence texts to ``staging`` under names that say what they are.

    PyInstaller keeps source file names, and a file called "copyright" beside the font says
    nothing; the staged copies are what goes to resources/fonts/ in the bundle.
    """
    if not choice.bundled:
        return []
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    font, *licence_files = choice.files
    names = [font.name] + [f"{font.stem}.{p.name}.txt" for p in licence_files]
    out = []
    for source, name in zip(choice.files, names, strict=True):
        shutil.copy2(source, staging / name)
        out.append((str(staging / name), FONTS_DEST))
    return out
