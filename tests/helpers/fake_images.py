"""A real HTTP server on 127.0.0.1 serving product photos, as a store's CDN does.

``add(name, color, size)`` makes a PNG of one colour; ``GET /img/<name>`` answers it,
``/img/missing`` 404 and ``/img/garbage`` 200 with bytes that are no image. ``hits``
counts the requests per path.
"""

from __future__ import annotations

from collections import Counter
from typing import Self

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF

from tests.helpers.fake_http import FakeHandler, FakeServer


def png(color: str, width: int = 1200, height: int = 900) -> bytes:
    """A product photo: a T-shirt of ``color`` on a light background (its centre is the shirt)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1ec"))
    shirt = [(0.32, 0.12), (0.42, 0.08), (0.5, 0.14), (0.58, 0.08), (0.68, 0.12), (0.9, 0.3),
             (0.8, 0.42), (0.7, 0.34), (0.7, 0.92), (0.3, 0.92), (0.3, 0.34), (0.2, 0.42),
             (0.1, 0.3)]
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(color).darker(140), max(2, width // 150)))
    painter.setBrush(QColor(color))
    painter.drawPolygon(QPolygonF([QPointF(x * width, y * height) for x, y in shirt]))
    painter.end()
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
