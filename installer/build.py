"""Build the DealerDesk bundle for this platform: ``make installer`` (or ``python installer/build.py``).

Linux: dist/dealerdesk/ (one folder) and dist/dealerdesk-VERSION-linux-x86_64.tar.gz with a
menu entry and install.sh. Windows: dist\\dealerdesk\\ and, when Inno Setup's ISCC.exe is
found, dist\\dealerdesk-VERSION-setup.exe from windows/dealerdesk.iss.
Prints the bundle's and the archive's size.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle  # after the path line: installer/ is not a package

HERE = Path(__file__).resolve().parent
SPEC = HERE / "dealerdesk.spec"
LINUX_FILES = (HERE / "linux" / "dealerdesk.desktop", HERE / "linux" / "install.sh")
ISS = HERE / "windows" / "dealerdesk.iss"


def tree_size(folder: Path) -> tuple[int, int]:
    """Bytes and files below ``folder``; symbolic links count as links, not as their targets."""
    total = files = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            total += (Path(root) / name).lstat().st_size
            files += 1
    return total, files


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is missing: .venv/bin/python -m pip install -e '.[installer]'")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(SPEC)], check=True, cwd=bundle.ROOT)
    return dist / bundle.NAME


def linux_archive(bundle_dir: Path, dist: Path, version: str) -> Path:
    """The bundle, its menu entry and install.sh under one top folder, as a .tar.gz."""
    machine = platform.machine() or "x86_64"
    top = f"{bundle.NAME}-{version}"
    archive = dist / f"{bundle.NAME}-{version}-linux-{machine}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle_dir, arcname=top)  # symbolic links (Qt libraries) stay links
        for extra in LINUX_FILES:
            tar.add(extra, arcname=f"{top}/{extra.name}")
    return archive


def find_iscc() -> str | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    for env in ("ProgramFiles(x86)", "ProgramFiles"):
        base = os.environ.get(env)
        candidate = Path(base) / "Inno Setup 6" / "ISCC.exe" if base else None
        if candidate and candidate.is_file():
            return str(candidate)
    return None


def windows_setup(bundle_dir: Path, dist: Path, version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup (ISCC.exe) not found: install Inno Setup 6, then run this again for the setup.exe")
        return None
    subprocess.run(
        [iscc, f"/DAppVersion={version}", f"/DBundleDir={bundle_dir}", f"/O{dist}", str(ISS)],
        check=True,
    )
    return dist / f"{bundle.NAME}-{version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=bundle.ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=bundle.ROOT / "build" / "pyinstaller", help="PyInstaller's cache")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-archive", action="store_true", help="only the bundle folder")
    args = parser.parse_args(argv)

    version = bundle.version()
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.monotonic()
    print(f"DealerDesk {version}: building the bundle for {sys.platform} in {dist}")
    bundle_dir = run_pyinstaller(dist, work, args.clean)
    size, files = tree_size(bundle_dir)
    print(f"bundle:  {bundle_dir} — {mib(size)} in {files} files")
    package: Path | None = None
    if not args.no_archive:
        if sys.platform.startswith("linux"):
            package = linux_archive(bundle_dir, dist, version)
        elif sys.platform == "win32":
            package = windows_setup(bundle_dir, dist, version)
    if package is not None:
        print(f"package: {package} — {mib(package.stat().st_size)}")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
