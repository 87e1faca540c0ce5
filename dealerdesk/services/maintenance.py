"""Database health: integrity, migration status and the kept order counts (``dealerdesk check``),
and rebuilding those counts (``dealerdesk db recount``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import DatabaseError as SADatabaseError

from dealerdesk.db import order_counts
from dealerdesk.db.database import open_database, require_existing
from dealerdesk.db.migrate import current_revision, head_revision, refuse_newer
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, Translate, render_text
from dealerdesk.domain.vocabulary import STATUS_LABELS, OrderStatus

_NEEDS_MIGRATION = QT_TRANSLATE_NOOP(
    "Messages",
    "Schema revision {current}, this version needs {head}: start DealerDesk to migrate (a backup is made first).",
)


@dataclass(frozen=True)
class CheckLine:
    ok: bool
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate) -> str:
        mark = "OK  " if self.ok else "FAIL"
        return f"[{mark}] " + render_text(self.text, self.params, translate)


@dataclass(frozen=True)
class CheckResult:
    lines: list[CheckLine]

    @property
    def ok(self) -> bool:
        return all(line.ok for line in self.lines)


def check_database(url: str) -> CheckResult:
    """Read-only: the file is opened with SQLite's mode=ro, so nothing is created, migrated or repaired."""
    db = open_database(url, read_only=True)
    lines: list[CheckLine] = [
        CheckLine(True, QT_TRANSLATE_NOOP("Messages", "Database: {name}"), {"name": db.display_name})
    ]
    try:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                problems = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
                if problems == ["ok"]:
                    lines.append(CheckLine(True, QT_TRANSLATE_NOOP("Messages", "Integrity check passed.")))
                else:
                    lines.append(
                        CheckLine(
                            False,
                            QT_TRANSLATE_NOOP("Messages", "Integrity check failed: {detail}"),
                            {"detail": "; ".join(problems[:10])},
                        )
                    )
                fk = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if fk:
                    lines.append(
                        CheckLine(
                            False, QT_TRANSLATE_NOOP("Messages", "{n} rows point at missing records."), {"n": len(fk)}
                        )
                    )
                else:
                    lines.append(CheckLine(True, QT_TRANSLATE_NOOP("Messages", "Foreign keys consistent.")))
            else:
                version = conn.exec_driver_sql("SHOW server_version").scalar()
                lines.append(
                    CheckLine(
                        True,
                        QT_TRANSLATE_NOOP(
                            "Messages", "PostgreSQL {version}: the server keeps its pages and foreign keys consistent."
                        ),
                        {"version": str(version)},
                    )
                )
        current, head = current_revision(db), head_revision()
        refuse_newer(db, current)
        if current == head:
            with db.engine.connect() as conn:
                lines.append(_kept_counts_line(order_counts.drift(conn)))
    except SADatabaseError as exc:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "The database {name} cannot be read: {detail}"),
            name=db.display_name,
            detail=str(exc.orig),
        ) from exc
    finally:
        db.dispose()
    if current == head:
        lines.append(
            CheckLine(True, QT_TRANSLATE_NOOP("Messages", "Schema is up to date (revision {rev})."), {"rev": head})
        )
    elif current is None:
        lines.append(CheckLine(False, QT_TRANSLATE_NOOP("Messages", "The database has no DealerDesk schema yet.")))
    else:
        lines.append(
            CheckLine(
                False,
                _NEEDS_MIGRATION,
                {"current": current, "head": head},
            )
        )
    return CheckResult(lines)


def _kept_counts_line(wrong: list[tuple[str, int, int]]) -> CheckLine:
    if not wrong:
        return CheckLine(True, QT_TRANSLATE_NOOP("Messages", "The kept order counts match the orders."))
    return CheckLine(
        False,
        QT_TRANSLATE_NOOP(
            "Messages",
            "The kept order counts differ from the orders ({detail}): the work-order list shows wrong totals "
            "until they are rebuilt with: dealerdesk db recount",
        ),
        {"detail": CountDrift(wrong)},
    )


@dataclass(frozen=True)
class CountDrift:
    """The statuses whose kept count was wrong: "Delivered 0 → 1225; Draft 4 → 1", in the reader's language."""

    wrong: list[tuple[str, int, int]]  # (status, kept, counted)

    def render(self, translate: Translate) -> str:
        def label(status: str) -> str:
            try:
                return translate(STATUS_LABELS[OrderStatus(status)])
            except ValueError:  # a status this version does not know: shown as stored
                return status

        return "; ".join(f"{label(status)} {kept} → {counted}" for status, kept, counted in self.wrong)


@dataclass(frozen=True)
class Recount:
    database: str
    drift: CountDrift  # what was wrong before the rebuild


def recount_orders(url: str) -> Recount:
    """Rebuild the kept order counts from the orders, in one write transaction (workstations may stay open)."""
    require_existing(url)  # a mistyped path is a message, not a new empty database
    db = open_database(url)
    try:
        current, head = current_revision(db), head_revision()
        refuse_newer(db, current)
        if current != head:
            raise DealerDeskError(
                _NEEDS_MIGRATION,
                current=current or "-",
                head=head,
            )
        with db.write() as session:
            wrong = order_counts.recount(session.connection(), db.is_sqlite)
        return Recount(db.display_name, CountDrift(wrong))
    finally:
        db.dispose()
