"""A hot read's SELECT compiled once into the driver's own SQL, with its parameters' and columns'
conversions looked up once (SQLite).

For the search box SQLAlchemy's execution of a compiled statement (its cache key, parameter
set-up, result metadata, type processing through the TypeDecorators) cost as much again as
SQLite's indexed answer; the same SQL handed to the connection's ``exec_driver_sql`` with the
same conversions applied here costs a third of that. The statement still goes through the
Connection, so its events (statement counters, the benches' capture) see it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Dialect, Select

Convert = Callable[[Any], Any]


@dataclass(frozen=True)
class DriverStatement:
    sql: str
    names: tuple[str, ...]  # the parameter in each place of the SQL
    fixed: dict[str, Any]  # values the statement carries itself (a literal bound as a parameter)
    binds: dict[str, Convert]  # parameters that need converting (an aware datetime to SQLite's text)
    columns: tuple[tuple[int, Convert], ...]  # result columns that need converting (text to an aware datetime)

    def rows(self, conn: Connection, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        values = {**self.fixed, **params}
        for name, convert in self.binds.items():
            values[name] = convert(values[name])
        found = conn.exec_driver_sql(self.sql, tuple(values[n] for n in self.names)).all()
        if not self.columns:
            return [tuple(r) for r in found]
        out = []
        for r in found:
            row = list(r)
            for i, convert in self.columns:
                row[i] = convert(row[i])
            out.append(tuple(row))
        return out


@functools.lru_cache(maxsize=512)
def driver_statement(statement: Select[Any], dialect: Dialect) -> DriverStatement | None:
    """``statement`` ready to run as driver SQL, or None when a parameter is a list (``IN`` with an
    expanding parameter: its SQL depends on the list's length) or the driver takes named parameters."""
    compiled = statement.compile(dialect=dialect)
    if not compiled.positional or compiled.positiontup is None:
        return None
    if any(bind.expanding for bind in compiled.binds.values()):
        return None
    binds: dict[str, Convert] = {}
    for name, bind in compiled.binds.items():
        convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            binds[name] = convert
    columns: list[tuple[int, Convert]] = []
    for i, column in enumerate(statement.selected_columns):
        convert = column.type.dialect_impl(dialect).result_processor(dialect, None)
        if convert is not None:
            columns.append((i, convert))
    fixed = {name: value for name, value in compiled.params.items() if value is not None}
    return DriverStatement(str(compiled), tuple(compiled.positiontup), fixed, binds, tuple(columns))


def run(conn: Connection, statement: Select[Any], params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
    prepared = driver_statement(statement, conn.dialect)
    if prepared is None:
        return conn.execute(statement, params).all()
    return prepared.rows(conn, params)
