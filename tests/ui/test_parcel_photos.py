"""Parcel photos at the bench: a fake camera producing frames, a real SQLite database.

Pat packs an order at Bench 1 (the station service, scanning as a packer does); when the
last unit verifies the bench's photographer takes a photo; it is stored as a JPEG with its
hash, appears in the order's history between the scans and the shipment, and
``packdesk evidence export`` writes it with the scan log.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from packdesk.cli import main
from packdesk.domain.time import utcnow
from packdesk.hardware.camera import FakeCamera
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import ParcelPhotoRow
from packdesk.services.evidence import (
    PhotoInfo,
    PhotoSettings,
    order_history,
    photo_settings,
    prune_photos,
)
from packdesk.services.station import StationService
from packdesk.services.uow import UnitOfWork
from packdesk.ui.photos import ParcelPhotographer
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import (
    PACKER_BADGE,
    RecordingPrinter,
    pick_everything,
    verify_everything,
)

BENCH = "Bench 1"


@pytest.fixture
def shop(sqlite_url: str) -> Iterator[tuple[Engine, str]]:
    engine = make_engine(sqlite_url)
    seed_small_shop(engine, orders=6)
    yield engine, sqlite_url
    engine.dispose()


def packed_order(engine: Engine) -> tuple[StationService, str]:
    service = StationService(engine, BENCH, printer=RecordingPrinter())
    service.handle_scan(PACKER_BADGE)
    view = service.take_next()
    assert view is not None
    pick_everything(service, engine)
    verify_everything(service, engine)
    return service, view.number


def photographer(engine: Engine, folder: Path, camera: FakeCamera | None,
                 settings: PhotoSettings | None = None) -> ParcelPhotographer:
    bench = ParcelPhotographer(camera, lambda: UnitOfWork(engine), folder, BENCH, settings)
    bench.start()
    return bench


def test_a_completed_order_gets_one_photo_with_its_hash_in_its_history_and_export(
    qtbot: QtBot, shop: tuple[Engine, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    engine, url = shop
    service, number = packed_order(engine)
    folder = tmp_path / "photos"
    bench = photographer(engine, folder, FakeCamera())

    with qtbot.waitSignal(bench.photo_stored, timeout=10_000) as stored:
        bench.take(number, "Pat", "completed")
    photo: PhotoInfo = stored.args[0]
    service.ship(carrier="demo", weight_g=800, tracking_number="DEMO123456", lead_badge="BADGE:LENA02")

    assert photo.path.is_file() and photo.path.is_relative_to(folder)
    data = photo.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == photo.sha256
    assert not QImage.fromData(data).isNull()
    with UnitOfWork(engine) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ParcelPhotoRow)) == 1
    history = order_history(UnitOfWork(engine), folder, number)
    kinds = [e.kind for e in history.entries]
    assert kinds.count("photo") == 1 and kinds[-1] == "shipment"
    assert kinds.index("photo") > max(i for i, k in enumerate(kinds) if k == "scan")
    (shown,) = history.photos
    assert (shown.station, shown.packer, shown.moment, shown.sha256) == (BENCH, "Pat", "completed",
                                                                          photo.sha256)

    out = tmp_path / "dispute"
    assert main(["evidence", "export", number, "--out", str(out), "--db", url,
                 "--photos", str(folder)]) == 0
    assert "1 photo(s)" in capsys.readouterr().out
    body = json.loads((out / f"{number.lstrip('#')}_evidence.json").read_text("utf-8"))
    assert body["order"] == number and body["status"] == "shipped"
    assert body["photos"][0]["sha256"] == photo.sha256 and body["photos"][0]["intact"] is True
    assert (out / body["photos"][0]["file"]).read_bytes() == data
    assert len(body["scans"]) == len(history.scans) > 0
    assert all(s["station"] == BENCH for s in body["scans"])
    assert body["shipments"][0]["tracking_number"] == "DEMO123456"

    # A photo changed after it was taken is exported as such, and the command says so.
    photo.path.write_bytes(data[:-10] + b"0123456789")
    assert main(["evidence", "export", number, "--out", str(tmp_path / "again"), "--db", url,
                 "--photos", str(folder)]) == 1
    assert "not as taken" in capsys.readouterr().err


def test_an_absent_or_failing_camera_says_so_and_stores_nothing(
    qtbot: QtBot, shop: tuple[Engine, str], tmp_path: Path,
) -> None:
    engine, _url = shop
    _service, number = packed_order(engine)
    none = photographer(engine, tmp_path / "photos", None)
    assert none.status_text() == "No camera" and not none.camera_ok
    with qtbot.waitSignal(none.photo_failed, timeout=5000) as failed:
        none.take(number, "Pat")
    assert failed.args == [number, "No camera at this station"]

    camera = FakeCamera()
    bench = photographer(engine, tmp_path / "photos", camera)
    camera.fail_next = 1
    with qtbot.waitSignal(bench.photo_failed, timeout=5000) as failed:
        bench.take(number, "Pat")
    assert failed.args == [number, "the camera dropped the frame"]
    with qtbot.waitSignal(bench.camera_state, timeout=5000) as state:
        camera.unplug()
    assert state.args == [False, "the camera is not connected"]
    with qtbot.waitSignal(bench.photo_failed, timeout=5000):
        bench.take(number, "Pat")
    with UnitOfWork(engine) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ParcelPhotoRow)) == 0
    assert not bench.missing_photo(number)  # photos not required: shipping goes on
    strict = photographer(engine, tmp_path / "photos", FakeCamera(), PhotoSettings(required=True))
    assert strict.missing_photo(number)


def test_photos_older_than_the_retention_are_pruned(
    qtbot: QtBot, shop: tuple[Engine, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    engine, url = shop
    _service, number = packed_order(engine)
    folder = tmp_path / "photos"
    camera = FakeCamera()
    bench = photographer(engine, folder, camera)
    for _ in range(2):
        with qtbot.waitSignal(bench.photo_stored, timeout=10_000):
            bench.take(number, "Pat", "extra")
    old, new = bench.stored[number]
    with UnitOfWork(engine) as uow:  # the first as if taken 40 days ago
        uow.session.get(ParcelPhotoRow, old.id).taken_at = utcnow() - timedelta(days=40)
        uow.commit()
    assert main(["evidence", "settings", "--db", url, "--retention-days", "0"]) == 1
    assert capsys.readouterr().err == "packdesk: error: photos must be kept at least 1 day\n"
    assert main(["evidence", "settings", "--db", url, "--retention-days", "30",
                 "--camera", "Bench 1=/dev/video0", "--at-label"]) == 0
    capsys.readouterr()
    assert photo_settings(UnitOfWork(engine)) == PhotoSettings(
        retention_days=30, at_label=True, cameras={"Bench 1": "/dev/video0"})
    assert main(["evidence", "prune", "--db", url, "--photos", str(folder)]) == 0
    assert capsys.readouterr().out == "removed 1 photo(s) older than 30 day(s)\n"
    assert not old.path.exists() and new.path.exists()
    assert [p.id for p in order_history(UnitOfWork(engine), folder, number).photos] == [new.id]
    assert prune_photos(UnitOfWork(engine), folder, 30) == 0
