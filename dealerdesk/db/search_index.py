"""The substring index behind the search box: FTS5 trigram tables on SQLite.

A fragment of a plate, VIN, mobile or name is matched anywhere in the value. ``LIKE
'%x%'`` on the tables themselves reads every row (60,000 vehicles, 52,500 customers at
150k orders; ten times that at 1.5M); on a trigram table, SQLite looks the fragment's
three-character pieces up in the index and checks the LIKE on the few rows found, so
the answers are exactly LIKE's. Fragments shorter than three characters cannot use a
trigram index: the service matches those by prefix on the tables' ordinary indexes.

The index tables hold no copy of the text (``content=`` the table itself); triggers
keep them current inside the transaction that writes the row. Drafts (orders without a
vehicle record) are indexed on the values typed on them, and leave the index when the
order gets its vehicle. :func:`rebuild_sql` fills the index from the tables (the migration,
and the bench generator after a bulk load with the triggers off).
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Select, and_, bindparam, column, literal_column, or_, select, table, union
from sqlalchemy.sql.elements import ColumnElement

# One index table per searched table: (index table, content table, columns, rows indexed).
_DRAFTS = "vehicle_id IS NULL"
INDEXES: tuple[tuple[str, str, tuple[str, ...], str | None], ...] = (
    ("vehicles_search", "vehicles", ("plate", "vin"), None),
    ("customers_search", "customers", ("name_key", "mobile"), None),
    ("drafts_search", "work_orders", ("customer_name_key", "plate", "vin", "customer_mobile"), _DRAFTS),
)
TRIGRAM = 3  # the shortest fragment the index can look up


def is_index_table(name: str | None) -> bool:
    """The index tables and FTS5's own tables beside them (vehicles_search_data ...): not in the models."""
    return name is not None and any(name == n or name.startswith(n + "_") for n, *_ in INDEXES)


def include_object(_obj: object, name: str | None, kind: str, _reflected: bool, _compare_to: object) -> bool:
    """For Alembic's comparisons: leave the index tables (SQLite) and the trigram indexes (PostgreSQL) out."""
    return not (kind in ("table", "index") and is_index_table(name))


def _values(prefix: str, columns: tuple[str, ...]) -> str:
    return ", ".join(f"{prefix}.{c}" for c in columns)


def sqlite_ddl() -> list[str]:
    """The index tables and the triggers that keep them current."""
    ddl: list[str] = []
    for name, source, columns, only in INDEXES:
        cols = ", ".join(columns)
        ddl.append(
            f"CREATE VIRTUAL TABLE {name} USING fts5({cols}, content='{source}', content_rowid='id', "
            "tokenize='trigram')"
        )
        # An external-content index forgets a row by being told its old values ('delete').
        forget = f"INSERT INTO {name} ({name}, rowid, {cols}) VALUES ('delete', old.id, {_values('old', columns)});"
        learn = f"INSERT INTO {name} (rowid, {cols}) VALUES (new.id, {_values('new', columns)});"
        when_new = f" WHEN new.{only}" if only else ""
        when_old = f" WHEN old.{only}" if only else ""
        watched = ", ".join(columns + (("vehicle_id",) if only else ()))
        ddl += [
            f"CREATE TRIGGER {name}_insert AFTER INSERT ON {source}{when_new} BEGIN {learn} END",
            f"CREATE TRIGGER {name}_delete AFTER DELETE ON {source}{when_old} BEGIN {forget} END",
            f"CREATE TRIGGER {name}_update_old AFTER UPDATE OF {watched} ON {source}{when_old} BEGIN {forget} END",
            f"CREATE TRIGGER {name}_update_new AFTER UPDATE OF {watched} ON {source}{when_new} BEGIN {learn} END",
        ]
    return ddl


def postgresql_ddl() -> list[str]:
    """PostgreSQL's twin: trigram GIN indexes (pg_trgm) on the searched columns themselves, which
    LIKE and ILIKE '%x%' use; PostgreSQL keeps them current in the writing transaction."""
    ddl = ["CREATE EXTENSION IF NOT EXISTS pg_trgm"]
    for name, source, columns, only in INDEXES:
        where = f" WHERE {only}" if only else ""
        ddl += [f"CREATE INDEX {name}_{c} ON {source} USING gin ({c} gin_trgm_ops){where}" for c in columns]
    return ddl


