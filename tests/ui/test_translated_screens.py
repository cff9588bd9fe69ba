"""Switched to Russian, the sign-in, pick and pack screens show no English: every visible
label, button, heading, placeholder, table header and the banner is checked against the
English source strings of the translation files."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from packdesk.app import build_main_window
from packdesk.hardware.printers import FolderPrinter
from packdesk.hardware.scanners import FakeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.i18n import ts_path
from packdesk.persistence.db import make_engine
from packdesk.services.demo import SHIP_FROM, DemoShop
from packdesk.ui.feedback import Sounds
from packdesk.ui.language import install_language, remove_translations
from packdesk.ui.mainwindow import MainWindow
from tests.helpers.shop import seed_small_shop
from tests.ui.test_station_shift import scan, walk_pick_list

WAIT_MS = 15_000
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%n|%\d")


def english_phrases() -> set[str]:
    """The literal pieces of every English source text that a reader would recognise:
    "Scan your badge to sign in", "Next order", "Colour" (between placeholders, without
    accelerator ampersands and shortcut hints)."""
    phrases: set[str] = set()
    for message in ET.parse(ts_path("ru")).getroot().iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        for piece in PLACEHOLDER.split(source):
            piece = re.sub(r"\((F\d+|Ctrl\+\w)\)|Ctrl\+\w|F\d+", "", piece)
            piece = piece.strip(" .,:;·—–-()…✓×/'\"\n")
            if re.search(r"[A-Za-z]{2,}", piece) and piece not in {"OK", "PIN", "SKU"}:
                phrases.add(piece)
    return phrases


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget, text) for what a person sees: labels, buttons, group titles, placeholders,
    table headers; not table cells (those are the orders' data)."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, QLabel):
            found.append((name, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                found.append((f"{name} header {column}", str(header or "")))
        # A tooltip shows on hover only; the scanner's carries the driver's own status
        # message (hardware text, not packdesk's words), so it is left out.
        if widget.objectName() != "statusScanner":
            found.append((f"{name} tooltip", widget.toolTip()))
    return [(n, t) for n, t in found if t.strip()]


def shop_data(shop: DemoShop) -> list[str]:
    """What the screens show from the shop's own data (names, products, addresses): the
    customer's and the catalogue's words, never translated."""
    values: set[str] = {"Demo Carrier", "Bench 1"}
    values |= {user.name for user, _pin in shop.users}
    for product in shop.products:
        values |= {product.name, product.color or "", product.size or "", product.sku}
    for order in shop.orders:
        values |= {order.number, order.shipping_method, order.customer_note,
                   order.gift_message, *order.ship_to.lines()}
        values |= {line.name for line in order.lines}
    return sorted((v for v in values if v and v.strip()), key=len, reverse=True)


def english_left(root: QWidget, phrases: set[str], data: list[str]) -> list[str]:
    left = []
    for name, text in visible_texts(root):
        plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
        for value in data:
            plain = plain.replace(value, " ")
        for phrase in phrases:
            pattern = r"(?<![A-Za-z])" + re.escape(phrase) + r"(?![A-Za-z])"
            if re.search(pattern, plain, re.IGNORECASE):
                left.append(f"{name}: {text!r} has {phrase!r}")
    return left


@pytest.fixture
def russian(qtbot: QtBot) -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    assert install_language(app, "ru")
    yield
    remove_translations(app)  # as the other tests expect it


@pytest.fixture
def shop_engine(sqlite_url: str) -> Iterator[tuple[Engine, DemoShop]]:
    engine = make_engine(sqlite_url)
    shop = seed_small_shop(engine, orders=12)
    yield engine, shop
    engine.dispose()


@pytest.fixture
def window(russian: None, qtbot: QtBot, shop_engine: tuple[Engine, DemoShop],
           tmp_path: Path) -> Iterator[tuple[MainWindow, FakeScanner]]:
    engine, _shop = shop_engine
    folder = tmp_path / "printed"
    printer = StationPrinter(FolderPrinter(folder), FolderPrinter(folder), ship_from=SHIP_FROM,
                             slip_where=str(folder), label_where=str(folder))
    scanner = FakeScanner()
    win = build_main_window(engine, "Bench 1", scanner, printer, sounds=Sounds(enabled=False),
                            carriers=[("demo", "Demo Carrier")], with_health=False)
    qtbot.addWidget(win)
    win.resize(1366, 900)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    qtbot.waitUntil(lambda: win.current_screen() == "sign_in", timeout=WAIT_MS)
    yield win, scanner
    win.stop()
    printer.close()


def test_in_russian_the_sign_in_pick_and_pack_screens_show_no_english(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],
    shop_engine: tuple[Engine, DemoShop],
) -> None:
    win, scanner = window
    _engine, shop = shop_engine
    phrases = english_phrases()
    data = shop_data(shop)
    assert "Scan your badge to sign in" in phrases  # the check knows the English

    assert not english_left(win, phrases, data), "\n".join(english_left(win, phrases, data))
    assert "Войти" in " ".join(t for _n, t in visible_texts(win)).replace("&", "")

    scan(qtbot, win, scanner, "BADGE:PAT03")
    qtbot.waitUntil(lambda: win.current_screen() == "queue", timeout=WAIT_MS)
    order = next(o for o in shop.orders if len(o.lines) <= 3)
    scan(qtbot, win, scanner, f"ORD:{order.number}")
    qtbot.waitUntil(lambda: win.current_screen() == "pick", timeout=WAIT_MS)
    assert not english_left(win, phrases, data), "\n".join(english_left(win, phrases, data))
    assert "Сборка заказа" in win.pick.title.text()

    walk_pick_list(qtbot, win, scanner, shop)
    qtbot.waitUntil(lambda: win.current_screen() == "pack", timeout=WAIT_MS)
    assert not english_left(win, phrases, data), "\n".join(english_left(win, phrases, data))
    assert "Упаковка заказа" in " ".join(t for _n, t in visible_texts(win))

    # A service's sentence reaches the banner in Russian too: a product barcode with a
    # wrong check digit (the classifier's words, carried as a template and values).
    scan(qtbot, win, scanner, "4006381333932")
    assert "контрольная цифра неверна" in win.banner.text, win.banner.text
    assert not english_left(win.banner, phrases, data), win.banner.text
    # And the station service's own: a valid barcode no product has.
    scan(qtbot, win, scanner, "4006381333931")
    assert "нет товара со штрихкодом 4006381333931" in win.banner.text, win.banner.text
    assert not english_left(win.banner, phrases, data), win.banner.text


def test_in_russian_the_leads_dashboard_shows_no_english(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],
    shop_engine: tuple[Engine, DemoShop],
) -> None:
    """The figures table's column titles were passed through a helper lupdate does not
    read: they were English in every language."""
    win, scanner = window
    _engine, shop = shop_engine
    phrases = english_phrases()
    assert "Mis-scans" in phrases and "Short picks" in phrases  # the check knows them now
    scan(qtbot, win, scanner, "BADGE:LENA02")
    assert win.open_lead_screen("dashboard")
    board = win.lead_screens["dashboard"]
    qtbot.waitUntil(lambda: "обновлено" in board.status_label.text(), timeout=WAIT_MS)
    left = english_left(board, phrases, shop_data(shop))
    assert not left, "\n".join(left)
    headers = [board.figures_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(board.figures_model.columnCount())]
    assert "Ошибки скана" in headers and "Недостачи" in headers, headers
