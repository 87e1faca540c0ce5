"""``dealerdesk print jobcard|workorder|settlement ORDER_NO --db PATH -o FILE.pdf``: paper without a window.

Printing only reads: the database must already exist and be at the current schema
(a print command that silently created or migrated a database would surprise the
person who mistyped a path). The PDF is rendered completely before anything is
written, so an unknown order, a missing font or a bad path leaves no file behind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError

EXIT_OK = 0
SETTLEMENT = QT_TRANSLATE_NOOP("Messages", "Settlement statement")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "print",
        parents=[common],
        help="write a work order, job card or settlement statement as PDF",
        description="Write the customer work order, the workshop job card or the settlement statement of one "
        "order as an A4 PDF. "
        "--lang chooses the paper's language too (default: the language set in Settings, then the system's).",
    )
    p.add_argument(
        "kind",
        choices=["jobcard", "workorder", "settlement"],
        help="jobcard: the workshop's job card (no prices); workorder: the customer's work order; "
        "settlement: the settlement statement (结算单) the customer signs",
    )
    p.add_argument("order", metavar="ORDER_NO", help="the work order number, e.g. WO20250612-0042")
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="where to write the PDF")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: `dealerdesk --version` must not pay for ReportLab and SQLAlchemy.
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    from dealerdesk.db.database import open_database, resolve_url
    from dealerdesk.db.migrate import current_revision, head_revision, refuse_newer
    from dealerdesk.i18n import MessageTranslator, resolve_language
    from dealerdesk.reports import write_pdf
    from dealerdesk.services.orders.paper import render_order_paper
    from dealerdesk.services.settings import get_settings
    from dealerdesk.services.settlement.statement import render_statement

    db = open_database(resolve_url(args.db), read_only=True)
    try:
        current, head = current_revision(db), head_revision()
        refuse_newer(db, current)
        if current != head:
            raise DealerDeskError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The database {name} is not at this version's schema ({current}, needs {head}): "
                    "start DealerDesk once to migrate it, then print again.",
                ),
                name=db.display_name,
                current=current or "-",
                head=head,
            )
        # The paper's language: --lang, else the language chosen in Settings, else the system's.
        lang = resolve_language(args.lang, get_settings(db).ui_language)
        if args.kind == "settlement":
            title, number = SETTLEMENT, args.order.strip().upper()
            pdf = render_statement(db, args.order, MessageTranslator(lang).text)
        else:
            paper = render_order_paper(db, args.order, args.kind, lang)
            title, number, pdf = paper.title, paper.order_number, paper.pdf
    except SADatabaseError as exc:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "The database {name} cannot be read: {detail}"),
            name=db.display_name,
            detail=str(exc.orig),
        ) from exc
    finally:
        db.dispose()
    target = write_pdf(Path(args.output).expanduser(), pdf)
    tr = MessageTranslator(resolve_language(args.lang))
    print(
        tr.text(QT_TRANSLATE_NOOP("Messages", "{document} {number} written to {path}.")).format(
            document=tr.text(title), number=number, path=target
        ),
        file=sys.stdout,
    )
    return EXIT_OK
