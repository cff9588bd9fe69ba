"""``packdesk evidence``: the parcel photos taken at the bench, for a dispute."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from packdesk.cli import CliError
from packdesk.cli.core import open_engine


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    evidence = subparsers.add_parser("evidence", parents=[common],
                                     help="parcel photos and scan logs of an order")
    sub = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", parents=[common],
                            help="write an order's photos and a JSON of its scans and shipment")
    export.add_argument("number", metavar="ORDER_NUMBER", help='e.g. "#10001" or 10001')
    export.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    export.add_argument("--photos", metavar="DIR", help="the photo folder (default: the user "
                        "data folder's photos/)")
    export.set_defaults(handler=run_export)
    prune = sub.add_parser("prune", parents=[common],
                           help="delete the photos older than the retention the admin set")
    prune.add_argument("--photos", metavar="DIR", help="the photo folder")
    prune.set_defaults(handler=run_prune)
    settings = sub.add_parser("settings", parents=[common],
                              help="the admin's photo settings: cameras, retention, label photo")
    settings.add_argument("--retention-days", type=int, metavar="DAYS",
                          help="keep parcel photos this many days")
    settings.add_argument("--camera", action="append", default=[], metavar="STATION=DEVICE",
                          help='the camera of a station (a device id or name, "fake", or empty '
                          "for none); repeatable")
    label = settings.add_mutually_exclusive_group()
    label.add_argument("--at-label", dest="at_label", action="store_true", default=None,
                       help="also take a photo when the label prints")
    label.add_argument("--no-at-label", dest="at_label", action="store_false")
    settings.set_defaults(handler=run_settings)
    cameras = sub.add_parser("cameras", parents=[common], help="the cameras this machine sees")
    cameras.set_defaults(handler=run_cameras)


def _folder(args: argparse.Namespace) -> Path:
    from packdesk.services.evidence import default_photo_folder

    return Path(args.photos) if args.photos else default_photo_folder()


def run_export(args: argparse.Namespace) -> int:
    from packdesk.services.evidence import export_evidence
    from packdesk.services.orders import OrderNotFound
    from packdesk.services.uow import UnitOfWork

    engine = open_engine(args)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(f"--out {out} is a file; give a folder")
    try:
        target = export_evidence(UnitOfWork(engine), _folder(args), args.number, out)
    except OrderNotFound as exc:
        raise CliError(str(exc)) from None
    body = json.loads(target.read_text(encoding="utf-8"))
    broken = [p["file"] for p in body["photos"] if not p["intact"]]
    print(f"{len(body['photos'])} photo(s), {len(body['scans'])} scan(s), "
          f"{len(body['shipments'])} shipment(s) -> {target}")
    if broken:
        raise CliError(f"not as taken (missing or changed): {', '.join(broken)}")
    return 0


def run_prune(args: argparse.Namespace) -> int:
    from packdesk.services.evidence import photo_settings, prune_photos
    from packdesk.services.uow import UnitOfWork

    engine = open_engine(args)
    days = photo_settings(UnitOfWork(engine)).retention_days
    removed = prune_photos(UnitOfWork(engine), _folder(args), days)
    print(f"removed {removed} photo(s) older than {days} day(s)")
    return 0


def run_settings(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from packdesk.services.evidence import EvidenceError, photo_settings, save_photo_settings
    from packdesk.services.uow import UnitOfWork

    engine = open_engine(args)
    settings = photo_settings(UnitOfWork(engine))
    cameras = dict(settings.cameras)
    for item in args.camera:
        station, sep, device = item.partition("=")
        if not sep or not station.strip():
            raise CliError(f"--camera {item!r}: expected STATION=DEVICE")
        if device.strip():
            cameras[station.strip()] = device.strip()
        else:
            cameras.pop(station.strip(), None)
    settings = replace(
        settings, cameras=cameras,
        retention_days=settings.retention_days if args.retention_days is None else args.retention_days,
        at_label=settings.at_label if args.at_label is None else args.at_label)
    if args.retention_days is not None or args.camera or args.at_label is not None:
        try:
            save_photo_settings(UnitOfWork(engine), settings)
        except EvidenceError as exc:
            raise CliError(str(exc)) from None
    print(json.dumps(settings.to_json(), ensure_ascii=False))
    return 0


def run_cameras(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from packdesk.hardware.camera import camera_devices

    _app = QCoreApplication.instance() or QCoreApplication([])
    devices = camera_devices()
    for device_id, description in devices:
        print(f"{device_id}\t{description}")
    print(f"{len(devices)} camera(s)")
    return 0
