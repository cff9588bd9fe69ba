"""Every station screen at 1024x600, 1366x768 and 1920x1080: nothing clipped or overlapping.

The real window on a seeded shop, offscreen: sign-in, queue, pick, pack (a gift order with
a customer's note, so the note and gift panels show), the dashboard and an admin page.
At each size every visible label's text must fit its rectangle (font metrics against the
contents rectangle, wrapping considered; tests/helpers/layout.py) and the labels on the
pick and pack screens must not overlap. Screenshots go to ``$PACKDESK_SHOTS`` (default
/tmp/packdesk-shots) to be looked at.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from packdesk.app import build_main_window
from packdesk.hardware.printers import FolderPrinter
from packdesk.hardware.scanners import FakeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.db import make_engine
from packdesk.services.demo import SHIP_FROM, DemoShop
from packdesk.services.intakeitems import IntakeSummary
from packdesk.sync.pull import PullSummary, SourceResult, SyncRound
from packdesk.ui.feedback import Sounds
from packdesk.ui.mainwindow import MainWindow
from packdesk.ui.statusbar import StationHealth
from tests.helpers.layout import clipped_labels, overlapping_labels
from tests.helpers.shop import seed_small_shop
from tests.ui.test_station_shift import WAIT_MS, scan, walk_pick_list

SIZES = [(1024, 600), (1366, 768), (1920, 1080)]
SHOTS = Path(os.environ.get("PACKDESK_SHOTS", "/tmp/packdesk-shots"))


@pytest.fixture
def shop_engine(sqlite_url: str) -> Iterator[tuple[Engine, DemoShop]]:
    engine = make_engine(sqlite_url)
    shop = seed_small_shop(engine, orders=30)
    yield engine, shop
    engine.dispose()


@pytest.fixture
def window(qtbot: QtBot, shop_engine: tuple[Engine, DemoShop],
           tmp_path: Path) -> Iterator[tuple[MainWindow, FakeScanner]]:
    engine, _shop = shop_engine
    folder = tmp_path / "printed"
    printer = StationPrinter(FolderPrinter(folder), FolderPrinter(folder), ship_from=SHIP_FROM,
                             slip_where=str(folder), label_where=str(folder), label_format="zpl")
    scanner = FakeScanner()
    win = build_main_window(engine, "Bench 1", scanner, printer, sounds=Sounds(enabled=False),
                            carriers=[("demo", "Demo Carrier"), ("posten", "Posten Bring")],
                            with_health=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    qtbot.waitUntil(lambda: win.current_screen() == "sign_in", timeout=WAIT_MS)
    yield win, scanner
    win.stop()
    printer.close()


def look_at(qtbot: QtBot, win: MainWindow, screen: str, cards: tuple[QWidget, ...] = ()) -> list[str]:
    """The problems of ``screen`` at every size; a PNG of each size under SHOTS."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for width, height in SIZES:
        win.resize(width, height)
        qtbot.wait(50)
        QApplication.processEvents()
        if (win.width(), win.height()) != (width, height):
            problems.append(f"{screen}: the window is {win.width()}x{win.height()}, "
                            f"not {width}x{height} (its layout needs more room)")
        win.grab().save(str(SHOTS / f"{screen}-{width}x{height}.png"))
        found = clipped_labels(win)
        for card in cards:
            found += overlapping_labels(card)
        problems += [f"{screen} at {width}x{height}: {p}" for p in found]
    return problems


