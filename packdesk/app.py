"""Wiring: the one place that builds the application and hands parts to the window.

``run_app`` builds the QApplication (with a translator for the system locale), opens the
database before any window shows, reads the station's settings, builds the scanner
(keyboard wedge by default, serial when the station says so), the printers (a folder in
the demo, else the station's ``printer_settings``), the station service, the screens'
services (engine -> unit-of-work factory -> services) and the window; no widget gets the
engine. ``build_main_window`` is the same assembly for tests and screenshots, with fakes.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from packdesk import config
from packdesk.services.setup import (
    DEFAULT_IDLE_MINUTES,
    SHIP_FROM_SETTING,
    StationSetup,
    read_station_setup,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from packdesk.domain.model import Address
    from packdesk.hardware.camera import Camera
    from packdesk.hardware.scale import Scale
    from packdesk.hardware.scanners import Scanner
    from packdesk.hardware.station_printer import StationPrinter
    from packdesk.services.printing import DocumentPrinter
    from packdesk.services.screens import ScreenServices
    from packdesk.sync.images import ImageCache
    from packdesk.sync.pull import SyncRound
    from packdesk.ui.feedback import Sounds
    from packdesk.ui.mainwindow import MainWindow
    from packdesk.ui.statusbar import PullProgress, StationHealth

log = logging.getLogger(__name__)


def load_station_setup(engine: Engine, station: str) -> StationSetup:
    from packdesk.services.uow import UnitOfWork

    return read_station_setup(UnitOfWork(engine), station)


def ship_from_address(setup: StationSetup, *, demo: bool = True) -> Address | None:
    """The sender on the labels: the ``ship_from`` setting; the demo sender for the demo
    database, else None (the station then refuses to print a label and says why)."""
    from packdesk.domain.model import Address
    from packdesk.services.demo import SHIP_FROM

    if setup.ship_from:
        try:
            return Address(**setup.ship_from)
        except TypeError:
            log.warning("setting %r is not an address", SHIP_FROM_SETTING)
    return SHIP_FROM if demo else None


def build_scanner(setup: StationSetup, app: QApplication) -> Scanner:
    """A serial scanner when the station's ``scanner_settings`` name a port, else the wedge."""
    from packdesk.hardware.scanners import (
        SerialScanner,
        SerialSettings,
        WedgeScanner,
        WedgeSettings,
    )

    settings = setup.scanner_settings
    if settings.get("kind") == "serial" or settings.get("port"):
        try:
            return SerialScanner(SerialSettings.from_mapping(settings))
        except ValueError as error:
            log.error("station %s: serial scanner settings: %s; using the keyboard scanner",
                      setup.name, error)
    return WedgeScanner.from_settings(app, WedgeSettings.from_mapping(settings))


def build_scale(setup: StationSetup) -> Scale | None:
    """The bench scale when the station's ``scale_settings`` name a port; None: no scale."""
    from packdesk.hardware.scale import ScaleSettings, SerialScale

    settings = setup.scale_settings
    if not settings.get("port"):
        return None
    try:
        return SerialScale(ScaleSettings.from_mapping(settings))
    except ValueError as error:
        log.error("station %s: scale settings: %s; working without the scale", setup.name, error)
        return None


def build_printer(setup: StationSetup, *, demo: bool, print_folder: Path | None) -> StationPrinter:
    from packdesk.hardware.station_printer import PrinterSettings, StationPrinter

    if demo or not setup.printer_settings:
        folder = print_folder or (config.data_dir() / "printed")
        if not demo:
            log.warning("station %s has no printer_settings: printing to %s", setup.name, folder)
        settings = PrinterSettings(f"folder://{folder}", f"folder://{folder}")
    else:
        settings = PrinterSettings.from_mapping(setup.printer_settings)
    return StationPrinter.from_settings(settings, ship_from=ship_from_address(setup, demo=demo))


def carrier_choices(default: str = "demo") -> list[tuple[str, str]]:
    """(code, name) of the known carriers, the station's usual one first."""
    from packdesk.services.outbox import carrier_table

    choices = [(code, carrier.name) for code, carrier in carrier_table().items()]
    return sorted(choices, key=lambda choice: choice[0] != default)


def health_probe(engine: Engine) -> StationHealth:
    """Database reachable? Outbox backlog? (Runs on a worker thread.)"""
    from packdesk.sync.outbox_worker import OutboxWorker, access_refused, failed_messages
    from packdesk.ui.statusbar import StationHealth

    url = engine.url
    if url.get_backend_name() == "sqlite":
        name = f"SQLite {Path(url.database or '').name}"
    else:
        name = f"{url.get_backend_name()} {url.database}@{url.host or 'localhost'}"
    try:
        summary = OutboxWorker(engine, []).run_once()  # no pushers: counts only
        refused = access_refused(engine)
        failures = tuple(f"{m.number}: {m.last_error}" for m in failed_messages(engine)[:10])
    except Exception as error:  # noqa: BLE001 - shown in the status bar, not raised
        return StationHealth(name, database_ok=False, database_error=str(error))
    return StationHealth(name, outbox_backlog=summary.pending, outbox_failed=summary.failed,
                         outbox_refused=tuple(sorted(refused)), outbox_problems=failures)


