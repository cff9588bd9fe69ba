"""Table models of the dashboard: pack-rate figures per group, and the orders on hold."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from packdesk.services.stats import FIGURE_FIELDS, GroupFigures, HeldOrder, display_values

Index = QModelIndex | QPersistentModelIndex


class StatsTableModel(QAbstractTableModel):
    """One row per packer, station, hour or day, and a bold total row at the bottom."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._has_total = False
        self._headers = self.figure_headers()

    def figure_headers(self) -> dict[str, tuple[str, str]]:
        """Column title and tooltip per figure, translated. (Written out as ``self.tr``
        calls: lupdate finds no text passed through a helper, and the headers stayed
        English in every language.)"""
        return {
            "group": (self.tr("Group"), ""),
            "orders": (self.tr("Orders"), self.tr("Orders shipped in the period")),
            "units": (self.tr("Units"), self.tr("Units shipped (ordered minus short-picked)")),
            "orders_per_hour": (self.tr("Orders/h"), self.tr(
                "Orders per hour from the first scan to the last shipment")),
            "median_seconds": (self.tr("Median"),
                               self.tr("Median time per order, first scan to shipped")),
            "p90_seconds": (self.tr("90th pct"), self.tr("9 in 10 orders took at most this long")),
            "pick_seconds": (self.tr("Pick"), self.tr("Mean time from first scan to picked")),
            "pack_seconds": (self.tr("Pack"), self.tr("Mean time from picked to packed")),
            "misscan_rate_percent": (self.tr("Mis-scans"),
                                     self.tr("Refused scans per scan of an item or a bin")),
            "short_picks": (self.tr("Short picks"), self.tr("Items the picker could not find")),
            "overrides": (self.tr("Overrides"), self.tr("Lead overrides recorded")),
        }

    def set_figures(self, groups: list[GroupFigures], total: GroupFigures | None) -> None:
        self.beginResetModel()
        none_label = self.tr("(not recorded)")
        self._rows = [display_values(g, none_label) for g in groups]
        self._has_total = total is not None
        if total is not None:
            self._rows.append([self.tr("Total"), *display_values(total)[1:]])
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIGURE_FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._has_total and index.row() == len(self._rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(FIGURE_FIELDS):
            return None
        title, tip = self._headers[FIGURE_FIELDS[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        return None

    def row_texts(self, row: int) -> list[str]:
        return list(self._rows[row])


def status_label(status: str) -> str:
    """An order status as the lead reads it, translated."""
    labels = {
        "new": QCoreApplication.translate("OrderStatus", "new"),
        "picking": QCoreApplication.translate("OrderStatus", "picking"),
        "packing": QCoreApplication.translate("OrderStatus", "packing"),
        "packed": QCoreApplication.translate("OrderStatus", "packed"),
        "shipped": QCoreApplication.translate("OrderStatus", "shipped"),
        "on_hold": QCoreApplication.translate("OrderStatus", "on hold"),
        "cancelled": QCoreApplication.translate("OrderStatus", "cancelled"),
    }
    return labels.get(status, status)


class HeldOrdersModel(QAbstractTableModel):
    COLUMNS = ("number", "reason", "held_from", "packer", "station")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._orders: list[HeldOrder] = []

    def set_orders(self, orders: list[HeldOrder]) -> None:
        self.beginResetModel()
        self._orders = list(orders)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._orders)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._orders):
            return None
        column = self.COLUMNS[index.column()]
        value = str(getattr(self._orders[index.row()], column))
        if column == "held_from":
            return status_label(value)
        return value

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {
            "number": QCoreApplication.translate("HeldOrdersModel", "Order"),
            "reason": QCoreApplication.translate("HeldOrdersModel", "Reason"),
            "held_from": QCoreApplication.translate("HeldOrdersModel", "Held while"),
            "packer": QCoreApplication.translate("HeldOrdersModel", "Packer"),
            "station": QCoreApplication.translate("HeldOrdersModel", "Station"),
        }
        return titles[self.COLUMNS[section]] if 0 <= section < len(self.COLUMNS) else None
