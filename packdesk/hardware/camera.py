"""The bench camera that photographs the open parcel, behind a small interface.

``Camera`` is a QObject: ``capture(tag)`` asks for one photo and returns at once; the
JPEG arrives later as ``captured(tag, bytes)``, or ``failed(tag, message)`` says why not.
``state_changed(ok, message)`` tells the status bar whether the camera works. A camera
never blocks: a missing or broken one fails its captures, and the station decides whether
that stops shipping (only when the admin requires photos).

``QtCamera`` is the real one (Qt Multimedia: ``QCamera`` in a ``QMediaCaptureSession``
with a ``QImageCapture``); ``FakeCamera`` paints a frame, for tests and the demo.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter

log = logging.getLogger(__name__)

JPEG_QUALITY = 85
MAX_SIDE = 1600  # a parcel photo is evidence, not a poster: ~300 KB


def encode_jpeg(image: QImage, max_side: int = MAX_SIDE) -> bytes:
    if image.width() > max_side or image.height() > max_side:
        image = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "JPEG", JPEG_QUALITY):  # type: ignore[call-overload]  # stubs say bytes
        raise ValueError("the photo could not be encoded as JPEG")
    return bytes(data.data())


class Camera(QObject):
    """One photo at a time, asynchronously. Subclasses implement ``_capture``."""

    captured = Signal(str, bytes)  # tag, JPEG
    failed = Signal(str, str)  # tag, one-line reason
    state_changed = Signal(bool, str)  # works, what the status bar says

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._ok = False
        self._message = ""

    @property
    def ok(self) -> bool:
        return self._ok

    @property
    def message(self) -> str:
        return self._message

    def _set_state(self, ok: bool, message: str) -> None:
        if (ok, message) != (self._ok, self._message):
            self._ok, self._message = ok, message
            self.state_changed.emit(ok, message)

    def start(self) -> None:
        """Open the device; ``state_changed`` says how it went."""

    def stop(self) -> None:
        """Close the device."""

    def capture(self, tag: str) -> None:
        """Ask for one photo; the answer is ``captured`` or ``failed`` with the same tag."""
        if not self._ok:
            message = self._message or "no camera"
            QTimer.singleShot(0, lambda: self.failed.emit(tag, message))
            return
        self._capture(tag)

    def _capture(self, tag: str) -> None:
        raise NotImplementedError


class FakeCamera(Camera):
    """Paints a frame of a parcel (a numbered box) for each capture, a moment later."""

    def __init__(self, name: str = "fake camera", parent: QObject | None = None, *,
                 size: tuple[int, int] = (640, 480), delay_ms: int = 5) -> None:
        super().__init__(name, parent)
        self.size = size
        self.delay_ms = delay_ms
        self.frames = 0
        self.fail_next = 0  # that many captures fail, as a camera that drops a frame

    def start(self) -> None:
        self._set_state(True, self.name)

    def stop(self) -> None:
        self._set_state(False, "camera stopped")

    def unplug(self) -> None:
        self._set_state(False, "the camera is not connected")

    def frame(self) -> QImage:
        self.frames += 1
        width, height = self.size
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#d9c7a7"))
        painter = QPainter(image)
        painter.fillRect(QRect(width // 8, height // 6, width * 3 // 4, height * 2 // 3),
                         QColor("#a8875a"))
        painter.setPen(QColor("black"))
        font = QFont()
        font.setPixelSize(max(12, height // 12))
        painter.setFont(font)
        painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), f"frame {self.frames}")
        painter.end()
        return image

    def _capture(self, tag: str) -> None:
        if self.fail_next > 0:
            self.fail_next -= 1
            QTimer.singleShot(self.delay_ms, lambda: self.failed.emit(tag, "the camera dropped the frame"))
            return
        jpeg = encode_jpeg(self.frame())
        QTimer.singleShot(self.delay_ms, lambda: self.captured.emit(tag, jpeg))


def camera_devices() -> list[tuple[str, str]]:
    """(id, description) of each camera Qt Multimedia sees."""
    from PySide6.QtMultimedia import QMediaDevices

    return [(bytes(d.id().data()).decode("utf-8", "replace"), d.description())
            for d in QMediaDevices.videoInputs()]


class QtCamera(Camera):
    """A real camera through Qt Multimedia, chosen by its device id (or description)."""

    def __init__(self, device: str, parent: QObject | None = None) -> None:
        super().__init__(device, parent)
        self.device = device
        self._camera: Any = None  # created in start(): no device is opened before it is asked for
        self._capture_obj: Any = None
        self._pending: deque[tuple[int, str]] = deque()  # (request id, tag)

    def start(self) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices

        chosen = next((d for d in QMediaDevices.videoInputs()
                       if bytes(d.id().data()).decode("utf-8", "replace") == self.device
                       or d.description() == self.device), None)
        if chosen is None:
            self._set_state(False, f"camera {self.device} is not connected")
            return
        self.name = chosen.description()
        self._session = QMediaCaptureSession(self)
        self._camera = QCamera(chosen, self)
        self._capture_obj = QImageCapture(self)
        self._capture_obj.setQuality(QImageCapture.Quality.HighQuality)
        self._session.setCamera(self._camera)
        self._session.setImageCapture(self._capture_obj)
        self._camera.errorOccurred.connect(self.on_camera_error)
        self._camera.activeChanged.connect(self.on_active_changed)
        self._capture_obj.imageCaptured.connect(self.on_image_captured)
        self._capture_obj.errorOccurred.connect(self.on_capture_error)
        self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        self._set_state(False, "camera stopped")

    def _capture(self, tag: str) -> None:
        if self._capture_obj is None or not self._capture_obj.isReadyForCapture():
            QTimer.singleShot(0, lambda: self.failed.emit(tag, "the camera is not ready"))
            return
        request = self._capture_obj.capture()
        if request < 0:
            QTimer.singleShot(0, lambda: self.failed.emit(tag, self._capture_obj.errorString()))
            return
        self._pending.append((request, tag))

    def _tag(self, request: int) -> str:
        for item in list(self._pending):
            if item[0] == request:
                self._pending.remove(item)
                return item[1]
        return ""

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        self._set_state(active, self.name if active else f"camera {self.name} stopped")

    @Slot(object, str)
    def on_camera_error(self, _error: object, message: str) -> None:
        log.warning("camera %s: %s", self.name, message)
        self._set_state(False, f"camera {self.name}: {message}")

    @Slot(int, QImage)
    def on_image_captured(self, request: int, image: QImage) -> None:
        tag = self._tag(request)
        try:
            self.captured.emit(tag, encode_jpeg(image))
        except ValueError as exc:
            self.failed.emit(tag, str(exc))

    @Slot(int, object, str)
    def on_capture_error(self, request: int, _error: object, message: str) -> None:
        self.failed.emit(self._tag(request), message or "the camera could not take the photo")


def open_camera(device: str | None, parent: QObject | None = None) -> Camera | None:
    """The station's camera as the admin chose it ("fake" paints frames); None for none."""
    if not device:
        return None
    if device == "fake":
        return FakeCamera(parent=parent)
    return QtCamera(device, parent)
