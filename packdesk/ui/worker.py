"""Running service calls off the GUI thread, with the result delivered back on it.

This is the only way UI code calls services (database, printing, HTTP). Modelled on
Picard's ``run_task``: the callable runs on a ``QThreadPool``; its result or exception is
sent back through a queued signal to a QObject living on the GUI thread, which then calls
``on_done`` / ``on_error`` there, so those callbacks may touch widgets.

A :class:`TaskRunner` with ``serial=True`` runs its tasks one at a time, in submission
order: the station service holds the packer's place in an order, so two scans must never
be handled at once or out of order.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Task(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, func: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner = runner
        self._task_id = task_id
        self._func = func

    def run(self) -> None:  # runs on a pool thread: touch no widget here
        try:
            result = self._func()
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the GUI
            log.debug("task %d failed:\n%s", self._task_id, traceback.format_exc())
            self._runner.task_finished.emit(self._task_id, False, error)
        else:
            self._runner.task_finished.emit(self._task_id, True, result)


class TaskRunner(QObject):
    """Submits callables to a thread pool and calls back on the GUI thread.

    ``busy_changed(bool)`` tells the window when work is pending (a status light, and
    the tests' way of waiting without sleeping).
    """

    task_finished = Signal(int, bool, object)  # id, ok, result or exception (internal)
    busy_changed = Signal(bool)
    task_failed = Signal(object)  # an exception no on_error handled

    def __init__(self, parent: QObject | None = None, *, serial: bool = False,
                 name: str = "tasks") -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setObjectName(name)
        if serial:
            self._pool.setMaxThreadCount(1)
        self._next_id = 0
        self._pending: dict[int, tuple[DoneCallback | None, ErrorCallback | None]] = {}
        self.task_finished.connect(self.on_task_finished)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def submit(
        self,
        func: Callable[[], Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> int:
        self._next_id += 1
        task_id = self._next_id
        was_idle = not self._pending
        self._pending[task_id] = (on_done, on_error)
        self._pool.start(_Task(self, task_id, func))
        if was_idle:
            self.busy_changed.emit(True)
        return task_id

    @Slot(int, bool, object)
    def on_task_finished(self, task_id: int, ok: bool, payload: object) -> None:
        on_done, on_error = self._pending.pop(task_id, (None, None))
        try:
            if ok:
                if on_done is not None:
                    on_done(payload)
            elif on_error is not None:
                assert isinstance(payload, BaseException)
                on_error(payload)
            else:
                log.error("background task failed: %r", payload)
                self.task_failed.emit(payload)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def wait_for_done(self, timeout_ms: int = 10_000) -> bool:
        """Block until the pool is empty (shutdown only; never in a slot)."""
        return bool(self._pool.waitForDone(timeout_ms))
