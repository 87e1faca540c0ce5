"""Backups of an SQLite database: online (SQLite's backup API, safe while in use), each verified.

The first start of each day copies the database into ``backups/`` beside it and thins the
folder to 7 daily, 4 weekly and 12 monthly copies; ``dealerdesk backup`` and ``dealerdesk
restore`` do the same by hand. A server database (PostgreSQL) is backed up by its own tools:
nothing here applies to it.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError

BACKUP_FOLDER = "backups"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # local time, from the file name

    @property
    def day(self) -> str:
        return self.taken_at.strftime("%Y%m%d")


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)


def integrity_problems(path: Path) -> list[str]:
    """PRAGMA integrity_check on a file; [] when it is sound."""
    try:
        conn = _connect_ro(path)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
            conn.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def copy_database(source: Path, target: Path) -> None:
    """source -> target with the online backup API: consistent even while others write (WAL included)."""
    src = _connect_ro(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A self-contained file: no -wal beside it to lose when it is copied elsewhere.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(db_path: Path, folder: Path, now: datetime | None = None) -> Backup:
    """A verified copy of the database in ``folder``; a copy that fails integrity_check is not kept."""
    if not db_path.is_file():
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "The database {path} does not exist. Give an existing file with --db PATH."),
            path=str(db_path),
        )
    now = now or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db_path.stem}-{now.strftime(_STAMP)}.sqlite"
    partial = target.with_name(target.name + ".partial")
    try:
        copy_database(db_path, partial)
        problems = integrity_problems(partial)
        if problems:
            raise DealerDeskError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The backup of {path} failed its integrity check and was not kept: {detail}"
                ),
                path=str(db_path),
                detail="; ".join(problems[:3]),
            )
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "The backup of {path} to {folder} failed: {detail}"),
            path=str(db_path),
            folder=str(folder),
            detail=str(exc),
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return Backup(target, now.replace(microsecond=0))


def list_backups(folder: Path, stem: str) -> list[Backup]:
    """The backups of database ``stem`` in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            m = _NAME.match(path.name)
            if m and m["stem"] == stem:
                found.append(Backup(path, datetime.strptime(m["stamp"], _STAMP)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def to_keep(backups: Iterable[Backup]) -> set[Path]:
    """7 daily, 4 weekly, 12 monthly: the newest copy of each of the last such days, weeks and months."""
    keep: set[Path] = set()
    newest = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    for count, period in (
        (KEEP_DAILY, lambda b: b.taken_at.strftime("%Y%m%d")),
        (KEEP_WEEKLY, lambda b: "{}-{:02d}".format(*b.taken_at.isocalendar()[:2])),
        (KEEP_MONTHLY, lambda b: b.taken_at.strftime("%Y%m")),
    ):
        seen: set[str] = set()
        for b in newest:
            key = period(b)
            if key not in seen and len(seen) < count:
                seen.add(key)
                keep.add(b.path)
    return keep


def prune(folder: Path, stem: str) -> list[Path]:
    """Delete the copies the rotation no longer keeps; returns them."""
    backups = list_backups(folder, stem)
    keep = to_keep(backups)
    gone = [b.path for b in backups if b.path not in keep]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def daily_backup(db_path: Path, now: datetime | None = None) -> Backup | None:
    """On the first start of a day: back up into backups/ beside the database and thin the folder."""
    now = now or datetime.now()
    folder = backup_folder(db_path)
    existing = list_backups(folder, db_path.stem)
    if existing and existing[0].day == now.strftime("%Y%m%d"):
        return None
    made = make_backup(db_path, folder, now)
    prune(folder, db_path.stem)
    return made


def last_backup(db_path: Path) -> Backup | None:
    found = list_backups(backup_folder(db_path), db_path.stem)
    return found[0] if found else None


def restore(backup: Path, db_path: Path, *, force: bool, now: datetime | None = None) -> Path | None:
    """Put ``backup`` in place of the database; returns where the replaced file was kept.

    The backup is verified first; an existing database is replaced only with ``force``, and
    then kept beside it (``NAME.replaced-STAMP.sqlite``), so a restore never loses anything.
    """
    if not backup.is_file():
        raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "The backup {path} does not exist."), path=str(backup))
    problems = integrity_problems(backup)
    if problems:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "{path} is not a sound DealerDesk backup ({detail}); nothing was restored."),
            path=str(backup),
            detail="; ".join(problems[:3]),
        )
    kept = None
    if db_path.exists() and db_path.stat().st_size > 0:
        if not force:
            raise DealerDeskError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} exists. Add --force to replace it with the backup; the current file is then kept "
                    "beside it.",
                ),
                path=str(db_path),
            )
        stamp = (now or datetime.now()).strftime(_STAMP)
        kept = db_path.with_name(f"{db_path.stem}.replaced-{stamp}{db_path.suffix}")
        copy_database(db_path, kept)
    src = _connect_ro(backup)
    try:
        dst = sqlite3.connect(db_path)
        try:
            src.backup(dst)  # written through SQLite: its -wal and locks stay consistent
            dst.execute("PRAGMA journal_mode=WAL")
        finally:
            dst.close()
    finally:
        src.close()
    return kept
