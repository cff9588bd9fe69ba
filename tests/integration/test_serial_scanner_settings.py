"""A serial scanner on a socat pty as real ones misbehave: over-long lines, line noise,
unplugging mid-line, a wrong baud rate, Tab terminators, ``{GS}`` for the group separator.
Each case gives exactly the scans a person meant."""

from __future__ import annotations

import logging
import os
import random
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pytestqt.qtbot import QtBot

from packdesk.hardware.scanners import UNREADABLE, Scan, SerialScanner, SerialSettings
from tests.integration.test_serial_scanner import PtyPair

pytestmark = pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")

EAN = b"4006381333931"


@pytest.fixture
def pty(tmp_path: Path) -> Iterator[PtyPair]:
    pair = PtyPair(tmp_path)
    pair.open()
    yield pair
    pair.close()


class Bench:
    """A started scanner and what the station saw of it."""

    def __init__(self, scanner: SerialScanner) -> None:
        self.scanner = scanner
        self.scans: list[Scan] = []
        self.status: list[tuple[bool, str]] = []
        scanner.scanned.connect(self.scans.append)
        scanner.connection_changed.connect(lambda ok, text: self.status.append((ok, text)))

    @property
    def raws(self) -> list[str]:
        return [scan.raw for scan in self.scans]


@pytest.fixture
def bench(pty: PtyPair, qtbot: QtBot) -> Iterator[Callable[..., Bench]]:
    started: list[SerialScanner] = []

    def start(**settings: object) -> Bench:
        settings = {"reconnect_min_s": 0.05, "reconnect_max_s": 0.3, **settings}
        scanner = SerialScanner(SerialSettings(port=str(pty.a), **settings))  # type: ignore[arg-type]
        seen = Bench(scanner)
        with qtbot.waitSignal(scanner.connection_changed, timeout=3000):
            scanner.start()
        started.append(scanner)
        return seen

    yield start
    for scanner in started:
        assert scanner.stop(3000), "the reader thread did not end"


def settle(qtbot: QtBot, bench: Bench, count: int) -> None:
    qtbot.waitUntil(lambda: len(bench.scans) >= count, timeout=3000)
    qtbot.wait(300)  # room for a stray extra scan to show up


