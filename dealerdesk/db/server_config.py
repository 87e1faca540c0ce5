"""Which database this PC uses, chosen in the window: this PC's own file or the office server.

The choice (host, port, database, user) is a small JSON file in the user's config folder;
the server's password is kept in the operating system's keyring (Windows Credential
Manager, macOS Keychain, Secret Service/KWallet on Linux), never in a file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

import platformdirs

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError

if TYPE_CHECKING:  # read before the sign-in dialog paints (db/location.py): no SQLAlchemy here
    from sqlalchemy import URL

KEYRING_SERVICE = "DealerDesk"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerConnection:
    host: str
    port: int = DEFAULT_PORT
    database: str = "dealerdesk"
    user: str = "dealerdesk"

    def url(self, password: str | None = None) -> str:
        """Without a password, it is added from the keyring when connecting. A host starting
        with "/" is the folder of the server's Unix socket (the server on this PC)."""
        socket = self.host.startswith("/")
        who = quote(self.user, safe="") + (f":{quote(password, safe='')}" if password else "")
        where = "" if socket else (f"[{self.host}]" if ":" in self.host else self.host) + f":{self.port}"
        query = f"?{urlencode({'host': self.host, 'port': str(self.port)})}" if socket else ""
        return f"postgresql+psycopg://{who}@{where}/{quote(self.database, safe='')}{query}"

    @property
    def keyring_name(self) -> str:
        return keyring_name_for(self.user, self.host, self.port, self.database)


def keyring_name_for(user: str | None, host: str, port: int | str, database: str | None) -> str:
    """The name a server's password is kept under in the keyring."""
    return f"{user}@{host}:{port}/{database}"


LOCAL = "local"  # the choice "this PC only": the SQLite file in the user's data folder


def config_path() -> Path:
    return Path(platformdirs.user_config_dir("DealerDesk", appauthor=False)) / "connection.json"


def load_choice() -> ServerConnection | str | None:
    """LOCAL, a server, or None when nobody chose yet (the first start)."""
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("kind") == LOCAL:
        return LOCAL
    server = data.get("server")
    if data.get("kind") == "server" and isinstance(server, dict) and server.get("host"):
        return ServerConnection(
            str(server["host"]),
            int(server.get("port", DEFAULT_PORT)),
            str(server.get("database", "dealerdesk")),
            str(server.get("user", "dealerdesk")),
        )
    return None


def save_choice(choice: ServerConnection | str) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data: dict[str, object] = {"kind": LOCAL}
    if isinstance(choice, ServerConnection):
        data = {"kind": "server", "server": asdict(choice)}
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def keyring_name_of(url: URL) -> str:
    host = url.host or url.query.get("host")
    port = url.port or url.query.get("port") or DEFAULT_PORT
    return keyring_name_for(url.username, str(host), str(port), url.database)


def stored_password(url: URL) -> str | None:
    """The keyring's password for this server, or None (none stored, or no keyring on this PC)."""
    return kept_password(keyring_name_of(url))


def kept_password(name: str) -> str | None:
    """The keyring's password kept under ``name``, or None (none stored, or no keyring on this PC)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except (KeyringError, RuntimeError):
        return None


def store_password(server: ServerConnection, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, server.keyring_name, password)
    except (KeyringError, RuntimeError) as exc:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This PC has no password store (keyring), so the password was not saved; it is asked at each "
                "start. On Linux install GNOME Keyring or KWallet.",
            )
        ) from exc


def try_connection(server: ServerConnection, password: str) -> str | None:
    """Connect once; returns the schema revision found (None: an empty database, migrated at
    first start). Raises DealerDeskError with the server's reason, never the password."""
    from dealerdesk.db.database import open_database
    from dealerdesk.db.migrate import current_revision

    db = open_database(server.url(password))
    try:
        return current_revision(db)
    finally:
        db.dispose()
