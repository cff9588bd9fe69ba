"""Product photos for the screens, by SKU, from the image cache and never on the GUI thread.

``want(skus)`` asks, on a worker thread, the catalogue for each SKU's photo URL, reads the
cached file (fetching the ones not cached yet when the network allows; a failure leaves
the SKU without a photo) and decodes it; ``changed`` fires when new photos are ready.
``image(sku)`` and ``pixmap(sku, size)`` only read memory: a screen asks them when it
paints, and shows nothing where there is no photo.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap

from packdesk.services.orders import product_image_urls
from packdesk.services.uow import UnitOfWork
from packdesk.sync.images import ImageCache

from .worker import TaskRunner

log = logging.getLogger(__name__)

# Decoded photos kept in memory (480 px: about 1 MB each); the least recently shown go first.
MAX_IMAGES = 120
RETRY_SECONDS = 300.0  # a SKU without a photo (offline, not yet fetched) is asked again after


class ProductPhotos(QObject):
    changed = Signal()

    def __init__(self, uow_factory: Callable[[], UnitOfWork], cache: ImageCache | None,
                 parent: QObject | None = None, *, fetch_missing: bool = True) -> None:
        super().__init__(parent)
        self.uow_factory = uow_factory
        self.cache = cache
        self.fetch_missing = fetch_missing
        self.tasks = TaskRunner(self, name="photos")
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._asked: dict[str, float] = {}  # SKU -> when it was last looked up (monotonic)
        self._scaled: dict[tuple[str, int, int], QPixmap] = {}
        self.max_images = MAX_IMAGES

    def image(self, sku: str) -> QImage | None:
        return self._images.get(sku)

    def pixmap(self, sku: str, size: QSize) -> QPixmap | None:
        """The SKU's photo scaled to fit ``size``, or None when it has none (yet)."""
        image = self._images.get(sku)
        if image is None:
            return None
        self._images.move_to_end(sku)
        key = (sku, size.width(), size.height())
        pixmap = self._scaled.get(key)
        if pixmap is None:
            pixmap = QPixmap.fromImage(image.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
            self._scaled[key] = pixmap
        return pixmap

    def want(self, skus: Iterable[str]) -> None:
        """Load the photos of these SKUs in the background (each SKU once)."""
        now = time.monotonic()
        new = sorted(s for s in set(skus) if s and s not in self._images
                     and now - self._asked.get(s, -RETRY_SECONDS) >= RETRY_SECONDS)
        if not new or self.cache is None:
            return
        self._asked.update((s, now) for s in new)
        cache, factory, fetch = self.cache, self.uow_factory, self.fetch_missing

        def load() -> dict[str, QImage]:
            urls = product_image_urls(factory(), new)
            if fetch:
                missing = [url for url in urls.values() if cache.path_for(url) is None]
                if missing:
                    cache.fetch(missing)  # failures are logged and leave the SKU without a photo
            found = {}
            for sku, url in urls.items():
                path = cache.path_for(url)
                if path is not None:
                    image = QImage(str(path))
                    if not image.isNull():
                        found[sku] = image
            return found

        def failed(error: BaseException) -> None:
            log.warning("product photos not loaded: %s", error)
            for sku in new:
                self._asked.pop(sku, None)  # asked again next time

        self.tasks.submit(load, self.on_loaded, failed)

    def on_loaded(self, found: dict[str, QImage]) -> None:
        if found:
            self._images.update(found)
            while len(self._images) > self.max_images:
                old, _ = self._images.popitem(last=False)
                self._asked.pop(old, None)
                for key in [k for k in self._scaled if k[0] == old]:
                    del self._scaled[key]
            self.changed.emit()

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        return self.tasks.wait_for_done(timeout_ms)
