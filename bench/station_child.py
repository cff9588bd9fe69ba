"""A station process for the benchmarks that need a fresh process of their own.

``python -m bench.station_child bare``
    a bare PySide6 window: QApplication, an empty QMainWindow shown, one turn of the event
    loop; prints ``ready`` (the start-up baseline).
``python -m bench.station_child startup URL``
    the station as ``packdesk`` starts it (database opened and migrated, station settings
    read, printer, keyboard-wedge scanner, the main window shown and started); prints
    ``ready`` once the window shows the station's state restored from the database.
``python -m bench.station_child shift URL ORDERS``
    the same window, driven by a fake scanner through a shift of ORDERS orders; prints one
    JSON line with every scan's time to the feedback painted and the process's peak RSS.

Runs with ``QT_QPA_PLATFORM=offscreen`` (set by the parent): no display needed.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any


def peak_rss_mb() -> float:
    """This process's peak resident memory.

    ``VmHWM`` belongs to the process's own address space; ``ru_maxrss`` on Linux carries
    the parent's peak over fork and exec, so a child of a large benchmark process would
    report the parent's size.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux: KiB


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("ready", window))
    window.resize(1366, 768)
    window.show()

    def ready() -> None:
        print("ready", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return int(app.exec())


def startup(url: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bench.driver import STATION
    from packdesk.app import (
        build_main_window,
        build_printer,
        build_scanner,
        carrier_choices,
        install_translator,
        load_station_setup,
    )
    from packdesk.persistence.db import open_database
    from packdesk.ui.feedback import Sounds

    # What packdesk.app.run_app does before app.exec(), in the same order.
    engine = open_database(url)
    setup = load_station_setup(engine, STATION)
    app = QApplication(sys.argv)
    app.setApplicationName("packdesk")
    install_translator(app, setup.language)
    from packdesk.ui.theme import apply_theme

    apply_theme(app, setup.printer_settings.get("theme"))
    printer = build_printer(setup, demo=True, print_folder=None)
    scanner = build_scanner(setup, app)
    window = build_main_window(engine, STATION, scanner, printer, sounds=Sounds(app),
                               idle_minutes=setup.idle_minutes,
                               carriers=carrier_choices(setup.default_carrier))

    def ready(_state: Any) -> None:
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))

    window.state_shown.connect(ready)
    window.show()
    window.start()
    code = int(app.exec())
    window.stop()
    printer.close()
    engine.dispose()
    return code


def shift(url: str, orders: int) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from bench.driver import PACKER_BADGE, STATION, NullPrinter, barcodes_by_sku
    from packdesk.app import build_main_window
    from packdesk.hardware.scanners import FakeScanner
    from packdesk.persistence.db import open_database
    from packdesk.services.station import Phase

    engine = open_database(url)
    app = QApplication(sys.argv)
    scanner = FakeScanner()
    window = build_main_window(engine, STATION, scanner, NullPrinter())
    service = window.service
    barcodes = barcodes_by_sku(engine)
    window.resize(1366, 768)
    window.show()
    window.start()

    latencies: list[float] = []
    shipped: list[str] = []
    pending: dict[str, float] = {}
    errors: list[str] = []

    class PaintWatch(QObject):
        """The banner's first paint after a scan's verdict reached the window."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and "handled" in pending:
                # Runs when the paint at hand (and the rest of this update) is done.
                QTimer.singleShot(0, painted)
                pending.pop("handled")
            return False

    watch = PaintWatch()
    window.banner.installEventFilter(watch)

    def handled(_verdict: Any) -> None:
        pending["handled"] = time.perf_counter()

    window.scan_handled.connect(handled)

    def painted() -> None:
        started = pending.pop("scan", None)
        if started is not None:
            latencies.append((time.perf_counter() - started) * 1000)
            QTimer.singleShot(0, step)

    def scan(code: str) -> None:
        pending["scan"] = time.perf_counter()
        scanner.feed(code)

    def finish() -> None:
        print(json.dumps({"latencies_ms": latencies, "shipped": len(shipped),
                          "peak_rss_mb": peak_rss_mb(), "errors": errors}), flush=True)
        app.quit()

    def step() -> None:
        try:
            next_move()
        except Exception as error:  # noqa: BLE001 - reported to the parent, then stop
            errors.append(f"{type(error).__name__}: {error}")
            finish()

    def next_move() -> None:
        # The driver reads the state itself (not measured); the scans go through the window.
        if len(shipped) >= orders:
            finish()
            return
        state = service.resume()
        if state.phase is Phase.SIGN_IN:
            scan(PACKER_BADGE)
        elif state.phase is Phase.QUEUE:
            if service.take_next() is None:
                finish()
                return
            QTimer.singleShot(0, step)
        elif state.phase is Phase.PICK:
            step_ = state.pick_step
            if step_ is None:
                raise RuntimeError("picking with nothing left to pick")
            scan(f"BIN:{step_.bin_code}" if not step_.confirmed else barcodes[step_.sku])
        elif state.current is not None:
            current = state.current
            line = next((ln for ln in current.lines if not ln.done), None)
            if line is not None:
                scan(barcodes[line.sku_to_pack])
                return
            if current.has_note and not current.note_acknowledged:
                service.acknowledge_note()
            if not current.label_printed:
                service.print_documents()
            # After the documents: the slip carries the card's message ("card in" waits for it).
            for gift_step in current.gift_steps_missing:
                service.confirm_gift_step(gift_step)
            shipped.append(service.ship().order.number)
            QTimer.singleShot(0, step)
        else:
            raise RuntimeError(f"unexpected phase {state.phase}")

    QTimer.singleShot(0, step)
    code = int(app.exec())
    window.stop()
    engine.dispose()
    return code


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "bare":
        return bare()
    if mode == "startup":
        return startup(argv[1])
    if mode == "shift":
        return shift(argv[1], int(argv[2]))
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
