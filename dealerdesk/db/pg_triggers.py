"""PL/pgSQL twins of the SQLite guard triggers, for the migrations.

SQLite writes a guard as ``SELECT RAISE(ABORT, 'why') WHERE condition``; PostgreSQL needs a
function and a trigger calling it. Each guard raises SQLSTATE 23000 (integrity constraint
violation), so psycopg and SQLAlchemy report it as an ``IntegrityError`` exactly as
SQLite's ``RAISE(ABORT)`` is, and the services map both to the same message.
"""

from __future__ import annotations

from collections.abc import Sequence

Guard = tuple[str, str]  # (condition in terms of NEW/OLD, the message raised when it holds)


def create_guard(name: str, table: str, event: str, guards: Sequence[Guard]) -> list[str]:
    """CREATE FUNCTION + CREATE TRIGGER: ``event`` is e.g. ``BEFORE UPDATE``; checks run in order."""
    returned = "OLD" if event.upper().endswith("DELETE") else "NEW"
    checks = "\n".join(
        f"    IF {condition} THEN\n"
        f"        RAISE EXCEPTION USING ERRCODE = '23000', MESSAGE = {_literal(message)};\n"
        "    END IF;"
        for condition, message in guards
    )
    function = (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
        f"BEGIN\n{checks}\n    RETURN {returned};\nEND\n$body$"
    )
    trigger = f"CREATE TRIGGER {name} {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()"
    return [function, trigger]


def drop_guard(name: str, table: str) -> list[str]:
    return [f"DROP TRIGGER {name} ON {table}", f"DROP FUNCTION {name}()"]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
