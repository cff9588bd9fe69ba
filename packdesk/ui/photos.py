"""Taking parcel photos at the bench without holding the packer up.

``ParcelPhotographer`` asks the station's camera for a photo (``take``), stores each JPEG
that comes back through ``services.evidence.record_photo`` on a worker thread, and says
what happened: ``photo_stored(PhotoInfo)`` or ``photo_failed(order number, reason)``.
``camera_state(ok, text)`` feeds the status bar. With no camera, or a failing one,
shipping goes on; only when the admin requires photos does ``missing_photo`` tell the
station an order has none (a lead may then override).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from packdesk.hardware.camera import Camera
from packdesk.services.evidence import PhotoInfo, PhotoSettings, record_photo
from packdesk.services.uow import UnitOfWork

from .worker import TaskRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Request:
    order_number: str
    packer: str | None
    moment: str


class ParcelPhotographer(QObject):
    photo_stored = Signal(object)  # PhotoInfo
    photo_failed = Signal(str, str)  # order number, one-line reason
    camera_state = Signal(bool, str)  # works, status bar text

    def __init__(
        self,
        camera: Camera | None,
        uow_factory: Callable[[], UnitOfWork],
        folder: Path,
        station: str,
        settings: PhotoSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.camera = camera
        self.uow_factory = uow_factory
        self.folder = folder
        self.station = station
        self.settings = settings or PhotoSettings()
        self.tasks = TaskRunner(self, serial=True, name="photos")
        self._requests: dict[str, _Request] = {}
        self._ids = itertools.count(1)
        self.stored: dict[str, list[PhotoInfo]] = {}  # order number -> photos taken here
        if camera is not None:
            camera.captured.connect(self.on_captured)
            camera.failed.connect(self.on_failed)
            camera.state_changed.connect(self.camera_state)

    @property
    def camera_ok(self) -> bool:
        return self.camera is not None and self.camera.ok

    def status_text(self) -> str:
        if self.camera is None:
            return self.tr("No camera")
        return self.camera.message or self.camera.name

    def start(self) -> None:
        if self.camera is not None:
            self.camera.start()
        self.camera_state.emit(self.camera_ok, self.status_text())

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        self.tasks.wait_for_done(5000)

    def take(self, order_number: str, packer: str | None, moment: str = "completed") -> None:
        """Ask for a photo of this order's parcel; returns at once."""
        if self.camera is None:
            self.photo_failed.emit(order_number, self.tr("No camera at this station"))
            return
        tag = f"photo-{next(self._ids)}"
        self._requests[tag] = _Request(order_number, packer, moment)
        self.camera.capture(tag)

    def missing_photo(self, order_number: str) -> bool:
        """True when the admin requires photos and this order has none stored here yet."""
        return self.settings.required and not self.stored.get(order_number)

    @Slot(str, bytes)
    def on_captured(self, tag: str, jpeg: bytes) -> None:
        request = self._requests.pop(tag, None)
        if request is None:
            return

        def store() -> PhotoInfo:
            return record_photo(self.uow_factory(), self.folder, order_number=request.order_number,
                                station=self.station, packer=request.packer, jpeg=bytes(jpeg),
                                moment=request.moment)

        def done(info: PhotoInfo) -> None:
            self.stored.setdefault(request.order_number, []).append(info)
            self.photo_stored.emit(info)

        def failed(error: BaseException) -> None:
            log.warning("photo of %s not stored: %s", request.order_number, error)
            self.photo_failed.emit(request.order_number, str(error).splitlines()[0] if str(error)
                                   else error.__class__.__name__)

        self.tasks.submit(store, done, failed)

    @Slot(str, str)
    def on_failed(self, tag: str, message: str) -> None:
        request = self._requests.pop(tag, None)
        if request is not None:
            self.photo_failed.emit(request.order_number, message)
