"""``dealerdesk db copy --from PATH_OR_URL --to PATH_OR_URL``: move an office's database;
``dealerdesk db recount``: rebuild the kept order counts.

SQLite -> PostgreSQL when an office grows to several workstations, and back. The copy is
verified table by table (rows and a checksum); the command prints each table as it goes.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP

EXIT_OK = 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("db", parents=[common], help="database maintenance (copy, recount)")
    db_sub = p.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    c = db_sub.add_parser(
        "copy",
        parents=[common],
        help="copy a whole database to a new, empty one (SQLite <-> PostgreSQL)",
        description="Copy everything (users, orders, QC, rework, audit log, settings) to a new, empty database "
        "and verify each table's rows and checksum. Refuses a target that already holds data.",
    )
    c.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL", help="the database to copy")
    c.add_argument("--to", dest="target", required=True, metavar="PATH_OR_URL", help="the new, empty database")
    c.set_defaults(handler=run_copy)
    r = db_sub.add_parser(
        "recount",
        parents=[common],
        help="rebuild the kept count of orders per status from the orders",
        description="The work-order list reads its totals from counts the database keeps per status. "
        "`dealerdesk check` says when they differ from the orders (after a write with the triggers off, or a "
        "TRUNCATE); this rebuilds them in one transaction. Safe while workstations are open.",
    )
    r.set_defaults(handler=run_recount)


def run_copy(args: argparse.Namespace) -> int:
    from dealerdesk.db.copy import copy_database
    from dealerdesk.db.database import resolve_url
    from dealerdesk.i18n import MessageTranslator, resolve_language

    tr = MessageTranslator(resolve_language(args.lang))
    started = time.monotonic()
    last = [0.0]

    def progress(table: str, done: int, total: int) -> None:
        now = time.monotonic()
        if (done == total and total) or now - last[0] >= 1:  # one line per table, more for big ones
            last[0] = now
            print(f"  {table:<24} {done:>9} / {total}", file=sys.stderr, flush=True)

    report = copy_database(resolve_url(args.source), resolve_url(args.target), progress)
    print(
        tr.text(QT_TRANSLATE_NOOP("Messages", "Copied {source} to {target}:")).format(
            source=report.source, target=report.target
        )
    )
    for t in report.tables:
        print(f"  {t.table:<24} {t.rows:>9}  sha256 {t.checksum[:16]}  OK")
    print(
        tr.text(
            QT_TRANSLATE_NOOP("Messages", "{rows} rows in {tables} tables copied and verified in {seconds:.1f} s.")
        ).format(rows=report.rows, tables=len(report.tables), seconds=time.monotonic() - started)
    )
    return EXIT_OK


def run_recount(args: argparse.Namespace) -> int:
    from dealerdesk.db.database import resolve_url
    from dealerdesk.i18n import MessageTranslator, resolve_language
    from dealerdesk.services.maintenance import recount_orders

    tr = MessageTranslator(resolve_language(args.lang))
    result = recount_orders(resolve_url(args.db))
    if result.drift.wrong:
        text = QT_TRANSLATE_NOOP("Messages", "{name}: the kept order counts were rebuilt ({detail}).")
    else:
        text = QT_TRANSLATE_NOOP("Messages", "{name}: the kept order counts already matched the orders.")
    print(tr.text(text).format(name=result.database, detail=result.drift.render(tr.text)))
    return EXIT_OK
