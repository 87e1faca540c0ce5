"""Damage in an SQLite file: found at start (quick_check) and, wherever it is hit, said as a message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError

# SQLite's names for a damaged file (pysqlite exposes them as sqlite_errorname).
_DAMAGE = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX", "SQLITE_CORRUPT_SEQUENCE"})

DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "The database file {path} is damaged ({detail}). Nothing was changed. "
    "Restore the newest backup (dealerdesk restore, or ask your administrator); "
    "dealerdesk check shows what is damaged.",
)


FOUND_AT_START = QT_TRANSLATE_NOOP(
    "Messages",
    "The check at start found damage in the database file {path}: {detail}. "
    "Do not go on entering work: restore the newest backup (dealerdesk restore, or ask your administrator).",
)


def is_damage(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name in _DAMAGE or (isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc))


def damage_error(path: Path | str, exc: BaseException) -> DealerDeskError:
    return DealerDeskError(DAMAGED, path=str(path), detail=str(exc))


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check on its own read-only connection (safe to run in a thread); [] when sound.

    Several seconds on ten years of data (bench/bench_quick_check.py), so the window runs it
    after it is shown rather than before.
    """
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows
