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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent

from packdesk.domain.scancodes import (
    GS,
    ScannedCode,
    classify,
    clean_scan,
    is_plausible_scan,
    split_aim,
    symbology_name,
)
from packdesk.hardware.serialport import ReaderThread, keep_port_open

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

# Keys that only change what the next key means: a scanner presses Shift around each
# capital and symbol, AltGr (or Ctrl+Alt) for symbols on many layouts.
MODIFIER_KEYS = frozenset(int(k.value) for k in (
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_Mode_switch, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L,
    Qt.Key.Key_Hyper_R,
))
_DEAD_KEYS = range(int(Qt.Key.Key_Dead_Grave.value), int(Qt.Key.Key_Dead_Grave.value) + 0x50)
_GS_KEY = int(Qt.Key.Key_BracketRight.value)  # Ctrl+] sends the group separator (ASCII 29)
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_PLAIN = (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
          | Qt.KeyboardModifier.GroupSwitchModifier)


@dataclass
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    timestamp: int


# What a field holds, by the properties a person's typing changes: a line edit's text,
# a spin box's value, an editable combo box's text.
_FIELD_PROPERTIES = ("text", "value", "currentText")


def _field_state(target: QObject) -> dict[str, object]:
    """The writable text/value properties of ``target`` (empty for a non-field)."""
    meta = target.metaObject()
    state: dict[str, object] = {}
    for name in _FIELD_PROPERTIES:
        index = meta.indexOfProperty(name)
        if index >= 0 and meta.property(index).isWritable():
            state[name] = target.property(name)
    return state


@dataclass
class _Replayed:
    """What the last replay put into a field, to take it back if it was a scan's head."""

    target: QObject
    before: dict[str, object]
    after: dict[str, object]
    cursor_before: int
    keys: list[_HeldKey]
    last_at: int


@dataclass(frozen=True)
class WedgeSettings:
    """How a keyboard-wedge scanner is set up (``scanner_settings`` of the station)."""

    max_gap_ms: int = 30
    min_length: int = 4
    prefix: str = ""  # the scanner adds this before each code: taken off
    suffix: str = ""  # ... and this after it
    gs_replacement: str = ""  # the text the scanner sends for the group separator, "{GS}"

    @classmethod
    def from_mapping(cls, settings: Mapping[str, object]) -> WedgeSettings:
        def number(key: str, default: int) -> int:
            value = settings.get(key, default)
            return int(value) if isinstance(value, int | str) else default

        def text(key: str) -> str:
            value = settings.get(key, "")
            return value if isinstance(value, str) else ""

        return cls(max_gap_ms=number("max_gap_ms", 30), min_length=number("min_length", 4),
                   prefix=text("prefix"), suffix=text("suffix"),
                   gs_replacement=text("gs_replacement"))


