"""Where the database is, worked out without loading the database layer (SQLAlchemy).

The sign-in dialog is shown before SQLAlchemy is imported (app.py): finding the file and
taking a first look at it (:func:`first_look`, plain sqlite3) must not need it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_URL = "DEALERDESK_DATABASE_URL"
_SQLITE_FILE = "sqlite:///"


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("DealerDesk", appauthor=False)) / "dealerdesk.sqlite"


def resolve_url(db_path: str | os.PathLike[str] | None = None) -> str:
    """``--db PATH`` wins, then ``DEALERDESK_DATABASE_URL``, then the user's data directory."""
    if db_path:
        return f"sqlite:///{Path(db_path).expanduser().resolve()}"
    env = os.environ.get(ENV_URL)
    if env:
        return env
    path = default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class FirstLook:
    """What the sign-in dialog needs before the database is opened properly."""

    path: Path
    has_users: bool
    ui_language: str  # the language chosen in Settings ("system" when none was)


def first_look(url: str) -> FirstLook | None:
    """A read-only glance at an existing SQLite file: has it users, which language was chosen.

    None for anything else (a new file, another database server, a file that is not a
    DealerDesk database): the caller then opens the database the full way first, which
    also says what is wrong.
    """
    if not url.startswith(_SQLITE_FILE) or "?" in url:
        return None
    path = Path(url[len(_SQLITE_FILE) :])
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            has_users = conn.execute("SELECT EXISTS (SELECT 1 FROM users)").fetchone()[0] == 1
            row = conn.execute("SELECT value FROM settings WHERE key = 'ui_language'").fetchone()
        finally:
            conn.close()
        language = json.loads(row[0]) if row is not None else "system"
    except (sqlite3.Error, ValueError):
        return None
    return FirstLook(path, has_users, language if isinstance(language, str) else "system")
