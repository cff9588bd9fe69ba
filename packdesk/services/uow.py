"""Unit of work: one session, one transaction, per operation.

Services take a ``UnitOfWork`` and do ``with uow: ...; uow.commit()``. Nothing that
leaves the block is committed unless ``commit()`` was called; an exception rolls back.
Each thread opens its own unit of work; sessions are never shared or kept on a window.

:class:`AbstractUnitOfWork` is what the station's handlers ask of one: the block, commit,
and the station's storage (``station``, a :class:`~packdesk.services.store.StationStore`).
:class:`UnitOfWork` (also named :class:`SqlUnitOfWork`) is the SQLAlchemy one;
``services.memory.InMemoryUnitOfWork`` keeps everything in dicts for the unit tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol, Self, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from packdesk.persistence.db import session_factory

from .store import SqlStationStore, StationStore

T = TypeVar("T")


class DatabaseBusy(Exception):
    """Another station held the database too long; the message says so."""


class DiskFull(Exception):
    """The disk holding the database is full: the operation was rolled back, nothing of it
    was stored (and nothing stored before it was lost)."""


DISK_FULL = ("the disk is full: nothing of this was stored; free space on the disk that holds "
             "the database, then try again")
# SQLite's SQLITE_FULL, PostgreSQL's disk_full (53100) and the OS's ENOSPC, as the drivers word them.
_DISK_FULL_WORDS = ("database or disk is full", "no space left on device", "could not extend file",
                    "disk full")


def is_disk_full(error: BaseException) -> bool:
    if not isinstance(error, DBAPIError):
        return False
    if getattr(error.orig, "sqlstate", None) == "53100":
        return True
    message = str(error.orig if error.orig is not None else error).lower()
    return any(words in message for words in _DISK_FULL_WORDS)


class AbstractUnitOfWork(Protocol):
    """One transaction: ``with uow: ...; uow.commit()``; leaving the block without a
    commit (or by an exception) rolls back."""

    @property
    def station(self) -> StationStore: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, exc_type: object, error: BaseException | None, traceback: object) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    """Opens a unit of work; ``immediate``: it holds the write lock from its start."""

    def __call__(self, *, immediate: bool = False) -> AbstractUnitOfWork: ...


class UnitOfWork:
    def __init__(self, engine: Engine, *, immediate: bool = False) -> None:
        self.engine = engine
        self._factory: sessionmaker[Session] = session_factory(engine)
        self._immediate = immediate
        self._session: Session | None = None
        self._station: SqlStationStore | None = None

    @property
    def station(self) -> SqlStationStore:
        """The station's storage over this unit of work's session."""
        if self._station is None or self._station.session is not self.session:
            self._station = SqlStationStore(self.session)
        return self._station

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

    def __exit__(self, exc_type: object, error: BaseException | None, traceback: object) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        except DBAPIError:
            if error is None:
                raise
            # SQLite rolls the whole transaction back itself on some errors (a full disk):
            # the savepoint SQLAlchemy rolls back to is gone ("no such savepoint"). What
            # ended the work is the error to report, not that.
        finally:
            self._session.close()
            self._session = None
            self._station = None
        if error is not None and is_disk_full(error):
            # One sentence for the packer or the admin, not a driver's error (issue 18.15).
            raise DiskFull(DISK_FULL) from error

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def writing(self) -> UnitOfWork:
        """A unit of work that holds the write lock from its start (SQLite)."""
        return UnitOfWork(self.engine, immediate=True)


SqlUnitOfWork = UnitOfWork


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
