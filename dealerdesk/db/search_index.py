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

from typing import Any

from sqlalchemy import Select, and_, column, literal_column, or_, select, table, union
from sqlalchemy.orm import InstrumentedAttribute
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
    """For Alembic's comparisons: leave the index tables out."""
    return not (kind == "table" and is_index_table(name))


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


def _escaped(fragment: str) -> str:
    return fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(col: ColumnElement[str], fragment: str) -> ColumnElement[bool]:
    # LIKE ... ESCAPE is not handed to the FTS5 index (correct, but a scan): only a typed % _ or backslash needs it.
    if any(c in fragment for c in "%_\\"):
        return col.like(f"%{_escaped(fragment)}%", escape="\\")
    return col.like(f"%{fragment}%")


def _prefix(col: InstrumentedAttribute[Any], fragment: str) -> ColumnElement[bool]:
    # A range, not LIKE 'x%': SQLite's LIKE ignores ASCII case and so cannot use an ordinary index.
    return and_(col >= fragment, col < fragment + "\U0010ffff")


def matching_ids(
    db_is_sqlite: bool,
    model: type[Any],
    index: str,
    fields: dict[str, str],
    only: ColumnElement[bool] | None = None,
) -> Select[int]:
    """Ids of ``model``'s rows where any field holds its fragment (LIKE '%fragment%'), or, for a
    fragment shorter than a trigram, starts with it (a range on the field's ordinary index).

    ``fields`` maps a searched column of ``index`` (and of ``model``) to its fragment, each in its
    field's normalised form. ``only`` narrows the table to the rows the index holds (drafts).
    """
    name = next(n for n, *_ in INDEXES if n == index)
    longer = {f: x for f, x in fields.items() if len(x) >= TRIGRAM}
    shorter = {f: x for f, x in fields.items() if len(x) < TRIGRAM}
    parts: list[Select[int]] = []
    if longer and db_is_sqlite:
        for field, fragment in longer.items():
            fts = table(name, column("rowid"), column(field))
            rowid: ColumnElement[int] = literal_column(f"{name}.rowid")
            parts.append(select(rowid.label("id")).select_from(fts).where(_like(fts.c[field], fragment)))
    on_table = [_prefix(getattr(model, f), x) for f, x in shorter.items()]
    if longer and not db_is_sqlite:
        # PostgreSQL: the trigram (pg_trgm GIN) indexes sit on the columns themselves.
        on_table += [_like(getattr(model, f), x) for f, x in longer.items()]
    if on_table:
        parts.append(select(model.id).where(or_(*on_table), *([only] if only is not None else [])))
    if len(parts) == 1:
        return parts[0]
    either = union(*parts).subquery()
    return select(either.c.id)
