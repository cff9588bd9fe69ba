"""A serial scanner unplugged and plugged back again and again: it reconnects by itself,
and every scan made while it is plugged in arrives exactly once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pytestqt.qtbot import QtBot

from packdesk.hardware.scanners import Scan, SerialScanner, SerialSettings
from tests.helpers.reliability import REPO, PtyPair, bounded

needs_socat = pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")

CYCLES = 20
SCANS_PER_CYCLE = 5


@needs_socat
def test_scanner_survives_twenty_unplugs_and_no_scan_is_lost_or_doubled(
    tmp_path: Path, qtbot: QtBot
) -> None:
    pty = PtyPair(tmp_path)
    pty.open()
    scanner = SerialScanner(SerialSettings(port=str(pty.a), reconnect_min_s=0.05,
                                           reconnect_max_s=0.3))
    scans: list[Scan] = []
    changes: list[bool] = []
    scanner.scanned.connect(scans.append)
    scanner.connection_changed.connect(lambda ok, _message: changes.append(ok))
    written: list[str] = []
    try:
        with qtbot.waitSignal(scanner.connection_changed, timeout=3000):
            scanner.start()
        for cycle in bounded(CYCLES, 90, "unplug/replug cycles"):
            codes = [f"ORD:{cycle:02d}{n:02d}" for n in range(SCANS_PER_CYCLE)]
            # One scan whole, then one split across two writes, then the rest together.
            pty.write(f"{codes[0]}\r\n".encode())
            pty.write(codes[1][:4].encode())
            pty.write(f"{codes[1][4:]}\r".encode())
            pty.write("".join(f"{c}\r\n" for c in codes[2:]).encode())
            written += codes
            expected = len(written)
            qtbot.waitUntil(lambda: len(scans) >= expected, timeout=3000)  # noqa: B023 - waited on at once
            # The cable is pulled halfway through a scan: that fragment never made a beep,
            # and must not be glued to the first scan after the replug.
            pty.write(b"BIN:FRAGMENT-")
            disconnects = changes.count(False)
            pty.close()
            qtbot.waitUntil(lambda: changes.count(False) > disconnects,  # noqa: B023 - waited on at once
                            timeout=3000)
            assert scanner.connected is False
            pty.open()
            qtbot.waitUntil(lambda: bool(changes) and changes[-1] is True, timeout=3000)
        final = "BADGE:AFTER-LAST-REPLUG"
        pty.write(f"{final}\r\n".encode())
        written.append(final)
        qtbot.waitUntil(lambda: len(scans) >= len(written), timeout=3000)
        qtbot.wait(200)  # room for a doubled scan to show up
    finally:
        assert scanner.stop(3000), "the reader thread did not end"
        pty.close()
    assert [s.raw for s in scans] == written
    assert changes.count(False) == CYCLES and changes.count(True) == CYCLES + 1


A_DAY_OF_SIGNALS = """
import gc
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Station(QObject):
    connection_changed = Signal(bool, str)
station = Station()
changes = []
station.connection_changed.connect(lambda ok, message: changes.append(message))
for n in range(20_000):
    station.connection_changed.emit(n % 2 == 0, "scanner")
gc.collect()
print(len(changes))
"""


def test_a_day_of_qt_signals_does_not_abort_the_station() -> None:
    """PySide6 6.12.0 on Python 3.11 takes a reference from True at every emit() and
    aborts ("bool_dealloc") after a few hundred signals: a station dies mid-shift. The
    dependency pin keeps it out; this fails if it comes back."""
    run = subprocess.run([sys.executable, "-c", A_DAY_OF_SIGNALS], cwd=REPO,
                         capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "20000"
