"""A real HTTP server on 127.0.0.1 serving product photos, as a store's CDN does.

``add(name, color, size)`` makes a PNG of one colour; ``GET /img/<name>`` answers it,
``/img/missing`` 404 and ``/img/garbage`` 200 with bytes that are no image. ``hits``
counts the requests per path.
"""

from __future__ import annotations

from collections import Counter
from typing import Self

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from tests.helpers.fake_http import FakeHandler, FakeServer


def png(color: str, width: int = 1200, height: int = 900) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


class FakeImageServer(FakeServer):
    def __init__(self) -> None:
        self.images: dict[str, bytes] = {}
        self.hits: Counter[str] = Counter()

    def start(self) -> Self:
        return self.serve(_Handler)

    def add(self, name: str, color: str, width: int = 1200, height: int = 900) -> str:
        self.images[name] = png(color, width, height)
        return self.image_url(name)

    def image_url(self, name: str) -> str:
        return f"{self.url}/img/{name}"

    @property
    def requests(self) -> int:
        return sum(self.hits.values())


class _Handler(FakeHandler):
    fake: FakeImageServer

    def do_GET(self) -> None:
        self.fake.hits[self.path] += 1
        name = self.path.removeprefix("/img/")
        if name == "garbage":
            body, status, kind = b"<html>not a photo</html>", 200, "image/png"
        elif name in self.fake.images:
            body, status, kind = self.fake.images[name], 200, "image/png"
        else:
            body, status, kind = b"not found", 404, "text/plain"
        self._send_headers(status, kind, len(body))
        self.wfile.write(body)