def postgresql_drop_ddl() -> list[str]:
    return [f"DROP INDEX {name}_{c}" for name, _source, columns, _only in INDEXES for c in columns]


def sqlite_drop_ddl() -> list[str]:
    out: list[str] = []
    for name, _source, _columns, _only in INDEXES:
        out += [f"DROP TRIGGER {name}_{t}" for t in ("insert", "delete", "update_old", "update_new")]
        out.append(f"DROP TABLE {name}")
    return out


def rebuild_sql() -> list[str]:
    """Index every row again from the tables (the migration; a bulk load with the triggers off)."""
    out: list[str] = []
    for name, source, columns, only in INDEXES:
        cols = ", ".join(columns)
        where = f" WHERE {only}" if only else ""
        out.append(f"INSERT INTO {name} ({name}) VALUES ('delete-all')")
        out.append(f"INSERT INTO {name} (rowid, {cols}) SELECT id, {cols} FROM {source}{where}")
    return out


# How a field's fragment is matched: anywhere through the index, anywhere with LIKE's escapes
# (a typed % _ or backslash: LIKE ... ESCAPE is not handed to the FTS5 index, a scan), or by
# prefix on the field's ordinary index when shorter than a trigram.
Kind = Literal["like", "like_escaped", "prefix"]


def param(index: str, field: str) -> str:
    """The name of the bound parameter that carries a field's fragment in the statements below."""
    return f"{index}__{field}"


def field_values(index: str, field: str, fragment: str) -> tuple[Kind, dict[str, str]]:
    """How ``fragment`` is matched in ``field`` and the statement's parameter values for it."""
    name = param(index, field)
    if len(fragment) < TRIGRAM:
        # A range, not LIKE 'x%': SQLite's LIKE ignores ASCII case and so cannot use an ordinary index.
        return "prefix", {name: fragment, name + "__end": fragment + "\U0010ffff"}
    if any(c in fragment for c in "%_\\"):
        escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return "like_escaped", {name: f"%{escaped}%"}
    return "like", {name: f"%{fragment}%"}


def _condition(col: ColumnElement[Any], name: str, kind: Kind) -> ColumnElement[bool]:
    if kind == "prefix":
        return and_(col >= bindparam(name), col < bindparam(name + "__end"))
    if kind == "like_escaped":
        return col.like(bindparam(name), escape="\\")
    return col.like(bindparam(name))


def matching_ids(
    db_is_sqlite: bool,
    model: type[Any],
    index: str,
    fields: tuple[tuple[str, Kind], ...],
    only: ColumnElement[bool] | None = None,
) -> Select[int]:
    """Ids of ``model``'s rows where any of ``fields`` matches its fragment as its kind says; the
    fragments are bound parameters named by :func:`param` (values from :func:`field_values`).

    On SQLite, fragments of three characters or more are looked up in the FTS5 index ``index``;
    on PostgreSQL the trigram (pg_trgm GIN) indexes sit on the columns themselves. ``only``
    narrows the table to the rows the index holds (drafts).
    """
    name = next(n for n, *_ in INDEXES if n == index)
    parts: list[Select[int]] = []
    on_table: list[ColumnElement[bool]] = []
    for field, kind in fields:
        if kind == "prefix" or not db_is_sqlite:
            on_table.append(_condition(getattr(model, field), param(index, field), kind))
            continue
        fts = table(name, column("rowid"), column(field))
        rowid: ColumnElement[int] = literal_column(f"{name}.rowid")
        parts.append(
            select(rowid.label("id")).select_from(fts).where(_condition(fts.c[field], param(index, field), kind))
        )
    if on_table:
        parts.append(select(model.id).where(or_(*on_table), *([only] if only is not None else [])))
    if len(parts) == 1:
        return parts[0]
    either = union(*parts).subquery()
    return select(either.c.id)
