"""``dealerdesk care-status --db PATH``: the day's care status and call list, computed ahead of the office.

Computing every car's status takes seconds on a large customer base; the first person to open
the call list in the morning waits for it unless a scheduled task (cron, Windows Task Scheduler)
has run this before opening time. It runs on the office's own machine, as the system: no user.
"""

from __future__ import annotations

import argparse
from typing import Any

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP

EXIT_OK = 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "care-status",
        parents=[common],
        help="compute today's care status and follow-up call list (for a scheduled task)",
        description="Recompute every car's care status and deal today's follow-up call list, unless done today "
        "(--force: again).",
    )
    p.add_argument("--force", action="store_true", help="recompute even if done today")
    p.set_defaults(handler=run_care_status)


def run_care_status(args: argparse.Namespace) -> int:
    from dealerdesk.db.database import open_database, resolve_url
    from dealerdesk.db.migrate import upgrade
    from dealerdesk.i18n import MessageTranslator, resolve_language
    from dealerdesk.services.care.status import refresh_status

    db = open_database(resolve_url(args.db))
    try:
        upgrade(db)  # as the application does on start (an SQLite file is backed up first)
        done = refresh_status(db, None, force=args.force)
    finally:
        db.dispose()
    tr = MessageTranslator(resolve_language(args.lang))
    text = (
        QT_TRANSLATE_NOOP("Messages", "Care status of {day}: {vehicles} cars, {listed} customers on the call list.")
        if done.done_now
        else QT_TRANSLATE_NOOP("Messages", "Care status of {day} was already computed: {listed} customers listed.")
    )
    print(tr.text(text).format(day=done.day.isoformat(), vehicles=done.vehicles, listed=done.listed))
    return EXIT_OK
