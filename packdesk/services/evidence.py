"""Parcel photos as evidence: stored as JPEG files, recorded with their hash, exported.

A photo of the open parcel is taken at the bench (``hardware/camera.py``) when the last
unit verifies, optionally at label print, or on the packer's key. ``record_photo`` writes
the JPEG under the photo folder and a ``parcel_photos`` row naming the order, station,
packer, time and the file's SHA-256. ``order_history`` gives a lead the order's scans as a
timeline with its photos; ``export_evidence`` writes the photos and a JSON of the scans and
shipment for a dispute. ``prune_photos`` removes the photos older than the admin's
retention. The admin's choices (retention, photos required, photo at label print, the
camera of each station) are one settings row.

Blocking (disk and database): the station calls these from a worker thread.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from packdesk import config
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import (
    OrderRow,
    ParcelPhotoRow,
    ScanEventRow,
    SettingRow,
    ShipmentRow,
)

from .orders import find_order_row
from .uow import UnitOfWork

PHOTOS_SETTING = "parcel_photos"
MOMENTS = ("completed", "label", "extra")
DEFAULT_RETENTION_DAYS = 90


def default_photo_folder() -> Path:
    return config.data_dir() / "photos"


class EvidenceError(Exception):
    """A photo could not be kept or exported; the message says why in one line."""


@dataclass(frozen=True)
class PhotoSettings:
    retention_days: int = DEFAULT_RETENTION_DAYS
    required: bool = False  # no photo, no shipping (then a lead's override)
    at_label: bool = False  # another photo when the label prints
    cameras: dict[str, str] = field(default_factory=dict)  # station -> camera id ("" = none)

    def camera_for(self, station: str) -> str | None:
        """The camera the admin chose for ``station``; None when none was chosen."""
        return self.cameras.get(station) or None

    def to_json(self) -> dict[str, Any]:
        return {"retention_days": self.retention_days, "required": self.required,
                "at_label": self.at_label, "cameras": dict(self.cameras)}


def photo_settings(uow: UnitOfWork) -> PhotoSettings:
    with uow:
        row = uow.session.get(SettingRow, PHOTOS_SETTING)
        value = dict(row.value) if row else {}
    return PhotoSettings(
        retention_days=max(1, int(value.get("retention_days", DEFAULT_RETENTION_DAYS))),
        required=bool(value.get("required", False)),
        at_label=bool(value.get("at_label", False)),
        cameras={str(k): str(v) for k, v in (value.get("cameras") or {}).items()},
    )


def save_photo_settings(uow: UnitOfWork, settings: PhotoSettings) -> None:
    if settings.retention_days < 1:
        raise EvidenceError("photos must be kept at least 1 day")
    with uow.writing() as writer:
        row = writer.session.get(SettingRow, PHOTOS_SETTING)
        if row is None:
            writer.session.add(SettingRow(key=PHOTOS_SETTING, value=settings.to_json()))
        else:
            row.value = settings.to_json()
        writer.commit()


@dataclass(frozen=True)
class PhotoInfo:
    id: int
    order_number: str
    station: str
    packer: str | None
    taken_at: datetime
    moment: str
    path: Path  # absolute
    sha256: str
    size_bytes: int

    def to_json(self) -> dict[str, Any]:
        return {"order_number": self.order_number, "station": self.station,
                "packer": self.packer, "taken_at": self.taken_at.isoformat() + "Z",
                "moment": self.moment, "file": self.path.name, "sha256": self.sha256,
                "size_bytes": self.size_bytes}


def _info(row: ParcelPhotoRow, folder: Path) -> PhotoInfo:
    return PhotoInfo(row.id, row.order_number, row.station, row.user_name, row.taken_at,
                     row.moment, folder / row.path, row.sha256, row.size_bytes)


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_")[:40] or "x"


def record_photo(
    uow: UnitOfWork,
    folder: Path,
    *,
    order_number: str,
    station: str,
    packer: str | None,
    jpeg: bytes,
    moment: str = "completed",
    taken_at: datetime | None = None,
) -> PhotoInfo:
    """Keep ``jpeg`` as a photo of the order's parcel: a file and its row, with its hash."""
    if moment not in MOMENTS:
        raise EvidenceError(f"{moment!r} is not a moment a photo is taken at")
    if not jpeg.startswith(b"\xff\xd8"):
        raise EvidenceError("the camera sent something that is not a JPEG photo")
    taken_at = taken_at or utcnow()
    digest = hashlib.sha256(jpeg).hexdigest()
    relative = Path(f"{taken_at:%Y/%m/%d}") / (
        f"{_safe(order_number)}_{taken_at:%H%M%S%f}_{_safe(station)}_{moment}.jpg")
    target = folder / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    with open(partial, "wb") as out:
        out.write(jpeg)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, target)
    try:
        with uow.writing() as writer:
            order = find_order_row(writer, order_number)
            row = ParcelPhotoRow(order_id=order.id, order_number=order.number, station=station,
                                 user_name=packer, taken_at=taken_at, moment=moment,
                                 path=relative.as_posix(), sha256=digest, size_bytes=len(jpeg))
            writer.session.add(row)
            writer.commit()
            return _info(row, folder)
    except BaseException:
        target.unlink(missing_ok=True)  # no row, no file: nothing half-recorded
        raise