def test_every_screen_fits_from_1024x600_up(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner], shop_engine: tuple[Engine, DemoShop],
) -> None:
    win, scanner = window
    _engine, shop = shop_engine
    problems = look_at(qtbot, win, "sign-in")

    scan(qtbot, win, scanner, "BADGE:ADA01")
    qtbot.waitUntil(lambda: win.current_screen() == "queue", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: win.queue.model.rowCount() > 0, timeout=WAIT_MS)
    problems += look_at(qtbot, win, "queue")

    order = next(o for o in shop.orders if o.gift and o.gift_message and o.customer_note.strip()
                 and o.unit_count <= 4)
    scan(qtbot, win, scanner, f"ORD:{order.number}")
    assert win.current_screen() == "pick"
    problems += look_at(qtbot, win, "pick", (win.pick.findChild(QWidget, "pickCard"),))

    walk_pick_list(qtbot, win, scanner, shop)
    qtbot.waitUntil(lambda: win.current_screen() == "pack", timeout=WAIT_MS)
    assert win.pack.gift_box.isVisible() and win.pack.note_box.isVisible()
    problems += look_at(qtbot, win, "pack-gift-note", (win.pack.note_box, win.pack.gift_box))

    assert win.open_lead_screen("dashboard")
    status = win.lead_screens["dashboard"].findChild(QLabel, "dashboardStatus")
    qtbot.waitUntil(lambda: "updated" in status.text(), timeout=WAIT_MS)  # loaded
    problems += look_at(qtbot, win, "dashboard")
    assert win.open_lead_screen("admin")
    problems += look_at(qtbot, win, "admin")
    Path(SHOTS / "problems.txt").write_text("\n".join(problems))
    assert problems == []


def test_the_status_bar_keeps_every_field_in_view_and_gives_trouble_the_room(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],
) -> None:
    """A station with a store, as a shift sees it: a long scanner message, a database on
    another host, and the store refusing the outbox's token. At 1024 pixels the fields did
    not fit and the outbox, the last one, was cut off at the window's edge."""
    win, scanner = window
    scan(qtbot, win, scanner, "BADGE:PAT03")
    bar = win.status
    bar.pull_button.setVisible(True)  # a station with a store has "Pull now"
    bar.set_scanner(True, "keyboard scanner ready")
    bar.show_health(StationHealth(database="PostgreSQL packdesk@warehouse-db", outbox_backlog=3,
                                  outbox_refused=("shop.example.com",)))
    bar.pull_state.set_state("ok", "Last pull: 10:32")
    lights = [bar.user, bar.station, bar.printer, bar.scanner, bar.database, bar.pull_state,
              bar.outbox]

    def look(width: int, height: int) -> list[QLabel]:
        """The fields shown shortened, once every field is checked to be in view."""
        win.resize(width, height)
        qtbot.wait(50)
        QApplication.processEvents()
        win.grab().save(str(SHOTS / f"statusbar-{width}x{height}.png"))
        for widget in [*lights, bar.pull_button]:
            edge = widget.mapTo(win, widget.rect().topRight()).x()
            assert edge < win.width(), f"{widget.objectName()} ends at {edge} of {win.width()}"
        assert clipped_labels(bar) == []
        shortened = [light for light in lights if light.text() != light.full_text]
        for light in shortened:  # the start of its text; all of it in the tooltip
            assert light.text().endswith("…") and light.full_text.startswith(light.text()[:-1])
            assert light.toolTip() and not light.toolTip().endswith("…")
        return shortened

    shortened = look(1024, 600)
    # Too little room for all: the calm fields give up width first, the outbox keeps the most.
    assert bar.outbox.text().startswith("Outbox stopped: s"), bar.outbox.text()
    assert bar.outbox.width() == max(light.width() for light in lights)
    assert {bar.user, bar.scanner, bar.database} <= set(shortened)
    assert bar.outbox not in look(1366, 768)
    assert look(1920, 1080) == []
    # Orders held at the last pull: that field has the room once the outbox is calm again.
    bar.show_health(StationHealth(database="PostgreSQL packdesk@warehouse-db", outbox_backlog=0))
    held = IntakeSummary(created=40, held_numbers=["#10032", "#10037", "#10042"])
    bar.show_pull(SyncRound(PullSummary([SourceResult("woocommerce:shop.example.com", held)])))
    assert bar.pull_state.state == "warn"
    assert bar.pull_state not in look(1366, 768)
    assert look(1024, 600) and bar.pull_state.text().startswith("3 held: #10032"), (
        bar.pull_state.text())


