"""Running database work off the GUI thread and getting the answer back on it.

Like Picard's ``run_task``: a ``QRunnable`` on a ``QThreadPool`` does the work (it opens
its own unit of work; no session crosses threads), then a signal carries the result to a
``TaskRunner`` living on the GUI thread, which calls back there. Widgets never wait.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from packdesk.domain.errors import DomainError

log = logging.getLogger(__name__)


def describe_error(exc: BaseException) -> str:
    """One line for the person at the screen: a rule's own message, or what broke."""
    if isinstance(exc, DomainError | ValueError):
        return str(exc)
    orig = getattr(exc, "orig", None)
    text = str(orig or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class _TaskSignals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, task_id: int, work: Callable[[], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = task_id
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # every failure goes back to the screen, none is lost
            log.warning("background task failed: %s", exc, exc_info=not isinstance(exc, DomainError))
            self._signals.failed.emit(self._id, describe_error(exc))
        else:
            self._signals.finished.emit(self._id, result)


class TaskRunner(QObject):
    """Start work on a thread pool; ``on_done``/``on_error`` run later on the GUI thread."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[_TaskSignals, Callable[[Any], None], Callable[[str], None]]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        task_id = next(self._ids)
        signals = _TaskSignals()  # lives on this (GUI) thread: its signals queue to us
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        self._pending[task_id] = (signals, on_done, on_error)
        self._pool.start(_Task(task_id, work, signals))

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        entry = self._pending.pop(task_id, None)
        if entry is not None:
            entry[1](result)
        self._maybe_idle()

    @Slot(int, str)
    def _on_failed(self, task_id: int, message: str) -> None:
        entry = self._pending.pop(task_id, None)
        if entry is not None:
            entry[2](message)
        self._maybe_idle()

    def _maybe_idle(self) -> None:
        if not self._pending:
            self.idle.emit()