def test_an_over_long_line_is_dropped_whole_and_the_next_scan_is_kept(
    pty: PtyPair, bench: Callable[..., Bench], qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    seen = bench()
    with caplog.at_level(logging.WARNING, logger="packdesk.hardware.scanners"):
        pty.write(b"X" * 10_000 + b"\r\n" + EAN + b"\r\n")
        settle(qtbot, seen, 1)
    assert seen.raws == [EAN.decode()]
    assert any("10000 bytes" in r.getMessage() and "dropped whole" in r.getMessage()
               for r in caplog.records)


def test_a_noise_byte_before_a_code_is_not_glued_to_it(
    pty: PtyPair, bench: Callable[..., Bench], qtbot: QtBot
) -> None:
    seen = bench()
    pty.write(b"\xf8")  # a spike on the line
    time.sleep(0.6)
    pty.write(EAN + b"\r")
    settle(qtbot, seen, 1)
    assert seen.raws == [EAN.decode()]
    assert seen.scans[0].classify().kind == "product"
    assert all(ok for ok, _ in seen.status)  # noise is not worth a status


def test_half_a_line_at_unplug_is_discarded(
    pty: PtyPair, bench: Callable[..., Bench], qtbot: QtBot
) -> None:
    seen = bench()
    pty.write(EAN[:7])
    qtbot.wait(150)
    pty.close()  # cable pulled mid-scan
    qtbot.waitUntil(lambda: any(not ok for ok, _ in seen.status), timeout=3000)
    pty.open()
    qtbot.waitUntil(lambda: seen.status[-1][0] is True, timeout=3000)
    pty.write(EAN + b"\r\n")  # the packer scans again
    settle(qtbot, seen, 1)
    assert seen.raws == [EAN.decode()]


def test_half_a_line_then_a_long_pause_is_not_glued_to_the_next_scan(
    pty: PtyPair, bench: Callable[..., Bench], qtbot: QtBot
) -> None:
    seen = bench()
    pty.write(b"BIN:A-0")  # the scanner lost power mid-code
    time.sleep(0.6)
    pty.write(b"BIN:A-03-2-B\r")
    settle(qtbot, seen, 1)
    assert seen.raws == ["BIN:A-03-2-B"]


def baud_mismatch_garbage(size: int = 200) -> bytes:
    # What a scanner at 9600 baud looks like read at 115200 (and back): mostly bytes with
    # the top bit set or zero, framing breaks that happen to read as CR or LF.
    rng = random.Random(21)
    pool = [0x00, 0x80, 0xE0, 0xF0, 0xF8, 0xFC, 0xFE, 0xFF, 0x78, 0x86, 0x98, 0x9E]
    out = bytearray()
    for index in range(size):
        out.append(rng.choice(pool))
        if index % 12 == 11:
            out.append(rng.choice(b"\r\n"))
    return bytes(out)


def test_baud_mismatch_garbage_gives_one_status_and_no_scan(
    pty: PtyPair, bench: Callable[..., Bench], qtbot: QtBot
) -> None:
    seen = bench()
    garbage = baud_mismatch_garbage()
    assert garbage.count(b"\r") + garbage.count(b"\n") >= 15  # 16 red banners on main
    pty.write(garbage)
    qtbot.waitUntil(lambda: any(text == UNREADABLE for _, text in seen.status), timeout=3000)
    qtbot.wait(300)
    assert seen.scans == []
    assert [s for s in seen.status if s[1] == UNREADABLE] == [(False, UNREADABLE)]
    # The baud rate is fixed: the next scan arrives and the status clears.
    time.sleep(0.4)
    pty.write(EAN + b"\r\n")
    settle(qtbot, seen, 1)
    assert seen.raws == [EAN.decode()]
    assert seen.status[-1][0] is True


def test_a_scanner_ending_codes_with_tab(
    pty: PtyPair, bench: Callable[..., Bench], qtbot: QtBot
) -> None:
    tab = SerialSettings.from_mapping({"port": str(pty.a), "terminator": "TAB"}).terminators
    seen = bench(terminators=tab)
    pty.write(EAN + b"\tBIN:A-03-2-B\t")
    settle(qtbot, seen, 2)
    assert seen.raws == [EAN.decode(), "BIN:A-03-2-B"]


def test_a_scanner_with_no_terminator_ends_codes_by_pausing(
    pty: PtyPair, bench: Callable[..., Bench], qtbot: QtBot
) -> None:
    seen = bench(terminators=b"", gap_ms=80)
    pty.write(EAN)
    time.sleep(0.4)
    pty.write(b"BIN:A-03-2-B")
    settle(qtbot, seen, 2)
    assert seen.raws == [EAN.decode(), "BIN:A-03-2-B"]


def test_gs_replacement_prefix_and_suffix(
    pty: PtyPair, bench: Callable[..., Bench], qtbot: QtBot
) -> None:
    seen = bench(gs_replacement="{GS}", prefix="\x02", suffix="\x03")
    pty.write(b"\x02{GS}01095060001343521012345{GS}1720123121SN1\x03\r\n")
    settle(qtbot, seen, 1)
    assert seen.raws == ["\x1d01095060001343521012345\x1d1720123121SN1"]
    code = seen.scans[0].classify()
    assert (code.kind, code.gtin, code.lot) == ("product", "09506000134352", "12345")


def test_encoding_setting(pty: PtyPair, bench: Callable[..., Bench], qtbot: QtBot) -> None:
    seen = bench(encoding="latin-1")
    pty.write(b"ORD:caf\xe9\r\n")
    settle(qtbot, seen, 1)
    assert seen.raws == ["ORD:café"]


def test_settings_from_the_station_s_scanner_settings() -> None:
    settings = SerialSettings.from_mapping({
        "port": "/dev/ttyACM0", "baudrate": "115200", "terminator": "tab",
        "encoding": "latin-1", "prefix": "\x02", "suffix": "\x03", "gs_replacement": "{GS}",
        "max_length": "512", "gap_ms": "150"})
    assert settings == SerialSettings(
        port="/dev/ttyACM0", baudrate=115200, terminators=b"\t", encoding="latin-1",
        prefix="\x02", suffix="\x03", gs_replacement="{GS}", max_length=512, gap_ms=150)
    assert SerialSettings.from_mapping({"port": "COM3"}).terminators == b"\r\n"
    assert SerialSettings.from_mapping({"port": "COM3", "terminator": "none"}).gap_s == 0.1
    with pytest.raises(ValueError, match="terminator 'ETX': use CR, LF, CRLF, TAB or NONE"):
        SerialSettings.from_mapping({"port": "COM3", "terminator": "etx"})
    with pytest.raises(ValueError, match="encoding 'klingon' is not known"):
        SerialSettings.from_mapping({"port": "COM3", "encoding": "klingon"})
    with pytest.raises(ValueError, match="baudrate 'fast'"):
        SerialSettings.from_mapping({"port": "COM3", "baudrate": "fast"})
