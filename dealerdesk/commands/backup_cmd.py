"""``dealerdesk backup --db PATH --to DIR`` and ``dealerdesk restore BACKUP --db PATH [--force]`` (SQLite)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError

EXIT_OK = 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup",
        parents=[common],
        help="copy the database, verified, into a folder",
        description="Copy the SQLite database with SQLite's online backup API (safe while DealerDesk is in use) "
        "and verify the copy with integrity_check.",
    )
    p.add_argument("--to", metavar="DIR", required=True, help="the folder to write the copy into")
    p.set_defaults(handler=run_backup)
    p = sub.add_parser(
        "restore",
        parents=[common],
        help="put a backup in place of the database",
        description="Verify BACKUP, then write it in place of the database. An existing database is replaced "
        "only with --force, and kept beside it as NAME.replaced-DATE.sqlite.",
    )
    p.add_argument("backup", metavar="BACKUP", help="the backup file to restore")
    p.add_argument("--force", action="store_true", help="replace an existing database (it is kept beside it)")
    p.set_defaults(handler=run_restore)


def _sqlite_path(args: argparse.Namespace) -> Path:
    from dealerdesk.db.database import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Backups here are for an SQLite file; back up a server database with its own tools (pg_dump).",
            )
        )
    return path


def run_backup(args: argparse.Namespace) -> int:
    from dealerdesk.db.backups import make_backup
    from dealerdesk.i18n import MessageTranslator, resolve_language

    made = make_backup(_sqlite_path(args), Path(args.to).expanduser())
    tr = MessageTranslator(resolve_language(args.lang))
    print(tr.text(QT_TRANSLATE_NOOP("Messages", "Backup written and verified: {path}")).format(path=made.path))
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from dealerdesk.db.backups import restore
    from dealerdesk.i18n import MessageTranslator, resolve_language

    target = _sqlite_path(args)
    kept = restore(Path(args.backup).expanduser(), target, force=args.force)
    tr = MessageTranslator(resolve_language(args.lang))
    print(
        tr.text(QT_TRANSLATE_NOOP("Messages", "{backup} restored to {path}.")).format(backup=args.backup, path=target)
    )
    if kept is not None:
        print(tr.text(QT_TRANSLATE_NOOP("Messages", "The file it replaced is kept as {path}.")).format(path=kept))
    return EXIT_OK
