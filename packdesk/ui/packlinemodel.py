"""The lines of the order being packed, and the pick list, as Qt table models.

Both hold frozen views from the station service (``LineView``, ``PickStep``); the
window replaces them after every scan. Colour and size are shown large: a red M shirt
and a blue L one must look different from a metre away.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor

from packdesk.services.station import LineView, PickStep

from .productphotos import ProductPhotos
from .widgets import font

ModelIndex = QModelIndex | QPersistentModelIndex
LINE_ROLE = Qt.ItemDataRole.UserRole + 1

DONE_BACKGROUND = "#d8f0dd"
ACTIVE_BACKGROUND = "#fff3c4"
OVERRIDE_BACKGROUND = "#e6dcf5"
THUMBNAIL = QSize(40, 40)  # the item's photo at the start of its line


class _PhotoColumn:
    """The item column's thumbnail, from the product photos when the screen has them."""

    photos: ProductPhotos | None = None
    COLUMNS: tuple[str, ...]

    def thumbnail(self, sku: str) -> Any:
        return self.photos.pixmap(sku, THUMBNAIL) if self.photos is not None and sku else None

    def photos_changed(self) -> None:
        model: Any = self
        rows = model.rowCount()
        if rows:
            column = self.COLUMNS.index("item")
            model.dataChanged.emit(model.index(0, column), model.index(rows - 1, column),
                                   [Qt.ItemDataRole.DecorationRole])


class PackLineModel(_PhotoColumn, QAbstractTableModel):
    COLUMNS = ("item", "color", "size", "progress", "bin", "remark")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[LineView] = []
        self.highlight_line: int | None = None  # the line the last scan touched
        self._headers = {
            "item": self.tr("Item"),
            "color": self.tr("Colour"),
            "size": self.tr("Size"),
            "progress": self.tr("Scanned"),
            "bin": self.tr("Bin"),
            "remark": self.tr("Remark"),
        }

    def set_lines(self, lines: Sequence[LineView], highlight_line: int | None = None) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.highlight_line = highlight_line
        self.endResetModel()

    def lines(self) -> list[LineView]:
        return list(self._lines)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return self._headers[self.COLUMNS[section]]
        if role == Qt.ItemDataRole.FontRole:
            return font(14, bold=True)
        return None

    def progress_text(self, line: LineView) -> str:
        verified, total = line.progress
        return self.tr("{done} of {total}").format(done=min(verified, total), total=total)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._lines)):
            return None
        line = self._lines[index.row()]
        column = self.COLUMNS[index.column()]
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.DecorationRole and column == "item":
            return self.thumbnail(line.sku_to_pack)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "item":
                return line.name or line.sku
            if column == "color":
                return line.color
            if column == "size":
                return line.size
            if column == "progress":
                return self.progress_text(line)
            if column == "bin":
                return ", ".join(line.bins[:2])
            if column == "remark":
                parts = []
                if line.overridden_by:
                    parts.append(self.tr("override: {lead}").format(lead=line.overridden_by))
                if line.short:
                    parts.append(self.tr("{count} short").format(count=line.short))
                if line.expected_sku:
                    parts.append(self.tr("pack {sku} (per note)").format(sku=line.expected_sku))
                if line.line_note:
                    parts.append(line.line_note)
                return "; ".join(parts)
        if role == Qt.ItemDataRole.FontRole:
            if column in ("color", "size", "progress"):
                return font(24, bold=True)
            return font(16, bold=column == "item")
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.overridden_by:
                return QBrush(QColor(OVERRIDE_BACKGROUND))
            if line.done:
                return QBrush(QColor(DONE_BACKGROUND))
            if line.id == self.highlight_line:
                return QBrush(QColor(ACTIVE_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("progress", "size"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class PickListModel(_PhotoColumn, QAbstractTableModel):
    """The walk in bin order; done steps stay listed, greyed."""

    COLUMNS = ("bin", "item", "color", "size", "quantity", "slots")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._steps: list[PickStep] = []
        self.current: int = -1
        self.batch = False
        self._headers = {
            "bin": self.tr("Bin"),
            "item": self.tr("Item"),
            "color": self.tr("Colour"),
            "size": self.tr("Size"),
            "quantity": self.tr("Taken"),
            "slots": self.tr("Tote slots"),
        }

    def set_steps(self, steps: Sequence[PickStep], current: PickStep | None, *,
                  batch: bool = False) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self.batch = batch
        self.current = -1
        if current is not None:
            for row, step in enumerate(self._steps):
                if (step.bin_code, step.sku) == (current.bin_code, current.sku):
                    self.current = row
                    break
        self.endResetModel()

    def steps(self) -> list[PickStep]:
        return list(self._steps)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return self._headers[self.COLUMNS[section]]
        if role == Qt.ItemDataRole.FontRole:
            return font(13, bold=True)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._steps)):
            return None
        step = self._steps[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and column == "item":
            return self.thumbnail(step.sku)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "bin":
                return step.bin_code or self.tr("no bin")
            if column == "item":
                return step.name or step.sku
            if column == "color":
                return step.color
            if column == "size":
                return step.size
            if column == "quantity":
                return self.tr("{done} of {total}").format(done=step.picked, total=step.quantity)
            if column == "slots":
                if not self.batch:
                    return ""
                return "  ".join(
                    self.tr("slot {slot}: {qty}").format(slot=s.slot, qty=s.quantity)
                    for s in step.slots)
        if role == Qt.ItemDataRole.FontRole:
            return font(16, bold=index.row() == self.current or column == "bin")
        if role == Qt.ItemDataRole.BackgroundRole:
            if step.done:
                return QBrush(QColor(DONE_BACKGROUND))
            if index.row() == self.current:
                return QBrush(QColor(ACTIVE_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#555555" if step.done else "#000000"))
        return None
