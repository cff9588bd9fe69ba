"""Inserting many rows at once: Core executemany, or PostgreSQL's COPY.

On PostgreSQL a Core executemany of a pull's 30,000 order lines spent most of its time in
the driver (psycopg parsing each large multi-row statement, or sending a pipeline of one
statement per row); ``COPY ... FROM STDIN`` streams the rows in one command. New rows'
ids are then taken from the table's sequence first, so the caller knows them without
RETURNING. SQLite keeps Core statements (its executemany is a loop in C).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Boolean, Integer, String, Table, insert, text
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON

from .db import json_text


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]],
                *, key: tuple[str, ...] = ()) -> list[int]:
    """Insert ``rows`` (column values; missing columns get their defaults) in the
    session's transaction. With ``key`` (columns unique to a row), returns the new ids in
    the order of ``rows``. Raises SQLAlchemy's IntegrityError or DataError for what the
    database refuses, on both databases."""
    if not rows:
        return []
    if session.get_bind().dialect.name != "postgresql":
        if not key:
            if _plain_columns(table):
                _executemany(session, table, rows)
            else:
                session.execute(insert(table), list(rows))
            return []
        # Matched back by key, not by position: asking SQLAlchemy for parameter order
        # makes it insert one row per statement on SQLite.
        columns = [table.c[name] for name in key]
        by_key = {tuple(found): row_id for row_id, *found in session.execute(
            insert(table).returning(table.c.id, *columns), list(rows))}
        return [by_key[tuple(row[name] for name in key)] for row in rows]
    ids: list[int] = []
    if key:
        ids = list(session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                 "FROM generate_series(1, :n)"),
            {"table": table.name, "n": len(rows)}).scalars())
        rows = [{"id": row_id, **row} for row_id, row in zip(ids, rows, strict=True)]
    _copy(session, table, rows)
    return ids


def _plain_columns(table: Table) -> bool:
    """Whether SQLite stores every column's value as the driver gets it (numbers, text,
    JSON as text): no date or time, whose text form SQLAlchemy's types decide."""
    return all(isinstance(c.type, Integer | String | JSON | Boolean) for c in table.columns)


def _executemany(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """SQLite: the driver's own executemany (a loop in C) with the values made here, not
    SQLAlchemy's per-row processing of every parameter (a third of a pull's storing)."""
    import sqlite3

    names, values = _full_rows(table, rows)
    placeholders = ", ".join("?" for _ in names)
    columns = ", ".join(f'"{name}"' for name in names)
    driver = session.connection().connection.driver_connection
    try:
        driver.executemany(  # type: ignore[union-attr]
            f'INSERT INTO "{table.name}" ({columns}) VALUES ({placeholders})', values)
    except sqlite3.IntegrityError as exc:
        raise IntegrityError(f"INSERT INTO {table.name}", None, exc) from exc
    except (sqlite3.DataError, OverflowError) as exc:
        raise DataError(f"INSERT INTO {table.name}", None, exc) from exc


def _full_rows(table: Table, rows: Sequence[Mapping[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """The columns to write (given, or with a default of their own) and each row's values
    in that order, defaults filled in and JSON written as text."""
    given = set(rows[0])
    defaults: dict[str, Any] = {}
    for column in table.columns:
        if column.name in given or column.default is None or not (
                column.default.is_scalar or column.default.is_callable):
            continue  # given, or NULL / the server's default
        defaults[column.name] = column.default
    columns = [c for c in table.columns if c.name in given or c.name in defaults]
    names = [c.name for c in columns]
    is_json = [isinstance(c.type, JSON) for c in columns]
    result = []
    for row in rows:
        values = []
        for name, json in zip(names, is_json, strict=True):
            if name in row:
                value = row[name]
            else:
                default = defaults[name]
                value = default.arg(None) if default.is_callable else default.arg
            values.append(json_text(value) if json else value)
        result.append(values)
    return names, result


def _copy(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    import psycopg
    from psycopg import sql

    names, values = _full_rows(table, rows)
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
