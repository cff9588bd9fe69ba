"""A keyboard-wedge scanner burst becomes a scan; a person's typing stays typing."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from packdesk.hardware.scanners import Scan, WedgeScanner, WedgeSettings
from tests.helpers.hidkeys import GS, HidKeyboard


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


# --- the exact key events of a HID scanner (tests/helpers/hidkeys.py) ----------------------


def collect(wedge: WedgeScanner) -> list[Scan]:
    scans: list[Scan] = []
    wedge.scanned.connect(scans.append)
    return scans


@pytest.mark.parametrize("pace", [(1, 1), (1, 10), (10, 10)], ids=["1ms", "1-10ms", "10ms"])
@pytest.mark.parametrize("code", ["ORD:#10043", "BIN:A-03-2-B", "BADGE:Kari.N"])
def test_shift_presses_around_capitals_and_symbols_do_not_split_the_scan(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner,
    code: str, pace: tuple[int, int],
) -> None:
    _, note, _ = window
    scans = collect(wedge)
    HidKeyboard(min_ms=pace[0], max_ms=pace[1]).scan(code)
    qtbot.wait(80)
    assert [s.raw for s in scans] == [code]
    assert note.text() == ""


@pytest.mark.parametrize("layout", ["no", "no-windows"])
def test_altgr_symbols_inside_a_burst_do_not_split_it(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner, layout: str,
) -> None:
    _, note, _ = window
    scans = collect(wedge)
    HidKeyboard(layout=layout).scan("PAL@{12}$9")
    qtbot.wait(80)
    assert [s.raw for s in scans] == ["PAL@{12}$9"]
    assert note.text() == ""


def test_dead_keys_inside_a_burst_do_not_split_it(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner,
) -> None:
    _, note, _ = window
    scans = collect(wedge)
    HidKeyboard(layout="no").scan("AB~12^3`X")
    qtbot.wait(80)
    assert [s.raw for s in scans] == ["AB~12^3`X"]
    assert note.text() == ""


def test_ctrl_bracket_group_separator_stays_inside_a_gs1_scan(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner,
) -> None:
    _, note, _ = window
    scans = collect(wedge)
    code = "010400638133393110LOT7" + GS + "21SER9"
    HidKeyboard(layout="no").scan(code)
    qtbot.wait(80)
    assert [s.raw for s in scans] == [code]
    assert scans[0].classify().kind == "product"
    assert scans[0].classify().key == "04006381333931"
    assert note.text() == ""


def test_a_gui_thread_stall_does_not_split_a_burst(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner,
) -> None:
    _, note, _ = window
    scans = collect(wedge)
    keyboard = HidKeyboard()
    keyboard.type("ORD:#10")
    time.sleep(0.06)  # the GUI thread is busy for 60 ms; the scanner is not
    keyboard.type("043")
    keyboard.enter()
    qtbot.wait(80)
    assert [s.raw for s in scans] == ["ORD:#10043"]
    assert note.text() == ""


def test_a_burst_that_goes_on_after_the_gap_timer_is_one_scan_and_the_field_keeps_its_text(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner,
) -> None:
    # The weight field holds 850; the GUI stalls after "40" of a product scan long enough
    # for the gap timer to fire; the rest of the code arrives (by its timestamps) 3 ms later.
    _, note, _ = window
    note.setText("850")
    scans = collect(wedge)
    keyboard = HidKeyboard(min_ms=3, max_ms=3)
    keyboard.type("40")
    qtbot.wait(80)
    keyboard.type("06381333931")
    keyboard.enter()
    qtbot.wait(80)
    assert [s.raw for s in scans] == ["4006381333931"]
    assert note.text() == "850"


def test_a_person_typing_at_a_persons_pace_stays_typing_whatever_the_gui_does(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner,
) -> None:
    # The events reach the filter all at once (the GUI was busy) but were typed 120 ms apart.
    _, note, _ = window
    scans = collect(wedge)
    returns: list[bool] = []
    note.returnPressed.connect(lambda: returns.append(True))
    keyboard = HidKeyboard(min_ms=120, max_ms=160)
    keyboard.type("Hello")
    keyboard.pause(150)
    keyboard.enter()
    qtbot.wait(80)
    assert note.text() == "Hello"
    assert returns == [True]
    assert scans == []


def test_a_scan_while_a_person_fills_in_a_field_leaves_the_field_as_typed(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner,
) -> None:
    _, note, _ = window
    scans = collect(wedge)
    person = HidKeyboard(min_ms=150, max_ms=200)
    person.type("1Z999AA1")
    qtbot.wait(80)
    scanner = HidKeyboard(clock_ms=person.clock_ms + 400)
    scanner.scan("1Z999AA10123456784")
    qtbot.wait(80)
    assert [s.raw for s in scans] == ["1Z999AA10123456784"]
    assert note.text() == "1Z999AA1"
    assert note.hasFocus()


def test_a_short_burst_ended_by_enter_is_replayed_with_its_enter(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit], wedge: WedgeScanner,
) -> None:
    _, note, _ = window
    scans = collect(wedge)
    returns: list[bool] = []
    note.returnPressed.connect(lambda: returns.append(True))
    HidKeyboard().scan("Ok")
    qtbot.wait(80)
    assert note.text() == "Ok"
    assert returns == [True]
    assert scans == []


def test_prefix_suffix_and_group_separator_text_are_settings(
    qtbot: QtBot, window: tuple[QWidget, QLineEdit, QLineEdit],
) -> None:
    _, note, _ = window
    settings = WedgeSettings.from_mapping(
        {"prefix": "#", "suffix": "!", "gs_replacement": "{GS}", "max_gap_ms": "30"})
    wedge = WedgeScanner.from_settings(QApplication.instance(), settings)
    wedge.start()
    try:
        scans = collect(wedge)
        HidKeyboard().scan("#{GS}010400638133393110LOT7{GS}21SER9!")
        HidKeyboard(clock_ms=9_000_000).scan("BIN:A-03-2-B")  # no prefix: left alone
        qtbot.wait(80)
    finally:
        wedge.stop()
    assert [s.raw for s in scans] == [GS + "010400638133393110LOT7" + GS + "21SER9",
                                      "BIN:A-03-2-B"]
    assert scans[0].classify().kind == "product"
    assert note.text() == ""


def test_a_file_dialog_receives_what_a_person_types_with_the_filter_on(
    qtbot: QtBot, wedge: WedgeScanner, tmp_path: Path,
) -> None:
    dialog = QFileDialog(None, "Import CSV", str(tmp_path), "CSV files (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    scans = collect(wedge)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    for char in "orders.csv":
        qtbot.keyClick(QApplication.focusWidget(), char)
        qtbot.wait(60)  # a person: far slower than a scanner
    qtbot.wait(80)
    assert name.text() == "orders.csv"
    assert scans == []
    HidKeyboard().scan("BIN:A-03-2-B")  # a scan still is one, and does not land in the name
    qtbot.wait(80)
    assert [s.raw for s in scans] == ["BIN:A-03-2-B"]
    assert name.text() == "orders.csv"


def test_the_admins_import_dialog_gets_the_file_name_typed_into_it(
    qtbot: QtBot, wedge: WedgeScanner, tmp_path: Path,
) -> None:
    # As the admin pages open it: QFileDialog.getOpenFileName, a dialog made on the C++
    # side that Python holds no wrapper of; the person types the name and presses Enter.
    (tmp_path / "orders.csv").write_text("sku,bin\n", encoding="utf-8")
    typed: list[str] = []

    def person() -> None:
        for char in "orders.csv":
            qtbot.keyClick(QApplication.focusWidget(), char)
            qtbot.wait(60)
        qtbot.wait(80)
        focused = QApplication.focusWidget()
        typed.append(focused.text() if isinstance(focused, QLineEdit) else "")
        if typed[-1] == "orders.csv":
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        else:  # keys were lost: close the dialog rather than hang
            modal = QApplication.activeModalWidget()
            assert isinstance(modal, QFileDialog)
            modal.reject()

    QTimer.singleShot(300, person)
    path, _ = QFileDialog.getOpenFileName(None, "Import bins", str(tmp_path),
                                          "CSV files (*.csv)",
                                          options=QFileDialog.Option.DontUseNativeDialog)
    assert typed == ["orders.csv"]
    assert Path(path) == tmp_path / "orders.csv"
