"""Customer texts are plain text in every widget (issue 18, point 20).

A note, a gift message, a name and an item name that start with a tag are shown as the
customer typed them, tags and all, on the queue, pick and pack screens and in the lead's
note-conflict panel: a ``<span style="font-size:1pt">`` never makes "send size M" tiny.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.app import build_main_window, screen_services
from packdesk.hardware.printers import FolderPrinter
from packdesk.hardware.scanners import FakeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow, ProductRow
from packdesk.services.auth import sign_in_with_badge
from packdesk.services.demo import SHIP_FROM, DemoShop
from packdesk.services.notes import read_order_notes
from packdesk.services.uow import UnitOfWork
from packdesk.ui.feedback import Sounds
from packdesk.ui.mainwindow import MainWindow
from packdesk.ui.noteconflict import NoteConflictWidget
from tests.helpers.shop import seed_small_shop

NOTE = '<span style="font-size:1pt">send size M</span>'
GIFT = '<h1 style="color:white">Happy birthday</h1>'
NAME = "<b>Ola</b> Nordmann"
ITEM = '<font size="1">Hoodie</font>'
WAIT_MS = 15_000


def shown(label: QLabel) -> str:
    """What a person reads on ``label``: its text, or the text its rich-text rendering shows."""
    text = label.text()
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def assert_texts_shown_literally(widget: QWidget, *expected: str) -> None:
    labels = widget.findChildren(QLabel)
    texts = [shown(label) for label in labels]
    for literal in expected:
        assert any(literal in t for t in texts), (literal, texts)
    for label, text in zip(labels, texts, strict=True):
        for literal, words in ((NOTE, "send size M"), (GIFT, "Happy birthday"), (NAME, "Nordmann"),
                               (ITEM, "Hoodie")):
            if words in text:
                assert literal in text, (label.objectName(), label.text(), text)


@pytest.fixture
def shop(sqlite_url: str) -> Iterator[tuple[Engine, DemoShop, str]]:
    engine = make_engine(sqlite_url)
    shop = seed_small_shop(engine, orders=5)
    order = min(shop.orders, key=lambda o: len(o.lines))
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == order.number)).one()
        row.customer_note = NOTE
        row.gift, row.gift_message = True, GIFT
        row.ship_to = {**row.ship_to, "name": NAME}
        for line in row.lines:
            line.name = ITEM
        # a product learnt from a store takes the store's item name: the pick screen shows it
        for product in uow.session.scalars(
            select(ProductRow).where(ProductRow.sku.in_([line.sku for line in row.lines]))
        ):
            product.name = ITEM
        uow.commit()
    yield engine, shop, order.number
    engine.dispose()


def test_the_queue_pick_and_pack_screens_show_customer_texts_as_typed(
    qtbot: QtBot, shop: tuple[Engine, DemoShop, str], tmp_path: Path
) -> None:
    engine, demo, number = shop
    printer = StationPrinter(FolderPrinter(tmp_path), FolderPrinter(tmp_path), ship_from=SHIP_FROM,
                             slip_where=str(tmp_path), label_where=str(tmp_path), label_format="zpl")
    scanner = FakeScanner()
    window: MainWindow = build_main_window(engine, "Bench 1", scanner, printer,
                                           sounds=Sounds(enabled=False), with_health=False)
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        qtbot.waitUntil(lambda: window.current_screen() == "sign_in", timeout=WAIT_MS)
        scanner.feed("BADGE:PAT03")
        qtbot.waitUntil(lambda: window.current_screen() == "queue", timeout=WAIT_MS)
        assert_texts_shown_literally(window.queue)
        with qtbot.waitSignal(window.scan_handled, timeout=WAIT_MS):
            scanner.feed(f"ORD:{number}")
        qtbot.waitUntil(lambda: window.current_screen() == "pick", timeout=WAIT_MS)
        assert_texts_shown_literally(window.pick, ITEM)
        barcodes = {p.sku: p.barcodes[0] for p in demo.products}
        for _ in range(50):  # bounded: a short order is picked in a few scans
            state = window.state
            step = state.pick_step if state is not None else None
            if window.current_screen() != "pick" or step is None:
                break
            assert_texts_shown_literally(window.pick, ITEM)
            with qtbot.waitSignal(window.scan_handled, timeout=WAIT_MS):
                scanner.feed(f"BIN:{step.bin_code}")
            for _unit in range(step.remaining):
                with qtbot.waitSignal(window.scan_handled, timeout=WAIT_MS):
                    scanner.feed(barcodes[step.sku])
        qtbot.waitUntil(lambda: window.current_screen() == "pack", timeout=WAIT_MS)
        assert_texts_shown_literally(window.pack, NOTE, GIFT, NAME)
        window.grab().save(str(tmp_path / "pack.png"))
    finally:
        window.stop()
        printer.close()


def test_the_note_conflict_panel_shows_the_note_as_typed(
    qtbot: QtBot, shop: tuple[Engine, DemoShop, str]
) -> None:
    engine, _demo, number = shop
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == number)).one()
        line = row.lines[0]
        line.attributes = {**line.attributes, "size": "XL"}
        read_order_notes(uow.session, row)  # "send size M" against a line in XL: a conflict
        uow.commit()
    lead = sign_in_with_badge(UnitOfWork(engine), "BADGE:LENA02")
    panel = NoteConflictWidget(screen_services(engine).notes, lead)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    qtbot.waitUntil(lambda: "send size M" in " ".join(shown(x) for x in panel.findChildren(QLabel)),
                    timeout=WAIT_MS)
    assert_texts_shown_literally(panel, NOTE)