def order_photos(uow: UnitOfWork, folder: Path, number: str) -> list[PhotoInfo]:
    with uow:
        order = find_order_row(uow, number)
        rows = uow.session.scalars(
            select(ParcelPhotoRow).where(ParcelPhotoRow.order_id == order.id)
            .order_by(ParcelPhotoRow.taken_at, ParcelPhotoRow.id)
        ).all()
        return [_info(row, folder) for row in rows]


@dataclass(frozen=True)
class HistoryEntry:
    """One moment of an order's history: a scan, a photo or the shipment."""

    at: datetime
    kind: str  # "scan", "photo", "shipment"
    station: str
    user: str | None
    text: str  # the scan's code and outcome, the photo's moment, the tracking number
    photo: PhotoInfo | None = None

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"at": self.at.isoformat() + "Z", "kind": self.kind,
                                "station": self.station, "user": self.user, "text": self.text}
        if self.photo is not None:
            body["photo"] = self.photo.to_json()
        return body


@dataclass(frozen=True)
class OrderHistory:
    number: str
    status: str
    entries: list[HistoryEntry]
    scans: list[dict[str, Any]]
    shipments: list[dict[str, Any]]

    @property
    def photos(self) -> list[PhotoInfo]:
        return [e.photo for e in self.entries if e.photo is not None]


def order_history(uow: UnitOfWork, folder: Path, number: str) -> OrderHistory:
    """The order's scans, photos and shipments as one timeline, oldest first."""
    with uow:
        order: OrderRow = find_order_row(uow, number)
        scans: list[dict[str, Any]] = [
            {"at": s.at.isoformat() + "Z", "station": s.station, "user": s.user_name,
             "phase": s.phase, "code": s.raw_code, "outcome": s.outcome, "detail": s.detail}
            for s in uow.session.scalars(
                select(ScanEventRow).where(ScanEventRow.order_id == order.id)
                .order_by(ScanEventRow.at, ScanEventRow.id))
        ]
        shipments: list[dict[str, Any]] = [
            {"at": s.created_at.isoformat() + "Z", "kind": s.kind, "carrier": s.carrier,
             "service": s.service, "tracking_number": s.tracking_number,
             "tracking_url": s.tracking_url, "weight_g": s.weight_g, "station": s.station,
             "user": s.user_name}
            for s in uow.session.scalars(
                select(ShipmentRow).where(ShipmentRow.order_id == order.id).order_by(ShipmentRow.id))
        ]
        photos = [
            _info(row, folder) for row in uow.session.scalars(
                select(ParcelPhotoRow).where(ParcelPhotoRow.order_id == order.id)
                .order_by(ParcelPhotoRow.taken_at, ParcelPhotoRow.id))
        ]
        number, status = order.number, order.status
    entries = [
        HistoryEntry(datetime.fromisoformat(s["at"][:-1]), "scan", s["station"], s["user"],
                     f"{s['code']}: {s['outcome']}" + (f" ({s['detail']})" if s["detail"] else ""))
        for s in scans
    ]
    entries += [HistoryEntry(p.taken_at, "photo", p.station, p.packer, p.moment, p)
                for p in photos]
    entries += [
        HistoryEntry(datetime.fromisoformat(s["at"][:-1]), "shipment", s["station"] or "",
                     s["user"], f"{s['carrier']} {s['tracking_number']}".strip())
        for s in shipments
    ]
    entries.sort(key=lambda e: (e.at, ("scan", "photo", "shipment").index(e.kind)))
    return OrderHistory(number, status, entries, scans, shipments)


def export_evidence(uow: UnitOfWork, folder: Path, number: str, out: Path) -> Path:
    """Write the order's photos and ``<order>_evidence.json`` (scans, shipment) into ``out``.

    Each photo's hash is checked against the one recorded when it was taken; a photo that
    is missing or changed is named in the JSON (``"intact": false``), never silently left out.
    """
    history = order_history(uow, folder, number)
    out.mkdir(parents=True, exist_ok=True)
    photos = []
    for photo in history.photos:
        entry = photo.to_json()
        try:
            data = photo.path.read_bytes()
        except FileNotFoundError:
            entry["intact"] = False
            entry["problem"] = "the file is missing"
            photos.append(entry)
            continue
        entry["intact"] = hashlib.sha256(data).hexdigest() == photo.sha256
        if not entry["intact"]:
            entry["problem"] = "the file changed since it was taken"
        shutil.copy2(photo.path, out / photo.path.name)
        photos.append(entry)
    body = {
        "order": history.number,
        "status": history.status,
        "exported_at": utcnow().isoformat() + "Z",
        "scans": history.scans,
        "shipments": history.shipments,
        "photos": photos,
        "timeline": [e.to_json() for e in history.entries],
    }
    target = out / f"{_safe(history.number)}_evidence.json"
    target.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
    return target


def prune_photos(uow: UnitOfWork, folder: Path, retention_days: int,
                 now: datetime | None = None) -> int:
    """Delete the photos older than ``retention_days``: their files, then their rows."""
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    with uow.writing() as writer:
        old = writer.session.execute(
            select(ParcelPhotoRow.id, ParcelPhotoRow.path).where(ParcelPhotoRow.taken_at < cutoff)
        ).all()
        for _, path in old:
            (folder / path).unlink(missing_ok=True)
        if old:
            writer.session.execute(
                delete(ParcelPhotoRow).where(ParcelPhotoRow.id.in_([i for i, _ in old])))
        writer.commit()
    return len(old)
