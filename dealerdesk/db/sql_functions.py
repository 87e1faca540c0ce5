"""SQL expressions whose spelling differs between SQLite and PostgreSQL.

The services write portable SQLAlchemy; where the two databases have no common function,
the difference is compiled here, once, per dialect.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Boolean, String


class month_at_offset(FunctionElement[str]):
    """``month_at_offset(utc_column, hours)``: ``'YYYY-MM'`` of a naive-UTC time shifted by whole hours."""

    type = String()
    inherit_cache = True
    name = "month_at_offset"


def _parts(element: FunctionElement[str], compiler: SQLCompiler, **kw: Any) -> tuple[str, int]:
    column, hours = list(element.clauses)
    return compiler.process(column, **kw), int(hours.value)


@compiles(month_at_offset, "sqlite")
def _month_sqlite(element: month_at_offset, compiler: SQLCompiler, **kw: Any) -> str:
    column, hours = _parts(element, compiler, **kw)
    return f"strftime('%Y-%m', {column}, '{hours:+d} hours')"


@compiles(month_at_offset, "postgresql")
def _month_postgresql(element: month_at_offset, compiler: SQLCompiler, **kw: Any) -> str:
    column, hours = _parts(element, compiler, **kw)
    return f"to_char({column} + interval '{hours:d} hours', 'YYYY-MM')"


class like_any_case(FunctionElement[bool]):
    """``column LIKE pattern ESCAPE '\\'`` that ignores ASCII case on both databases, as SQLite's
    LIKE does by default (PostgreSQL's LIKE is case-sensitive: there it is ILIKE)."""

    type = Boolean()
    inherit_cache = True
    name = "like_any_case"


@compiles(like_any_case, "sqlite")
def _like_sqlite(element: like_any_case, compiler: SQLCompiler, **kw: Any) -> str:
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"{column} LIKE {pattern} ESCAPE '\\'"


@compiles(like_any_case, "postgresql")
def _like_postgresql(element: like_any_case, compiler: SQLCompiler, **kw: Any) -> str:
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"{column} ILIKE {pattern} ESCAPE '\\'"


class day_at_offset(FunctionElement[str]):
    """``day_at_offset(utc_column, hours)``: ``'YYYY-MM-DD'`` of a naive-UTC time shifted by whole hours."""

    type = String()
    inherit_cache = True
    name = "day_at_offset"


@compiles(day_at_offset, "sqlite")
def _day_sqlite(element: day_at_offset, compiler: SQLCompiler, **kw: Any) -> str:
    column, hours = _parts(element, compiler, **kw)
    return f"strftime('%Y-%m-%d', {column}, '{hours:+d} hours')"


@compiles(day_at_offset, "postgresql")
def _day_postgresql(element: day_at_offset, compiler: SQLCompiler, **kw: Any) -> str:
    column, hours = _parts(element, compiler, **kw)
    return f"to_char({column} + interval '{hours:d} hours', 'YYYY-MM-DD')"