def pull_and_sync(engine: Engine, on_progress: PullProgress | None = None) -> SyncRound:
    """Pull every known store, then send the outbox (a worker thread, on a timer);
    ``on_progress(source, pages, orders)`` after each stored page.

    The round's summary (orders held, stores' errors) goes to the status bar.
    """
    from packdesk.sync.carriers import refund_voided_labels
    from packdesk.sync.outbox_worker import OutboxWorker
    from packdesk.sync.pull import SyncRound, pull_all
    from packdesk.sync.stores import configured_pushers, configured_sources

    pulled = pull_all(engine, configured_sources(engine), on_progress=on_progress)
    pushers, _problems = configured_pushers(engine)
    sent = OutboxWorker(engine, pushers).run_once(max_messages=500)
    refund_voided_labels(engine)  # labels of orders reopened or cancelled before hand-over
    return SyncRound(pulled, sent)


def screen_services(engine: Engine) -> ScreenServices:
    """engine -> unit-of-work factory -> the services the window's screens call."""
    from packdesk.services.screens import ScreenServices
    from packdesk.services.uow import UnitOfWork

    return ScreenServices.over(partial(UnitOfWork, engine))


def build_main_window(
    engine: Engine,
    station: str,
    scanner: Scanner,
    printer: DocumentPrinter | None,
    *,
    sounds: Sounds | None = None,
    idle_minutes: float = DEFAULT_IDLE_MINUTES,
    batch_size: int = 3,
    lease_seconds: float | None = None,
    carriers: Sequence[tuple[str, str]] | None = None,
    with_health: bool = True,
    with_pull: bool = False,
    scale: Scale | None = None,
    images: ImageCache | None = None,
    camera: Camera | None = None,
    photo_folder: Path | None = None,
) -> MainWindow:
    """The station window over ``engine`` with the given scanner and printer (or fakes).

    With ``images`` the screens show product photos from that cache; with ``camera`` the
    bench photographs each completed order's parcel into ``photo_folder``.
    """
    from packdesk.hardware.printers import PrintQueueSignals
    from packdesk.hardware.station_printer import StationPrinter
    from packdesk.services.station import DEFAULT_LEASE_SECONDS, StationService
    from packdesk.ui.mainwindow import MainWindow

    # The window and its screens get services only, never the engine.
    screens = screen_services(engine)
    service = StationService(
        engine, station, printer=printer, batch_max_orders=batch_size, print_on_complete=False,
        lease_seconds=lease_seconds if lease_seconds is not None else DEFAULT_LEASE_SECONDS)
    service.label_sources = label_sources()
    service.payment_gateways = payment_gateways(engine)
    gift_card = printer.print_gift_card if isinstance(printer, StationPrinter) else None
    weighing = None
    if scale is not None:  # without a scale the station works as before (weight estimated)
        from packdesk.services.boxes import WeighingServices
        from packdesk.services.uow import UnitOfWork
        from packdesk.ui.weighpanel import WeighPanel

        weighing = WeighPanel(WeighingServices(partial(UnitOfWork, engine), station), scale)
    window = MainWindow(
        service, scanner, screens=screens, sounds=sounds, idle_ms=int(idle_minutes * 60_000),
        health_probe=(lambda: health_probe(engine)) if with_health else None,
        pull=(lambda progress: pull_and_sync(engine, progress)) if with_pull else None,
        carriers=carriers if carriers is not None else carrier_choices(),
        gift_card_printer=gift_card, batch_size=batch_size, weighing=weighing)
    if isinstance(printer, StationPrinter):
        signals = PrintQueueSignals(window)
        signals.job_changed.connect(window.on_print_job_changed)
        printer.queue.add_listener(signals.job_changed.emit)
    if images is not None or camera is not None:
        from packdesk.services.evidence import default_photo_folder, photo_settings
        from packdesk.services.uow import UnitOfWork
        from packdesk.ui.benchpictures import BenchPictures
        from packdesk.ui.photos import ParcelPhotographer
        from packdesk.ui.productphotos import ProductPhotos

        photos = ProductPhotos(partial(UnitOfWork, engine), images, window)
        photographer = ParcelPhotographer(
            camera, partial(UnitOfWork, engine), photo_folder or default_photo_folder(), station,
            photo_settings(UnitOfWork(engine)), window) if camera is not None else None
        window.pictures = BenchPictures(  # type: ignore[attr-defined]
            window, photos, photographer, uow_factory=partial(UnitOfWork, engine),
            photo_folder=photo_folder)
        if photographer is not None:
            photographer.start()
    return window


