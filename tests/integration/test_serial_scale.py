"""Bench scales on a real pseudo-terminal (socat): MT-SICS and continuous output, stable and
moving readings, units, garbage, unplug and replug; and ``packdesk scale read``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pytestqt.qtbot import QtBot

from packdesk.hardware.scale import (
    ContinuousFormat,
    ScaleError,
    ScaleReading,
    ScaleSettings,
    SerialScale,
    parse_mt_sics,
    read_stable,
)
from tests.helpers.fake_scale import SimulatedScale
from tests.integration.test_serial_scanner import PtyPair

pytestmark = pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")


@pytest.fixture
def pty(tmp_path: Path) -> Iterator[PtyPair]:
    pair = PtyPair(tmp_path)
    pair.open()
    yield pair
    pair.close()


@pytest.fixture(params=["mt-sics", "continuous"])
def scale(request: pytest.FixtureRequest, pty: PtyPair) -> Iterator[SimulatedScale]:
    simulated = SimulatedScale(pty.b, request.param)
    simulated.start()
    yield simulated
    simulated.stop()


def settings(pty: PtyPair, protocol: str) -> ScaleSettings:
    return ScaleSettings(port=str(pty.a), protocol=protocol, poll_s=0.05,
                         answer_timeout_s=0.5, reconnect_max_s=0.5)


@pytest.mark.parametrize(("value", "unit", "grams"), [
    (812.0, "g", 812.0), (1.234, "kg", 1234.0), (2.5, "lb", 1133.981), (8.0, "oz", 226.796),
])
def test_a_stable_reading_is_read_in_grams(
    pty: PtyPair, scale: SimulatedScale, value: float, unit: str, grams: float
) -> None:
    scale.show(value, unit)
    reading = read_stable(settings(pty, scale.protocol), timeout_s=3)
    assert reading == ScaleReading(pytest.approx(grams, abs=0.01), True)  # type: ignore[arg-type]


def test_a_moving_scale_gives_no_stable_reading_until_it_settles(
    pty: PtyPair, scale: SimulatedScale
) -> None:
    scale.show(640.0, stable=False)
    started = time.monotonic()
    reading = read_stable(settings(pty, scale.protocol), timeout_s=1.0)
    assert reading == ScaleReading(640.0, False)
    assert time.monotonic() - started >= 0.9  # it waited for the weight to settle
    scale.show(655.0, stable=True)
    assert read_stable(settings(pty, scale.protocol), timeout_s=2) == ScaleReading(655.0, True)


def test_a_silent_scale_says_so_in_one_sentence(pty: PtyPair, scale: SimulatedScale) -> None:
    scale.silent = True
    with pytest.raises(ScaleError, match="did not answer within 1 s"):
        read_stable(settings(pty, scale.protocol), timeout_s=1.0)


def test_a_scale_answering_garbage_is_refused(pty: PtyPair, scale: SimulatedScale) -> None:
    scale.show(100.0)
    scale.garbage = True
    with pytest.raises(ScaleError, match="unreadable scale"):
        read_stable(settings(pty, scale.protocol), timeout_s=1.0)


def test_answers_parse_as_documented() -> None:
    assert parse_mt_sics("S S      100.00 g") == ScaleReading(100.0, True)
    assert parse_mt_sics("S D     -0.0012 kg") == ScaleReading(-1.2, False)
    with pytest.raises(ScaleError, match="overloaded"):
        parse_mt_sics("S +")
    fmt = ContinuousFormat.of()
    assert fmt.parse("ST,GS,+0001.234kg") == ScaleReading(1234.0, True)
    assert fmt.parse("US,NT,-0000.050kg") == ScaleReading(-50.0, False)
    custom = ContinuousFormat.of(r"^(?P<value>\d+\.\d+)\s*(?P<unit>lb)\s*(?P<status>\?)?$",
                                 stable_status="")
    assert custom.parse("1.000 lb").grams == pytest.approx(453.592)
    with pytest.raises(ValueError, match="value"):
        ContinuousFormat.of(r"^(?P<status>ST)$")


def test_the_station_scale_reports_weights_and_survives_unplug_and_replug(
    pty: PtyPair, scale: SimulatedScale, qtbot: QtBot
) -> None:
    device = SerialScale(settings(pty, scale.protocol))
    readings: list[ScaleReading] = []
    changes: list[tuple[bool, str]] = []
    device.weighed.connect(readings.append)
    device.connection_changed.connect(lambda ok, message: changes.append((ok, message)))
    scale.show(0.5, "kg")
    device.start()
    try:
        qtbot.waitUntil(lambda: device.latest() == ScaleReading(500.0, True), timeout=3000)
        assert changes[0][0] is True

        scale.stop()
        pty.close()  # the scale's cable is pulled
        qtbot.waitUntil(lambda: not device.connected, timeout=5000)
        assert device.latest() is None  # a weight from before the unplug does not count
        assert str(pty.a) in changes[-1][1]

        pty.open()  # plugged back in
        scale.show(1.5, "kg", stable=False)
        scale.start()
        qtbot.waitUntil(lambda: device.connected, timeout=5000)
        qtbot.waitUntil(lambda: device.latest() == ScaleReading(1500.0, False), timeout=3000)
        scale.show(1.5, "kg")
        qtbot.waitUntil(lambda: device.latest() == ScaleReading(1500.0, True), timeout=3000)
    finally:
        assert device.stop(3000), "the scale thread did not end"


def test_scale_read_command_prints_grams_and_stability(pty: PtyPair, scale: SimulatedScale) -> None:
    scale.show(1.234, "kg")
    run = subprocess.run(
        [sys.executable, "-m", "packdesk", "scale", "read", "--port", str(pty.a),
         "--protocol", scale.protocol, "--baud", "9600", "--timeout", "3"],
        capture_output=True, text=True, timeout=30, env={**os.environ},
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"grams": 1234.0, "stable": True}

    scale.silent = True
    run = subprocess.run(
        [sys.executable, "-m", "packdesk", "scale", "read", "--port", str(pty.a),
         "--protocol", scale.protocol, "--timeout", "1"],
        capture_output=True, text=True, timeout=30, env={**os.environ},
    )
    assert run.returncode != 0
    assert run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1
    assert "did not answer" in run.stderr
