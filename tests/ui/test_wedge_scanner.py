"""A keyboard-wedge scanner burst becomes a scan; a person's typing stays typing."""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from packdesk.hardware.scanners import Scan, WedgeScanner


@pytest.fixture
def window(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QLineEdit]:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    note, other = QLineEdit(), QLineEdit()
    layout.addWidget(note)
    layout.addWidget(other)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    return widget, note, other


@pytest.fixture
def wedge(qtbot: QtBot) -> Iterator[WedgeScanner]:
    scanner = WedgeScanner(QApplication.instance(), max_gap_ms=30)
    scanner.start()
    yield scanner
    scanner.stop()


def scanner_burst(qtbot: QtBot, widget: QWidget, text: str) -> None:
    # QTest sends each key at once: far faster than the 30 ms gap, like a scanner.
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_scanner_burst_is_delivered_as_a_scan_and_the_line_edit_stays_clean(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner
) -> None:
    _, note, _ = window
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as blocker:
        scanner_burst(qtbot, note, "BIN:A-03-2-B")
    scan = blocker.args[0]
    assert isinstance(scan, Scan)
    assert scan.raw == "BIN:A-03-2-B"
    assert scan.source == "wedge"
    assert scan.classify().key == "A-03-2-B"
    qtbot.wait(100)
    assert note.text() == ""


def test_scan_with_aim_identifier_reports_its_symbology(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner
) -> None:
    _, note, _ = window
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as blocker:
        scanner_burst(qtbot, note, "]E04006381333931")
    assert blocker.args[0].symbology == "EAN/UPC"
    assert note.text() == ""


def test_slow_typing_stays_typing_and_no_scan_is_delivered(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner
) -> None:
    _, note, _ = window
    scans: list[Scan] = []
    wedge.scanned.connect(scans.append)
    for char in "hello":
        qtbot.keyClick(note, char)
        qtbot.wait(80)  # a quick typist still leaves 80 ms between keys
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.wait(80)
    assert note.text() == "hello"
    assert scans == []


def test_a_short_fast_burst_with_enter_is_typing_not_a_scan(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner
) -> None:
    _, note, _ = window
    scans: list[Scan] = []
    wedge.scanned.connect(scans.append)
    returns: list[bool] = []
    note.returnPressed.connect(lambda: returns.append(True))
    scanner_burst(qtbot, note, "ok")  # shorter than min_length: a person's "ok" + Enter
    qtbot.wait(80)
    assert note.text() == "ok"
    assert returns == [True]
    assert scans == []


def test_scan_is_routed_away_from_whichever_widget_has_focus(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner
) -> None:
    _, note, other = window
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    qtbot.keyClick(other, "x")
    qtbot.wait(80)
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as blocker:
        scanner_burst(qtbot, other, "ORD:1001")
    assert blocker.args[0].classify().key == "1001"
    qtbot.wait(80)
    assert other.text() == "x"
    assert note.text() == ""


def test_tab_terminator_and_typing_after_a_scan(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner
) -> None:
    _, note, _ = window
    with qtbot.waitSignal(wedge.scanned, timeout=1000):
        qtbot.keyClicks(note, "BADGE:U-7")
        qtbot.keyClick(note, Qt.Key.Key_Tab)
    qtbot.wait(80)
    assert note.hasFocus()  # the Tab ended the scan; it did not move focus
    qtbot.keyClick(note, "a")
    qtbot.wait(80)
    assert note.text() == "a"


def test_stopped_wedge_lets_every_key_through(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner
) -> None:
    _, note, _ = window
    wedge.stop()
    scans: list[Scan] = []
    wedge.scanned.connect(scans.append)
    scanner_burst(qtbot, note, "BIN:A-03-2-B")
    assert note.text() == "BIN:A-03-2-B"
    assert scans == []
