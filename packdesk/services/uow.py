"""Unit of work: one session, one transaction, per operation.

Services take a ``UnitOfWork`` and do ``with uow: ...; uow.commit()``. Nothing that
leaves the block is committed unless ``commit()`` was called; an exception rolls back.
Each thread opens its own unit of work; sessions are never shared or kept on a window.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Self, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from packdesk.persistence.db import session_factory

T = TypeVar("T")


class DatabaseBusy(Exception):
    """Another station held the database too long; the message says so."""


class UnitOfWork:
    def __init__(self, engine: Engine, *, immediate: bool = False) -> None:
        self.engine = engine
        self._factory: sessionmaker[Session] = session_factory(engine)
        self._immediate = immediate
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is used outside its 'with' block")
        return self._session

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def __enter__(self) -> Self:
        self._session = self._factory()
        if self._immediate and self.engine.dialect.name == "sqlite":
            # Take SQLite's write lock at BEGIN so read-then-claim cannot race another station.
            self._session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
            self._session = None

    def commit(self) -> None:
        self.session.commit()

    def writing(self) -> UnitOfWork:
        """A unit of work that holds the write lock from its start (SQLite)."""
        return UnitOfWork(self.engine, immediate=True)


def with_retry(operation: Callable[[], T], *, attempts: int = 5, delay: float = 0.05) -> T:
    """Run ``operation`` again when SQLite says it is locked; bounded, then a clear error."""
    for attempt in range(attempts):
        try:
            return operation()
        except OperationalError as exc:
            message = str(exc.orig) if exc.orig else str(exc)
            if "locked" not in message and "busy" not in message:
                raise
            if attempt == attempts - 1:
                raise DatabaseBusy(
                    "the database is busy: another station is holding it; try again in a moment"
                ) from exc
            time.sleep(delay * (2**attempt))
    raise AssertionError("unreachable")
