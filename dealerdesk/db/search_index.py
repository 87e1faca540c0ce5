"""The substring index behind the search box: FTS5 trigram tables on SQLite.

A fragment of a plate, VIN, mobile or name is matched anywhere in the value. ``LIKE
'%x%'`` on the tables themselves reads every row (60,000 vehicles, 52,500 customers at
150k orders; ten times that at 1.5M); on a trigram table, a phrase of the fragment's
three-character pieces at consecutive places (MATCH) finds exactly the values holding it,
ignoring ASCII case as LIKE does, from the index alone. Fragments shorter than three characters cannot use a
trigram index: the service matches those by prefix on the tables' ordinary indexes.

The index tables hold no copy of the text (``content=`` the table itself); triggers
keep them current inside the transaction that writes the row. Drafts (orders without a
vehicle record) are indexed on the values typed on them, and leave the index when the
order gets its vehicle. :func:`rebuild_sql` fills the index from the tables (the migration,
and the bench generator after a bulk load with the triggers off).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from sqlalchemy import Select, and_, bindparam, literal_column, or_, select, table, union
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


# How a field's fragment is matched: in the FTS5 index with MATCH (SQLite), anywhere with LIKE
# (PostgreSQL's trigram indexes; with LIKE's escapes when a % _ or backslash was typed), or by
# prefix on the field's ordinary index when shorter than a trigram.
Kind = Literal["match", "like", "like_escaped", "prefix"]
Fields = tuple[tuple[str, Kind], ...]
ANY_FIELD = "*"  # the field of the one "match" entry: the MATCH expression names the fields


def param(index: str, field: str) -> str:
    """The name of the bound parameter that carries a field's fragment in the statements below."""
    return f"{index}__{field}"


def match_param(index: str) -> str:
    """The bound parameter that carries an index's MATCH expression (all its fields at once)."""
    return f"{index}__match"


def _phrase(fragment: str) -> str:
    """An FTS5 string: every character literal (a typed % or _ too), a double quote doubled."""
    return '"' + fragment.replace('"', '""') + '"'


def field_values(index: str, wanted: Sequence[tuple[str, str]], sqlite: bool) -> tuple[Fields, dict[str, str]]:
    """How each ``(field, fragment)`` is matched, and the statement's parameter values for them.

    On SQLite the fields of three characters or more become one MATCH expression on the index
    table (``{plate vin} : "512"``): the trigram phrase finds exactly the values holding the
    fragment, case-insensitively as LIKE, from the index alone. LIKE on the index table would also
    find them through the index but then reads every candidate's row again to check it.
    """
    fields: list[tuple[str, Kind]] = []
    params: dict[str, str] = {}
    by_fragment: dict[str, list[str]] = {}
    for field, fragment in wanted:
        name = param(index, field)
        kind: Kind
        if len(fragment) < TRIGRAM:
            # A range, not LIKE 'x%': SQLite's LIKE ignores ASCII case and so cannot use an ordinary index.
            kind = "prefix"
            params.update({name: fragment, name + "__end": fragment + "\U0010ffff"})
        elif sqlite:
            by_fragment.setdefault(fragment, []).append(field)
            continue
        elif any(c in fragment for c in "%_\\"):
            kind = "like_escaped"
            escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params[name] = f"%{escaped}%"
        else:
            kind = "like"
            params[name] = f"%{fragment}%"
        fields.append((field, kind))
    if by_fragment:
        # One entry for all of them: which fields the MATCH holds is in its value, not in the statement
        # (a statement per combination would cost SQLAlchemy the adapting of its cached one).
        fields.append((ANY_FIELD, "match"))
        params[match_param(index)] = " OR ".join(
            "{" + " ".join(names) + "} : " + _phrase(fragment) for fragment, names in by_fragment.items()
        )
    return tuple(fields), params


def _condition(col: ColumnElement[Any], name: str, kind: Kind) -> ColumnElement[bool]:
    if kind == "prefix":
        return and_(col >= bindparam(name), col < bindparam(name + "__end"))
    if kind == "like_escaped":
        return col.like(bindparam(name), escape="\\")
    return col.like(bindparam(name))


def matching_ids(model: type[Any], index: str, fields: Fields, only: ColumnElement[bool] | None = None) -> Select[Any]:
    """Ids of ``model``'s rows where any of ``fields`` matches its fragment as its kind says; the
    values are bound parameters named by :func:`param` and :func:`match_param` (from :func:`field_values`).

    "match" fields are looked up in the FTS5 index ``index`` (SQLite); on PostgreSQL the trigram
    (pg_trgm GIN) indexes sit on the columns themselves. ``only`` narrows the table to the rows
    the index holds (drafts).
    """
    name = next(n for n, *_ in INDEXES if n == index)
    parts: list[Select[Any]] = []
    if any(kind == "match" for _field, kind in fields):
        rowid: ColumnElement[int] = literal_column(f"{name}.rowid")
        matched = literal_column(name).op("MATCH")(bindparam(match_param(index)))
        parts.append(select(rowid.label("id")).select_from(table(name)).where(matched))
    on_table = [_condition(getattr(model, f), param(index, f), kind) for f, kind in fields if kind != "match"]
    if on_table:
        parts.append(select(model.id).where(or_(*on_table), *([only] if only is not None else [])))
    if len(parts) == 1:
        return parts[0]
    either = union(*parts).subquery()
    return select(either.c.id)
