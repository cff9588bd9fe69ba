"""A serial scanner on a real pseudo-terminal: scans arrive, unplugging shows, replugging heals."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pytestqt.qtbot import QtBot

from packdesk.hardware.scanners import Scan, SerialScanner, SerialSettings

pytestmark = pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")


class PtyPair:
    """``socat`` linking two pseudo-terminals: the station opens ``a``, the test writes ``b``."""

    def __init__(self, folder: Path) -> None:
        self.a = folder / "a"
        self.b = folder / "b"
        self.process: subprocess.Popen[bytes] | None = None

    def open(self) -> None:
        self.process = subprocess.Popen(
            ["socat", "-d", "-d",
             f"pty,raw,echo=0,link={self.a}", f"pty,raw,echo=0,link={self.b}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 5
        while not (self.a.exists() and self.b.exists()):
            assert time.monotonic() < deadline, "socat did not create the pty pair"
            time.sleep(0.02)

    def close(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=5)
            self.process = None
        deadline = time.monotonic() + 5
        while self.a.exists() and time.monotonic() < deadline:
            time.sleep(0.02)

    def write(self, data: bytes) -> None:
        with open(self.b, "wb", buffering=0) as end:
            end.write(data)


@pytest.fixture
def pty(tmp_path: Path) -> Iterator[PtyPair]:
    pair = PtyPair(tmp_path)
    pair.open()
    yield pair
    pair.close()


@pytest.fixture
def scanner(pty: PtyPair, qtbot: QtBot) -> Iterator[SerialScanner]:
    device = SerialScanner(SerialSettings(port=str(pty.a), baudrate=9600, reconnect_max_s=0.5))
    with qtbot.waitSignal(device.connection_changed, timeout=3000) as blocker:
        device.start()
    assert blocker.args[0] is True
    yield device
    assert device.stop(3000), "the reader thread did not end"


def test_scans_written_to_the_port_arrive_as_scans(
    pty: PtyPair, scanner: SerialScanner, qtbot: QtBot
) -> None:
    scans: list[Scan] = []
    scanner.scanned.connect(scans.append)
    pty.write(b"]E04006381333931\r\nBIN:A-03-2-B\r")
    pty.write(b"]C101095060001343521012345\x1d1720123121SN1\r\n")
    qtbot.waitUntil(lambda: len(scans) == 3, timeout=3000)
    assert [s.raw for s in scans] == [
        "]E04006381333931", "BIN:A-03-2-B", "]C101095060001343521012345\x1d1720123121SN1"
    ]
    assert scans[0].symbology == "EAN/UPC"
    assert scans[0].classify().key == "04006381333931"
    assert scans[1].classify().kind == "bin"
    assert scans[2].classify().lot == "12345"
    assert all(s.source == f"serial:{pty.a}" for s in scans)


def test_a_scan_split_over_several_writes_arrives_whole(
    pty: PtyPair, scanner: SerialScanner, qtbot: QtBot
) -> None:
    scans: list[Scan] = []
    scanner.scanned.connect(scans.append)
    pty.write(b"ORD:10")
    time.sleep(0.15)
    pty.write(b"01\r")
    qtbot.waitUntil(lambda: len(scans) == 1, timeout=3000)
    assert scans[0].raw == "ORD:1001"


def test_unplugged_scanner_is_shown_and_reconnects_when_it_returns(
    pty: PtyPair, scanner: SerialScanner, qtbot: QtBot
) -> None:
    changes: list[tuple[bool, str]] = []
    scanner.connection_changed.connect(lambda ok, msg: changes.append((ok, msg)))

    pty.close()  # the scanner's cable is pulled
    qtbot.waitUntil(lambda: any(not ok for ok, _ in changes), timeout=3000)
    assert scanner.connected is False
    assert str(pty.a) in changes[0][1]

    started = time.monotonic()
    pty.open()  # plugged back in
    qtbot.waitUntil(lambda: changes[-1][0] is True, timeout=5000)
    reconnect_s = time.monotonic() - started
    assert scanner.connected is True
    assert reconnect_s < 3

    scans: list[Scan] = []
    scanner.scanned.connect(scans.append)
    pty.write(b"BADGE:U-1\r\n")
    qtbot.waitUntil(lambda: len(scans) == 1, timeout=3000)
    assert scans[0].classify().key == "U-1"


def test_missing_port_reports_not_found_and_stop_is_prompt(qtbot: QtBot, tmp_path: Path) -> None:
    device = SerialScanner(SerialSettings(port=str(tmp_path / "nothing-here")))
    with qtbot.waitSignal(device.connection_changed, timeout=3000) as blocker:
        device.start()
    assert blocker.args[0] is False
    assert "not found" in blocker.args[1]
    started = time.monotonic()
    assert device.stop(3000)
    assert time.monotonic() - started < 1.0
