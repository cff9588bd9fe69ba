"""Orders from CSV and JSON files, one row per order line (docs/file-drop-format.md).

``FileDropSource(path)`` reads one file or every ``*.csv``/``*.json`` in a folder: only
regular files (never a symbolic link, a pipe or a device), only once complete (size and
modification time unchanged for ``settle`` seconds; ``*.part``/``*.tmp`` and hidden names
are uploads still under way), and only up to ``max_bytes``. A file refused or unreadable
as a whole is quarantined with its reason, size and SHA-256, never its bytes.
``FileDropSource(folder, watch=True)`` moves each file it has read to ``done/`` (or, if
the whole file was unreadable, to ``rejected/``) once its orders are stored
(``after_stored``, which ``pull_all`` calls), so the next pull sees only new files; pull
on a timer to watch the folder.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import logging
import os
import shutil
import stat
import time
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from packdesk.domain.errors import InvalidOrder
from packdesk.domain.model import Address, Order, OrderLine, normalize_attributes, whole_quantity

from .base import CancelledAtStore, PulledItem, QuarantinedPayload, parse_or_quarantine, raw_text

log = logging.getLogger(__name__)

FILE_SOURCE = "file"
ORDER_ID = "order_id"
REQUIRED_COLUMNS = ("order_id", "sku", "quantity")
CANCELLED_WORDS = {"cancelled", "canceled"}
DROP_SUFFIXES = (".csv", ".json")
SETTLE_SECONDS = 2.0  # a file is complete once unchanged this long
MAX_FILE_BYTES = 32 * 1024 * 1024
SETTLE_ROUNDS = 5  # a file still changing after this many settle times waits for the next pull
HASH_CHUNK = 1024 * 1024


class FileDropSource:
    def __init__(
        self,
        path: Path | str,
        *,
        source: str = FILE_SOURCE,
        watch: bool = False,
        settle: float = SETTLE_SECONDS,
        max_bytes: int = MAX_FILE_BYTES,
        outbox: Path | str | None = None,
        outbox_format: str = "json",
    ) -> None:
        self.path = Path(path)
        self.outbox = Path(outbox) if outbox else None  # shipped status goes back here
        self.outbox_format = outbox_format
        self.source = source
        self.watch = watch
        self.settle = settle
        self.max_bytes = max_bytes
        self._read: list[tuple[Path, str]] = []  # files read by the last fetch, and where they go

    def settings(self) -> dict[str, Any]:
        settings: dict[str, Any] = {"kind": "file", "path": str(self.path)}
        if self.outbox is not None:
            settings |= {"outbox": str(self.outbox), "outbox_format": self.outbox_format}
        return settings

    def files(self) -> list[Path]:
        """The drop files to read: regular files only (a symbolic link could point at
        a secret such as /proc/self/environ; a pipe would block the pull)."""
        if self.path.is_symlink():
            raise OSError(errno.ELOOP, "a symbolic link; packdesk reads only regular files",
                          str(self.path))
        if self.path.is_dir():
            with os.scandir(self.path) as entries:
                return sorted(
                    Path(entry.path) for entry in entries
                    if entry.is_file(follow_symlinks=False) and _is_drop_name(entry.name)
                )
        if not self.path.exists():
            raise FileNotFoundError(2, "no such file or folder", str(self.path))
        if not self.path.is_file():
            raise OSError(errno.EINVAL, "not a regular file", str(self.path))
        return [self.path]

    def fetch_orders(self, since: datetime | None = None) -> Iterator[PulledItem]:
        self._read = []
        for file in self.files():
            if not self._wait_until_complete(file):
                log.info("%s is still being written; it is read by a later pull", file.name)
                continue
            try:
                items = read_drop_file(file, self.source, since=since, max_bytes=self.max_bytes)
            except FileChanged:
                log.info("%s changed while it was read; it is read by a later pull", file.name)
                continue
            whole_file_bad = isinstance(items, list)  # refused or unreadable as a whole
            yield from items  # orders are parsed one at a time, as intake stores them
            self._read.append((file, "rejected" if whole_file_bad else "done"))

    def _wait_until_complete(self, file: Path) -> bool:
        """Whether ``file`` has kept its size and modification time for the settle time,
        waiting for it up to a few settle times (an upload still under way)."""
        for _ in range(SETTLE_ROUNDS):
            try:
                before = file.lstat()
            except FileNotFoundError:
                return False
            wait = self.settle - (time.time() - before.st_mtime)
            if wait <= 0:
                return True
            time.sleep(wait)
            try:
                after = file.lstat()
            except FileNotFoundError:
                return False
            if _fingerprint(after) == _fingerprint(before):
                return True
        return False

    def after_stored(self) -> None:
        """Move the files read to done/ or rejected/, now that their orders are committed
        (moving them earlier could lose a file's orders to a crash before the commit)."""
        if not (self.watch and self.path.is_dir()):
            return
        for file, folder in self._read:
            target = self.path / folder
            target.mkdir(exist_ok=True)
            shutil.move(str(file), target / file.name)
        self._read = []


class FileChanged(Exception):
    """The file changed while it was read (an upload still under way)."""


def _is_drop_name(name: str) -> bool:
    # "orders.csv.part", "orders.csv.tmp" and hidden ".orders.csv.XXXX" are uploads under way
    return not name.startswith(".") and name.lower().endswith(DROP_SUFFIXES)


def _fingerprint(info: os.stat_result) -> tuple[int, int]:
    return info.st_size, info.st_mtime_ns


def read_file(path: Path, source: str = FILE_SOURCE, *, since: datetime | None = None,
              max_bytes: int = MAX_FILE_BYTES) -> Iterator[PulledItem]:
    """The orders in one drop file (see ``read_drop_file``)."""
    yield from read_drop_file(path, source, since=since, max_bytes=max_bytes)


def read_drop_file(
    path: Path, source: str = FILE_SOURCE, *, since: datetime | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> list[QuarantinedPayload] | Iterator[PulledItem]:
    """Read a regular file (never through a symbolic link) of at most ``max_bytes``; a file
    refused or unreadable as a whole becomes a list of one quarantined payload holding its
    name, size and SHA-256, never its bytes (they may be anything, even secrets). A file
    read gives its orders lazily, one parsed order at a time.

    Raises ``FileChanged`` when the file changed while it was read."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            return [_refused(source, path.name, handle, "not a regular file")]
        if before.st_size > max_bytes:
            return [_refused(
                source, path.name, handle,
                f"too large ({before.st_size:,} bytes; the limit is {max_bytes:,})",
            )]
        reason = ""
        try:
            text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
            rows = _json_rows(text) if path.suffix.lower() == ".json" else _csv_rows(text)
            text.detach()
        except (UnicodeDecodeError, ValueError, csv.Error) as exc:
            reason = str(exc)
        if _fingerprint(os.fstat(fd)) != _fingerprint(before):
            raise FileChanged(str(path))
        if reason:
            return [_refused(source, path.name, handle, reason)]
    return parse_rows(rows, source, since=since, file_name=path.name)


def _refused(source: str, name: str, handle: io.BufferedReader, reason: str) -> QuarantinedPayload:
    """A whole file quarantined: its name, size and hash, so that a person can find it."""
    handle.seek(0)
    digest, size = hashlib.sha256(), 0
    while chunk := handle.read(HASH_CHUNK):
        digest.update(chunk)
        size += len(chunk)
    described = {"file": name, "size": size, "sha256": digest.hexdigest()}
    return QuarantinedPayload(source, None, f"{name}: {reason}", raw_text(described))


def _csv_rows(text: io.TextIOBase) -> list[dict[str, Any]]:
    reader = csv.DictReader(text)
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"missing column(s) {', '.join(missing)}")
    return [{k.strip(): v for k, v in row.items() if k} for row in reader]


def _json_rows(text: io.TextIOBase) -> list[dict[str, Any]]:
    try:
        data = json.load(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"broken JSON: {exc}") from exc
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        data = data["rows"]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ValueError("expected a JSON array of row objects (or {\"rows\": [...]})")
    return data


def parse_rows(
    rows: list[dict[str, Any]], source: str, *, since: datetime | None = None, file_name: str = ""
) -> Iterator[PulledItem]:
    """Group rows by order id, in file order, and parse each group."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for index, row in enumerate(rows):
        order_id = str(row.get(ORDER_ID) or "").strip()
        if not order_id:
            yield QuarantinedPayload(
                source, None, f"{file_name} row {index + 1}: no order_id", raw_text(row)
            )
            continue
        groups.setdefault(order_id, []).append(row)
    for order_id, group in groups.items():
        if _text(group[0], "status").lower() in CANCELLED_WORDS:
            yield CancelledAtStore(source, order_id, _text(group[0], "order_number"))
            continue
        item = parse_or_quarantine(source, order_id, group, lambda g: parse_order(g, source))
        if since and isinstance(item, Order) and item.placed_at < since:
            continue
        yield item


def _text(row: Mapping[str, Any], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value).strip()


def _attributes(value: Any) -> dict[str, str]:
    if isinstance(value, dict):
        return normalize_attributes({str(k): str(v) for k, v in value.items()})
    pairs: dict[str, str] = {}
    for part in str(value or "").split(";"):
        if part.strip():
            if "=" not in part:
                raise InvalidOrder(f"attribute {part.strip()!r} is not name=value")
            name, _, val = part.partition("=")
            pairs[name] = val
    return normalize_attributes(pairs)


def _quantity(row: Mapping[str, Any]) -> int:
    value = row.get("quantity")
    return whole_quantity(value.strip() if isinstance(value, str) else value, _text(row, "sku"),
                          text=True)


def _datetime(text: str) -> datetime:
    if not text:
        raise InvalidOrder("placed_at is missing")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidOrder(f"placed_at {text!r} is not an ISO date/time") from None
    if moment.tzinfo is not None:
        from datetime import UTC

        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def parse_order(rows: list[dict[str, Any]], source: str) -> Order:
    first = rows[0]
    ship_by_text = _text(first, "ship_by")
    gift_message = _text(first, "gift_message")
    return Order(
        source=source,
        external_id=_text(first, ORDER_ID),
        number=_text(first, "order_number") or _text(first, ORDER_ID),
        placed_at=_datetime(_text(first, "placed_at")),
        ship_to=Address(
            name=_text(first, "ship_name"),
            company=_text(first, "ship_company"),
            line1=_text(first, "ship_line1"),
            line2=_text(first, "ship_line2"),
            city=_text(first, "ship_city"),
            region=_text(first, "ship_region"),
            postal_code=_text(first, "ship_postal_code"),
            country=_text(first, "ship_country").upper(),
            phone=_text(first, "ship_phone"),
            email=_text(first, "email"),
        ),
        lines=[
            OrderLine(
                sku=_text(row, "sku"),
                quantity=_quantity(row),
                name=_text(row, "name"),
                attributes=_attributes(row.get("attributes")),
                line_note=_text(row, "line_note"),
                unit_price=_text(row, "unit_price"),
                barcode=_text(row, "barcode"),
            )
            for row in rows
        ],
        ship_by=date.fromisoformat(ship_by_text) if ship_by_text else None,
        shipping_method=_text(first, "shipping_method") or "standard",
        customer_note=_text(first, "customer_note"),
        gift=bool(gift_message) or _text(first, "gift").lower() in ("1", "yes", "true"),
        gift_message=gift_message,
        currency=_text(first, "currency").upper(),
    )
