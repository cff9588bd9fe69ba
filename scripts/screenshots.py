"""Render the station's screens offscreen into docs/img/screen_*.png for the README.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/img]
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --language ru --only pack
        (the translated pack screen as docs/img/screen_pack_ru.png)

A fresh demo database in a temporary folder, the real window and services, a fake
scanner feeding the codes a packer would scan, documents printed to a temporary folder.
Screens: sign-in, queue, pick, pack (with the customer note), a refused scan (wrong
size), the gift step, and a batch pick with its tote slots.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from packdesk.app import build_main_window  # noqa: E402
from packdesk.domain.model import Order, Product  # noqa: E402
from packdesk.hardware.printers import FolderPrinter  # noqa: E402
from packdesk.hardware.scanners import FakeScanner  # noqa: E402
from packdesk.hardware.station_printer import StationPrinter  # noqa: E402
from packdesk.persistence.db import open_database  # noqa: E402
from packdesk.services.demo import SHIP_FROM, DemoShop, generate_shop, seed_database  # noqa: E402
from packdesk.ui.mainwindow import MainWindow  # noqa: E402

SIZE = (1366, 900)


def wait_until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.005)


class Driver:
    def __init__(self, window: MainWindow, scanner: FakeScanner, shop: DemoShop,
                 suffix: str = "", only: set[str] | None = None) -> None:
        self.window, self.scanner, self.shop = window, scanner, shop
        self.suffix, self.only = suffix, only
        self.barcodes = {p.sku: p.barcodes[0] for p in shop.products}
        window.scan_handled.connect(self._on_scan_handled)
        self.handled = 0

    def _on_scan_handled(self, _verdict: object) -> None:
        self.handled += 1

    def scan(self, code: str) -> None:
        before = self.handled
        self.scanner.feed(code)
        wait_until(lambda: self.handled > before)
        self.settle()

    def settle(self) -> None:
        wait_until(lambda: self.window.station_tasks.pending == 0
                   and self.window.read_tasks.pending == 0)
        for _ in range(20):
            QCoreApplication.processEvents()

    def walk(self) -> None:
        for _ in range(100):
            state = self.window.state
            if state is None or state.pick_step is None or self.window.current_screen() != "pick":
                return
            step = state.pick_step
            self.scan(f"BIN:{step.bin_code}")
            for _unit in range(step.remaining):
                self.scan(self.barcodes[step.sku])

    def save(self, out: Path, name: str) -> Path | None:
        if self.only is not None and name not in self.only:
            return None
        self.settle()
        path = out / f"screen_{name}{self.suffix}.png"
        self.window.grab().save(str(path))
        print(path)
        return path


def find_order(shop: DemoShop, test: Callable[[Order], bool]) -> Order:
    return next(order for order in shop.orders if test(order))


def other_size(shop: DemoShop, order: Order) -> tuple[str, Product] | None:
    products = {p.sku: p for p in shop.products}
    skus = {line.sku for line in order.lines}
    for line in order.lines:
        product = products[line.sku]
        if not product.size:
            continue
        for other in shop.products:
            if (other.sku.split("-")[0] == product.sku.split("-")[0]
                    and other.color == product.color and other.size != product.size
                    and other.sku not in skus):
                return line.sku, other
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--language", help="translate the screens (fr, pt_BR, ru, nb, lv); "
                        "the files get the language as suffix")
    parser.add_argument("--only", action="append", help="save only these screens")
    parser.add_argument("--theme", help="high-contrast: files get _hc as suffix")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication(sys.argv)
    if args.theme:
        from packdesk.ui.theme import apply_theme

        apply_theme(app, args.theme)
    if args.language:
        from packdesk.ui.language import install_language

        if not install_language(app, args.language):
            print(f"no translation for {args.language}", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="packdesk-shots-") as temp:
        engine = open_database(f"sqlite:///{temp}/demo.db")
        shop = generate_shop(40, seed=7)
        seed_database(engine, shop)
        printed = Path(temp) / "printed"
        printer = StationPrinter(FolderPrinter(printed), FolderPrinter(printed),
                                 ship_from=SHIP_FROM, label_format="pdf")
        scanner = FakeScanner()
        window = build_main_window(engine, "Bench 1", scanner, printer)
        window.resize(*SIZE)
        window.show()
        window.start()
        suffix = (f"_{args.language}" if args.language else "") + ("_hc" if args.theme else "")
        driver = Driver(window, scanner, shop, suffix,
                        set(args.only) if args.only else None)
        driver.settle()
        driver.save(args.out, "signin")

        driver.scan("BADGE:PAT03")
        wait_until(lambda: window.queue.model.rowCount() > 0)
        driver.save(args.out, "queue")

        # Pick and pack an order with a note and a sized item, refusing a wrong size.
        order = find_order(shop, lambda o: bool(o.customer_note.strip()) and not o.gift
                           and other_size(shop, o) is not None and 2 <= len(o.lines) <= 4)
        sized = other_size(shop, order)
        assert sized is not None
        driver.scan(f"ORD:{order.number}")
        step = window.state.pick_step if window.state else None
        if step is not None:
            driver.scan(f"BIN:{step.bin_code}")
        driver.save(args.out, "pick")
        driver.walk()
        wait_until(lambda: window.current_screen() == "pack")
        # Scan another line first, so the sized line is still open when its wrong size comes.
        first = next((line for line in order.lines if line.sku != sized[0]), order.lines[0])
        driver.scan(driver.barcodes[first.sku])
        driver.save(args.out, "pack")
        driver.scan(sized[1].barcodes[0])
        driver.save(args.out, "refused")
        if driver.only is not None and driver.only <= {"signin", "queue", "pick", "pack",
                                                       "refused"}:
            driver.only = set()  # what was asked for is saved: drive on, save nothing

        # Finish and ship it, then a gift order up to its gift step.
        for line in order.lines:
            already = 1 if line is first else 0
            for _ in range(line.quantity - already):
                driver.scan(driver.barcodes[line.sku])
        window.pack.ack_button.click()
        driver.settle()
        window.pack.ship_button.click()
        try:
            wait_until(lambda: window.current_screen() == "queue")
        except TimeoutError:
            print(window.pack.missing.text(), window.banner.text, window.pack.ship_button.isEnabled())
            raise
        driver.settle()

        gift = find_order(shop, lambda o: o.gift and o.unit_count <= 3)
        driver.scan(f"ORD:{gift.number}")
        driver.walk()
        wait_until(lambda: window.current_screen() == "pack")
        for line in gift.lines:
            for _ in range(line.quantity):
                driver.scan(driver.barcodes[line.sku])
        window.pack.gift_buttons["gift_slip"].click()
        driver.settle()
        driver.save(args.out, "gift")

        # Finish the gift order, then a batch walk of three small orders.
        for step in ("card", "wrap"):
            window.pack.gift_buttons[step].click()
            driver.settle()
        if window.pack.ack_button.isEnabled() and window.pack.note_box.isVisible():
            window.pack.ack_button.click()
            driver.settle()
        window.pack.ship_button.click()
        wait_until(lambda: window.current_screen() == "queue")
        driver.settle()
        window.batch_action.trigger()
        wait_until(lambda: window.current_screen() == "pick")
        driver.settle()
        step = window.state.pick_step if window.state else None
        if step is not None:
            driver.scan(f"BIN:{step.bin_code}")
            driver.scan(driver.barcodes[step.sku])
        driver.save(args.out, "batch")

        window.stop()
        window.close()
        window.deleteLater()
        scanner.deleteLater()
        QCoreApplication.sendPostedEvents(None, 0)
        printer.close()
        engine.dispose()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
