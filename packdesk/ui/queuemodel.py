"""The order queue as a Qt table model, and the filter a packer or lead puts over it.

Rows are :class:`packdesk.services.orders.OrderSummary` values read off the GUI thread;
the model only holds them. Its row order is the service's queue order (ship-by date,
express first, oldest first), so sorting by the first column restores it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from packdesk.domain.model import OrderStatus
from packdesk.services.orders import OrderSummary

from .widgets import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex

ORDER_ROLE = Qt.ItemDataRole.UserRole + 1  # the OrderSummary itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def status_label(status: str) -> str:
    labels = {
        OrderStatus.NEW: QCoreApplication.translate("queue", "New"),
        OrderStatus.PICKING: QCoreApplication.translate("queue", "Picking"),
        OrderStatus.PACKING: QCoreApplication.translate("queue", "Packing"),
        OrderStatus.PACKED: QCoreApplication.translate("queue", "Packed"),
        OrderStatus.SHIPPED: QCoreApplication.translate("queue", "Shipped"),
        OrderStatus.ON_HOLD: QCoreApplication.translate("queue", "On hold"),
        OrderStatus.CANCELLED: QCoreApplication.translate("queue", "Cancelled"),
    }
    try:
        return labels[OrderStatus(status)]
    except ValueError:
        return status


STATUS_COLORS = {
    OrderStatus.ON_HOLD.value: "#ffe08a",
    OrderStatus.SHIPPED.value: "#d8f0dd",
    OrderStatus.CANCELLED.value: "#e4e4e4",
    OrderStatus.PICKING.value: "#d6e6ff",
    OrderStatus.PACKING.value: "#d6e6ff",
}


class QueueModel(QAbstractTableModel):
    COLUMNS = ("number", "status", "ship_by", "method", "ship_to", "country", "units",
               "flags", "station")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._orders: list[OrderSummary] = []
        self._headers = {
            "number": self.tr("Order"),
            "status": self.tr("Status"),
            "ship_by": self.tr("Ship by"),
            "method": self.tr("Shipping"),
            "ship_to": self.tr("Ship to"),
            "country": self.tr("Country"),
            "units": self.tr("Items"),
            "flags": self.tr("Gift / note / hold"),
            "station": self.tr("At station"),
        }

    # --- data in -------------------------------------------------------------------------

    def set_orders(self, orders: Sequence[OrderSummary]) -> None:
        self.beginResetModel()
        self._orders = list(orders)
        self.endResetModel()

    def orders(self) -> list[OrderSummary]:
        return list(self._orders)

    def counts_by_status(self) -> dict[str, int]:
        counts = {status.value: 0 for status in OrderStatus}
        counts.update(Counter(order.status for order in self._orders))
        return counts

    def row_of(self, number: str) -> int:
        for row, order in enumerate(self._orders):
            if order.number == number:
                return row
        return -1

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._orders)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self._headers[self.COLUMNS[section]]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._orders)):
            return None
        order = self._orders[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ORDER_ROLE:
            return order
        if role == SORT_ROLE:
            if column == "number":
                return index.row()  # queue order
            if column == "units":
                return order.units
            if column == "ship_by":
                return order.ship_by.isoformat() if order.ship_by else "9999"
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(order, column)
        if role == Qt.ItemDataRole.BackgroundRole and order.status in STATUS_COLORS:
            return QBrush(QColor(STATUS_COLORS[order.status]))
        if role == Qt.ItemDataRole.ForegroundRole and order.status in STATUS_COLORS:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.FontRole and column == "number":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and order.hold_reason:
            return plain_tooltip(self.tr("On hold: {reason}").format(reason=order.hold_reason))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "units":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, order: OrderSummary, column: str) -> str:
        if column == "number":
            return order.number
        if column == "status":
            return status_label(order.status)
        if column == "ship_by":  # the station's short date (27.11.2026, 27/11/2026, 11/27/26)
            return QLocale().toString(QDate(order.ship_by.year, order.ship_by.month,
                                            order.ship_by.day),
                                      QLocale.FormatType.ShortFormat) if order.ship_by else ""
        if column == "method":
            return order.shipping_method
        if column == "ship_to":
            return order.ship_to_name
        if column == "country":
            return order.country
        if column == "units":
            return str(order.units)
        if column == "flags":
            flags = []
            if order.gift:
                flags.append(self.tr("gift"))
            if order.has_note:
                flags.append(self.tr("note"))
            if order.hold_reason:
                flags.append(self.tr("held: {reason}").format(reason=order.hold_reason))
            return ", ".join(flags)
        if column == "station":
            return order.claimed_station or ""
        return ""


class QueueFilter(QSortFilterProxyModel):
    """Filters by status (one, or "open": everything not shipped or cancelled) and text."""

    OPEN = "open"
    ALL = "all"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status = self.OPEN
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        order = model.data(model.index(source_row, 0, source_parent), ORDER_ROLE)
        if not isinstance(order, OrderSummary):
            return False
        if self._status == self.OPEN:
            if order.status in (OrderStatus.SHIPPED.value, OrderStatus.CANCELLED.value):
                return False
        elif self._status != self.ALL and order.status != self._status:
            return False
        if self._text:
            haystack = " ".join(
                (order.number, order.ship_to_name, order.country, order.shipping_method,
                 order.hold_reason)
            ).casefold()
            return self._text in haystack
        return True
