"""Database health: integrity and migration status (``dealerdesk check``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import DatabaseError as SADatabaseError

from dealerdesk.db.database import open_database
from dealerdesk.db.migrate import current_revision, head_revision, refuse_newer
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, Translate, render_text


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
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Schema revision {current}, this version needs {head}: start DealerDesk to migrate (a backup is made first).",  # noqa: E501
                ),
                {"current": current, "head": head},
            )
        )
    return CheckResult(lines)
