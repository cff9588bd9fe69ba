"""Product photos: fetched once from the stores, kept in a bounded disk cache.

The cache is a folder of files named after a hash of the image's URL, each resized to at
most ``MAX_SIDE`` pixels (the biggest size a screen shows; thumbnails are scaled from it).
Reading a file marks it used (its modification time); storing one removes the least
recently used files until the folder is under its size bound. A URL that cannot be
fetched or decoded is logged and skipped: a photo never fails an order, and a station
without network shows what the folder holds.

Fetching is blocking (network and disk): call ``fetch`` from a worker thread or the
command line, never the GUI thread. ``path_for`` only looks at the disk.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter

from packdesk import config

from .http import RetryPolicy, StoreHttp, SyncError

log = logging.getLogger(__name__)

MAX_SIDE = 480  # pixels: the side-by-side comparison; pack-line thumbnails scale from it
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
MAX_DOWNLOAD_BYTES = 15 * 1024 * 1024  # a bigger "image" is not a product photo
# An image is not worth a minute of retries: two attempts, ten seconds in all.
IMAGE_POLICY = RetryPolicy(max_attempts=2, max_total_seconds=10.0, connect_timeout=3.0,
                           read_timeout=8.0, backoff_base=0.2, backoff_cap=1.0)
SUFFIX = ".jpg"


def default_folder() -> Path:
    return config.data_dir() / "images"


def url_key(url: str) -> str:
    return hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:40]


@dataclass
class FetchSummary:
    fetched: int = 0  # downloaded now
    cached: int = 0  # already in the folder: nothing sent
    failed: list[str] = field(default_factory=list)  # "url: why", one line each

    def to_json(self) -> dict[str, Any]:
        return {"fetched": self.fetched, "cached": self.cached, "failed": len(self.failed)}

    def line(self) -> str:
        text = f"images: fetched {self.fetched}, already cached {self.cached}"
        if self.failed:
            text += f", failed {len(self.failed)}"
        return text


def shrink(data: bytes, max_side: int = MAX_SIDE) -> bytes:
    """The image as a JPEG at most ``max_side`` pixels wide and high; ValueError if not an image."""
    image = QImage.fromData(data)
    if image.isNull():
        raise ValueError("not an image Qt can read")
    if image.width() > max_side or image.height() > max_side:
        image = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():
        # JPEG has no transparency: put the product on white, as shops show it.
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "JPEG", 85):  # type: ignore[call-overload]  # the stubs say bytes; PySide6 wants str
        raise ValueError("could not encode the image")
    buffer.close()
    return bytes(out.data())


def _image_bytes(response: requests.Response) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > MAX_DOWNLOAD_BYTES:
        raise ValueError(f"{declared} bytes is too big for a product photo")
    content = response.content
    if len(content) > MAX_DOWNLOAD_BYTES:
        raise ValueError(f"{len(content)} bytes is too big for a product photo")
    return content


class ImageCache:
    """A folder of product photos keyed by URL, at most ``max_bytes`` big."""

    def __init__(self, folder: Path | str | None = None, *,
                 max_bytes: int = DEFAULT_MAX_BYTES,
                 policy: RetryPolicy = IMAGE_POLICY) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()
        self.max_bytes = max_bytes
        self.policy = policy
        self._lock = threading.Lock()
        self.requests_sent = 0  # downloads attempted, for the tests and the summary

    def file_for(self, url: str) -> Path:
        return self.folder / f"{url_key(url)}{SUFFIX}"

    def path_for(self, url: str | None) -> Path | None:
        """The cached file of ``url``, marked as just used; None when not cached."""
        if not url:
            return None
        path = self.file_for(url)
        try:
            os.utime(path)
        except OSError:
            return None
        return path

    def size(self) -> int:
        return sum(entry.stat().st_size for entry in self._files())

    def _files(self) -> list[os.DirEntry[str]]:
        try:
            with os.scandir(self.folder) as entries:
                return [e for e in entries if e.is_file() and e.name.endswith(SUFFIX)]
        except FileNotFoundError:
            return []

    def store(self, url: str, data: bytes) -> Path:
        """Keep ``data`` (an image, resized here) as the photo of ``url``; evict to fit."""
        small = shrink(data)
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.file_for(url)
        partial = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.part")
        partial.write_bytes(small)
        os.replace(partial, path)
        self._evict(keep=path)
        return path

    def _evict(self, keep: Path) -> None:
        with self._lock:
            files = []
            for entry in self._files():
                try:
                    stat = entry.stat()
                except FileNotFoundError:
                    continue
                files.append((stat.st_mtime_ns, stat.st_size, Path(entry.path)))
            total = sum(size for _, size, _ in files)
            for _, size, path in sorted(files):
                if total <= self.max_bytes:
                    break
                if path == keep:
                    continue
                try:
                    path.unlink()
                    total -= size
                except FileNotFoundError:
                    total -= size

    def fetch(self, urls: Iterable[str]) -> FetchSummary:
        """Download each URL not yet cached. Blocking: run it off the GUI thread."""
        summary = FetchSummary()
        clients: dict[str, StoreHttp] = {}
        seen: set[str] = set()
        try:
            for raw in urls:
                url = (raw or "").strip()
                if not url or url in seen:
                    continue
                seen.add(url)
                if self.path_for(url) is not None:
                    summary.cached += 1
                    continue
                try:
                    parts = urlsplit(url)
                    origin = f"{parts.scheme}://{parts.netloc}"
                    http = clients.get(origin)
                    if http is None:
                        http = clients[origin] = StoreHttp(
                            origin, policy=self.policy, sleep=time.sleep,
                            headers={"Accept": "image/*"})
                    self.requests_sent += 1
                    data, _ = http.request_json("GET", url, decode=_image_bytes)
                    self.store(url, data)
                    summary.fetched += 1
                except (SyncError, ValueError, OSError) as exc:
                    problem = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
                    summary.failed.append(f"{url}: {problem}")
                    log.warning("product photo %s not cached: %s", url, problem)
        finally:
            for http in clients.values():
                http.close()
        return summary
