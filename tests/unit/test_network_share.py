"""An SQLite file on a network share is refused at start, with a message that says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from dealerdesk.db import database
from dealerdesk.db.network_share import network_share_kind
from dealerdesk.domain.messages import DealerDeskError


def mounts(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "mounts"
    path.write_text("\n".join(["/dev/vda / ext4 rw 0 0", *lines]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fs", ["cifs", "nfs4", "nfs", "smb3", "fuse.sshfs"])
def test_a_folder_under_a_network_mount_is_a_share(tmp_path: Path, fs: str) -> None:
    table = mounts(tmp_path, f"//server/office /mnt/office {fs} rw 0 0")
    assert network_share_kind(Path("/mnt/office/dealerdesk"), table) == fs
    assert network_share_kind(Path("/mnt/office"), table) == fs
    assert network_share_kind(Path("/mnt/officex"), table) is None  # a prefix of the name is not inside
    assert network_share_kind(Path("/home/desk"), table) is None


def test_the_innermost_mount_decides(tmp_path: Path) -> None:
    table = mounts(tmp_path, "//server/all /mnt cifs rw 0 0", "/dev/vdb /mnt/local ext4 rw 0 0")
    assert network_share_kind(Path("/mnt/local/db"), table) is None
    assert network_share_kind(Path("/mnt/other"), table) == "cifs"


def test_start_refuses_an_sqlite_file_on_a_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = mounts(tmp_path, f"//server/office {tmp_path} cifs rw 0 0")
    monkeypatch.setattr(database, "network_share_kind", lambda folder: network_share_kind(folder, table))
    with pytest.raises(DealerDeskError) as refusal:
        database.check_location(f"sqlite:///{tmp_path / 'shop.sqlite'}")
    assert "is on a network share (cifs)" in str(refusal.value) and "Several workstations" in str(refusal.value)
    assert not (tmp_path / "shop.sqlite").exists()