class WedgeScanner(Scanner):
    """Tells a HID scanner's burst from a person typing, application-wide.

    Installed as an event filter on the application. Key presses are held back while
    they may be a burst: the gap between keys is measured from the events' own
    timestamps (when the key was pressed, not when the GUI got round to it), so a busy
    GUI thread does not split a code. Shift, AltGr, Ctrl+Alt, dead keys and Ctrl+] (the
    group separator) inside a burst belong to it. A terminator key (Enter, Tab, or
    ``terminator_keys``) after at least ``min_length`` fast characters makes the burst a
    scan, whatever widget has focus, and none of its keys reach that widget; a burst
    that ended with a terminator is never replayed.

    Anything else was a person typing: the held keys are replayed to the widget they
    were typed into (or, if it is gone, the one with focus), ``max_gap_ms`` late. If a
    burst turns out to go on after it was replayed into a text field (the GUI stalled
    past the gap timer), the field gets back what it held and the whole code is one scan.
    """

    def __init__(
        self,
        app: QCoreApplication | None = None,
        *,
        max_gap_ms: int = 30,
        min_length: int = 4,
        terminator_keys: Iterable[int] = DEFAULT_TERMINATOR_KEYS,
        terminator_chars: str = "",
        prefix: str = "",
        suffix: str = "",
        gs_replacement: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app or QCoreApplication.instance()
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.terminator_keys = frozenset(int(k) for k in terminator_keys)
        self.terminator_chars = terminator_chars
        self.prefix = prefix
        self.suffix = suffix
        self.gs_replacement = gs_replacement
        self._held: list[_HeldKey] = []
        self._target: QObject | None = None
        self._last_at = 0  # timestamp (ms) of the burst's last key event
        self._swallowed: set[int] = set()  # keys whose press was kept: their release is too
        self._replayed: _Replayed | None = None
        self._replaying = False
        self._installed = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.on_gap_elapsed)

    @classmethod
    def from_settings(cls, app: QCoreApplication | None, settings: WedgeSettings) -> WedgeScanner:
        return cls(app, max_gap_ms=settings.max_gap_ms, min_length=settings.min_length,
                   prefix=settings.prefix, suffix=settings.suffix,
                   gs_replacement=settings.gs_replacement)

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
        self._swallowed.clear()
        return True

    # --- the filter ----------------------------------------------------------------------

    # The filter sees each key event for the window and again for the widget; only
    # widgets (objects with a focus policy) are handled, once.
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._replaying:
            return False
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                        QEvent.Type.ShortcutOverride):
            return False
        if not watched.isWidgetType() or not isinstance(event, QKeyEvent):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Inside a burst a key is the scanner's, not a shortcut: ask for the key press.
            if self._held and self._within_burst(event) and not self._is_terminator(event):
                event.accept()
                return True
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._on_key_release(event)
        return self._on_key_press(watched, event)

    def _stamp(self, event: QKeyEvent) -> int:
        """When the key was pressed, in ms: the event's timestamp (a clock if it has none)."""
        stamp = int(event.timestamp())
        return stamp if stamp else int(time.monotonic() * 1000)

    def _within_burst(self, event: QKeyEvent) -> bool:
        return 0 <= self._stamp(event) - self._last_at <= self.max_gap_ms

    def _is_terminator(self, event: QKeyEvent) -> bool:
        return int(event.key()) in self.terminator_keys or (
            bool(self.terminator_chars) and event.text() != ""
            and event.text() in self.terminator_chars)

    def _burst_text(self, event: QKeyEvent, *, continuing: bool) -> str | None:
        """The characters a key adds to a burst, or None if it is not a scanner's key."""
        key = int(event.key())
        text = event.text()
        mods = event.modifiers()
        if event.isAutoRepeat():
            return None  # a key held down: a person, never a scanner
        if text == GS or (key == _GS_KEY and mods & _CTRL):
            return GS  # Ctrl+]: the group separator of a GS1 code (FNC1 may come first)
        if continuing and key in _DEAD_KEYS:
            return ""  # a dead key: the next key carries the composed character
        if not text or not all(ch.isprintable() for ch in text):
            return None
        rest = mods & ~_PLAIN
        if rest == Qt.KeyboardModifier.NoModifier or rest == (_CTRL | _ALT):  # AltGr on Windows
            return text
        return None

    def _on_key_release(self, event: QKeyEvent) -> bool:
        key = int(event.key())
        if key in self._swallowed:
            self._swallowed.discard(key)
            if self._held:
                self._last_at = max(self._last_at, self._stamp(event))
            return True
        return False

    def _on_key_press(self, watched: QObject, event: QKeyEvent) -> bool:
        stamp = self._stamp(event)
        key = int(event.key())
        if self._held and not (self._within_burst(event) and self._target is watched):
            self._replay()  # a pause longer than a scanner's, or another widget: typing
        continuing = bool(self._held) or self._continues_replayed(stamp)
        if self._is_terminator(event):
            if continuing and len(self._held_text()) + self._replayed_length() >= self.min_length:
                if not self._emit_scan():
                    return False
                self._swallowed.add(key)
                return True
            self._replay()
            self._replayed = None
            return False
        if key in MODIFIER_KEYS:
            if self._held:
                self._swallowed.add(key)
                self._last_at = stamp
                return True
            return False
        text = self._burst_text(event, continuing=continuing)
        if text is None:
            self._replay()
            self._replayed = None
            return False
        if not self._held:
            self._target = watched
            if not continuing:
                self._replayed = None
        self._held.append(_HeldKey(key, event.modifiers(), text, stamp))
        self._swallowed.add(key)
        self._last_at = stamp
        self._flush_timer.start(self.max_gap_ms + 1)
        return True

    # --- bursts ------------------------------------------------------------------------

    def _held_text(self) -> str:
        return "".join(k.text for k in self._held)

    def _continues_replayed(self, stamp: int) -> bool:
        replayed = self._replayed
        return replayed is not None and 0 <= stamp - replayed.last_at <= self.max_gap_ms

    def _replayed_length(self) -> int:
        replayed = self._replayed
        return len("".join(k.text for k in replayed.keys)) if replayed is not None else 0

    def _emit_scan(self) -> bool:
        """The burst as one scan; False if it had to go to a field as typing instead."""
        self._flush_timer.stop()
        head = ""
        replayed, self._replayed = self._replayed, None
        if replayed is not None and not self._take_back(replayed):
            # The head went into a field that was changed since: the tail goes there too,
            # so the field and the scans stay as the person would expect (no half code).
            self._replay()
            return False
        if replayed is not None:
            head = "".join(k.text for k in replayed.keys)
        text = head + self._held_text()
        self._held.clear()
        self._target = None
        text = clean_scan(text, prefix=self.prefix, suffix=self.suffix,
                          gs_replacement=self.gs_replacement)
        self.scanned.emit(Scan.of(text, "wedge"))
        return True

    @staticmethod
    def _take_back(replayed: _Replayed) -> bool:
        """Give a text field back what it held before a scan's head was replayed into it."""
        target = replayed.target
        if not replayed.before or not shiboken6.isValid(target):
            return False
        if _field_state(target) != replayed.after:
            return False  # changed since: a person's typing, not ours to undo
        for name, value in replayed.before.items():
            target.setProperty(name, value)
        if "text" in replayed.before:
            target.setProperty("cursorPosition", replayed.cursor_before)
        return True

    @Slot()
    def on_gap_elapsed(self) -> None:
        """No key for longer than a scanner would pause: it was a person typing."""
        self._replay(remember=True)

    def _replay_target(self) -> QObject | None:
        target, self._target = self._target, None
        if target is not None and shiboken6.isValid(target):
            return target
        return QGuiApplication.focusObject()  # the widget it was for is gone: where focus is

    def _replay(self, *, remember: bool = False) -> None:
        self._flush_timer.stop()
        held, self._held = self._held, []
        target = self._replay_target()
        if not held or target is None:
            return
        before = _field_state(target) if remember else {}
        cursor = target.property("cursorPosition")
        self._replaying = True
        try:
            for key in held:
                if not key.text and int(key.key) in _DEAD_KEYS:
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, key.key, key.modifiers, key.text)
                    event.setTimestamp(key.timestamp)
                    QCoreApplication.sendEvent(target, event)
        finally:
            self._replaying = False
        if remember and before:
            self._replayed = _Replayed(target, before, _field_state(target),
                                       int(cursor or 0), held, held[-1].timestamp)
        else:
            self._replayed = None


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

        def use(port: serial.Serial) -> None:
            self._garbled = False
            port.reset_input_buffer()  # what sat in the port from before: no scan
            self.connection_changed.emit(True, f"scanner on {settings.port} connected")
            self._read(port)

        try:
            keep_port_open(
                self._stop, lambda: serial.Serial(settings.port, settings.baudrate, timeout=0.05),
                use, lambda port: port.close(), self.connection_changed.emit,
                device=f"scanner on {settings.port}",
                reconnect_min_s=settings.reconnect_min_s,
                reconnect_max_s=settings.reconnect_max_s)
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
        self._reader: ReaderThread | None = None

    def start(self) -> None:
        if self._reader is not None:
            return
        worker = SerialWorker(self.settings)
        self._reader = ReaderThread(worker, f"serial-scanner {self.settings.port}", (
            (worker.line_read, self.on_line_read),
            (worker.connection_changed, self.on_connection_changed),
            (worker.unreadable, self.on_unreadable)))

    def stop(self, timeout_ms: int = 3000) -> bool:
        """Stop reading and join the thread; True if it ended within ``timeout_ms``."""
        if self._reader is None:
            return True
        ended = self._reader.stop(timeout_ms)
        if ended:
            self._reader = None
        return ended

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
