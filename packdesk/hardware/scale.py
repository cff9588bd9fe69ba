"""Bench scales on a serial or USB-serial port: MT-SICS and continuous-output scales.

Two layers, as for the scanners:

* :class:`ScaleLink` talks to one open port and returns :class:`ScaleReading` values
  (blocking, no Qt): the ``packdesk scale read`` command and the worker thread use it.
* :class:`Scale` is what the station listens to (``weighed(ScaleReading)``,
  ``connection_changed(bool, str)``); :class:`SerialScale` reads on a worker thread and
  reconnects by itself, :class:`FakeScale` is for UI tests.

MT-SICS (Mettler Toledo and compatibles): the link sends ``SI`` (weight now) and reads
``S S      1.234 kg`` (stable) or ``S D      1.230 kg`` (dynamic, still moving).
Continuous scales send a line per reading; its format is a regular expression with the
groups ``status``, ``value`` and ``unit`` (default: A&D style ``ST,GS,+0001.234kg``,
``US`` = unstable, ``OL`` = overload). Only a stable reading counts as a weight.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from packdesk.hardware.serialport import ReaderThread, keep_port_open, port_errors, reason

if TYPE_CHECKING:
    import serial

log = logging.getLogger(__name__)

GRAMS_PER_UNIT: dict[str, float] = {
    "g": 1.0, "kg": 1000.0, "lb": 453.59237, "oz": 28.349523125,
}
PROTOCOLS = ("mt-sics", "continuous")
DEFAULT_CONTINUOUS_FORMAT = (
    r"^(?P<status>ST|US|OL)\s*,\s*(?:GS|NT|TR)?\s*,?\s*(?P<value>[+-]?\s*\d+(?:\.\d+)?)\s*"
    r"(?P<unit>kg|g|lb|oz)\s*$"
)
DEFAULT_STABLE_STATUS = "ST"


class ScaleError(Exception):
    """The scale could not give a weight; the message is one sentence for the packer."""


class UnreadableAnswer(ScaleError):
    pass


@dataclass(frozen=True)
class ScaleReading:
    grams: float
    stable: bool

    def as_dict(self) -> dict[str, Any]:
        return {"grams": self.grams, "stable": self.stable}


def to_grams(value: float, unit: str) -> float:
    try:
        factor = GRAMS_PER_UNIT[unit.strip().lower()]
    except KeyError:
        raise UnreadableAnswer(f"unknown weight unit {unit!r}: use g, kg, lb or oz") from None
    return round(value * factor, 3)


_SICS = re.compile(r"^S\s+(?P<status>[SD])\s+(?P<value>[+-]?\s*\d+(?:\.\d+)?)\s*(?P<unit>\S+)\s*$")
_SICS_ERRORS = {
    "S I": "the scale is busy (still taring or zeroing)",
    "S +": "the scale is overloaded",
    "S -": "the scale is under its zero: tare it again",
    "ES": "the scale did not understand the request (not an MT-SICS scale?)",
    "ET": "the scale reports a transmission error: check the baud rate",
    "EL": "the scale reports a logical error",
}


def parse_mt_sics(line: str) -> ScaleReading:
    """``S S     100.00 g`` -> 100 g stable; error answers raise :class:`ScaleError`."""
    text = line.strip()
    match = _SICS.match(text)
    if match:
        value = float(match["value"].replace(" ", ""))
        return ScaleReading(to_grams(value, match["unit"]), match["status"] == "S")
    for prefix, message in _SICS_ERRORS.items():
        if text == prefix or text.startswith(prefix + " "):
            raise ScaleError(message)
    raise UnreadableAnswer(f"unreadable scale answer {text[:40]!r}")


@dataclass(frozen=True)
class ContinuousFormat:
    pattern: re.Pattern[str]
    stable_status: str = DEFAULT_STABLE_STATUS
    overload_status: str = "OL"

    @classmethod
    def of(cls, pattern: str | None = None, stable_status: str | None = None) -> ContinuousFormat:
        try:
            compiled = re.compile(pattern or DEFAULT_CONTINUOUS_FORMAT, re.IGNORECASE)
        except re.error as error:
            raise ValueError(f"line format is not a valid regular expression: {error}") from None
        if "value" not in compiled.groupindex:
            raise ValueError("line format needs a (?P<value>...) group")
        return cls(compiled, (stable_status or DEFAULT_STABLE_STATUS).upper())

    def parse(self, line: str, default_unit: str = "g") -> ScaleReading:
        match = self.pattern.match(line.strip())
        if not match:
            raise UnreadableAnswer(f"unreadable scale line {line.strip()[:40]!r}")
        groups = match.groupdict()
        status = (groups.get("status") or self.stable_status).upper()
        if status == self.overload_status:
            raise ScaleError("the scale is overloaded")
        value = float(str(groups["value"]).replace(" ", ""))
        unit = groups.get("unit") or default_unit
        return ScaleReading(to_grams(value, unit), status == self.stable_status)


@dataclass(frozen=True)
class ScaleSettings:
    """How the bench scale is attached (the station's ``scale_settings``)."""

    port: str
    protocol: str = "mt-sics"
    baudrate: int = 9600
    line_format: str = ""  # continuous: regex with status/value/unit groups
    stable_status: str = DEFAULT_STABLE_STATUS
    poll_s: float = 0.2  # MT-SICS: how often the weight is asked for
    answer_timeout_s: float = 1.0  # MT-SICS: how long one request waits
    reconnect_min_s: float = 0.2
    reconnect_max_s: float = 2.0

    def __post_init__(self) -> None:
        if not self.port.strip():
            raise ValueError("a scale needs a port, e.g. /dev/ttyUSB0 or COM3")
        if self.protocol not in PROTOCOLS:
            raise ValueError(f"scale protocol {self.protocol!r}: use mt-sics or continuous")
        if not 300 <= self.baudrate <= 4_000_000:
            raise ValueError(f"baud rate {self.baudrate}: use 300 to 4000000")
        ContinuousFormat.of(self.line_format or None, self.stable_status)

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> ScaleSettings:
        baud = str(values.get("baudrate") or 9600).strip()
        if not baud.isdigit():
            raise ValueError(f"baud rate {baud!r}: use a whole number such as 9600")
        return cls(port=str(values.get("port") or "").strip(),
                   protocol=str(values.get("protocol") or "mt-sics").strip().lower(),
                   baudrate=int(baud), line_format=str(values.get("line_format") or ""),
                   stable_status=str(values.get("stable_status") or DEFAULT_STABLE_STATUS))


class ScaleLink:
    """One open port to a scale; blocking calls, for a worker thread or the CLI."""

    def __init__(self, port: serial.Serial, settings: ScaleSettings) -> None:
        self.port = port
        self.settings = settings
        self.format = ContinuousFormat.of(settings.line_format or None, settings.stable_status)
        self._buffer = bytearray()
        self._skip_partial = False

    @classmethod
    def open(cls, settings: ScaleSettings) -> ScaleLink:
        import serial  # pyserial

        port = serial.Serial(settings.port, settings.baudrate, timeout=0.05)
        port.reset_input_buffer()  # readings from before (and half a line): not now
        link = cls(port, settings)
        link._skip_partial = settings.protocol == "continuous"
        return link

    def close(self) -> None:
        self.port.close()

    def _line(self, timeout_s: float) -> str | None:
        """The next whole line, or None if none came within ``timeout_s``."""
        deadline = time.monotonic() + timeout_s
        while True:
            for end in (b"\n", b"\r"):
                index = self._buffer.find(end)
                if index >= 0:
                    raw = bytes(self._buffer[:index])
                    del self._buffer[:index + 1]
                    if raw.strip():
                        return raw.decode("ascii", errors="replace")
                    break
            else:
                if time.monotonic() >= deadline:
                    return None
                chunk = self.port.read(max(1, self.port.in_waiting))
                if chunk:
                    self._buffer += chunk
                    if len(self._buffer) > 4096:  # no line end ever: garbage
                        self._buffer.clear()
                        raise UnreadableAnswer("the scale sends no line ends: check the baud rate")
                continue

    def reading(self) -> ScaleReading | None:
        """One reading (stable or not); None if the scale said nothing in time."""
        if self.settings.protocol == "mt-sics":
            self._buffer.clear()
            self.port.reset_input_buffer()
            self.port.write(b"SI\r\n")
            line = self._line(self.settings.answer_timeout_s)
            return None if line is None else parse_mt_sics(line)
        line = self._line(self.settings.answer_timeout_s)
        if line is not None and self._skip_partial:
            self._skip_partial = False  # the first line may have begun before the port opened
            line = self._line(self.settings.answer_timeout_s)
        return None if line is None else self.format.parse(line)


def read_stable(settings: ScaleSettings, timeout_s: float) -> ScaleReading:
    """Wait up to ``timeout_s`` for a stable reading; the last unstable one if none came.

    :class:`ScaleError` when the port cannot be opened, the scale never answers or
    answers only garbage.
    """
    try:
        link = ScaleLink.open(settings)
    except port_errors() as error:
        raise ScaleError(f"scale port {settings.port} cannot be opened ({reason(error)})") from None
    deadline = time.monotonic() + timeout_s
    last: ScaleReading | None = None
    problem: ScaleError | None = None
    try:
        while time.monotonic() < deadline:
            try:
                reading = link.reading()
            except UnreadableAnswer as error:
                problem = error
                continue
            except ScaleError as error:  # busy, overload: may pass
                problem = error
                time.sleep(settings.poll_s)
                continue
            if reading is None:
                continue
            last = reading
            if reading.stable:
                return reading
            if settings.protocol == "mt-sics":
                time.sleep(settings.poll_s)
    except port_errors() as error:
        raise ScaleError(f"scale on {settings.port} disconnected ({reason(error)})") from None
    finally:
        link.close()
    if last is not None:
        return last
    if problem is not None:
        raise ScaleError(f"scale on {settings.port}: {problem}")
    raise ScaleError(f"scale on {settings.port} did not answer within {timeout_s:g} s: check "
                     "the cable, the protocol and the baud rate")


# --- For the station: signals on the GUI thread ---------------------------------------------


class Scale(QObject):
    """What the station listens to."""

    weighed = Signal(object)  # ScaleReading, each one the scale reports
    connection_changed = Signal(bool, str)

    def start(self) -> None:
        """Begin reading."""

    def stop(self) -> bool:
        return True

    def latest(self) -> ScaleReading | None:
        """The last reading, stable or not (None before the first)."""
        return None


class FakeScale(Scale):
    """A scale for UI tests: ``put(812.0)`` is a stable reading of 812 g."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: ScaleReading | None = None

    def start(self) -> None:
        self.connection_changed.emit(True, "fake scale ready")

    def put(self, grams: float, stable: bool = True) -> ScaleReading:
        self._latest = ScaleReading(grams, stable)
        self.weighed.emit(self._latest)
        return self._latest

    def latest(self) -> ScaleReading | None:
        return self._latest


class ScaleWorker(QObject):
    """Reads the scale on its own thread; reconnects with a backoff."""

    weighed = Signal(object)
    connection_changed = Signal(bool, str)
    finished = Signal()

    def __init__(self, settings: ScaleSettings) -> None:
        super().__init__()
        self.settings = settings
        self._stop = threading.Event()

    def request_stop(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        settings = self.settings
        state: dict[str, bool | None] = {"connected": None}

        def use(link: ScaleLink) -> None:
            state["connected"] = self._read(link, state["connected"])

        def said(connected: bool, message: str) -> None:
            state["connected"] = connected
            self.connection_changed.emit(connected, message)

        try:
            keep_port_open(
                self._stop, lambda: ScaleLink.open(settings), use, lambda link: link.close(),
                said, device=f"scale on {settings.port}",
                reconnect_min_s=settings.reconnect_min_s,
                reconnect_max_s=settings.reconnect_max_s)
        finally:
            self.finished.emit()

    def _read(self, link: ScaleLink, connected: bool | None) -> bool | None:
        settings = self.settings
        silent_since = time.monotonic()
        while not self._stop.is_set():
            try:
                reading = link.reading()
            except ScaleError as error:
                if connected is not False:
                    connected = False
                    self.connection_changed.emit(False, f"scale on {settings.port}: {error}")
                reading = None
            if reading is None:
                if connected is not False and time.monotonic() - silent_since > 3.0:
                    connected = False
                    self.connection_changed.emit(
                        False, f"scale on {settings.port} does not answer")
                continue
            silent_since = time.monotonic()
            if connected is not True:
                connected = True
                self.connection_changed.emit(True, f"scale on {settings.port} connected")
            self.weighed.emit(reading)
            if settings.protocol == "mt-sics":
                self._stop.wait(settings.poll_s)
        return connected


class SerialScale(Scale):
    """A serial scale read on a worker thread, reconnecting by itself."""

    def __init__(self, settings: ScaleSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.connected = False
        self._latest: ScaleReading | None = None
        self._reader: ReaderThread | None = None

    def start(self) -> None:
        if self._reader is not None:
            return
        worker = ScaleWorker(self.settings)
        self._reader = ReaderThread(worker, f"scale {self.settings.port}", (
            (worker.weighed, self.on_weighed),
            (worker.connection_changed, self.on_connection_changed)))

    def stop(self, timeout_ms: int = 3000) -> bool:
        if self._reader is None:
            return True
        ended = self._reader.stop(timeout_ms)
        if ended:
            self._reader = None
        return ended

    def latest(self) -> ScaleReading | None:
        return self._latest if self.connected else None

    @Slot(object)
    def on_weighed(self, reading: ScaleReading) -> None:
        self._latest = reading
        self.weighed.emit(reading)

    @Slot(bool, str)
    def on_connection_changed(self, connected: bool, message: str) -> None:
        self.connected = connected
        if not connected:
            self._latest = None
        self.connection_changed.emit(connected, message)
