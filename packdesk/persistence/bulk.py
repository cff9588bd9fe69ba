"""Inserting many rows at once, below SQLAlchemy's per-row work: the driver's own
executemany on SQLite, ``COPY ... FROM STDIN`` on PostgreSQL.

A pull writes 10,000 orders and 30,000 lines. Through Core, SQLite got one INSERT per
order (new ids asked for in parameter order) and SQLAlchemy processed every parameter of
every row; psycopg parsed each large multi-row statement, or sent the lines as a pipeline
of one statement each. Here each column's value is made once per column by SQLAlchemy's
own bind processor (so the stored row is what a Core insert stores), and new rows' ids
are known before the write, without RETURNING.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Dialect, Table, bindparam, func, insert, select, text
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON

from .db import json_text


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]],
                *, with_ids: bool = False) -> list[int]:
    """Insert ``rows`` (column values; missing columns get their defaults) in the
    session's transaction. With ``with_ids``, returns the new ids in the order of
    ``rows``. Raises SQLAlchemy's IntegrityError or DataError for what the database
    refuses, on both databases."""
    if not rows:
        return []
    postgresql = session.get_bind().dialect.name == "postgresql"
    ids: list[int] = []
    if with_ids:
        ids = _new_ids(session, table, len(rows), postgresql)
        rows = [{"id": row_id, **row} for row_id, row in zip(ids, rows, strict=True)]
    if postgresql:
        _copy(session, table, rows)
    else:
        _executemany(session, table, rows)
    return ids


def _new_ids(session: Session, table: Table, count: int, postgresql: bool) -> list[int]:
    """Ids for ``count`` new rows, known before they are written."""
    if postgresql:
        return list(session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                 "FROM generate_series(1, :n)"),
            {"table": table.name, "n": count}).scalars())
    # SQLite gives a new row the largest rowid plus one. Another writer cannot slip in
    # between: in WAL mode a transaction that read this maximum cannot write after another
    # commit ("database is locked", SQLITE_BUSY_SNAPSHOT), and intake writes in IMMEDIATE
    # transactions, which hold the write lock from their start.
    last = session.execute(select(func.max(table.c.id))).scalar() or 0
    return list(range(last + 1, last + 1 + count))


def _executemany(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """SQLite: the driver's own executemany (a loop in C) with the values SQLAlchemy's
    types would bind, made here once per column: without SQLAlchemy's processing of every
    parameter of every row (a third of a pull's storing)."""
    import sqlite3

    dialect = session.get_bind().dialect
    names, values = _full_rows(table, rows, lambda column: column.type.dialect_impl(
        dialect).bind_processor(dialect))
    statement = _insert_statement(table, tuple(names), dialect)
    driver = session.connection().connection.driver_connection
    try:
        driver.executemany(statement, values)  # type: ignore[union-attr]
    except sqlite3.IntegrityError as exc:
        raise IntegrityError(f"INSERT INTO {table.name}", None, exc) from exc
    except (sqlite3.DataError, OverflowError) as exc:
        raise DataError(f"INSERT INTO {table.name}", None, exc) from exc
    except sqlite3.OperationalError as exc:
        # "database or disk is full", "database is locked": as SQLAlchemy would raise them,
        # so the unit of work says "the disk is full" and with_retry waits out a lock.
        raise OperationalError(f"INSERT INTO {table.name}", None, exc) from exc


@functools.lru_cache(maxsize=64)
def _insert_statement(table: Table, names: tuple[str, ...], dialect: Dialect) -> str:
    """The INSERT as SQLAlchemy writes it for this dialect (quoting, "?" placeholders),
    its parameters in the order of ``names``."""
    compiled = insert(table).values({name: bindparam(name) for name in names}).compile(
        dialect=dialect)
    if tuple(compiled.positiontup or ()) != names:
        raise RuntimeError(f"unexpected parameter order for {table.name}")
    return str(compiled)


def _full_rows(table: Table, rows: Sequence[Mapping[str, Any]],
               processor_of: Callable[[Column[Any]], Callable[[Any], Any] | None],
               ) -> tuple[list[str], list[list[Any]]]:
    """The columns to write (given, or with a default of their own) and each row's values
    in that order, defaults filled in and passed through the column's ``processor_of``."""
    given = set(rows[0])
    defaults: dict[str, Any] = {}
    for column in table.columns:
        if column.name in given or column.default is None or not (
                column.default.is_scalar or column.default.is_callable):
            continue  # given, or NULL / the server's default
        defaults[column.name] = column.default
    columns = [c for c in table.columns if c.name in given or c.name in defaults]
    names = [c.name for c in columns]
    processors = [processor_of(c) for c in columns]
    result = []
    for row in rows:
        values = []
        for name, process in zip(names, processors, strict=True):
            if name in row:
                value = row[name]
            else:
                default = defaults[name]
                value = default.arg(None) if default.is_callable else default.arg
            values.append(value if process is None else process(value))
        result.append(values)
    return names, result


def _copy(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    import psycopg
    from psycopg import sql

    # psycopg adapts numbers, text and times itself; JSON goes as its text.
    names, values = _full_rows(table, rows, lambda column: json_text if isinstance(
        column.type, JSON) else None)
    command = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names)))
    driver = session.connection().connection.driver_connection
    try:
        with driver.cursor() as cursor, cursor.copy(command) as copy:  # type: ignore[union-attr]
            for row_values in values:
                copy.write_row(row_values)
    except psycopg.errors.IntegrityError as exc:
        raise IntegrityError(f"COPY {table.name}", None, exc) from exc
    except (psycopg.errors.DataError, psycopg.errors.ProgrammingError) as exc:
        raise DataError(f"COPY {table.name}", None, exc) from exc
