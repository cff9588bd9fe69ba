"""File drops under hostile conditions: half-written uploads, huge files, symlinks to secrets.

Issue 18, points 4, 14 (file size) and 16.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from sqlalchemy import Engine, select

from packdesk.persistence.tables import OrderRow, QuarantinedPayloadRow
from packdesk.services.uow import UnitOfWork
from packdesk.sync.filedrop import FileDropSource
from packdesk.sync.pull import pull_all
from tests.helpers.reliability import REPO, wait_until

HEADER = "order_id,order_number,placed_at,ship_name,ship_line1,ship_city,ship_country,sku,quantity\n"
LINE_1 = "W1,#W1,2026-11-26T08:00:00Z,Ola Nordmann,Storgata 1,Oslo,NO,TEE-NAV-L,12\n"
LINE_2 = "W1,#W1,2026-11-26T08:00:00Z,Ola Nordmann,Storgata 1,Oslo,NO,MUG-WHT,3\n"


def test_pull_watch_reads_a_file_written_in_two_halves_only_once_it_is_complete(
    db_url: str, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    whole = (HEADER + LINE_1 + LINE_2).encode()
    cut = len(HEADER) + LINE_1.index(",12") + 2  # "...,1" : the quantity 12 cut in two
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    watcher = subprocess.Popen(
        [sys.executable, "-m", "packdesk", "pull", "--source", "file", "--path", str(drop),
         "--watch", "--interval", "1", "--settle", "3", "--db", db_url],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    try:
        with (drop / "day.csv").open("wb") as upload:
            upload.write(whole[:cut])
            upload.flush()
            time.sleep(2.5)  # the watcher looks at least twice while the upload pauses
            upload.write(whole[cut:])
        wait_until(lambda: (drop / "done" / "day.csv").exists(), 30, "the file to be read")
    finally:
        watcher.terminate()
        out, err = watcher.communicate(timeout=30)
    from packdesk.persistence.db import make_engine

    engine = make_engine(db_url)
    try:
        with UnitOfWork(engine) as uow:
            order = uow.session.scalars(select(OrderRow)).one()
            assert [(line.sku, line.quantity) for line in order.lines] == [
                ("TEE-NAV-L", 12), ("MUG-WHT", 3)
            ], out.decode() + err.decode()
    finally:
        engine.dispose()
    assert (drop / "done" / "day.csv").read_bytes() == whole


def test_an_upload_named_part_or_tmp_is_left_alone_until_renamed(engine: Engine, tmp_path: Path) -> None:
    for name in ("day.csv.part", "day.csv.tmp", ".day.csv.swp"):
        (tmp_path / name).write_text(HEADER + LINE_1, encoding="utf-8")
    os.utime(tmp_path / "day.csv.part", (time.time() - 60, time.time() - 60))
    summary = pull_all(engine, [FileDropSource(tmp_path, watch=True, settle=0)])
    assert (summary.total.created, summary.total.quarantined) == (0, 0), summary.line()
    os.rename(tmp_path / "day.csv.part", tmp_path / "day.csv")
    summary = pull_all(engine, [FileDropSource(tmp_path, watch=True, settle=0)])
    assert summary.total.created == 1, summary.line()


def test_a_symlink_to_the_process_environment_is_skipped_and_no_secret_is_stored(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    secret = "ck_0123456789abcdef_SECRET"
    (tmp_path / "x.csv").symlink_to("/proc/self/environ")
    (tmp_path / "y.json").symlink_to("/proc/self/environ")
    os.mkfifo(tmp_path / "z.csv")  # a pipe would block a reader for ever
    (tmp_path / "good.csv").write_text(HEADER + LINE_1, encoding="utf-8")
    # /proc/self/environ is the environment a process started with: the pull runs as a
    # command started with the store key in its environment, as an admin would run it.
    env = {**os.environ, "PYTHONPATH": str(REPO), "PACKDESK_WC_KEY": secret}
    for path in (tmp_path, tmp_path / "x.csv"):
        subprocess.run(
            [sys.executable, "-m", "packdesk", "pull", "--source", "file", "--path", str(path),
             "--settle", "0", "--db", db_url],
            env=env, capture_output=True, timeout=60,
        )
    with UnitOfWork(engine) as uow:
        stored = [(q.reason, q.raw) for q in uow.session.scalars(select(QuarantinedPayloadRow))]
        assert uow.session.scalars(select(OrderRow.number)).all() == ["#W1"]
    assert not any(secret in reason or secret in raw for reason, raw in stored), [r for r, _ in stored]


def test_an_unreadable_file_keeps_its_reason_size_and_hash_not_its_bytes(
    engine: Engine, tmp_path: Path
) -> None:
    data = b'[{"order_id": "J1", "email": "someone@example.com", "sku": '
    (tmp_path / "broken.json").write_bytes(data)
    pull_all(engine, [FileDropSource(tmp_path, settle=0)])
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(QuarantinedPayloadRow)).one()
        reason, raw = row.reason, row.raw
    assert "broken.json" in reason and "broken JSON" in reason
    assert str(len(data)) in raw and hashlib.sha256(data).hexdigest() in raw
    assert "someone@example.com" not in raw + reason


def test_a_drop_file_over_the_size_bound_is_refused_with_size_and_hash_in_little_memory(
    engine: Engine, tmp_path: Path
) -> None:
    row = "H1,#H1,2026-11-26T08:00:00Z,Ola Nordmann,Storgata 1,Oslo,NO,SKU-{:07d},1\n"
    huge = tmp_path / "huge.csv"
    digest = hashlib.sha256()
    with huge.open("wb") as out:
        out.write(HEADER.encode())
        digest.update(HEADER.encode())
        chunk = "".join(row.format(i) for i in range(20_000)).encode()
        for _ in range(60):  # about 83 MB, one order of 1.2 million lines
            out.write(chunk)
            digest.update(chunk)
    size = huge.stat().st_size
    tracemalloc.start()
    try:
        summary = pull_all(engine, [FileDropSource(tmp_path, settle=0)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (summary.total.created, summary.total.quarantined) == (0, 1), summary.line()
    assert peak < 32 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"
    with UnitOfWork(engine) as uow:
        refused = uow.session.scalars(select(QuarantinedPayloadRow)).one()
        reason, raw = refused.reason, refused.raw
    assert "huge.csv" in reason and "too large" in reason
    assert str(size) in raw and digest.hexdigest() in raw and len(raw) < 1000
