"""Two stations never run under one name (issue 18, point 7), on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packdesk.domain.time import utcnow
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import ScanEventRow, ShipmentRow
from packdesk.services.stations import (
    LIVE_SECONDS,
    StationNameInUse,
    claim_station_name,
    default_station_name,
    new_process_id,
)
from packdesk.services.uow import UnitOfWork
from tests.helpers.reliability import REPO

HOLDER = """
import sys, time
from packdesk.persistence.db import make_engine
from packdesk.services.stations import StationHeartbeat
beat = StationHeartbeat(make_engine(sys.argv[1]), sys.argv[2], interval=0.5)
beat.start()
print("running", flush=True)
time.sleep(120)
"""


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


def test_a_station_name_live_in_another_process_is_refused_with_a_sentence(
    db_url: str, tmp_path: Path
) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, db_url, "raspberrypi"],
                              stdout=subprocess.PIPE, env=env())
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"running"
        # The station program started with the same name stops at once, saying why.
        second = subprocess.run(
            [sys.executable, "-m", "packdesk", "--station", "raspberrypi", "--db", db_url],
            capture_output=True, text=True, timeout=60, env=env(),
        )
        assert second.returncode != 0
        assert second.stderr.count("\n") == 1, second.stderr
        assert "'raspberrypi' is in use by another running station" in second.stderr
        assert "--station" in second.stderr
        # Another name is fine.
        engine = make_engine(db_url)
        claim_station_name(engine, "Bench 2", new_process_id())
        with pytest.raises(StationNameInUse):
            claim_station_name(engine, "raspberrypi", new_process_id())
    finally:
        holder.kill()
        holder.wait(timeout=30)
    # A station that died stops beating: its name is free once the heartbeat is old.
    later = utcnow() + timedelta(seconds=LIVE_SECONDS + 1)
    claim_station_name(engine, "raspberrypi", new_process_id(), now=later)
    engine.dispose()


def test_the_default_name_is_the_host_and_an_id_kept_per_install(tmp_path: Path) -> None:
    first = default_station_name(tmp_path / "one")
    assert first == default_station_name(tmp_path / "one")  # the same install: the same name
    other = default_station_name(tmp_path / "two")  # another install on a same-named host
    assert first != other
    host = socket.gethostname().split(".")[0]
    assert first.startswith(host + "-") and other.startswith(host + "-")


def test_two_simulations_on_one_database_do_not_share_a_station_name(
    db_url: str, tmp_path: Path
) -> None:
    # Enough orders that one run cannot finish them all before the other has started: with
    # 16, a loaded machine once let the first run ship everything in 2.9 s, and the second
    # found no open order and named no station.
    seed = subprocess.run([sys.executable, "-m", "packdesk", "seed", "--orders", "48",
                           "--db", db_url], capture_output=True, text=True, timeout=300, env=env())
    assert seed.returncode == 0, seed.stderr
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "packdesk", "simulate", "--stations", "1", "--error-rate", "0",
             "--db", db_url, "--print-folder", str(tmp_path / f"run{i}"), "--max-seconds", "240"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(),
        )
        for i in range(2)
    ]
    answers = [run.communicate(timeout=400) for run in runs]
    outputs = [out for out, _ in answers]
    engine = make_engine(db_url)
    try:
        with UnitOfWork(engine) as uow:
            scanned_by = set(uow.session.scalars(select(ScanEventRow.station).distinct()))
            per_order = list(uow.session.scalars(
                select(func.count()).select_from(ShipmentRow).group_by(ShipmentRow.order_id)))
    finally:
        engine.dispose()
    # Each run names its stations in its report ("orders shipped: 8 of 16 (Sim 3fa2-1 8)"):
    # however the two runs shared the work (a slow start may leave one run little), their
    # names differ, and every station that scanned is one of them.
    names = [set(re.findall(r"(Sim [0-9a-f]+-\d+) \d+", out)) for out in outputs]
    assert all(len(n) == 1 for n in names), answers
    # Each run says it is done, counting what the other shipped: the database's check passed.
    assert [run.returncode for run in runs] == [0, 0], answers
    assert all("every order shipped exactly once" in out for out in outputs), answers
    assert names[0] != names[1]
    assert scanned_by <= names[0] | names[1] and scanned_by
    assert per_order and max(per_order) == 1  # no order shipped twice
