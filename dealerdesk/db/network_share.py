"""Is a folder on a network share? SQLite's locking over SMB/NFS is unreliable (its own FAQ
says so): a database file there is damaged sooner or later when several PCs use it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Linux file-system types that live on another machine.
NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2"}
)
PROC_MOUNTS = Path("/proc/mounts")
_DRIVE_REMOTE = 4  # GetDriveTypeW


def network_share_kind(folder: Path, mounts: Path = PROC_MOUNTS) -> str | None:
    """The kind of network share the folder is on ("cifs", "UNC path" …), or None for a local disk."""
    if sys.platform == "win32":
        return _windows_kind(folder)
    return _linux_kind(folder, mounts)


def _linux_kind(folder: Path, mounts: Path) -> str | None:
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None  # not Linux, or no /proc: nothing to tell
    target = os.path.realpath(folder)
    best, best_type = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_type = point, fields[2]
    return best_type if best_type in NETWORK_FS_TYPES else None


def _windows_kind(folder: Path) -> str | None:  # pragma: no cover - runs on Windows only
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        return "UNC path"
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(text))[0]
    if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE:  # type: ignore[attr-defined]
        return "network drive"
    return None
