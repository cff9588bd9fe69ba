"""Barcode scanners: keyboard wedge, serial (USB-CDC) and a fake, behind one signal.

Every scanner is a :class:`Scanner` that emits ``scanned(Scan)`` on the GUI thread and
``connection_changed(connected, message)`` when it comes and goes, so the station code
never cares which kind is attached. What a scan *is* (product, bin, badge...) is decided
by :func:`packdesk.domain.scancodes.classify`, not here.
"""

from __future__ import annotations

import codecs
import logging
import threading
import time
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent

from packdesk.domain.scancodes import (
    ScannedCode,
    classify,
    clean_scan,
    is_plausible_scan,
    split_aim,
    symbology_name,
)

if TYPE_CHECKING:
    import serial

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Scan:
    """One barcode read, as the scanner delivered it (terminator removed)."""

    raw: str
    source: str  # "wedge", "serial:/dev/ttyACM0", "fake"
    at: datetime = field(default_factory=datetime.now)
    symbology: str | None = None

    @classmethod
    def of(cls, raw: str, source: str) -> Scan:
        aim, _ = split_aim(raw)
        return cls(raw=raw, source=source, symbology=symbology_name(aim))

    def classify(self, **prefixes: str) -> ScannedCode:
        return classify(self.raw, **prefixes)


class Scanner(QObject):
    """What the station listens to. Subclasses only emit these two signals."""

    scanned = Signal(object)  # Scan
    connection_changed = Signal(bool, str)  # connected, message for the status bar

    def start(self) -> None:
        """Begin delivering scans."""

    def stop(self) -> bool:
        """Stop delivering scans and release the device; False if it did not end in time."""
        return True


class FakeScanner(Scanner):
    """A scanner for UI tests: ``feed("BIN:A-01-1-A")`` delivers that scan."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.connection_changed.emit(True, "fake scanner ready")

    def stop(self) -> bool:
        self.running = False
        return True

    def feed(self, text: str) -> Scan:
        scan = Scan.of(text, "fake")
        self.scanned.emit(scan)
        return scan

    def unplug(self, message: str = "scanner unplugged") -> None:
        self.connection_changed.emit(False, message)

    def plug(self, message: str = "scanner connected") -> None:
        self.connection_changed.emit(True, message)


# --- Keyboard wedge -------------------------------------------------------------------

DEFAULT_TERMINATOR_KEYS: tuple[int, ...] = (
    int(Qt.Key.Key_Return.value),
    int(Qt.Key.Key_Enter.value),
    int(Qt.Key.Key_Tab.value),
)


@dataclass
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class WedgeScanner(Scanner):
    """Tells a HID scanner's burst from a person typing, application-wide.

    Installed as an event filter on the application. Printable key presses are held
    back for ``max_gap_ms``: if the next key comes sooner, a burst may be under way; a
    terminator key (Enter, Tab, or ``terminator_keys``) after at least ``min_length``
    fast characters makes the burst a scan, whatever widget has focus, and none of its
    characters reach that widget. Otherwise the held keys are replayed to the widget
    they were meant for, so typing works as usual (each key shows ``max_gap_ms`` late).
    """

    def __init__(
        self,
        app: QCoreApplication | None = None,
        *,
        max_gap_ms: int = 30,
        min_length: int = 4,
        terminator_keys: Iterable[int] = DEFAULT_TERMINATOR_KEYS,
        terminator_chars: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app or QCoreApplication.instance()
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.terminator_keys = frozenset(int(k) for k in terminator_keys)
        self.terminator_chars = terminator_chars
        self._held: list[_HeldKey] = []
        self._target: weakref.ref[QObject] | None = None
        self._last_at = 0.0
        self._replaying = False
        self._installed = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.on_gap_elapsed)

    def start(self) -> None:
        if self._app is not None and not self._installed:
            self._app.installEventFilter(self)
            self._installed = True
            self.connection_changed.emit(True, "keyboard scanner ready")

    def stop(self) -> bool:
        if self._app is not None and self._installed:
            self._app.removeEventFilter(self)
            self._installed = False
        self._replay()
        return True

    # The filter sees each key event for the window and again for the widget; only
    # widgets (objects with a focus policy) are handled, once.
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._replaying:
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if not watched.isWidgetType() or not isinstance(event, QKeyEvent):
            return False
        return self._on_key_press(watched, event)

    def _is_burst_char(self, event: QKeyEvent) -> bool:
        text = event.text()
        if len(text) != 1:
            return False
        if text == "\x1d":  # GS, sent as Ctrl+] by wedges that pass it on
            return True
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        return text.isprintable() and mods == Qt.KeyboardModifier.NoModifier

    def _on_key_press(self, watched: QObject, event: QKeyEvent) -> bool:
        now = time.monotonic()
        fast = bool(self._held) and (now - self._last_at) * 1000.0 <= self.max_gap_ms
        target = self._target() if self._target is not None else None
        if self._held and (not fast or target is not watched):
            self._replay()
            fast = False
        is_terminator = int(event.key()) in self.terminator_keys or (
            bool(self.terminator_chars) and event.text() != "" and event.text() in self.terminator_chars
        )
        if is_terminator:
            if fast and len(self._held) >= self.min_length:
                text = "".join(k.text for k in self._held)
                self._held.clear()
                self._flush_timer.stop()
                self.scanned.emit(Scan.of(text, "wedge"))
                return True
            self._replay()
            return False
        if not self._is_burst_char(event):
            self._replay()
            return False
        if not self._held:
            self._target = weakref.ref(watched)
        self._held.append(_HeldKey(int(event.key()), event.modifiers(), event.text()))
        self._last_at = now
        self._flush_timer.start(self.max_gap_ms + 1)
        return True

    @Slot()
    def on_gap_elapsed(self) -> None:
        """No key for longer than a scanner would pause: it was a person typing."""
        self._replay()

    def _replay(self) -> None:
        self._flush_timer.stop()
        held, self._held = self._held, []
        target = self._target() if self._target is not None else None
        self._target = None
        if not held or target is None:
            return
        self._replaying = True
        try:
            for key in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(
                        target, QKeyEvent(kind, key.key, key.modifiers, key.text)
                    )
        finally:
            self._replaying = False


# --- Serial / USB-CDC -------------------------------------------------------------------

TERMINATORS: dict[str, bytes] = {
    "CR": b"\r", "LF": b"\n", "CRLF": b"\r\n", "TAB": b"\t", "NONE": b"",
}
UNREADABLE = "scanner sends unreadable data: check its baud rate"


@dataclass(frozen=True)
class SerialSettings:
    """How a serial scanner is set up (the station's ``scanner_settings``).

    ``terminators``: any of these bytes ends a scan (b"" for none: a pause longer than
    ``gap_ms`` ends it). Bytes followed by a pause longer than ``gap_ms`` and no
    terminator (a noise byte, half a line at unplug) are discarded, not glued to the next
    code. ``prefix``/``suffix`` are stripped; ``gs_replacement`` (e.g. ``{GS}``) becomes
    the group separator. A line over ``max_length`` bytes is dropped whole.
    """

    port: str
    baudrate: int = 9600
    terminators: bytes = b"\r\n"  # any of these bytes ends a scan
    encoding: str = "utf-8"
    reconnect_min_s: float = 0.2
    reconnect_max_s: float = 2.0
    max_length: int = 4096  # a line longer than this without terminator is dropped
    prefix: str = ""
    suffix: str = ""
    gs_replacement: str = ""
    gap_ms: int | None = None  # None: 300 ms with terminators, 100 ms without

    @property
    def gap_s(self) -> float:
        if self.gap_ms is not None:
            return self.gap_ms / 1000.0
        return 0.3 if self.terminators else 0.1

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> SerialSettings:
        """From ``scanner_settings``: ``port``, ``baudrate``, ``terminator`` (CR, LF, CRLF,
        TAB or NONE), ``encoding``, ``prefix``, ``suffix``, ``gs_replacement``,
        ``max_length``, ``gap_ms``; a clear ValueError for a bad value."""
        port = str(values.get("port") or "").strip()
        if not port:
            raise ValueError("a serial scanner needs a port, e.g. /dev/ttyACM0 or COM3")
        terminator = str(values.get("terminator") or "CRLF").strip().upper()
        if terminator not in TERMINATORS:
            raise ValueError(f"terminator {terminator!r}: use CR, LF, CRLF, TAB or NONE")
        encoding = str(values.get("encoding") or "utf-8").strip()
        try:
            codecs.lookup(encoding)
        except LookupError as error:
            raise ValueError(f"encoding {encoding!r} is not known: use utf-8, latin-1, "
                             "cp1252...") from error

        def number(name: str, default: int | None, low: int, high: int) -> int | None:
            text = str(values.get(name) if values.get(name) not in (None, "") else
                       ("" if default is None else default)).strip()
            if not text:
                return None
            if not text.isdigit() or not low <= int(text) <= high:
                raise ValueError(f"{name} {text!r}: use a whole number from {low} to {high}")
            return int(text)

        baudrate = number("baudrate", 9600, 300, 4_000_000)
        max_length = number("max_length", 4096, 16, 1_000_000)
        return cls(port=port, baudrate=baudrate or 9600, terminators=TERMINATORS[terminator],
                   encoding=encoding, max_length=max_length or 4096,
                   prefix=str(values.get("prefix") or ""), suffix=str(values.get("suffix") or ""),
                   gs_replacement=str(values.get("gs_replacement") or ""),
                   gap_ms=number("gap_ms", None, 5, 10_000))


class SerialWorker(QObject):
    """Reads a serial port on its own thread; never touches widgets."""

    line_read = Signal(str)
    connection_changed = Signal(bool, str)
    unreadable = Signal(str)  # garbage instead of codes (wrong baud rate), once per spell
    finished = Signal()

    def __init__(self, settings: SerialSettings) -> None:
        super().__init__()
        self.settings = settings
        self._stop = threading.Event()
        self._garbled = False

    def request_stop(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        import serial  # pyserial; imported here so the module loads without it

        settings = self.settings
        delay = settings.reconnect_min_s
        connected: bool | None = None
        try:
            while not self._stop.is_set():
                try:
                    port = serial.Serial(settings.port, settings.baudrate, timeout=0.05)
                except (serial.SerialException, OSError) as error:
                    if connected is not False:
                        connected = False
                        self.connection_changed.emit(
                            False, f"scanner on {settings.port} not found ({_reason(error)}); "
                            "waiting for it to come back"
                        )
                    self._stop.wait(delay)
                    delay = min(delay * 2, settings.reconnect_max_s)
                    continue
                delay = settings.reconnect_min_s
                connected = True
                self._garbled = False
                try:
                    port.reset_input_buffer()  # what sat in the port from before: no scan
                    self.connection_changed.emit(True, f"scanner on {settings.port} connected")
                    self._read(port)
                except (serial.SerialException, OSError) as error:
                    connected = False
                    self.connection_changed.emit(
                        False, f"scanner on {settings.port} disconnected ({_reason(error)}); "
                        "reconnecting"
                    )
                finally:
                    port.close()
        finally:
            self.finished.emit()

    def _read(self, port: serial.Serial) -> None:
        settings = self.settings
        gap = settings.gap_s
        buffer = bytearray()
        overflow = 0  # bytes of an over-long line dropped so far
        last_at = time.monotonic()
        while not self._stop.is_set():
            chunk: bytes = port.read(1)
            now = time.monotonic()
            if buffer and now - last_at > gap:
                if settings.terminators:
                    log.info("scanner on %s: %d byte(s) with no end of line before a %.0f ms "
                             "pause discarded", settings.port, len(buffer), (now - last_at) * 1000)
                else:
                    self._line(bytes(buffer))
                buffer.clear()
            if overflow and now - last_at > gap:
                self._drop(overflow)
                overflow = 0
            if not chunk:
                continue
            waiting = port.in_waiting
            if waiting:
                chunk += port.read(waiting)
            last_at = time.monotonic()
            for byte in chunk:
                if byte in settings.terminators:
                    if overflow:
                        self._drop(overflow)
                        overflow = 0
                    elif buffer:
                        self._line(bytes(buffer))
                    buffer.clear()
                elif overflow:
                    overflow += 1
                elif len(buffer) < settings.max_length:
                    buffer.append(byte)
                else:
                    overflow = len(buffer) + 1
                    buffer.clear()

    def _drop(self, length: int) -> None:
        log.warning("scanner on %s: a line of %d bytes (over %d) dropped whole",
                    self.settings.port, length, self.settings.max_length)

    def _line(self, data: bytes) -> None:
        settings = self.settings
        try:
            text = data.decode(settings.encoding)
        except UnicodeDecodeError:
            text = ""
        text = clean_scan(text, prefix=settings.prefix, suffix=settings.suffix,
                          gs_replacement=settings.gs_replacement)
        if not is_plausible_scan(text):
            log.info("scanner on %s: %d unreadable byte(s) ignored", settings.port, len(data))
            if not self._garbled:
                self._garbled = True
                self.unreadable.emit(UNREADABLE)
            return
        if self._garbled:
            self._garbled = False
            self.connection_changed.emit(True, f"scanner on {settings.port} connected")
        self.line_read.emit(text)


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return text or type(error).__name__


class SerialScanner(Scanner):
    """A serial / USB-CDC scanner read on a worker thread, reconnecting by itself.

    ``connection_changed(False, ...)`` tells the station the scanner is gone (unplugged,
    port missing); it is retried with a backoff up to ``reconnect_max_s`` and
    ``connection_changed(True, ...)`` follows when it is back.
    """

    def __init__(self, settings: SerialSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.connected = False
        self._thread: QThread | None = None
        self._worker: SerialWorker | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        thread = QThread()
        thread.setObjectName(f"serial-scanner {self.settings.port}")
        worker = SerialWorker(self.settings)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit)
        worker.line_read.connect(self.on_line_read, Qt.ConnectionType.QueuedConnection)
        worker.connection_changed.connect(
            self.on_connection_changed, Qt.ConnectionType.QueuedConnection
        )
        worker.unreadable.connect(self.on_unreadable, Qt.ConnectionType.QueuedConnection)
        self._thread, self._worker = thread, worker
        thread.start()

    def stop(self, timeout_ms: int = 3000) -> bool:
        """Stop reading and join the thread; True if it ended within ``timeout_ms``."""
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return True
        worker.request_stop()
        thread.quit()
        ended = thread.wait(timeout_ms)
        if ended:
            worker.line_read.disconnect(self.on_line_read)
            worker.connection_changed.disconnect(self.on_connection_changed)
            worker.unreadable.disconnect(self.on_unreadable)
            self._thread = self._worker = None
        return bool(ended)

    @Slot(str)
    def on_line_read(self, text: str) -> None:
        self.scanned.emit(Scan.of(text, f"serial:{self.settings.port}"))

    @Slot(bool, str)
    def on_connection_changed(self, connected: bool, message: str) -> None:
        self.connected = connected
        self.connection_changed.emit(connected, message)

    @Slot(str)
    def on_unreadable(self, message: str) -> None:
        """Garbage instead of codes: one status (the port itself is still open), no scans."""
        self.connection_changed.emit(False, message)
