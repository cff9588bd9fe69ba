"""The station's status bar: who, where, and whether the parts around it are healthy.

Signed-in user, station, printer, scanner, database, last order pull, outbox backlog.
A pull's summary (orders held, changed at the store, quarantined) shows in the pull field;
the outbox field turns amber at the first refused message or refused store credentials.
The database/outbox/pull facts come from a ``probe`` callable the app wiring supplies;
it runs on a worker thread on a timer (and on "Pull now"), never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QPushButton, QStatusBar, QWidget

from packdesk.i18n import SOURCE_LANGUAGE
from packdesk.resources import resource_path
from packdesk.sync.pull import SyncRound

from .language import current_language
from .theme import current_theme
from .widgets import ElidedLabel, plain_tooltip
from .worker import TaskRunner


@dataclass(frozen=True)
class StationHealth:
    """What the probe found, for the status bar."""

    database: str  # "SQLite packdesk.db" / "PostgreSQL db@host"
    database_ok: bool = True
    database_error: str = ""
    outbox_backlog: int | None = None  # pending messages for the stores
    outbox_failed: int = 0  # refused for good: a lead must look
    outbox_refused: tuple[str, ...] = ()  # stores that refused our credentials: sending stopped
    outbox_problems: tuple[str, ...] = ()  # "order: the store's words" of refused messages
    last_pull: datetime | None = None
    pull_error: str = ""


HealthProbe = Callable[[], StationHealth]
BAR_PIXELS = 18  # readable at a metre
BAR_SPACING = 6  # QStatusBar's gap between its permanent widgets
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum width"


def bar_font(base: QFont) -> QFont:
    result = QFont(base)
    result.setPixelSize(BAR_PIXELS)
    return result
# (source, pages, orders so far), called from the pulling thread.
PullProgress = Callable[[str, int, int], None]
# Runs on a worker thread; reports each stored page to the callable it is given.
PullAction = Callable[[PullProgress], object]


ALARMING = ("bad", "warn")


class _Light(ElidedLabel):
    """A status field: green/amber/red background with a short text.

    When the bar is too narrow for every field (1024 pixels, a long store name, another
    language) the bar narrows some fields and each shows the start of its text with "…";
    ``full_text`` and the tooltip keep all of it."""

    COLORS = {"ok": ("#d8f0dd", "#0b3d1a"), "warn": ("#ffe08a", "#000000"),
              "bad": ("#b3001b", "#ffffff"), "off": ("#e4e4e4", "#000000")}

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName(name)
        self.state = "off"
        self.setFont(bar_font(self.font()))
        self.set_state("off", "")

    def set_state(self, state: str, text: str, tip: str = "") -> None:
        self.state = state
        background, foreground = self.COLORS[state]
        if current_theme() == "high-contrast":
            # The state is also a shape (tick, triangle, cross, dash): not colour alone.
            # (Wider: the standard bar keeps to colour so it fits 1024 pixels.)
            icon = resource_path("icons", f"status-{state}.svg").as_posix()
            self.setStyleSheet(f"QLabel {{ background-color: {background}; color: {foreground};"
                               f" background-image: url({icon}); background-repeat: no-repeat;"
                               " background-position: left center; font-weight: bold;"
                               " padding: 2px 4px 2px 20px; border-radius: 3px; }")
        else:
            self.setStyleSheet(f"QLabel {{ background: {background}; color: {foreground};"
                               " padding: 2px 8px; border-radius: 3px; }")
        self.set_full_text(text)
        self.setToolTip(tip or text)
        bar = self.parent()
        if isinstance(bar, StationStatusBar):
            bar.fit_lights()


class StationStatusBar(QStatusBar):
    pull_requested = Signal()
    pull_progressed = Signal(str, int, int)  # source, pages, orders so far (from the worker)

    def __init__(self, station: str, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None, probe: HealthProbe | None = None,
                 pull: PullAction | None = None, interval_ms: int = 30_000,
                 pull_interval_ms: int = 300_000) -> None:
        super().__init__(parent)
        self._fields_ready = False  # set once every field exists
        self.setSizeGripEnabled(False)
        self.user = _Light("statusUser", self)
        self.station = _Light("statusStation", self)
        self.printer = _Light("statusPrinter", self)
        self.scanner = _Light("statusScanner", self)
        self.database = _Light("statusDatabase", self)
        self.pull_state = _Light("statusPull", self)
        self.outbox = _Light("statusOutbox", self)
        self.pull_button = QPushButton(self.tr("P&ull now"), self)
        self.pull_button.setObjectName("pullNow")
        self.pull_button.setFont(bar_font(self.pull_button.font()))
        self.pull_button.setToolTip(self.tr("Fetch new orders from the stores now"))
        for widget in (self.user, self.station, self.printer, self.scanner, self.database,
                       self.pull_state, self.outbox):
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.pull_button)
        self.station.set_state("ok", station, self.tr("Station {name}").format(name=station))
        self.set_user(None)
        self.set_printer("off", self.tr("Printer: idle"))
        self.set_scanner(False, self.tr("no scanner yet"))
        self.database.set_state("off", self.tr("Database: …"))
        self.pull_state.set_state("off", self.tr("Last pull: never"))
        self.outbox.set_state("off", self.tr("Outbox: …"))
        self._fields_ready = True

        self._runner = runner
        self._probe = probe
        self._pull = pull
        self._probing = False
        self._pulling = False
        self.pull_button.setVisible(pull is not None)
        self.pull_button.clicked.connect(self.on_pull_clicked)
        self.pull_progressed.connect(self.on_pull_progressed)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)
        self._pull_timer = QTimer(self)
        self._pull_timer.setInterval(pull_interval_ms)
        self._pull_timer.timeout.connect(self.on_pull_clicked)

    def start(self) -> None:
        if self._probe is not None and self._runner is not None:
            self._timer.start()
            self.refresh()
        if self._pull is not None and self._runner is not None:
            self._pull_timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._pull_timer.stop()

    # --- fitting the fields into the bar's width -------------------------------------------

    # The order in which fields give up width when the bar is too narrow: who and where
    # first, the stores' outbox last; a field showing trouble (amber, red) keeps its width.
    SHRINK_ORDER = ("statusUser", "statusStation", "statusScanner", "statusCamera",
                    "statusDatabase", "statusPrinter", "statusPull", "statusOutbox")

    def fit_lights(self) -> None:
        if not self._fields_ready:
            return
        lights = [w for w in self.findChildren(_Light) if w.isVisibleTo(self)]
        button = self.pull_button.sizeHint().width() if self.pull_button.isVisibleTo(self) else 0
        # The bar's left margin is two gaps; a few pixels spare, or the layout squeezes
        # every field by one pixel and each loses its last letter.
        room = self.width() - BAR_SPACING * (len(lights) + 2) - button - 4
        widths = {light: light.full_width() for light in lights}
        deficit = sum(widths.values()) - room

        def rank(light: _Light) -> tuple[bool, int]:
            name = light.objectName()
            order = self.SHRINK_ORDER.index(name) if name in self.SHRINK_ORDER else 0
            return light.state in ALARMING, order

        for light in sorted(lights, key=rank):
            give = max(0, min(deficit, widths[light] - light.floor_width()))
            widths[light] -= give
            deficit -= give
        for light in lights:
            wanted = widths[light] if widths[light] < light.full_width() else QWIDGETSIZE_MAX
            if light.maximumWidth() != wanted:
                light.setMaximumWidth(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_lights()

    # --- fields ----------------------------------------------------------------------------

    def set_user(self, name: str | None, role: str = "") -> None:
        if name:
            self.user.set_state("ok", self.tr("{name} · {role}").format(name=name, role=role),
                                self.tr("Signed in: {name} ({role})").format(name=name, role=role))
        else:
            self.user.set_state("warn", self.tr("Nobody signed in"))

    def set_printer(self, state: str, text: str, tip: str = "") -> None:
        self.printer.set_state(state, text, tip)

    @Slot(bool, str)
    def set_scanner(self, connected: bool, message: str) -> None:
        """The scanner's own words ("scanner on /dev/ttyACM0 connected", "scanner sends
        unreadable data: check its baud rate"), green while it delivers scans."""
        # The scanner's words are English: in another language the label says OK or not
        # working in the station's words and the tooltip carries the scanner's own.
        own = bool(message) and current_language() == SOURCE_LANGUAGE
        text = (message[:1].upper() + message[1:]) if own else (
            self.tr("Scanner OK") if connected else self.tr("Scanner: not working"))
        tip = self.tr("Scanner: {message}").format(message=message or text)
        self.scanner.set_state("ok" if connected else "bad", text, tip)

    @Slot(object)
    def show_health(self, health: StationHealth) -> None:
        if health.database_ok:
            self.database.set_state("ok", health.database,
                                    self.tr("Database: {name}").format(name=health.database))
        else:
            self.database.set_state(
                "bad", self.tr("Database unreachable: {name}").format(name=health.database),
                health.database_error)
        if health.outbox_backlog is None:
            self.outbox.set_state("off", self.tr("Outbox: —"))
        elif health.outbox_refused:
            stores = ", ".join(health.outbox_refused)
            self.outbox.set_state(
                "warn", self.tr("Outbox stopped: {stores} refused the token").format(stores=stores),
                self.tr("The store token was refused: Admin > Store connections ({stores})").format(
                    stores=stores))
        else:
            failing = bool(health.outbox_failed)
            state = "warn" if failing or health.outbox_backlog > 20 else "ok"
            text = self.tr("Outbox: {count}").format(count=health.outbox_backlog)
            if health.outbox_failed:
                text += self.tr(", {failed} failed").format(failed=health.outbox_failed)
            self.outbox.set_state(state, text, plain_tooltip("\n".join(health.outbox_problems))
                                  if health.outbox_problems else "")
        if health.pull_error:
            self.pull_state.set_state("bad", self.tr("Pull failed"), health.pull_error)
        elif health.last_pull is not None:
            self.pull_state.set_state("ok", self.tr("Last pull: {time}").format(
                time=health.last_pull.strftime("%H:%M")))

    # --- background work ------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        if self._probe is None or self._runner is None or self._probing:
            return
        self._probing = True
        self._runner.submit(self._probe, self.on_probe_done, self.on_probe_failed)

    def on_probe_done(self, health: object) -> None:
        self._probing = False
        if isinstance(health, StationHealth):
            self.show_health(health)

    def on_probe_failed(self, error: BaseException) -> None:
        self._probing = False
        self.database.set_state("bad", self.tr("Database unreachable"), str(error))

    @Slot()
    def on_pull_clicked(self) -> None:
        if self._pull is None or self._runner is None or self._pulling:
            return
        self._pulling = True
        self.pull_button.setEnabled(False)
        self.pull_state.set_state("warn", self.tr("Pulling orders…"))
        self.pull_requested.emit()
        pull, report = self._pull, self.pull_progressed.emit  # a queued signal: thread-safe
        self._runner.submit(lambda: pull(report), self.on_pull_done, self.on_pull_failed)

    @Slot(str, int, int)
    def on_pull_progressed(self, source: str, pages: int, orders: int) -> None:
        if self._pulling:
            self.pull_state.set_state(
                "warn",
                self.tr("Pulling: %n order(s)", "", orders) + self.tr(", page %n", "", pages),
                source)

    def on_pull_done(self, result: object) -> None:
        self._pulling = False
        self.pull_button.setEnabled(True)
        self.show_pull(result)
        self.refresh()

    def show_pull(self, result: object) -> None:
        """A pull's outcome: held order numbers and store errors in the field, the rest in its tip."""
        text = self.tr("Last pull: {time}").format(time=datetime.now().strftime("%H:%M"))
        line = result.line() if isinstance(result, SyncRound) else str(result or "")
        if isinstance(result, SyncRound) and result.errors:
            self.pull_state.set_state("bad", self.tr("Pull failed"), plain_tooltip("\n".join(result.errors)))
        elif isinstance(result, SyncRound) and result.held_numbers:
            held = result.held_numbers
            shown = ", ".join(held[:5]) + ("…" if len(held) > 5 else "")
            # The held orders first: when the bar is narrow, the end of the field is cut.
            self.pull_state.set_state(
                "warn", self.tr("%n held: ", "", len(held)) + shown + " · " + text, plain_tooltip(line))
        else:
            self.pull_state.set_state("ok", text, plain_tooltip(line) if line else "")

    def on_pull_failed(self, error: BaseException) -> None:
        self._pulling = False
        self.pull_button.setEnabled(True)
        self.pull_state.set_state("bad", self.tr("Pull failed"), str(error))
