"""Tools for the reliability tests: bounded loops, pty scanners, a restartable PostgreSQL.

Every fault loop in ``tests/reliability`` runs a fixed number of times *and* inside a
time limit (:func:`bounded`), so a hang fails the test instead of stalling CI.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, String, Text, inspect, select, table
from sqlalchemy import column as sql_column
from sqlalchemy.sql.elements import ColumnClause

REPO = Path(__file__).resolve().parents[2]


def forkserver_context() -> ForkServerContext:
    """Child processes forked from a server that has packdesk imported already, so a
    restart after a kill costs milliseconds, not an interpreter start. One preload list
    for every reliability test: the server starts once, for whichever test comes first."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([
        "tests.helpers.crash_station", "tests.helpers.churning_store",
        "packdesk.sync.outbox_worker", "packdesk.sync.woocommerce",
    ])
    return context


def bounded(count: int, seconds: float, what: str = "loop", *,
            at_least: int | None = None) -> Iterator[int]:
    """Yield 0..count-1 within ``seconds``.

    Past the deadline the loop fails the test, or, with ``at_least``, ends early once that
    many rounds ran: a busy machine then tests fewer rounds instead of failing on speed
    (speed is the benchmarks' business, not a test's).
    """
    deadline = time.monotonic() + seconds
    for index in range(count):
        if time.monotonic() > deadline:
            if at_least is not None and index >= at_least:
                return
            pytest.fail(f"{what}: only {index} of {count} rounds within {seconds:g} s")
        yield index


def wait_until(predicate: Any, seconds: float, what: str) -> None:
    """Poll ``predicate`` every 20 ms; fail with ``what`` when it stays false for ``seconds``."""
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {seconds:g} s waiting for {what}")
        time.sleep(0.02)


# --- a serial scanner on a pseudo-terminal -------------------------------------------------


class PtyPair:
    """``socat`` linking two pseudo-terminals: the station opens ``a``, the test writes ``b``.

    Closing the pair removes ``a``, as pulling a USB-serial scanner removes its device.
    """

    def __init__(self, folder: Path) -> None:
        self.a = folder / "scanner"
        self.b = folder / "scanner-feed"
        self.process: subprocess.Popen[bytes] | None = None

    def open(self) -> None:
        self.process = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self.a}", f"pty,raw,echo=0,link={self.b}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_until(lambda: self.a.exists() and self.b.exists(), 5, "socat's pty pair")

    def close(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=5)
            self.process = None
        wait_until(lambda: not self.a.exists(), 5, "the pty to disappear")

    def write(self, data: bytes) -> None:
        with open(self.b, "wb", buffering=0) as end:
            end.write(data)


# --- a PostgreSQL server of our own, to restart under a running station --------------------


class PgCluster:
    """A throw-away cluster from ``scripts/pgtest.sh`` that a test may stop and restart."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.url = ""

    @staticmethod
    def available() -> bool:
        return bool(list(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")))

    def _pg_ctl(self, *args: str) -> None:
        bindir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
        command = [str(bindir / "pg_ctl"), "-D", str(self.folder / "data"), *args]
        if os.getuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def start(self) -> str:
        result = subprocess.run(
            ["bash", str(REPO / "scripts" / "pgtest.sh"), "start", str(self.folder)],
            check=False, capture_output=True, text=True, timeout=120,
        )
        if result.returncode != 0:
            pytest.fail(f"could not start PostgreSQL in {self.folder}: {result.stderr[-1500:]}")
        self.url = result.stdout.strip().splitlines()[-1]
        return self.url

    def stop_server(self) -> None:
        """Stop the server (fast shutdown: connected sessions are cut)."""
        self._pg_ctl("-m", "fast", "-w", "-t", "30", "stop")

    def start_server(self) -> None:
        port = (self.folder / "port").read_text().strip()
        options = (f"-c listen_addresses=127.0.0.1 -c port={port} "
                   f"-c unix_socket_directories={self.folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        self._pg_ctl("-l", str(self.folder / "server.log"), "-w", "-t", "30", "-o", options,
                     "start")

    def destroy(self) -> None:
        subprocess.run(["bash", str(REPO / "scripts" / "pgtest.sh"), "stop", str(self.folder)],
                       check=False, capture_output=True, timeout=120)
        shutil.rmtree(self.folder, ignore_errors=True)


# --- looking for a secret in every text column ---------------------------------------------


def text_cells_containing(engine: Engine, needles: list[str]) -> list[str]:
    """``table.column`` of every text cell (JSON included) that contains any needle."""
    found: list[str] = []
    inspector = inspect(engine)
    with engine.connect() as conn:
        for table_name in inspector.get_table_names():
            columns = inspector.get_columns(table_name)
            for info in columns:
                kind = info["type"]
                if not isinstance(kind, String | Text) and "JSON" not in type(kind).__name__.upper():
                    continue
                col: ColumnClause[Any] = sql_column(info["name"])
                for value in conn.execute(select(col).select_from(table(table_name, col))).scalars():
                    text_value = "" if value is None else str(value)
                    if any(needle in text_value for needle in needles):
                        found.append(f"{table_name}.{info['name']}")
                        break
    return found
