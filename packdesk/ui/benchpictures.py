"""Pictures at the bench: product photos on the screens, parcel photos as evidence.

``BenchPictures`` attaches to the station window without the window knowing it: it gives
the pick and pack screens the product photos, shows the expected and the scanned item's
photos side by side on a wrong-item or wrong-variant refusal, asks the bench camera for a
photo when the last unit of an order verifies (and on F12, for an extra one), and shows
the camera's state in the status bar. None of it can stop a scan or a shipment.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from packdesk.domain.model import Role, ScanOutcome
from packdesk.services.evidence import PhotoInfo, default_photo_folder
from packdesk.services.station import ItemRef, ScanVerdict
from packdesk.services.uow import UnitOfWork

from .orderhistory import OrderHistoryDialog
from .photos import ParcelPhotographer
from .productphotos import ProductPhotos
from .statusbar import _Light
from .verdicts import item_text
from .widgets import text_label

if TYPE_CHECKING:
    from .mainwindow import MainWindow

MAX_COMPARE_SIDE = 360
REFUSALS_WITH_PHOTOS = (ScanOutcome.WRONG_ITEM, ScanOutcome.WRONG_VARIANT)


class SideBySide(QFrame):
    """The expected and the scanned item, big, next to each other.

    Laid over the station's screens (a child of the screen stack, covering it) until the
    next scan: at 1024x600 there is no room for both photos beside the lines.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.area = parent
        self.setObjectName("refusalPhotos")
        self.setStyleSheet("#refusalPhotos { background: #ffffff; border: 4px solid #b3001b;"
                           " border-radius: 8px; } #refusalPhotos QLabel { color: #000000; }")
        self.expected_title = text_label(self.tr("Expected"), self, points=20, bold=True)
        self.got_title = text_label(self.tr("Scanned"), self, points=20, bold=True)
        self.expected_photo = self._photo_label("expectedPhoto")
        self.got_photo = self._photo_label("scannedPhoto")
        self.expected_text = text_label("", self, name="expectedText", points=20, bold=True,
                                        wrap=True)
        self.got_text = text_label("", self, name="scannedText", points=20, bold=True, wrap=True)
        self.hint = text_label(self.tr("Put the scanned item back and scan the expected one"),
                               self, name="compareHint", points=16)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 8, 16, 8)
        for column, widgets in enumerate((
                (self.expected_title, self.expected_photo, self.expected_text),
                (self.got_title, self.got_photo, self.got_text))):
            for row, widget in enumerate(widgets):
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(self.hint, 3, 0, 1, 2, Qt.AlignmentFlag.AlignHCenter)
        grid.setRowStretch(4, 1)
        self._pair: tuple[ProductPhotos, ItemRef, ItemRef] | None = None
        parent.installEventFilter(self)
        self.hide()

    def _photo_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("QLabel { background: #f2f2f2; }")
        return label

    def photo_size(self) -> QSize:
        """As big as the screen allows: two photos across, title and text above and below."""
        area = self.area.size()
        lines = self.expected_text.fontMetrics().lineSpacing() * 2 + 6
        reserve = (self.expected_title.sizeHint().height() + lines
                   + self.hint.sizeHint().height() + 60)  # margins and spacing
        side = max(120, min(MAX_COMPARE_SIDE, area.height() - reserve, area.width() // 2 - 60))
        return QSize(side, side)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.area and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.area.rect())
            if self._pair is not None and self.isVisible():
                self.show_pair(*self._pair)
        return False

    def show_pair(self, photos: ProductPhotos, expected: ItemRef, got: ItemRef) -> bool:
        """Show both items; False (and hidden) when neither has a photo."""
        self._pair = (photos, expected, got)
        size = self.photo_size()
        shown = False
        for label, text, item in ((self.expected_photo, self.expected_text, expected),
                                  (self.got_photo, self.got_text, got)):
            label.setFixedSize(size)
            text.setFixedWidth(size.width() + 120)
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 2 + 6)  # two lines fit
            pixmap = photos.pixmap(item.sku, size)
            if pixmap is None:
                label.clear()
                label.setText(self.tr("no photo"))
            else:
                label.setPixmap(pixmap)
                shown = True
            text.setText(item_text(item))
        if shown:
            self.setGeometry(self.area.rect())
            self.raise_()
        self.setVisible(shown)
        return shown

    def dismiss(self) -> None:
        self._pair = None
        self.hide()


