"""Command line: ``dealerdesk`` opens the window; subcommands work without a screen.

Composition only: each command parses its arguments and calls services.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from dealerdesk import __version__
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError

EXIT_OK = 0
EXIT_TROUBLE = 1  # the command ran and found a problem (check)
EXIT_ERROR = 2  # bad input: the message says what to do

Handler = Callable[[argparse.Namespace], int]


def _common(for_subcommand: bool = False) -> argparse.ArgumentParser:
    """--db and --lang, accepted before or after the subcommand.

    A subcommand's copy defaults to SUPPRESS so that it does not overwrite a value given
    before the subcommand (``dealerdesk --lang zh_CN print …``).
    """
    default = argparse.SUPPRESS if for_subcommand else None
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=default,
        help="an SQLite database file, or an office server's URL (postgresql://user@host/database); "
        "default: DEALERDESK_DATABASE_URL, then your data folder",
    )
    p.add_argument(
        "--lang",
        choices=["zh_CN", "en"],
        default=default,
        help="user-interface language (default: Settings, then the system locale)",
    )
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dealerdesk", description="DealerDesk: the service office of a car dealership.", parents=[_common()]
    )
    common = _common(for_subcommand=True)
    parser.add_argument("--version", action="version", version=f"DealerDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", parents=[common], help="write a realistic demo database")
    p.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    p.add_argument("--orders", type=int, default=600, help="number of work orders to generate")
    p.set_defaults(handler=_cmd_demo)

    p = sub.add_parser("check", parents=[common], help="integrity check and migration status")
    p.set_defaults(handler=_cmd_check)

    from dealerdesk.commands import register_extra_commands

    register_extra_commands(sub, common)
    return parser


def _translator(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from dealerdesk.i18n import MessageTranslator, resolve_language

    return MessageTranslator(resolve_language(getattr(args, "lang", None)))


def _cmd_demo(args: argparse.Namespace) -> int:
    from dealerdesk.db.database import resolve_url
    from dealerdesk.demo.writer import write_demo_database

    tr = _translator(args)
    if not args.db:
        print(tr.text(QT_TRANSLATE_NOOP("Messages", "Give the demo database a path with --db PATH.")), file=sys.stderr)
        return EXIT_ERROR
    report = write_demo_database(resolve_url(args.db), seed=args.seed, orders=args.orders)
    print(tr.text(QT_TRANSLATE_NOOP("Messages", "Demo database written: {path}")).format(path=report.path))
    print(tr.text(QT_TRANSLATE_NOOP("Messages", "Users (user name / password / roles):")))
    for u in report.users:
        print(f"  {u.username:<10} {u.password:<12} {', '.join(tr.text(r) for r in u.role_labels)}")
    print(
        tr.text(
            QT_TRANSLATE_NOOP("Messages", "{customers} customers, {vehicles} vehicles, {orders} work orders.")
        ).format(customers=report.customers, vehicles=report.vehicles, orders=report.orders)
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from dealerdesk.db.database import resolve_url
    from dealerdesk.services.maintenance import check_database

    tr = _translator(args)
    result = check_database(resolve_url(args.db))
    for line in result.lines:
        print(line.render(tr.text))
    return EXIT_OK if result.ok else EXIT_TROUBLE


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            from dealerdesk.app import run_gui

            return run_gui(args.db, args.lang)
        return handler(args)
    except DealerDeskError as err:
        print(_translator(args).error(err), file=sys.stderr)
        return EXIT_ERROR