def test_at_1024x600_the_dashboard_keeps_its_buttons_in_view_and_rows_of_figures(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],
) -> None:
    """Its controls were wider than the window (Export was cut off at the right) and the
    panels below squeezed the figures table to one row."""
    win, scanner = window
    scan(qtbot, win, scanner, "BADGE:LENA02")
    assert win.open_lead_screen("dashboard")
    board = win.lead_screens["dashboard"]
    qtbot.waitUntil(lambda: "updated" in board.status_label.text(), timeout=WAIT_MS)
    win.resize(1024, 600)
    for period in ("today", "range"):
        board.period_box.setCurrentIndex(board.period_box.findData(period))
        qtbot.wait(50)
        QApplication.processEvents()
        win.grab().save(str(SHOTS / f"dashboard-{period}-1024x600.png"))
        for button in (board.refresh_button, board.export_button):
            right = button.mapTo(win, button.rect().topRight()).x()
            assert right < win.width() - 10, f"{button.text()} ends at {right}"  # beside the scroll bar
        assert board.from_edit.isVisible() is (period == "range")
        rows = board.figures_view.verticalHeader().defaultSectionSize()
        assert board.figures_view.viewport().height() >= 4 * rows


def test_the_window_opens_inside_a_small_screen_and_at_its_own_size_on_a_big_one(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],
) -> None:
    """It opened at 1280x860 on any screen: on a 1366x768 bench PC the Ship row and the
    status bar were below the screen's edge."""
    win, _scanner = window
    for width, height in ((1366, 768), (1024, 600)):
        win.show_on_screen(QRect(0, 0, width, height))
        QApplication.processEvents()
        assert win.width() <= width and win.height() <= height, (win.width(), win.height())
        assert win.status.mapTo(win, win.status.rect().bottomRight()).y() < height
    win.showNormal()
    win.show_on_screen(QRect(0, 0, 1920, 1080))
    QApplication.processEvents()
    assert (win.width(), win.height()) == (1280, 860)


def test_the_window_does_not_shrink_below_1024x600(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],
) -> None:
    win, _scanner = window
    win.resize(800, 500)
    QApplication.processEvents()
    assert win.minimumWidth() >= 1024 and win.minimumHeight() >= 600
    assert win.width() >= 1024 and win.height() >= 600


def test_menu_and_status_bar_text_can_be_read_at_a_metre(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],
) -> None:
    win, _scanner = window
    assert win.menuBar().fontInfo().pixelSize() >= 18
    for light in (win.status.user, win.status.station, win.status.printer, win.status.scanner):
        assert light.fontInfo().pixelSize() >= 18, light.objectName()
    assert win.status.pull_button.fontInfo().pixelSize() >= 18


def visible_menus(win: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in win.menuBar().actions() if a.isVisible()]


def test_admin_has_its_own_menu(qtbot: QtBot, window: tuple[MainWindow, FakeScanner]) -> None:
    win, scanner = window
    assert visible_menus(win) == ["Station"]  # nobody signed in
    scan(qtbot, win, scanner, "BADGE:PAT03")
    assert visible_menus(win) == ["Station"]  # a packer
    scan(qtbot, win, scanner, "BADGE:ADA01")
    titles = [a.text().replace("&", "") for a in win.menuBar().actions() if a.isVisible()]
    assert "Admin" in titles
    admin_menu = next(a.menu() for a in win.menuBar().actions()
                      if a.text().replace("&", "") == "Admin")
    assert win.lead_actions["admin"] in admin_menu.actions()
    assert win.lead_actions["admin"] not in win.lead_menu.actions()
    store_connections = next(a for a in admin_menu.actions()
                             if a.text().replace("&", "") == "Store connections")
    store_connections.trigger()
    assert win.current_screen() == "admin"
    tabs = win.lead_screens["admin"].tabs
    assert tabs.tabText(tabs.currentIndex()) == "Store connections"


def test_f4_back_from_an_admin_page_puts_focus_on_the_scan_field(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner], shop_engine: tuple[Engine, DemoShop],
) -> None:
    win, scanner = window
    _engine, shop = shop_engine
    scan(qtbot, win, scanner, "BADGE:ADA01")
    order = next(o for o in shop.orders if not o.gift)
    scan(qtbot, win, scanner, f"ORD:{order.number}")
    assert win.current_screen() == "pick"
    qtbot.keyClick(win, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: win.current_screen() == "admin", timeout=WAIT_MS)
    # The admin clicks into a field of the admin page, then goes back with F4.
    field = next(f for f in win.lead_screens["admin"].findChildren(QLineEdit) if f.isVisible())
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(field, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: win.current_screen() == "pick", timeout=WAIT_MS)
    qtbot.waitUntil(win.scan_entry.hasFocus, timeout=WAIT_MS)
    assert QApplication.focusWidget() is win.scan_entry