def install_translator(app: QApplication, station_language: str | None = None, *,
                       chosen: str | None = None) -> str:
    """The station's language: the one chosen at the sign-in screen, else
    ``PACKDESK_LANGUAGE``, else the station's setting, else the system locale, else
    English. Returns the language installed."""
    from PySide6.QtCore import QLocale

    from packdesk.i18n import LANGUAGE_ENV, pick_language
    from packdesk.ui.language import current_language, install_language

    language = pick_language(chosen, os.environ.get(LANGUAGE_ENV), station_language,
                             QLocale.system().name())
    install_language(app, language)
    return current_language()


def run_app(db_url: str, *, station: str, demo: bool, print_folder: Path | None,
            quit_after: float | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from packdesk.persistence.db import open_database

    # The database opens (and migrates) before any window shows: a bad URL ends here with
    # one clear line from the command, not a frozen window.
    engine = open_database(db_url)
    # A name another running station holds is refused here, with a sentence.
    from packdesk.services.stations import StationHeartbeat

    heartbeat = StationHeartbeat(engine, station)
    try:
        heartbeat.start()
    except Exception:
        engine.dispose()
        raise
    setup = load_station_setup(engine, station)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("packdesk")
    from packdesk.ui.theme import THEME_ENV, apply_theme

    apply_theme(app, os.environ.get(THEME_ENV) or setup.printer_settings.get("theme"))
    chosen: list[str] = []  # a language chosen at the sign-in screen, for this run
    try:
        while True:
            install_translator(app, setup.language, chosen=chosen[-1] if chosen else None)
            window, printer, scale = _open_station(engine, station, setup, app, demo=demo,
                                            print_folder=print_folder, quit_after=quit_after)
            before = len(chosen)
            # Nobody is signed in at the sign-in screen: the window is built again in the
            # chosen language (scanner and printers afresh; the database stays open).
            window.signin.language_chosen.connect(partial(_switch_language, chosen, window))
            try:
                code = int(app.exec())
            finally:
                window.stop()
                if scale is not None:
                    scale.stop()
                printer.close()
            if len(chosen) == before:
                return code
            window.deleteLater()
    finally:
        heartbeat.stop()
        engine.dispose()


def _switch_language(chosen: list[str], window: MainWindow, code: str) -> None:
    chosen.append(code)
    window.close()


def _open_station(engine: Engine, station: str, setup: StationSetup, app: QApplication, *,
                  demo: bool, print_folder: Path | None,
                  quit_after: float | None) -> tuple[MainWindow, StationPrinter, Scale | None]:
    from PySide6.QtCore import QTimer

    from packdesk.ui.feedback import Sounds

    printer = build_printer(setup, demo=demo, print_folder=print_folder)
    scanner = build_scanner(setup, app)
    scale = build_scale(setup)
    from packdesk.hardware.camera import open_camera
    from packdesk.services.evidence import default_photo_folder, photo_settings, prune_photos
    from packdesk.services.uow import UnitOfWork
    from packdesk.sync.images import ImageCache

    photo_setup = photo_settings(UnitOfWork(engine))
    camera = open_camera("fake" if demo else photo_setup.camera_for(station), app)
    window = build_main_window(
        engine, station, scanner, printer, sounds=Sounds(app),
        idle_minutes=setup.idle_minutes, with_pull=not demo,
        carriers=carrier_choices(setup.default_carrier), scale=scale,
        images=ImageCache(), camera=camera)
    # The station prunes the photos older than the admin's retention, off the GUI thread.
    window.read_tasks.submit(
        lambda: prune_photos(UnitOfWork(engine), default_photo_folder(), photo_setup.retention_days),
        None, lambda error: log.warning("pruning old parcel photos: %s", error))
    window.show_on_screen()
    window.start()
    if scale is not None:
        scale.connection_changed.connect(
            lambda ok, message: window.status.showMessage(message, 0 if not ok else 5000))
        scale.start()
    # The renderers (reportlab, fonts) load off the GUI thread once the window is up, so
    # neither the start nor the first order's print waits for them.
    # (Timers with the window as context: a window closed for a language switch takes
    # them along.)
    QTimer.singleShot(2000, window, lambda: window.read_tasks.submit(
        printer.warm_up, None, lambda error: log.warning("loading the renderers: %s", error)))
    if quit_after is not None:  # a smoke test: start, show, close the window as a user would
        QTimer.singleShot(int(quit_after * 1000), window, window.close)
    return window, printer, scale


def payment_gateways(engine: Engine) -> Any:
    """The stores' payment APIs, for the capture at ship (built when first needed)."""
    from packdesk.sync.stores import payment_gateways as gateways

    return gateways(engine)


def label_sources() -> dict[str, Any]:
    """The carriers' label sources this station can use (EasyPost when its key is set)."""
    from packdesk.sync.carriers import configured_label_sources

    return dict(configured_label_sources())
