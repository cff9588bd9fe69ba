"""An order's history for a lead: its scans as a timeline, with the parcel photos.

The lead types or scans an order number; the history (``services.evidence.order_history``)
and the photos' thumbnails load on a worker thread. A photo row shows its thumbnail; the
selected photo shows big beside the timeline with its hash, as it would go into a dispute.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from packdesk.services.evidence import HistoryEntry, OrderHistory, order_history
from packdesk.services.uow import UnitOfWork

from .widgets import push_button, read_only_table, text_label
from .worker import TaskRunner

ModelIndex = QModelIndex | QPersistentModelIndex
THUMB = QSize(64, 64)
PREVIEW = QSize(420, 420)
KIND_BACKGROUND = {"photo": "#e3efff", "shipment": "#d8f0dd"}


@dataclass(frozen=True)
class LoadedHistory:
    history: OrderHistory
    images: dict[int, QImage]  # photo id -> the photo, decoded off the GUI thread


class HistoryModel(QAbstractTableModel):
    COLUMNS = ("time", "what", "station", "who", "detail")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        self.images: dict[int, QImage] = {}
        self._thumbs: dict[int, QPixmap] = {}
        self._headers = {"time": self.tr("Time (UTC)"), "what": self.tr("What"),
                         "station": self.tr("Station"), "who": self.tr("Who"),
                         "detail": self.tr("Detail")}
        self._kinds = {"scan": self.tr("scan"), "photo": self.tr("photo"),
                       "shipment": self.tr("shipment")}

    def set_history(self, loaded: LoadedHistory) -> None:
        self.beginResetModel()
        self.entries = list(loaded.history.entries)
        self.images = dict(loaded.images)
        self._thumbs = {}
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return self._headers[self.COLUMNS[section]]
        return None

    def thumbnail(self, entry: HistoryEntry) -> QPixmap | None:
        if entry.photo is None or entry.photo.id not in self.images:
            return None
        pixmap = self._thumbs.get(entry.photo.id)
        if pixmap is None:
            pixmap = QPixmap.fromImage(self.images[entry.photo.id].scaled(
                THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
            self._thumbs[entry.photo.id] = pixmap
        return pixmap

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.entries)):
            return None
        entry = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "time":
                return entry.at.strftime("%Y-%m-%d %H:%M:%S")
            if column == "what":
                return self._kinds.get(entry.kind, entry.kind)
            if column == "station":
                return entry.station
            if column == "who":
                return entry.user or ""
            return entry.text
        if role == Qt.ItemDataRole.DecorationRole and column == "detail":
            return self.thumbnail(entry)
        if role == Qt.ItemDataRole.BackgroundRole and entry.kind in KIND_BACKGROUND:
            return QBrush(QColor(KIND_BACKGROUND[entry.kind]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        return None


def load_history(uow_factory: Callable[[], UnitOfWork], folder: Path, number: str) -> LoadedHistory:
    """Blocking: the history and its photos, decoded (run on a worker thread)."""
    history = order_history(uow_factory(), folder, number)
    images = {}
    for photo in history.photos:
        image = QImage(str(photo.path))
        if not image.isNull():
            images[photo.id] = image.scaled(PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation)
    return LoadedHistory(history, images)


class OrderHistoryWidget(QWidget):
    loaded = Signal(object)  # LoadedHistory, once shown
    failed = Signal(str)

    def __init__(self, uow_factory: Callable[[], UnitOfWork], folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderHistory")
        self.uow_factory = uow_factory
        self.folder = folder
        self.tasks = TaskRunner(self, name="history")
        self.model = HistoryModel(self)
        self.number = QLineEdit(self)
        self.number.setObjectName("historyNumber")
        self.number.setPlaceholderText(self.tr("Order number, e.g. #10001"))
        self.show_button = push_button(self.tr("Show history"), self, name="showHistory",
                                       points=14, bold=True)
        self.title = text_label("", self, name="historyTitle", points=18, bold=True)
        self.table = read_only_table(self, self.model, name="historyTable", row_height=68)
        self.table.setIconSize(THUMB)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("historyPhoto")
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("QLabel { background: #f2f2f2; }")
        self.photo_text = text_label("", self, name="historyPhotoText", points=11, wrap=True)
        self.photo_text.setFixedWidth(PREVIEW.width())
        self.photo_text.setMinimumHeight(self.photo_text.fontMetrics().lineSpacing() * 4 + 8)
        self.photo_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.number, 1)
        top.addWidget(self.show_button)
        side = QVBoxLayout()
        side.addWidget(self.preview)
        side.addWidget(self.photo_text)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)

        self.number.returnPressed.connect(self.on_show_requested)
        self.show_button.clicked.connect(self.on_show_requested)
        self.table.selectionModel().currentRowChanged.connect(self.on_row_changed)

    def show_order(self, number: str) -> None:
        self.number.setText(number)
        self.on_show_requested()

    @Slot()
    def on_show_requested(self) -> None:
        number = self.number.text().strip()
        if not number:
            return
        factory, folder = self.uow_factory, self.folder
        self.tasks.submit(lambda: load_history(factory, folder, number), self.on_loaded,
                          self.on_failed)

    def on_loaded(self, loaded: LoadedHistory) -> None:
        self.model.set_history(loaded)
        history = loaded.history
        self.title.setText(self.tr("Order {number} ({status}): {scans} scans, {photos} photos").format(
            number=history.number, status=history.status, scans=len(history.scans),
            photos=len(history.photos)))
        self.table.resizeColumnsToContents()
        photo_rows = [r for r, e in enumerate(self.model.entries) if e.photo is not None]
        if photo_rows:
            self.table.selectRow(photo_rows[-1])
        else:
            self.preview.clear()
            self.preview.setText(self.tr("No parcel photo"))
            self.photo_text.setText("")
        self.loaded.emit(loaded)

    def on_failed(self, error: BaseException) -> None:
        self.title.setText(str(error))
        self.failed.emit(str(error))

    @Slot(QModelIndex, QModelIndex)
    def on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        entry = self.model.entries[current.row()]
        if entry.photo is None:
            return
        image = self.model.images.get(entry.photo.id)
        if image is None:
            self.preview.clear()
            self.preview.setText(self.tr("The photo file is missing"))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image))
        sha = entry.photo.sha256
        self.photo_text.setText(self.tr("{moment} photo, {station}, {who}, {at} UTC\nSHA-256 {sha}").format(
            moment=entry.photo.moment, station=entry.photo.station, who=entry.photo.packer or "",
            at=entry.photo.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
            sha=f"{sha[:32]}\n{sha[32:]}"))  # hex does not wrap by itself


class OrderHistoryDialog(QDialog):
    def __init__(self, uow_factory: Callable[[], UnitOfWork], folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Order history"))
        self.view = OrderHistoryWidget(uow_factory, folder, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(1200, 640)
