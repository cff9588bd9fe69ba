"""The station window: scan field, verdict banner, the screens, the status bar.

The window is the station's controller. Every scan and every action goes to the
:class:`~packdesk.services.station.StationService` on a worker thread, one at a time and
in order (a serial :class:`TaskRunner`), and the screens are redrawn from what the service
returns after its commit: feedback is never shown for a scan that is not stored.

Screens live in a ``QStackedWidget``: sign-in, queue, pick, pack, and for leads and admins
the dashboard and admin area (built elsewhere, loaded lazily, offered only to those roles;
the services refuse a packer whatever path opens them).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from packdesk.domain.errors import DomainError
from packdesk.domain.model import Role, ScanOutcome
from packdesk.domain.scancodes import classify
from packdesk.domain.tracking import carrier_label_number
from packdesk.hardware.printers import JobStatus, PrintJob
from packdesk.hardware.scanners import Scan, Scanner
from packdesk.services.auth import Actor
from packdesk.services.errors import is_database_trouble
from packdesk.services.printing import (
    PACKING_SLIP,
    SHIPPING_LABEL,
    DocumentsToPrint,
    PrintOutcome,
)
from packdesk.services.screens import ScreenServices
from packdesk.services.station import (
    OrderView,
    Phase,
    ScanVerdict,
    ShipResult,
    StationFlow,
    StationService,
    StationState,
    StopReason,
)

from .feedback import FeedbackBanner, FeedbackKind, Sounds
from .noteconflict import GiftMessageGate, NoteRequestsView
from .packview import PackScreen
from .pickview import PickScreen
from .queueview import QueueScreen
from .signin import SignInScreen
from .statusbar import HealthProbe, PullAction, StationStatusBar
from .verdicts import Feedback, feedback_for, print_problems
from .weighpanel import ParcelReady, WeighPanel
from .widgets import scale_fonts, set_font, text_label
from .words import error_text, role_name
from .worker import TaskRunner

log = logging.getLogger(__name__)

# The station is usable from 1024x600 up; texts are designed for FULL_SIZE, the size the
# window opens at where the screen has room, and shrink in proportion below it (never
# under MIN_SCALE).
MIN_WIDTH, MIN_HEIGHT = 1024, 600
FULL_SIZE = (1280, 860)
MIN_SCALE = 0.55
BAR_PIXELS = 20  # menu text: readable at a metre
SWITCH_USER_SECONDS = 15.0  # a badge scanned twice mid-order within this switches user
REPRINT_SECONDS = 15.0  # F7 pressed twice within this prints the documents again
DEFAULT_IDLE_MS = 10 * 60 * 1000

# Lead/admin screens built by another part of the project; absent modules mean no menu.
LEAD_SCREENS: dict[str, tuple[str, str, Role]] = {
    "dashboard": ("packdesk.ui.dashboard", "DashboardWidget", Role.LEAD),
    "admin": ("packdesk.ui.admin", "AdminWidget", Role.ADMIN),
    "notes": ("packdesk.ui.noteconflict", "NoteConflictWidget", Role.LEAD),
    "returns": ("packdesk.ui.returnsview", "ReturnsWidget", Role.PACKER),
    "returns_report": ("packdesk.ui.returnsview", "ReturnsReportWidget", Role.LEAD),
}

GiftCardPrinter = Callable[[OrderView], PrintOutcome]


def module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


# The queue screen lists the first orders in queue order; the counts cover every order.
# (Listing all of 100,000 open orders took ~0.5 GB and seconds of the GIL after every
# order shipped; see docs/benchmarks.md.) Any order can still be taken by its number.
QUEUE_ROWS = 500


class MainWindow(QMainWindow):
    scan_handled = Signal(object)  # ScanVerdict, after the banner shows it
    state_shown = Signal(object)  # StationState, after the screens show it
    action_failed = Signal(str)  # a refused action's message, after the banner shows it

    def __init__(
        self,
        service: StationService,
        scanner: Scanner,
        *,
        screens: ScreenServices,
        sounds: Sounds | None = None,
        idle_ms: int = DEFAULT_IDLE_MS,
        health_probe: HealthProbe | None = None,
        pull: PullAction | None = None,
        carriers: Sequence[tuple[str, str]] = (),
        gift_card_printer: GiftCardPrinter | None = None,
        batch_size: int = 3,
        weighing: WeighPanel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stationWindow")
        # The box and weighing step before the label (only with a scale attached).
        self.weighing = weighing
        self.parcel: ParcelReady | None = None
        self.service = service
        self.screens = screens
        self.scanner = scanner
        self.sounds = sounds or Sounds(self, enabled=False)
        self.gift_card_printer = gift_card_printer
        self.batch_size = batch_size
        self.actor: Actor | None = None
        self.state: StationState | None = None
        # Asks, when signing out with an order in hand, whether to keep it or put it back.
        self.sign_out_box: QMessageBox | None = None
        self.lead_screens: dict[str, QWidget] = {}
        # Each in a scroll area: on a small screen it scrolls instead of being squeezed.
        self.lead_pages: dict[str, QScrollArea] = {}
        self.gift_gate = GiftMessageGate(service, screens.notes, self.call, self)
        self.setWindowTitle(self.tr("packdesk — {station}").format(station=service.station_name))

        # One service call at a time, in order; reads that may overlap go to the other pool.
        self.station_tasks = TaskRunner(self, serial=True, name="station")
        self.read_tasks = TaskRunner(self, name="reads")
        self.station_tasks.task_failed.connect(self.on_unexpected_error)
        self.read_tasks.task_failed.connect(self.on_unexpected_error)

        # --- widgets ----------------------------------------------------------------------
        central = QWidget(self)
        self.scan_entry = QLineEdit(central)
        self.scan_entry.setObjectName("scanEntry")
        set_font(self.scan_entry, 18)
        self.scan_entry.setPlaceholderText(self.tr("Scan here — or type a code and press Enter"))
        self.scan_entry.setClearButtonEnabled(True)
        scan_label = text_label(self.tr("Sc&an:"), central, points=18)
        scan_label.setBuddy(self.scan_entry)
        self.user_label = text_label("", central, name="userLabel", points=18)
        self.banner = FeedbackBanner(central)
        self.stack = QStackedWidget(central)
        self.signin = SignInScreen(service.station_name, self.stack)
        self.queue = QueueScreen(self.stack)
        self.pick = PickScreen(self.stack)
        self.pack = PackScreen(self.stack)
        for screen in (self.signin, self.queue, self.pick, self.pack):
            self.stack.addWidget(screen)
        # The notes' requests per line, under the customer's note on the pack screen.
        self.note_requests = NoteRequestsView.under(self.pack.note_box, screens.notes,
                                                    self.read_tasks.submit)
        if carriers:
            self.pack.set_carriers(carriers)
        if weighing is not None:
            pack_layout = self.pack.layout()
            assert isinstance(pack_layout, QVBoxLayout)
            pack_layout.insertWidget(pack_layout.indexOf(self.pack.missing) + 1, weighing)
            weighing.hide()
            weighing.parcel_ready.connect(self.on_parcel_ready)
            weighing.refused.connect(self.on_parcel_refused)

        top = QHBoxLayout()
        top.addWidget(scan_label)
        top.addWidget(self.scan_entry, 1)
        top.addWidget(self.user_label)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status = StationStatusBar(service.station_name, self, runner=self.read_tasks,
                                       probe=health_probe, pull=pull)
        self.setStatusBar(self.status)
        self._build_actions()

        # --- signals ----------------------------------------------------------------------
        self.scan_entry.returnPressed.connect(self.on_scan_entry_return)
        scanner.scanned.connect(self.on_scanned)
        scanner.connection_changed.connect(self.status.set_scanner)
        self.signin.pin_submitted.connect(self.on_pin_submitted)
        self.queue.next_requested.connect(self.on_next_requested)
        self.queue.take_requested.connect(self.on_take_requested)
        self.queue.refresh_requested.connect(self.refresh_queue)
        self.pick.short_pick_requested.connect(self.on_short_pick_requested)
        self.pack.acknowledge_requested.connect(self.on_acknowledge_requested)
        self.pack.gift_step_requested.connect(self.on_gift_step_requested)
        self.pack.gift_card_print_requested.connect(self.on_gift_card_print_requested)
        self.pack.print_requested.connect(self.on_print_requested)
        self.pack.reprint_requested.connect(self.on_reprint_requested)
        self.pack.ship_requested.connect(self.on_ship_requested)
        self.pack.override_requested.connect(self.on_override_requested)
        self.pack.relabel_needed.connect(self.on_relabel_needed)
        # A quality check's key sends the code a printed command sheet would.
        self.pack.quality_code.connect(lambda code: self.on_scanned(Scan.of(code, "keyboard")))
        self.status.pull_requested.connect(self.refresh_queue_later)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_ms)
        self.idle_timer.timeout.connect(self.on_idle_timeout)
        self._app_filter_installed = False
        self.banner.show_feedback(FeedbackKind.INFO, self.tr("Station {name} is ready").format(
            name=service.station_name))
        self.stack.setCurrentWidget(self.signin)
        self.stack.currentChanged.connect(self.on_screen_changed)
        self.pending_switch: tuple[str, float] | None = None  # (badge, monotonic time)
        # Documents held for the packer's word: text no font prints (F7 goes on, Esc stops).
        self.pending_print: tuple[DocumentsToPrint, Callable[[Any], None]] | None = None
        self.pending_reprint: tuple[int, float] | None = None  # (order id, monotonic time)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.resize(*FULL_SIZE)

    # --- set-up -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        bar_font = QFont(self.menuBar().font())
        bar_font.setPixelSize(BAR_PIXELS)
        self.menuBar().setFont(bar_font)
        station_menu = self.menuBar().addMenu(self.tr("&Station"))
        station_menu.setFont(bar_font)
        self.undo_action = QAction(self.tr("&Undo last scan"), self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.on_undo_requested)
        self.batch_action = QAction(self.tr("&Batch pick (several small orders)"), self)
        self.batch_action.setShortcut(QKeySequence(Qt.Key.Key_F3))
        self.batch_action.triggered.connect(self.on_batch_requested)
        self.queue_action = QAction(self.tr("Back to the &station screen"), self)
        self.queue_action.setShortcut(QKeySequence(Qt.Key.Key_F4))
        self.queue_action.triggered.connect(self.on_show_queue)
        self.focus_action = QAction(self.tr("Back to the &scan field"), self)
        self.focus_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.focus_action.triggered.connect(self.on_escape)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.sign_out_action.triggered.connect(self.on_sign_out_requested)
        # F2 on the queue screen is its "Next order" button; elsewhere it says why not.
        self.next_action = QAction(self.tr("&Next order"), self)
        self.next_action.setObjectName("nextAction")
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.next_action.triggered.connect(self.on_next_elsewhere)
        for action in (self.undo_action, self.batch_action, self.next_action, self.queue_action,
                       self.focus_action, self.sign_out_action):
            station_menu.addAction(action)
            self.addAction(action)  # shortcuts work with the menu closed

        self.lead_menu = self.menuBar().addMenu(self.tr("&Lead"))
        self.lead_menu.setObjectName("leadMenu")
        self.lead_menu.setFont(bar_font)
        self.admin_menu = self.menuBar().addMenu(self.tr("&Admin"))
        self.admin_menu.setObjectName("adminMenu")
        self.admin_menu.setFont(bar_font)
        self.lead_actions: dict[str, QAction] = {}
        texts = {"dashboard": (self.tr("&Dashboard"), "Ctrl+D"),
                 "admin": (self.tr("Admin &area"), "Ctrl+Shift+A"),
                 "notes": (self.tr("&Note conflicts"), "Ctrl+Shift+N"),
                 "returns": (self.tr("&Returns at the bench"), "Ctrl+R"),
                 "returns_report": (self.tr("&Returns by reason and product"), "Ctrl+Shift+R")}
        for key in LEAD_SCREENS:
            text, shortcut = texts[key]
            action = QAction(text, self)
            action.setObjectName(f"{key}Action")
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, k=key: self.open_lead_screen(k))
            self.lead_actions[key] = action
            menu = {"admin": self.admin_menu, "returns": station_menu}.get(key, self.lead_menu)
            menu.addAction(action)
            self.addAction(action)
        self.lead_menu.addSeparator()
        self.next_after_ship_action = QAction(
            self.tr("Take the &next order after each shipment"), self)
        self.next_after_ship_action.setObjectName("nextAfterShipAction")
        self.next_after_ship_action.setCheckable(True)
        self.next_after_ship_action.setChecked(True)
        self.next_after_ship_action.setToolTip(self.tr(
            "Where the picker is the packer, the next order is taken by itself once an "
            "order ships"))
        self.next_after_ship_action.toggled.connect(self.on_next_after_ship_toggled)
        self.lead_menu.addAction(self.next_after_ship_action)
        # The admin area's pages by name, as the README points to them ("Admin > Store
        # connections"); they follow the admin area action's visibility.
        self.admin_menu.addSeparator()
        pages = [self.tr("&Bins"), self.tr("&Products"), self.tr("&Users"),
                 self.tr("S&tations"), self.tr("Store &connections")]
        self.admin_page_actions: list[QAction] = []
        for index, text in enumerate(pages):
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, i=index: self.open_admin_page(i))
            self.admin_menu.addAction(action)
            self.admin_page_actions.append(action)
        self._update_role_actions()

    def open_admin_page(self, index: int) -> None:
        if self.open_lead_screen("admin"):
            tabs = getattr(self.lead_screens.get("admin"), "tabs", None)
            if tabs is not None and 0 <= index < tabs.count():
                tabs.setCurrentIndex(index)

    def _update_role_actions(self) -> None:
        for key, action in self.lead_actions.items():
            module, _cls, role = LEAD_SCREENS[key]
            allowed = (self.actor is not None and self.actor.can(role)
                       and module_available(module))
            action.setVisible(allowed)
            action.setEnabled(allowed)
        for page_action in self.admin_page_actions:
            page_action.setVisible(self.lead_actions["admin"].isVisible())
            page_action.setEnabled(self.lead_actions["admin"].isEnabled())
        lead = self.actor is not None and self.actor.can(Role.LEAD)
        self.next_after_ship_action.setVisible(lead)
        self.next_after_ship_action.setEnabled(lead)
        if lead:
            self.read_tasks.submit(self.service.flow, self.on_flow_loaded)
        for menu in (self.lead_menu, self.admin_menu):
            menu.menuAction().setVisible(any(a.isVisible() and not a.isSeparator()
                                             for a in menu.actions()))
        signed_in = self.actor is not None
        for action in (self.undo_action, self.batch_action, self.queue_action,
                       self.sign_out_action):
            action.setEnabled(signed_in)
        self._update_next_action()

    def _update_next_action(self) -> None:
        # Disabled on the queue screen, where the "Next order" button owns F2.
        self.next_action.setEnabled(self.actor is not None
                                    and self.stack.currentWidget() is not self.queue)

    @Slot(int)
    def on_screen_changed(self, _index: int) -> None:
        """A new screen: no text field on it is in use yet, so scans go to the scan field."""
        self._update_next_action()
        self.scan_entry.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        size = event.size()
        # Height is what runs out first on a wide small screen: it counts more.
        scale = min(1.0, size.width() / FULL_SIZE[0], (size.height() / FULL_SIZE[1]) ** 1.5)
        central = self.centralWidget()
        if central is not None:
            scale = max(MIN_SCALE, scale)
            scale_fonts(central, scale)
            banner_layout = self.banner.layout()
            if banner_layout is not None:  # its margins shrink with its text
                margin = round(14 * scale)
                banner_layout.setContentsMargins(24, margin, 24, margin)

    def show_on_screen(self, available: QRect | None = None) -> None:
        """Show the window at its preferred size where the screen has room for it, else
        filling the screen (``available``: the screen's room, by default the screen's own).
        A bench PC's 1366x768 or 1024x600 screen showed the 1280x860 window with its
        bottom rows (the Ship button, the status bar) below the screen's edge."""
        room = available if available is not None else self.screen().availableGeometry()
        if room.width() >= FULL_SIZE[0] and room.height() >= FULL_SIZE[1]:
            self.resize(*FULL_SIZE)
            self.show()
            return
        # Sized by hand: without a window manager (a kiosk) nothing maximizes; with one,
        # maximized on its own screen, inside the panels.
        self.setGeometry(QRect(room.topLeft(), room.size().expandedTo(self.minimumSize())))
        if available is None:
            self.showMaximized()
        else:
            self.show()

    def start(self) -> None:
        """Connect the scanner, restore where the station was, and start the timers."""
        app = QApplication.instance()
        if app is not None and not self._app_filter_installed:
            app.installEventFilter(self)
            self._app_filter_installed = True
        self.scanner.start()
        self.status.start()
        self.read_tasks.submit(self.service.user_names, self.signin.set_names,
                               lambda error: log.warning("user names: %s", error))
        self.call(self.service.resume, self.show_state)
        self.scan_entry.setFocus()

    def stop(self) -> None:
        self.idle_timer.stop()
        self.status.stop()
        self.scanner.stop()
        app = QApplication.instance()
        if app is not None and self._app_filter_installed:
            app.removeEventFilter(self)
            self._app_filter_installed = False
        self.station_tasks.wait_for_done(10_000)
        self.read_tasks.wait_for_done(10_000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.stop()
        super().closeEvent(event)

    # --- running service calls ------------------------------------------------------------

    def call(self, func: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run a service call off the GUI thread, in order with the scans."""
        self.station_tasks.submit(func, on_done, on_error or self.on_action_error)

    def call_then_state(self, func: Callable[[], Any], on_done: Callable[[Any], None],
                        on_error: Callable[[BaseException], None] | None = None) -> None:
        """``func`` and then the station's state, in one trip to the worker."""
        service = self.service

        def both() -> tuple[Any, StationState]:
            return func(), service.state()

        def done(result: tuple[Any, StationState]) -> None:
            value, state = result
            on_done(value)
            self.show_state(state)

        self.call(both, done, on_error)

    # --- feedback ---------------------------------------------------------------------------

    def show_feedback(self, feedback: Feedback) -> None:
        self.banner.show_feedback(feedback.kind, feedback.headline, feedback.detail)
        if feedback.kind in (FeedbackKind.ACCEPT, FeedbackKind.REFUSE, FeedbackKind.COMPLETE):
            self.sounds.play(feedback.kind)
        elif feedback.kind is FeedbackKind.WARN:
            self.sounds.play(FeedbackKind.REFUSE)

    @Slot(object)
    def on_action_error(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            message = error_text(error)
        elif is_database_trouble(error):
            log.warning("database trouble: %s", error)
            message = self.tr("The database cannot be reached, so nothing was recorded: "
                              "try again in a moment (the status bar shows when it is back)")
            self.status.refresh()
        else:
            log.error("station action failed", exc_info=error)
            message = self.tr("Something went wrong: {error}").format(error=error_text(error))
        self.show_feedback(Feedback(FeedbackKind.REFUSE, self.tr("Not done"), message))
        self.action_failed.emit(message)

    def on_scan_error(self, raw: str, error: BaseException) -> None:
        """A scan the service could not store: say so, so the packer scans it again."""
        if isinstance(error, DomainError):
            self.on_action_error(error)
            return
        # A badge is a credential: never in the log, and not spelled out on the screen.
        kind = classify(raw).kind
        code = self.tr("the badge") if kind == "badge" else raw
        if is_database_trouble(error):
            log.warning("a %s scan was not stored: %s", kind, error)
            detail = self.tr("The database cannot be reached: scan {code} again when the "
                             "status bar shows it is back").format(code=code)
            self.status.refresh()
        else:
            log.error("a %s scan failed", kind, exc_info=error)
            detail = self.tr("{code}: {error} — scan it again").format(code=code,
                                                                     error=error_text(error))
        self.show_feedback(Feedback(FeedbackKind.REFUSE, self.tr("Scan NOT recorded"), detail))
        self.action_failed.emit(detail)

    @Slot(object)
    def on_unexpected_error(self, error: object) -> None:
        self.banner.show_feedback(FeedbackKind.REFUSE, self.tr("Something went wrong"),
                                  error_text(error) if isinstance(error, BaseException)
                                  else str(error))

    # --- scans ----------------------------------------------------------------------------

    @Slot()
    def on_scan_entry_return(self) -> None:
        text = self.scan_entry.text().strip()
        self.scan_entry.clear()
        if text:
            self.on_scanned(Scan.of(text, "keyboard"))

    @Slot(object)
    def on_scanned(self, scan: Scan) -> None:
        self.idle_timer.start()
        raw = scan.raw
        returns_screen = self.lead_screens.get("returns")
        if (returns_screen is not None and self.current_screen() == "returns"
                and classify(raw).kind != "badge"):
            returns_screen.handle_scan(raw)  # type: ignore[attr-defined]
            return
        tracking = self.pack.tracking
        if tracking.hasFocus() and tracking.isVisible() and classify(raw).kind != "badge":
            # The carrier's label scanned into the tracking field, not into the order; what
            # a person typed there is never overwritten.
            typed = tracking.text().strip()
            if not typed or typed == raw.strip():
                tracking.setText(raw.strip())
            else:
                self.show_feedback(Feedback(
                    FeedbackKind.WARN, self.tr("The tracking field already holds {typed}").format(
                        typed=typed),
                    self.tr("Scanned {code}: clear the field first to use it instead").format(
                        code=raw.strip())))
            return
        if self.carrier_label_scanned(raw):
            return
        if self.weighing is not None and self.weighing.waiting and self.weighing.on_scan(raw):
            return  # the box's barcode, or a lead's badge letting a parcel go
        if self.switch_user_confirmed(raw):
            service = self.service

            def switch() -> tuple[ScanVerdict, StationState]:
                service.sign_out()
                return service.handle_scan_and_state(raw)

            self.call(switch, self.on_scan_done, lambda error: self.on_scan_error(raw, error))
            return
        service = self.service
        # If the scan is the order's shipping label, it ships as F10 would: with the ship
        # bar's carrier, weight and tracking number.
        ship_with = (self.pack.shipment_inputs()
                     if self.stack.currentWidget() is self.pack and self.pack.order is not None
                     else None)
        self.call(lambda: service.handle_scan_and_state(raw, ship_with), self.on_scan_done,
                  lambda error: self.on_scan_error(raw, error))

    def carrier_label_scanned(self, raw: str) -> bool:
        """A packed order that ships with the carrier's pre-printed label takes a bare scan
        of it, no key: a carrier's number ships the order as F10 would (shown in
        Tracking); a misread one is refused by the service in its one sentence
        and Tracking stays empty for the next try. Anything else goes on as a scan."""
        pack = self.pack
        if (self.stack.currentWidget() is not pack or not pack.wants_carrier_label()
                or pack.tracking.text().strip() or classify(raw).kind == "badge"):
            return False
        check = carrier_label_number(raw)
        if check is None:
            return False
        carrier, weight_g, _ = pack.shipment_inputs()
        if check.valid:
            pack.tracking.setText(check.number)
        self.on_ship_requested(carrier, weight_g, raw.strip())
        return True

    def switch_user_confirmed(self, raw: str) -> bool:
        """The same badge scanned again soon after the station offered to switch to it."""
        pending, self.pending_switch = self.pending_switch, None
        return (pending is not None and pending[0] == raw.strip()
                and time.monotonic() - pending[1] <= SWITCH_USER_SECONDS)

    def _feedback_in_context(self, verdict: ScanVerdict, state: StationState) -> Feedback:
        """The verdict's words, unless the orders in hand change what the packer needs."""
        in_hand = state.phase in (Phase.PICK, Phase.PACK) and bool(state.orders)
        if verdict.outcome is ScanOutcome.SIGNED_IN and verdict.actor is not None and in_hand:
            return Feedback(FeedbackKind.ACCEPT,
                            self.tr("Welcome, {name}").format(name=verdict.actor.name),
                            self.resumed_text(state))
        if (verdict.kind == "badge" and not verdict.accepted and in_hand
                and verdict.outcome is ScanOutcome.IGNORED
                and verdict.reason in (StopReason.NONE, StopReason.NEEDS_LEAD)):
            self.pending_switch = (verdict.raw.strip(), time.monotonic())
            return Feedback(
                FeedbackKind.WARN, self.tr("A badge: switch user?"),
                self.tr("Scan the same badge again to sign in with it; order {number} stays "
                        "at this station").format(number=state.orders[0].number))
        return feedback_for(verdict)

    def resumed_text(self, state: StationState) -> str:
        """"Order #1043 resumed at bin 3 of 3": where the order in hand stands."""
        if not state.orders:
            return ""
        numbers = ", ".join(o.number for o in state.orders)
        if state.phase is Phase.PICK and state.pick_list:
            steps = len(state.pick_list)
            done = sum(1 for s in state.pick_list if s.done)
            return self.tr("Order {number} resumed at bin {step} of {steps}").format(
                number=numbers, step=min(done + 1, steps), steps=steps)
        current = state.current or state.orders[0]
        verified = sum(min(ln.progress[0], ln.progress[1]) for ln in current.lines)
        units = sum(ln.progress[1] for ln in current.lines)
        return self.tr("Order {number} resumed at packing: {done} of {units} items checked").format(
            number=current.number, done=verified, units=units)

    def on_scan_done(self, result: tuple[ScanVerdict, StationState]) -> None:
        verdict, state = result
        self.show_feedback(self._feedback_in_context(verdict, state))
        self.show_state(state, verdict)
        if verdict.shipped is not None:  # the order's label was scanned: it shipped
            self.on_shipped(verdict.shipped)
        self.scan_handled.emit(verdict)
        if verdict.order_complete and not verdict.printed and not self.service.print_on_complete:
            if self.weighing is not None and state.current is not None:
                # The box and the scale first: the label waits for the parcel's weight.
                self.parcel = None
                self.weighing.show()
                self.weighing.begin(state.current.id, self.actor)
                self.show_feedback(Feedback(
                    FeedbackKind.COMPLETE,
                    self.tr("Order {number} complete").format(number=state.current.number),
                    self.tr("Scan the box, then put the parcel on the scale")))
                return
            # The verdict is on screen first; the slip and label print behind it. With a
            # customer note to read they wait for F6 (the note may change what prints).
            if verdict.order is not None and not verdict.order.documents_unsettled:
                self.print_step(self.on_auto_printed)

    def print_step(self, on_done: Callable[[Any], None], *, carrier: str | None = None,
                   weight_g: int | None = None, tracking: str | None = None,
                   documents: tuple[str, ...] = (PACKING_SLIP, SHIPPING_LABEL)) -> None:
        """Print the packed order's documents: what to print is settled first, text no
        font can print is reported (and asked about) before anything prints."""
        service = self.service

        def prepare() -> tuple[DocumentsToPrint, str]:
            todo = service.documents_to_print(carrier=carrier, weight_g=weight_g,
                                              tracking_number=tracking, documents=documents)
            return todo, service.unprintable(todo.order)

        def prepared(result: tuple[DocumentsToPrint, str]) -> None:
            todo, sentence = result
            if sentence:
                self.pending_print = (todo, on_done)
                self.show_feedback(Feedback(
                    FeedbackKind.WARN, self.tr("Some text cannot print"),
                    sentence + " " + self.tr("— F7 prints anyway, Esc stops")))
                return
            self.carry_out(todo, on_done)

        def refused(error: BaseException) -> None:
            self.on_action_error(error)
            # A payment that could not be captured holds the order: the ship bar says so.
            self.call(service.state, self.show_state)

        self.call(prepare, prepared, refused)

    def carry_out(self, todo: DocumentsToPrint, on_done: Callable[[Any], None]) -> None:
        service = self.service
        self.call_then_state(lambda: service.carry_out(todo), on_done)

    @Slot(str)
    def on_parcel_refused(self, message: str) -> None:
        self.show_feedback(Feedback(
            FeedbackKind.REFUSE, message,
            self.tr("Check the parcel and weigh it again, or a lead scans their badge")))

    @Slot(object)
    def on_parcel_ready(self, parcel: ParcelReady) -> None:
        """Boxed and weighed (or let go by a lead): now the slip and the label."""
        self.parcel = parcel
        grams = round(parcel.measured_g) if parcel.measured_g is not None else None
        if grams is not None:
            self.pack.weight.setValue(grams)
        order = self.pack.order
        if order is not None and order.documents_unsettled:
            self.show_feedback(Feedback(
                FeedbackKind.ACCEPT, self.tr("Parcel weighed"),
                self.tr("Read the customer note, then F6: slip and label print after it")))
            return
        self.print_step(self.on_auto_printed, weight_g=grams)

    def on_auto_printed(self, outcomes: Sequence[PrintOutcome]) -> None:
        """Only a failure replaces the "order complete" banner; success needs no word."""
        problems = print_problems(tuple(outcomes))
        if problems:
            # Only the label failed: "Reprint label" prints it alone; F7 would print the
            # slip a second time.
            only_label = all(o.document == "shipping_label" for o in outcomes if not o.ok)
            hint = (self.tr("— fix the printer, then Reprint label") if only_label
                    else self.tr("— fix the printer, then reprint (F7)"))
            self.show_feedback(Feedback(
                FeedbackKind.WARN, self.tr("Order complete, but printing failed"),
                problems + " " + hint))

    # --- state -> screens ---------------------------------------------------------------------

    @Slot(object)
    def show_state(self, state: StationState, verdict: ScanVerdict | None = None) -> None:
        previous_actor = self.actor
        self.state = state
        self.actor = state.actor
        if previous_actor != self.actor:
            self._drop_lead_screens()
            self._update_role_actions()
            if self.actor is not None:
                self.status.set_user(self.actor.name, role_name(self.actor.role))
                self.user_label.setText(self.actor.name)
                self.idle_timer.start()
            else:
                self.status.set_user(None)
                self.user_label.setText("")
                self.idle_timer.stop()
                self.signin.reset()
        if self.stack.currentWidget() in self.lead_pages.values() and state.phase in (
                Phase.QUEUE, Phase.SIGN_IN) and self.actor is not None:
            self.state_shown.emit(state)
            return  # a lead looking at the dashboard stays there until they leave it
        if state.phase is Phase.SIGN_IN:
            self.stack.setCurrentWidget(self.signin)
        elif state.phase is Phase.QUEUE:
            if self.stack.currentWidget() is not self.queue:
                self.stack.setCurrentWidget(self.queue)
            self.refresh_queue()
        elif state.phase is Phase.PICK:
            self.pick.show_state(state, verdict.tote_slot if verdict else None)
            self.stack.setCurrentWidget(self.pick)
        elif state.phase is Phase.PACK and state.current is not None:
            touched = None
            if verdict is not None and verdict.expected is not None:
                for line in state.current.lines:
                    if verdict.expected.sku in (line.sku, line.sku_to_pack):
                        touched = line.id
                        break
            self.pack.show_order(state.current, touched)
            self.note_requests.show_order(state.current)
            self.stack.setCurrentWidget(self.pack)
        focused = QApplication.focusWidget()
        typing = (isinstance(focused, QLineEdit | QAbstractSpinBox | QComboBox)
                  and focused is not self.scan_entry and focused.isVisible())
        if not typing:  # a redraw must not pull the cursor out of a field being filled in
            self.scan_entry.setFocus()
        self.state_shown.emit(state)

    @Slot()
    def refresh_queue(self) -> None:
        service = self.service
        self.read_tasks.submit(lambda: service.queue(limit=QUEUE_ROWS), self.on_queue_loaded,
                               lambda error: self.queue.counts.setText(error_text(error)))

    @Slot()
    def refresh_queue_later(self) -> None:
        QTimer.singleShot(2000, self.refresh_queue)

    def on_queue_loaded(self, view: Any) -> None:
        self.queue.set_orders(view.rows, view.counts)

    # --- actions ------------------------------------------------------------------------

    @Slot(str, str)
    def on_pin_submitted(self, name: str, pin: str) -> None:
        def failed(error: BaseException) -> None:
            self.signin.set_busy(False)
            self.signin.show_error(error_text(error))
            self.on_action_error(error)

        service = self.service

        def done(result: tuple[Actor, StationState]) -> None:
            actor, state = result
            self.show_state(state)
            self.on_signed_in(actor, state)

        self.call(lambda: (service.sign_in_pin(name, pin), service.state()), done, failed)

    def on_signed_in(self, actor: Actor, state: StationState | None = None) -> None:
        resumed = self.resumed_text(state) if state is not None and state.phase in (
            Phase.PICK, Phase.PACK) else ""
        self.show_feedback(Feedback(
            FeedbackKind.ACCEPT, self.tr("Welcome, {name}").format(name=actor.name),
            resumed or self.tr("Press F2 for the next order, or scan an order barcode")))

    @Slot()
    def on_next_elsewhere(self) -> None:
        """F2 away from the queue screen: say why no new order is taken, or go and take one."""
        state = self.state
        if self.actor is None:
            return
        if state is not None and state.phase in (Phase.PICK, Phase.PACK) and state.orders:
            current = state.current or state.orders[0]
            what = (self.tr("pick it to the end") if state.phase is Phase.PICK
                    else self.tr("pack and ship it"))
            self.show_feedback(Feedback(
                FeedbackKind.WARN,
                self.tr("No new order: order {number} is in hand").format(number=current.number),
                self.tr("One order at a time: {what} first (F4 shows it)").format(what=what)))
            return
        self.on_show_queue()
        self.on_next_requested()

    @Slot()
    def on_next_requested(self) -> None:
        self.queue.set_busy(True)
        self.call_then_state(self.service.take_next, self.on_order_taken, self._queue_error)

    @Slot(str)
    def on_take_requested(self, number: str) -> None:
        self.queue.set_busy(True)
        self.call_then_state(lambda: self.service.take_order(number), self.on_order_taken,
                             self._queue_error)

    @Slot()
    def on_batch_requested(self) -> None:
        if self.actor is None:
            return
        self.queue.set_busy(True)
        size = self.batch_size
        self.call_then_state(lambda: self.service.take_batch(size), self.on_batch_taken,
                             self._queue_error)

    def _queue_error(self, error: BaseException) -> None:
        self.queue.set_busy(False)
        self.on_action_error(error)

    def on_order_taken(self, order: OrderView | None) -> None:
        self.queue.set_busy(False)
        if order is None:
            self.show_feedback(Feedback(FeedbackKind.WARN, self.tr("The queue is empty"),
                                        self.tr("No order is waiting to be packed")))
            return
        self.show_feedback(Feedback(
            FeedbackKind.ACCEPT, self.tr("Order {number} is yours").format(number=order.number),
            self.tr("Go to the first bin and scan its label")))

    def on_batch_taken(self, orders: list[OrderView]) -> None:
        self.queue.set_busy(False)
        if not orders:
            self.show_feedback(Feedback(FeedbackKind.WARN, self.tr("No small orders to batch"),
                                        self.tr("Take the next order with F2")))
            return
        self.show_feedback(Feedback(
            FeedbackKind.ACCEPT,
            self.tr("Batch of {count} orders: {numbers}").format(
                count=len(orders), numbers=", ".join(o.number for o in orders)),
            self.tr("One tote slot per order: the screen shows each item's slot")))

    @Slot(str)
    def on_short_pick_requested(self, reason: str) -> None:
        self.call_then_state(lambda: self.service.short_pick(reason), self.on_short_picked)

    def on_short_picked(self, order: OrderView) -> None:
        if order.status == "on_hold":
            self.show_feedback(Feedback(
                FeedbackKind.WARN,
                self.tr("Short pick recorded: order {number} is on hold").format(
                    number=order.number),
                self.tr("{reason}. A lead will see it; put its items aside.").format(
                    reason=order.hold_reason)))
        else:
            self.show_feedback(Feedback(
                FeedbackKind.WARN, self.tr("Short pick recorded"),
                self.tr("Another bin holds this item: follow the screen to it")))

    @Slot()
    def on_undo_requested(self) -> None:
        if self.actor is None:
            return
        service = self.service
        self.call(lambda: (service.undo_last_scan(), service.state()), self.on_scan_done)

    @Slot()
    def on_acknowledge_requested(self) -> None:
        def acknowledged(order: OrderView) -> None:
            if (order.status == "packed" and not (order.slip_printed or order.label_printed)
                    and not self.service.print_on_complete):
                # The documents waited for the note: they print now.
                self.show_feedback(Feedback(FeedbackKind.ACCEPT, self.tr("Note acknowledged"),
                                            self.tr("Slip and label are printing")))
                # The weight the ship bar shows (a weighed parcel's, if weighed).
                self.print_step(self.show_print_outcomes, weight_g=self.pack.weight.value())
                return
            self.show_feedback(Feedback(FeedbackKind.ACCEPT, self.tr("Note acknowledged"), ""))

        self.call_then_state(self.service.acknowledge_note, acknowledged)

    @Slot(str)
    def on_gift_step_requested(self, step: str) -> None:
        order = self.pack.order
        if step == "card" and order is not None:
            # A card message read from the customer's note is confirmed before the card.
            self.gift_gate.confirm_then(order, lambda _fresh: self._confirm_gift_step(step))
            return
        self._confirm_gift_step(step)

    def _confirm_gift_step(self, step: str) -> None:
        names = {"gift_slip": self.tr("Gift slip"), "card": self.tr("Message card"),
                 "wrap": self.tr("Wrapping")}
        self.call_then_state(lambda: self.service.confirm_gift_step(step),
                             lambda order: self.show_feedback(Feedback(
                                 FeedbackKind.ACCEPT,
                                 self.tr("{step} done").format(step=names.get(step, step)), "")))

    @Slot()
    def on_gift_card_print_requested(self) -> None:
        order = self.pack.order
        if order is None or self.gift_card_printer is None:
            return
        service = self.service
        # The service prints it and keeps that it printed: "message card in" waits for it
        # (in order with the station's other calls, so a card step after it finds it printed).
        self.gift_gate.confirm_then(order, lambda fresh: self.call(
            lambda: service.print_gift_card(fresh), self.on_printed_one))

    def on_printed_one(self, outcome: PrintOutcome) -> None:
        self.show_print_outcomes((outcome,))

    def show_print_outcomes(self, outcomes: Sequence[PrintOutcome]) -> None:
        problems = print_problems(tuple(outcomes))
        if problems:
            self.show_feedback(Feedback(FeedbackKind.REFUSE, self.tr("Printing failed"),
                                        problems + " " + self.tr("— fix the printer, then reprint")))
        else:
            self.show_feedback(Feedback(FeedbackKind.ACCEPT, self.tr("Printed"), ", ".join(
                dict.fromkeys(o.destination for o in outcomes if o.destination))))

    @Slot(str, int, str)
    def on_print_requested(self, carrier: str, weight_g: int, tracking: str) -> None:
        """F7: print the documents not printed yet; once both printed, ask first
        ("reprint?"), except when the shipment changed since (then the label alone)."""
        if self.pending_print is not None:  # text that cannot print: go on anyway
            todo, on_done = self.pending_print
            self.pending_print = None
            self.carry_out(todo, on_done)
            return
        if self.weighing is not None and self.weighing.waiting:
            self.show_feedback(Feedback(
                FeedbackKind.WARN, self.tr("Weigh the parcel first"),
                self.weighing.message_label.text() or self.weighing.box_label.text()))
            return
        order = self.pack.order
        if order is None:
            return
        if "relabel" in self.pack.missing_codes():
            self.print_step(self.show_print_outcomes, carrier=carrier or None, weight_g=weight_g,
                            tracking=tracking or None, documents=(SHIPPING_LABEL,))
            return
        unprinted = tuple(document for document, printed in (
            (PACKING_SLIP, order.slip_printed),
            (SHIPPING_LABEL, order.label_printed or not order.needs_label)) if not printed)
        if unprinted and unprinted != (PACKING_SLIP, SHIPPING_LABEL):
            self.print_step(self.show_print_outcomes, carrier=carrier or None, weight_g=weight_g,
                            tracking=tracking or None, documents=unprinted)
            return
        if not unprinted:
            pending, self.pending_reprint = self.pending_reprint, None
            if not (pending is not None and pending[0] == order.id
                    and time.monotonic() - pending[1] <= REPRINT_SECONDS):
                self.pending_reprint = (order.id, time.monotonic())
                self.show_feedback(Feedback(
                    FeedbackKind.WARN, self.tr("Already printed: reprint?"),
                    self.tr("Press F7 again to print slip and label again, or Reprint slip / "
                            "Reprint label for one")))
                return
        self.print_step(self.show_print_outcomes, carrier=carrier or None, weight_g=weight_g,
                        tracking=tracking or None)

    @Slot(str)
    def on_reprint_requested(self, document: str) -> None:
        if document == "shipping_label":  # for the shipment as the ship bar has it
            carrier, weight_g, tracking = self.pack.shipment_inputs()
            service = self.service

            def func() -> PrintOutcome:
                return service.reprint_label(carrier=carrier or None, weight_g=weight_g,
                                             tracking_number=tracking or None)
        else:
            func = self.service.reprint_slip
        self.call_then_state(func, self.on_printed_one)

    @Slot(str, int, str)
    def on_ship_requested(self, carrier: str, weight_g: int, tracking: str) -> None:
        self.call_then_state(
            lambda: self.service.ship(carrier or None, None, weight_g, tracking or None),
            self.on_shipped)

    def on_shipped(self, result: ShipResult) -> None:
        parcel, self.parcel = self.parcel, None
        if self.weighing is not None:
            if parcel is not None and parcel.order_id == result.order.id:
                services = self.weighing.services
                self.call(lambda: services.record_shipment(
                    result.shipment_id, parcel.box.code, parcel.measured_g), lambda _: None)
            self.weighing.reset()
            self.weighing.hide()
        self.show_feedback(Feedback(
            FeedbackKind.COMPLETE,
            self.tr("Order {number} shipped").format(number=result.order.number),
            self.tr("Tracking {tracking} · next order: F2 or scan").format(
                tracking=result.shipment.tracking_number)))
        # Where the picker is the packer the next order follows by itself (a lead's setting).
        self.call_then_state(self.service.take_next_after_ship,
                             lambda taken: self.on_next_after_ship(result, taken))

    def on_next_after_ship(self, shipped: ShipResult,
                           taken: tuple[bool, OrderView | None]) -> None:
        on, order = taken
        if not on:
            return
        number = shipped.order.number
        if order is None:
            self.banner.show_feedback(
                FeedbackKind.COMPLETE, self.tr("Order {number} shipped").format(number=number),
                self.tr("The queue is empty: no order is waiting to be packed"))
            return
        # One banner for both: the packer hears the shipment, and sees where to go next.
        self.banner.show_feedback(
            FeedbackKind.COMPLETE,
            self.tr("Order {number} shipped · next: order {next}").format(
                number=number, next=order.number),
            self.tr("Go to the first bin and scan its label"))

    @Slot(bool)
    def on_next_after_ship_toggled(self, on: bool) -> None:
        """The lead's switch: the next order by itself after each shipment, or not."""
        service = self.service
        self.call(lambda: service.set_next_after_ship(on), self.on_flow_loaded)

    def on_flow_loaded(self, flow: StationFlow) -> None:
        action = self.next_after_ship_action
        action.blockSignals(True)
        action.setChecked(flow.next_after_ship)
        action.blockSignals(False)

    @Slot(bool)
    def on_relabel_needed(self, needed: bool) -> None:
        """The ship bar now differs from the printed label: an earlier "then Ship (F10)"
        must not stay on the banner while Ship waits for a reprint."""
        if needed:
            self.show_feedback(Feedback(
                FeedbackKind.WARN, self.tr("Reprint the label before shipping (F7)"),
                self.tr("Carrier, weight or tracking changed after the label printed: the "
                        "label on the parcel must say the same")))

    @Slot(int)
    def on_override_requested(self, line_id: int) -> None:
        """The service keeps the request: the lead's badge scan that follows overrides it."""
        line = next((ln for ln in self.pack.model.lines() if ln.id == line_id), None)
        what = line.name if line else ""
        service = self.service
        self.call_then_state(lambda: service.request_override(line_id), lambda _order: (
            self.show_feedback(Feedback(
                FeedbackKind.WARN, self.tr("Lead: scan your badge to vouch for this line"),
                self.tr("{item} — Esc cancels").format(item=what)))))

    @Slot()
    def on_escape(self) -> None:
        if self.pending_print is not None:
            self.pending_print = None
            self.banner.show_feedback(FeedbackKind.INFO, self.tr("Printing stopped"))
        current = self.state.current if self.state is not None else None
        if current is not None and current.override_requested is not None:
            self.call_then_state(self.service.cancel_override, lambda cancelled: (
                self.banner.show_feedback(FeedbackKind.INFO, self.tr("Override cancelled"))
                if cancelled else None))
        self.scan_entry.setFocus()

    @Slot()
    def on_show_queue(self) -> None:
        """Back to the station's work: the order in hand, or the queue."""
        if self.actor is None:
            return
        if self.state is not None and self.state.phase in (Phase.PICK, Phase.PACK):
            lead_screen = self.stack.currentWidget()
            if lead_screen in self.lead_pages.values():
                self.stack.setCurrentWidget(self.queue)  # leave it, so show_state redraws
            self.show_state(self.state)
            self.scan_entry.setFocus()
            return
        self.stack.setCurrentWidget(self.queue)
        self.refresh_queue()
        self.scan_entry.setFocus()

    @Slot()
    def on_sign_out_requested(self) -> None:
        in_hand = self.state.orders if self.state is not None and self.actor is not None else ()
        if not in_hand:
            self.sign_out(put_back=False)
            return
        numbers = ", ".join(view.number for view in in_hand)
        box = QMessageBox(self)
        box.setObjectName("signOutBox")
        box.setWindowTitle(self.tr("Sign out"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(self.tr("Order {numbers} is in hand.").format(numbers=numbers)
                    if len(in_hand) == 1 else
                    self.tr("Orders {numbers} are in hand.").format(numbers=numbers))
        box.setInformativeText(self.tr(
            "Keep it: it stays at this station, held for {minutes} min, for whoever signs in "
            "next. Put it back: any station may take it from the queue; what was picked "
            "stays picked.").format(minutes=max(1, round(self.service.lease_seconds / 60))))
        keep = box.addButton(self.tr("Keep it here"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepButton")
        put_back = box.addButton(self.tr("Put it back in the queue"),
                                 QMessageBox.ButtonRole.DestructiveRole)
        put_back.setObjectName("putBackButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)

        def on_finished(_result: int) -> None:
            self.sign_out_box = None
            clicked = box.clickedButton()
            if clicked is keep:
                self.sign_out(put_back=False)
            elif clicked is put_back:
                self.sign_out(put_back=True)
            box.deleteLater()

        box.finished.connect(on_finished)
        self.sign_out_box = box
        box.open()

    def sign_out(self, *, put_back: bool) -> None:
        """Sign out; with ``put_back`` the orders in hand go back to the queue first."""
        service = self.service

        def run() -> int:
            released = len(service.put_back()) if put_back else 0
            service.sign_out()
            return released

        def done(released: int) -> None:
            detail = self.tr("Scan your badge to sign in")
            if released:
                detail = self.tr("The order in hand went back to the queue. {detail}").format(
                    detail=detail)
            self.banner.show_feedback(FeedbackKind.INFO, self.tr("Signed out"), detail)

        self.call_then_state(run, done)

    @Slot()
    def on_idle_timeout(self) -> None:
        if self.actor is None:
            return
        minutes = max(1, round(self.idle_timer.interval() / 60_000))
        self.call_then_state(self.service.sign_out, lambda _none: self.banner.show_feedback(
            FeedbackKind.WARN, self.tr("Signed out after {minutes} min without activity").format(
                minutes=minutes), self.tr("Scan your badge to sign in again")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and (
                self.actor is not None):
            self.idle_timer.start()
        return False

    # --- printers ----------------------------------------------------------------------------

    @Slot(object)
    def on_print_job_changed(self, job: PrintJob) -> None:
        # The printer's own words when it gave any ("paper out", a CUPS queue's reason).
        if job.status is JobStatus.FAILED:
            text = (self.tr("Printer: {says}").format(says=job.printer_says) if job.printer_says
                    else self.tr("Printer FAILED: {title}").format(title=job.title))
            self.status.set_printer("bad", text, job.reason)
        elif job.status is JobStatus.WAITING:
            self.status.set_printer("warn", self.tr("Printer holds {title}: {says}").format(
                title=job.title, says=job.printer_says or job.status.value), job.reason)
        elif job.status is JobStatus.SENT:
            text = (self.tr("Printer: {says}").format(says=job.printer_says) if job.printer_says
                    else self.tr("Printer OK"))
            self.status.set_printer("ok", text, self.tr("{title} printed").format(
                title=job.title))
        else:
            self.status.set_printer("warn", self.tr("Printing…"), self.tr("{title}: {status}").format(
                title=job.title, status=job.status.value))

    # --- lead and admin screens ---------------------------------------------------------------

    def _drop_lead_screens(self) -> None:
        # They were built for the person who opened them; the next one starts afresh.
        for page in self.lead_pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.lead_screens.clear()
        self.lead_pages.clear()

    def open_lead_screen(self, key: str) -> bool:
        """Show the dashboard or admin area; False (and nothing shown) for the wrong role."""
        module_name, class_name, role = LEAD_SCREENS[key]
        if self.actor is None or not self.actor.can(role):
            self.show_feedback(Feedback(FeedbackKind.REFUSE, self.tr("Not for this role"),
                                        self.tr("This screen needs a {role}").format(role=role_name(role))))
            return False
        widget = self.lead_screens.get(key)
        if widget is None:
            try:
                module = importlib.import_module(module_name)
                factory = getattr(module, class_name)
                widget = factory(self.screens.for_screen(key), self.actor, self.stack)
            except (ImportError, AttributeError) as error:
                self.show_feedback(Feedback(FeedbackKind.WARN, self.tr("Not available"), error_text(error)))
                return False
            except DomainError as error:
                self.on_action_error(error)
                return False
            assert isinstance(widget, QWidget)
            page = QScrollArea(self.stack)
            page.setObjectName(f"{key}Page")
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            page.setWidget(widget)
            self.lead_screens[key] = widget
            self.lead_pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self.lead_pages[key])
        names = {"dashboard": self.tr("Dashboard"), "admin": self.tr("Admin"),
                 "notes": self.tr("Note conflicts"), "returns": self.tr("Returns"),
                 "returns_report": self.tr("Returns by reason and product")}
        self.banner.show_feedback(FeedbackKind.INFO, names.get(key, key),
                                  self.tr("F4: back to the station screen"), compact=True)
        return True

    # --- for tests and screenshots -------------------------------------------------------------

    def current_screen(self) -> str:
        widget = self.stack.currentWidget()
        for key, page in self.lead_pages.items():
            if widget is page:
                return key
        return {id(self.signin): "sign_in", id(self.queue): "queue", id(self.pick): "pick",
                id(self.pack): "pack"}.get(id(widget), "")
