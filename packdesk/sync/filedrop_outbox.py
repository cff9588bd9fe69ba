"""Shipped status back to a file feed: one file per shipment in the outbox folder the admin sets.

Orders that came in as dropped files (``source`` = ``file``) have no store to call; the
outbox worker hands their "shipped" messages to :class:`FileDropOutbox`, which writes one
JSON or CSV file per shipment (docs/file-drop-format.md, "Shipped status back"). Exactly
once: the file's name is made from the shipment (``shipped-<order id>-<shipment id>``), it
is written to a ``.part`` name, flushed to disk and renamed into place, and a retry that
finds the file already there leaves it as it is.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path
from typing import Any

from .filedrop import FILE_SOURCE
from .http import RequestRefused, StoreUnavailable

FIELDS = ("order_id", "number", "carrier", "service", "tracking_number", "tracking_url", "shipped_at")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class FileDropOutbox:
    """A :class:`packdesk.sync.base.StorePusher` for file-drop orders."""

    def __init__(self, folder: str | Path, *, file_format: str = "json",
                 destination: str = FILE_SOURCE) -> None:
        if file_format not in ("json", "csv"):
            raise ValueError(f"outbox format must be json or csv, not {file_format!r}")
        self.folder = Path(folder)
        self.file_format = file_format
        self.destination = destination

    def push_shipped(self, payload: dict[str, Any], *, check_first: bool) -> str:
        row = {
            "order_id": str(payload["external_id"]), "number": str(payload["number"]),
            "carrier": str(payload.get("carrier", "")), "service": str(payload.get("service", "")),
            "tracking_number": str(payload.get("tracking_number", "")),
            "tracking_url": str(payload.get("tracking_url", "")),
            "shipped_at": str(payload.get("shipped_at", "")),
        }
        name = _UNSAFE.sub("_", f"shipped-{row['order_id']}-{payload['shipment_id']}")
        target = self.folder / f"{name}.{self.file_format}"
        if target.exists():  # written before (a retry, a message left in flight): never twice
            return target.name
        if not self.folder.is_dir():
            raise StoreUnavailable(f"the shipped-status folder {self.folder} does not exist")
        if self.file_format == "json":
            data = json.dumps(row, ensure_ascii=False, indent=1).encode("utf-8")
        else:
            text = io.StringIO()
            writer = csv.DictWriter(text, fieldnames=FIELDS, lineterminator="\r\n")
            writer.writeheader()
            writer.writerow(row)
            data = text.getvalue().encode("utf-8")
        part = self.folder / f".{target.name}.part"
        try:
            with open(part, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, target)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise StoreUnavailable(f"cannot write {target}: {exc.strerror or exc}") from exc
        return target.name

    def push_refund(self, payload: dict[str, Any], *, check_first: bool) -> str:
        """A file-drop order has no store to refund through: the lead refunds it by hand."""
        raise RequestRefused(0, f"order {payload.get('number', '')} came from a file drop: "
                                "refund it in the shop's own system")

