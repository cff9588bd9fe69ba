"""What the serial scanner and the serial scale share: which errors mean "the port is gone",
the loop that opens a port, uses it until it fails, and opens it again with a backoff, and
the thread the reader runs on.

A USB-serial device pulled out mid-read does not always raise pyserial's
``SerialException``: ``reset_input_buffer`` calls ``termios.tcflush`` directly, which raises
``termios.error`` (not an ``OSError``). Every caller catches :data:`PORT_ERRORS` so an unplug
is always "disconnected, reconnecting" and never an exception on the worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QThread

try:  # POSIX only; on Windows pyserial raises SerialException / OSError alone
    import termios

    _TERMIOS_ERRORS: tuple[type[BaseException], ...] = (termios.error,)
except ImportError:  # pragma: no cover - Windows
    _TERMIOS_ERRORS = ()


def port_errors() -> tuple[type[BaseException], ...]:
    """The exceptions that mean the port cannot be used (missing, unplugged, broken)."""
    import serial  # pyserial; imported here so the modules load without it

    return (serial.SerialException, OSError, *_TERMIOS_ERRORS)


def reason(error: BaseException) -> str:
    """The error in a few words for the status bar (its type when it says nothing)."""
    return str(error).strip() or type(error).__name__


def keep_port_open(
    stop: threading.Event,
    open_port: Callable[[], Any],
    use_port: Callable[[Any], None],
    close_port: Callable[[Any], None],
    said: Callable[[bool, str], None],
    *,
    device: str,
    reconnect_min_s: float,
    reconnect_max_s: float,
) -> None:
    """Open the port, hand it to ``use_port`` until that returns or the port fails; repeat.

    ``said(False, ...)`` once when the port cannot be opened (not again until it comes
    back) and whenever a used port fails; the backoff doubles between failed opens up to
    ``reconnect_max_s`` and starts over after a good open. Returns when ``stop`` is set.
    """
    errors = port_errors()
    delay = reconnect_min_s
    reported_missing = False
    while not stop.is_set():
        try:
            port = open_port()
        except errors as error:
            if not reported_missing:
                reported_missing = True
                said(False, f"{device} not found ({reason(error)}); waiting for it to come back")
            stop.wait(delay)
            delay = min(delay * 2, reconnect_max_s)
            continue
        delay = reconnect_min_s
        reported_missing = False
        try:
            use_port(port)
        except errors as error:
            said(False, f"{device} disconnected ({reason(error)}); reconnecting")
            reported_missing = True  # told already: a failed reopen is not news
        finally:
            close_port(port)


class ReaderThread:
    """A port's reader worker on a QThread of its own, its signals queued to the GUI thread.

    ``worker`` has a ``run`` slot, a ``finished`` signal and ``request_stop()``; ``links``
    pairs each of its signals with the slot on the GUI side that receives it.
    """

    def __init__(self, worker: Any, name: str, links: tuple[tuple[Any, Any], ...]) -> None:
        self.worker = worker
        self.links = links
        self.thread = QThread()
        self.thread.setObjectName(name)
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        worker.finished.connect(self.thread.quit)
        for signal, slot in links:
            signal.connect(slot, Qt.ConnectionType.QueuedConnection)
        self.thread.start()

    def stop(self, timeout_ms: int) -> bool:
        """Ask the worker to stop and join the thread; True if it ended within ``timeout_ms``
        (only then are its signals let go: a late one must still find its slot)."""
        self.worker.request_stop()
        self.thread.quit()
        ended = bool(self.thread.wait(timeout_ms))
        if ended:
            for signal, slot in self.links:
                signal.disconnect(slot)
        return ended
