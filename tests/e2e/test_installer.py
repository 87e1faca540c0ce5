"""The Linux bundle, built and run the way a service office gets it.

The build takes about 1.5 minutes (measured: 80-100 s on two cores), so it is part of the
normal test run; ``make installer-test`` runs only this, ``-m "not slow"`` leaves it out.
The quick checks of the installer files at the end need no build.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from dealerdesk import __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def load_bundle_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dealerdesk_installer_bundle", INSTALLER / "bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


bundle = load_bundle_module()
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")


def run(exe: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # The bundle must not lean on the development environment.
    for name in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"):
        base.pop(name, None)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env={**base, **(env or {})}, timeout=180)


# The build alone may take minutes on a busy machine: above the suite's 300 s per test.
pytestmark = pytest.mark.timeout(1200)


# --- built once per module: about 1.5 minutes -----------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    pytest.importorskip("PyInstaller", reason="pip install -e '.[installer]'")
    out = tmp_path_factory.mktemp("installer")
    build = subprocess.run(
        [sys.executable, str(INSTALLER / "build.py"), "--dist", str(out / "dist"), "--work", str(out / "work")],
        capture_output=True,
        text=True,
        cwd=out,  # not the checkout: the bundle must not find dealerdesk/ beside it
        # A cache of its own: two test runs at once must not share PyInstaller's binary cache.
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(out / "pyinstaller-cache")},
        timeout=900,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    print(build.stdout)  # the sizes, visible with -s
    assert re.search(r"^bundle: .* MiB in \d+ files$", build.stdout, re.MULTILINE)
    assert re.search(r"^package: .*\.tar\.gz — [\d.]+ MiB$", build.stdout, re.MULTILINE)
    yield out / "dist"


@linux_only
@pytest.mark.slow
def test_bundle_version_and_selftest(built: Path, tmp_path: Path) -> None:
    exe = built / "dealerdesk" / "dealerdesk"
    version = run(exe, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"DealerDesk {__version__}"
    shots = tmp_path / "shots"
    out = run(exe, "selftest", "--db", str(tmp_path / "t.sqlite"), "--screenshots", str(shots), "--lang", "zh_CN")
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().splitlines()[-1].startswith("OK ")
    assert "schema at revision" in out.stdout and re.search(r"with \d+ pages, no Qt warnings", out.stdout)
    assert (tmp_path / "t-work-order.pdf").read_bytes().startswith(b"%PDF-")
    # The window was drawn with the bundle's Qt, fonts and styles (look at them: -s prints the folder).
    print(f"screenshots of the bundle's window: {shots}")
    assert (shots / "page-work_orders.png").is_file()
    assert all(p.stat().st_size > 10_000 for p in shots.glob("page-*.png"))
    if bundle.choose_font().bundled:  # the paper is printed in the bundle's own font
        assert f"font {built / 'dealerdesk' / '_internal' / 'resources' / 'fonts' / 'wqy-microhei.ttc'}" in out.stdout


@linux_only
@pytest.mark.slow
def test_bundle_contents(built: Path) -> None:
    internal = built / "dealerdesk" / "_internal"
    resources = internal / "resources"
    assert (resources / "i18n" / "dealerdesk_zh_CN.qm").is_file()
    assert len(list((resources / "checklists").glob("*.toml"))) >= 9
    assert (resources / "icons" / "dealerdesk.png").is_file()
    assert (internal / "dealerdesk" / "db" / "migrations" / "env.py").is_file()
    assert len(list((internal / "dealerdesk" / "db" / "migrations" / "versions").glob("0*.py"))) >= 4
    # The font travels with its licence, or not at all.
    if bundle.choose_font().bundled:
        fonts = sorted(p.name for p in (resources / "fonts").iterdir())
        assert fonts == ["wqy-microhei.Apache-2.0.txt", "wqy-microhei.copyright.txt", "wqy-microhei.ttc"]
    # Lean: no WebEngine, Qml/Quick, 3D, Multimedia; every Qt library a kept one needs is there.
    names = {p.name for p in internal.rglob("*")}
    for unwanted in (
        "libQt6WebEngineCore.so.6",
        "libQt6Qml.so.6",
        "libQt6Quick.so.6",
        "libQt63DCore.so.6",
        "libQt6Multimedia.so.6",
        "QtQml.abi3.so",
        "QtNetwork.abi3.so",
    ):
        assert unwanted not in names
    assert not any(name.startswith(("_avif", "_webp", "_imagingtk")) for name in names)
    for library in internal.rglob("*.so*"):
        if library.is_symlink() or not library.is_file():
            continue
        needed = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True).stdout
        for qt in re.findall(r"\[(libQt6\w+\.so\.6)\]", needed):
            assert qt in names, f"{library.name} needs {qt}, which the bundle left out"


@linux_only
@pytest.mark.slow
def test_archive_installs_a_menu_entry(built: Path, tmp_path: Path) -> None:
    archive = built / f"dealerdesk-{__version__}-linux-x86_64.tar.gz"
    top = f"dealerdesk-{__version__}"
    with tarfile.open(archive) as tar:
        members = set(tar.getnames())
        # Extraction filters arrived in 3.11.4; Debian 12's python3 is 3.11.2.
        if hasattr(tarfile, "tar_filter"):
            tar.extractall(tmp_path / "unpacked", filter="tar")
        else:
            tar.extractall(tmp_path / "unpacked")  # our own freshly built archive
    assert {f"{top}/dealerdesk", f"{top}/install.sh", f"{top}/dealerdesk.desktop"} <= members
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": ""}
    install = subprocess.run(
        ["sh", str(tmp_path / "unpacked" / top / "install.sh"), "--user"],
        capture_output=True,
        text=True,
        env={"PATH": os.environ["PATH"], **env},
    )
    assert install.returncode == 0, install.stderr
    prefix = home / ".local" / "opt" / "dealerdesk"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(home / ".local" / "share" / "applications" / "dealerdesk.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == f'"{prefix}/dealerdesk"'
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "dealerdesk.png").is_file()
    assert run(home / ".local" / "bin" / "dealerdesk", "--version").stdout.strip() == f"DealerDesk {__version__}"
    database = home / ".local" / "share" / "DealerDesk" / "dealerdesk.sqlite"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"kept")
    removed = subprocess.run(
        ["sh", str(tmp_path / "unpacked" / top / "install.sh"), "--user", "--uninstall"],
        capture_output=True,
        text=True,
        env={"PATH": os.environ["PATH"], **env},
    )
    assert removed.returncode == 0, removed.stderr
    assert not prefix.exists() and not (home / ".local" / "bin" / "dealerdesk").exists()
    assert database.read_bytes() == b"kept"


# --- quick checks of the installer files: every test run ------------------------------------------


def test_one_version_for_every_platform() -> None:
    assert bundle.version() == __version__
    iss = (INSTALLER / "windows" / "dealerdesk.iss").read_text(encoding="utf-8")
    # The .iss takes the version from build.py (/DAppVersion) and installs the bundle folder as built.
    assert "#error" in iss and "AppVersion={#AppVersion}" in iss
    assert re.search(r'^\s*#define BundleDir "\.\.\\\.\.\\dist\\' + bundle.NAME + '"', iss, re.MULTILINE)
    assert 'Source: "{#BundleDir}\\*"' in iss and "recursesubdirs" in iss
    build_py = (INSTALLER / "build.py").read_text(encoding="utf-8")
    assert "/DAppVersion=" in build_py and "/DBundleDir=" in build_py


def test_windows_uninstall_keeps_the_database() -> None:
    iss = (INSTALLER / "windows" / "dealerdesk.iss").read_text(encoding="utf-8")
    sections = re.findall(r"^\[(\w+)\]", iss, re.MULTILINE)
    assert "UninstallDelete" not in sections and "UninstallRun" not in sections
    assert "localappdata" not in iss.lower().replace("%localappdata%", "")
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', iss, re.MULTILINE)
    assert '{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"' in iss


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(INSTALLER / "linux" / "dealerdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "DealerDesk"
    assert desktop["Exec"] == bundle.NAME and desktop["Icon"] == bundle.NAME and desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";")


def test_icon_files_agree() -> None:
    from PySide6.QtGui import QImage

    png = QImage(str(bundle.ICON_PNG))
    assert (png.width(), png.height()) == (256, 256)
    assert png.pixelColor(128, 128).alpha() == 255 and png.pixelColor(2, 2).alpha() == 0  # a tile with corners
    assert bundle.ICON_ICO.read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert "<text" not in bundle.ICON_SVG.read_text(encoding="utf-8")  # shapes only: no font needed


def test_data_files_cover_resources_and_migrations() -> None:
    dests = {(Path(src).name, dest) for src, dest in bundle.data_files()}
    assert ("dealerdesk_zh_CN.qm", "resources/i18n") in dests
    assert ("env.py", "dealerdesk/db/migrations") in dests
    assert ("0001_core.py", "dealerdesk/db/migrations/versions") in dests
    assert ("dealerdesk.png", "resources/icons") in dests
    assert sum(1 for _n, d in dests if d == "resources/checklists") == len(
        list((ROOT / "resources" / "checklists").glob("*.toml"))
    )
    assert not any(name.endswith(".ts") for name, _d in dests)  # sources of the .qm stay home


def test_qt_modules_left_out() -> None:
    import PySide6

    excluded = bundle.qt_excludes(Path(PySide6.__file__).parent)
    for name in (
        "PySide6.QtWebEngineCore",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.Qt3DCore",
        "PySide6.QtMultimedia",
        "PySide6.QtNetwork",
    ):
        assert name in excluded or not any(Path(PySide6.__file__).parent.glob(name.split(".")[1] + ".*"))
    assert not any(name.split(".")[1] in bundle.QT_USED for name in excluded)
    assert "PySide6.QtCharts" not in excluded and "PySide6.QtPdfWidgets" not in excluded


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6\\Qt6Qml.dll", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/lib/libQt6PdfWidgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Charts.so.6", True),
        ("resources/i18n/dealerdesk_zh_CN.qm", True),
    ],
)
def test_bundle_drops_only_what_is_not_loaded(dest: str, kept: bool) -> None:
    assert bundle.keep_in_bundle(dest) is kept


def test_font_licence_check(tmp_path: Path) -> None:
    font = tmp_path / "font.ttc"
    font.write_bytes(b"\x00")
    copyright_file = tmp_path / "copyright"
    copyright_file.write_text(
        "Format: x\n\nFiles: *\nCopyright: someone\nLicense: Proprietary-EULA\n\nFiles: debian/*\nLicense: GPL-3+\n",
        encoding="utf-8",
    )
    assert bundle.font_licences(copyright_file.read_text(encoding="utf-8")) == ["Proprietary-EULA"]
    refused = bundle.choose_font(font, copyright_file)
    assert not refused.bundled and "does not allow" in refused.reason
    assert not bundle.choose_font(tmp_path / "missing.ttc", copyright_file).bundled
    if bundle.WQY_COPYRIGHT.is_file():
        text = bundle.WQY_COPYRIGHT.read_text(encoding="utf-8")
        assert bundle.font_licences(text) == ["Apache-2.0", "GPL-3+ with Font exception"]
        chosen = bundle.choose_font()
        assert chosen.bundled and chosen.licence == "Apache-2.0" and chosen.files[0] == bundle.WQY_FONT
        staged = bundle.font_data_files(chosen, tmp_path / "staging")
        assert sorted(Path(src).name for src, _d in staged) == [
            "wqy-microhei.Apache-2.0.txt",
            "wqy-microhei.copyright.txt",
            "wqy-microhei.ttc",
        ]
        assert {d for _s, d in staged} == {"resources/fonts"}


def test_font_is_not_committed() -> None:
    tracked = subprocess.run(["git", "ls-files", "resources/fonts"], capture_output=True, text=True, cwd=ROOT)
    assert not any(line.endswith((".ttf", ".ttc", ".otf")) for line in tracked.stdout.splitlines())
