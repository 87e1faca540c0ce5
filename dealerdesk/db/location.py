"""Where the database is, worked out without loading the database layer (SQLAlchemy).

The sign-in dialog is shown before SQLAlchemy is imported (app.py): finding the file and
taking a first look at it (:func:`first_look`, plain sqlite3) must not need it. Even small
imports count there (platformdirs, dataclasses: a few ms each): only what ``--db FILE`` needs.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

ENV_URL = "DEALERDESK_DATABASE_URL"
_SQLITE_FILE = "sqlite:///"


def default_db_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("DealerDesk", appauthor=False)) / "dealerdesk.sqlite"


def is_url(text: str) -> bool:
    return "://" in text


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` (as servers and tools print them) mean psycopg 3 here."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def resolve_url(db_path: str | os.PathLike[str] | None = None) -> str:
    """``--db PATH_OR_URL`` wins, then ``DEALERDESK_DATABASE_URL``, then this PC's choice of the
    office server (made in the window), then the SQLite file in the user's data directory."""
    if db_path:
        text = os.fspath(db_path)
        if is_url(text):
            return normalise_url(text)
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    env = os.environ.get(ENV_URL)
    if env:
        return normalise_url(env)
    server = _chosen_server_url()
    if server is not None:
        return server
    path = default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _chosen_server_url() -> str | None:
    """The office server chosen in the window (db/server_config.py); read as plain JSON first so
    that a PC on its own file does not load SQLAlchemy for it."""
    import platformdirs

    config = Path(platformdirs.user_config_dir("DealerDesk", appauthor=False)) / "connection.json"
    try:
        kind = json.loads(config.read_text(encoding="utf-8")).get("kind")
    except (OSError, ValueError, AttributeError):
        return None
    if kind != "server":
        return None
    from dealerdesk.db.server_config import ServerConnection, load_choice

    choice = load_choice()
    return choice.url() if isinstance(choice, ServerConnection) else None


class FirstLook(NamedTuple):
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
