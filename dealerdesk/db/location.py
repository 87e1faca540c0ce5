"""Where the database is, worked out without loading the database layer (SQLAlchemy).

The sign-in dialog is shown before SQLAlchemy is imported (app.py): finding the database and
taking a first look at it (:func:`first_look`: plain sqlite3, or psycopg alone for the office
server) must not need it. Even small imports count there (platformdirs, dataclasses: a few ms
each): only what ``--db FILE`` needs.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any, NamedTuple

ENV_URL = "DEALERDESK_DATABASE_URL"
_SQLITE_FILE = "sqlite:///"
_SERVER = "postgresql+psycopg://"
# The first look gives up sooner than opening the database does (database.PG_CONNECT_TIMEOUT_S):
# a server that does not answer is then opened the full way, which says why and offers to retry.
_LOOK_TIMEOUT_S = 2


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

    label: str  # the database as the dialog names it: the file, or user@host:port/database (no password)
    has_users: bool
    ui_language: str  # the language chosen in Settings ("system" when none was)


def first_look(url: str) -> FirstLook | None:
    """A read-only glance at an existing SQLite file or the office server: has it users, which
    language was chosen.

    None for anything else (a new file, a server that does not answer or refuses, a database
    that is not DealerDesk's, another kind of database): the caller then opens the database the
    full way first, which also says what is wrong.
    """
    if url.startswith(_SERVER):
        return _server_look(url)
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
    return FirstLook(str(path), has_users, language if isinstance(language, str) else "system")


def _server_look(url: str) -> FirstLook | None:
    """The same glance at the office server, with psycopg alone (SQLAlchemy and the rest load
    on the worker while the person types). The password: the URL's, else, when the server asks
    for one, this PC's keyring's; a server that does not answer is given up after one wait."""
    from urllib.parse import parse_qsl, unquote, urlsplit

    try:
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        host = _host_as_typed(parts.netloc) or query.get("host") or "localhost"
        port = parts.port or query.get("port")
    except ValueError:
        return None
    user = unquote(parts.username) if parts.username else None
    database = unquote(parts.path.lstrip("/"))
    where = f"{host}:{port}" if port else host
    label = f"{user}@{where}/{database}" if user else f"{where}/{database}"
    try:
        import psycopg
    except ImportError:
        return None
    conninfo = "postgresql://" + url[len(_SERVER) :]
    options: dict[str, Any] = {"connect_timeout": _LOOK_TIMEOUT_S, "application_name": "dealerdesk"}
    try:
        try:
            conn = psycopg.connect(conninfo, **options)
        except psycopg.OperationalError as exc:
            # Only a password asked for is worth the keyring (and a second try): a server that
            # did not answer would only make the person wait twice.
            if parts.password is not None or "password" not in str(exc):
                return None
            from dealerdesk.db.server_config import DEFAULT_PORT, kept_password, keyring_name_for

            password = kept_password(keyring_name_for(user, host, port or DEFAULT_PORT, database))
            if not password:
                return None
            conn = psycopg.connect(conninfo, password=password, **options)
        with conn:
            has_users = conn.execute("SELECT EXISTS (SELECT 1 FROM users)").fetchone()
            row = conn.execute("SELECT value FROM settings WHERE key = 'ui_language'").fetchone()
        language = json.loads(row[0]) if row is not None else "system"  # a JSON text, as in the file
    except (psycopg.Error, ValueError):
        return None
    return FirstLook(label, bool(has_users and has_users[0]), language if isinstance(language, str) else "system")


def _host_as_typed(netloc: str) -> str:
    """The host of a URL's ``user:password@host:port`` as written (``urlsplit`` lowercases it, and the
    keyring keeps the password under the host as typed)."""
    from urllib.parse import unquote

    host = netloc.rpartition("@")[2]
    if host.startswith("["):  # an IPv6 address
        return host[1 : host.find("]")]
    return unquote(host.partition(":")[0])