class BenchPictures(QObject):
    def __init__(self, window: MainWindow, photos: ProductPhotos,
                 photographer: ParcelPhotographer | None = None, *,
                 uow_factory: Callable[[], UnitOfWork] | None = None,
                 photo_folder: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.uow_factory = uow_factory
        self.photo_folder = photo_folder
        self.history_dialog: OrderHistoryDialog | None = None
        self.labels_seen: dict[int, bool] = {}  # order id -> its label was printed when last shown
        self.photos = photos
        self.photographer = photographer
        self.pending_pair: tuple[ItemRef, ItemRef] | None = None
        window.pick.set_photos(photos)
        window.pack.set_photos(photos)
        self.compare = SideBySide(window.stack)
        window.scan_handled.connect(self.on_scan_handled)
        photos.changed.connect(self.on_photos_changed)

        self.camera_light = _Light("statusCamera", window.status)
        window.status.insertPermanentWidget(4, self.camera_light)
        self.extra_photo = QAction(self.tr("Extra parcel &photo"), window)
        self.extra_photo.setObjectName("extraPhotoAction")
        self.extra_photo.setShortcut(QKeySequence(Qt.Key.Key_F12))
        self.extra_photo.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.extra_photo.triggered.connect(self.on_extra_photo)
        window.addAction(self.extra_photo)
        self.history_action = QAction(self.tr("Order &history…"), window)
        self.history_action.setObjectName("orderHistoryAction")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.on_history_requested)
        window.lead_menu.addAction(self.history_action)
        window.addAction(self.history_action)
        window.state_shown.connect(self.on_state_shown)
        self.on_state_shown(None)
        if photographer is None:
            self.camera_light.hide()
            self.extra_photo.setEnabled(False)
        else:
            photographer.camera_state.connect(self.on_camera_state)
            photographer.photo_stored.connect(self.on_photo_stored)
            photographer.photo_failed.connect(self.on_photo_failed)
            self.on_camera_state(photographer.camera_ok, photographer.status_text())

    # --- the order's history, for a lead ---------------------------------------------

    def lead_signed_in(self) -> bool:
        actor = self.window.actor
        return actor is not None and actor.can(Role.LEAD)

    @Slot(object)
    def on_state_shown(self, state: object) -> None:
        self._photo_at_label(state)
        allowed = self.lead_signed_in() and self.uow_factory is not None
        self.history_action.setVisible(allowed)
        self.history_action.setEnabled(allowed)
        menu = self.window.lead_menu
        menu.menuAction().setVisible(any(a.isVisible() and not a.isSeparator()
                                         for a in menu.actions()))

    @Slot()
    def on_history_requested(self) -> OrderHistoryDialog | None:
        """The history of the order in hand (or one the lead types), in a window of its own."""
        if not self.lead_signed_in() or self.uow_factory is None:
            return None
        if self.history_dialog is None:
            self.history_dialog = OrderHistoryDialog(
                self.uow_factory, self.photo_folder or default_photo_folder(), self.window)
        state = self.window.state
        order = state.current if state is not None else None
        if order is not None:
            self.history_dialog.view.show_order(order.number)
        self.history_dialog.show()
        self.history_dialog.raise_()
        return self.history_dialog

    # --- product photos -------------------------------------------------------------

    @Slot(object)
    def on_scan_handled(self, verdict: ScanVerdict) -> None:
        if (verdict.outcome in REFUSALS_WITH_PHOTOS and verdict.expected is not None
                and verdict.got is not None and verdict.expected.sku and verdict.got.sku):
            self.pending_pair = (verdict.expected, verdict.got)
            self.photos.want([verdict.expected.sku, verdict.got.sku])
            self.compare.show_pair(self.photos, *self.pending_pair)
        elif verdict.accepted or verdict.outcome not in REFUSALS_WITH_PHOTOS:
            self.pending_pair = None
            self.compare.dismiss()
        if verdict.order_complete and verdict.order is not None:
            self.take(verdict.order.number, "completed")

    @Slot()
    def on_photos_changed(self) -> None:
        if self.pending_pair is not None:
            self.compare.show_pair(self.photos, *self.pending_pair)

    # --- parcel photos ---------------------------------------------------------------

    def _photo_at_label(self, state: object) -> None:
        """When the admin wants one, a photo as the order's label comes out of the printer."""
        if self.photographer is None or not self.photographer.settings.at_label:
            return
        order = getattr(state, "current", None)
        if order is None:
            return
        before = self.labels_seen.get(order.id)
        self.labels_seen[order.id] = order.label_printed
        if before is False and order.label_printed:
            self.take(order.number, "label")

    def take(self, number: str, moment: str) -> None:
        if self.photographer is None:
            return
        actor = self.window.actor
        self.photographer.take(number, actor.name if actor else None, moment)

    @Slot()
    def on_extra_photo(self) -> None:
        state = self.window.state
        order = state.current if state is not None else None
        if order is None:
            self.camera_light.set_state("warn", self.tr("No photo"),
                                        self.tr("No order in hand to photograph"))
            self.camera_light.setVisible(True)
            return
        self.take(order.number, "extra")

    # The status bar is full at 1024 px: the light shows only when something is wrong,
    # in one or two words; its tooltip says the rest.

    @Slot(bool, str)
    def on_camera_state(self, ok: bool, text: str) -> None:
        if ok:
            self.camera_light.set_state("ok", self.tr("Camera"), self.tr("Camera ready: {name}").format(
                name=text))
        else:
            self.camera_light.set_state("warn", self.tr("No camera"), text)
        self.camera_light.setVisible(not ok)

    @Slot(object)
    def on_photo_stored(self, photo: PhotoInfo) -> None:
        self.camera_light.set_state("ok", self.tr("Camera"), self.tr("Photo of {number} kept: {path}").format(
            number=photo.order_number, path=photo.path))
        self.camera_light.setVisible(False)

    @Slot(str, str)
    def on_photo_failed(self, number: str, reason: str) -> None:
        self.camera_light.set_state("warn", self.tr("No photo"), self.tr(
            "No photo of {number}: {reason}").format(number=number, reason=reason))
        self.camera_light.setVisible(True)
