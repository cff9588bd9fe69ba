"""The day's queue: counts by status, filters, and "Next order".

The packer's usual move is one key (F2) or one scan of an order barcode; the table is
there to see what is coming and for a lead to take a particular order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from packdesk.domain.model import OrderStatus
from packdesk.services.orders import OrderSummary

from .queuemodel import ORDER_ROLE, QueueFilter, QueueModel, status_label
from .widgets import push_button, read_only_table, set_font, text_label


class QueueScreen(QWidget):
    next_requested = Signal()
    take_requested = Signal(str)  # order number
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueScreen")
        self.model = QueueModel(self)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)

        self.counts = text_label("", self, name="queueCounts", points=18, bold=True, wrap=True)

        self.next_button = push_button(self.tr("Next order  (F2)"), self, name="nextOrder",
                                       points=26, bold=True, shortcut=QKeySequence(Qt.Key.Key_F2))
        self.next_button.setMinimumHeight(84)
        self.next_button.setStyleSheet(
            "QPushButton { background: #0b4f9c; color: white; border-radius: 6px; padding: 8px 32px; }"
            "QPushButton:disabled { background: #8a9bb0; }"
        )
        self.hint = text_label(self.tr("…or scan an order barcode to take that order"), self,
                               points=16)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("queueStatusFilter")
        set_font(self.status_filter, 14)
        self.status_filter.addItem(self.tr("Open orders"), QueueFilter.OPEN)
        self.status_filter.addItem(self.tr("All orders"), QueueFilter.ALL)
        for status in OrderStatus:
            self.status_filter.addItem(status_label(status.value), status.value)
        self.search = QLineEdit(self)
        self.search.setObjectName("queueSearch")
        set_font(self.search, 14)
        self.search.setPlaceholderText(self.tr("Filter: order, name, country…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Ctrl+F"))
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.search.setFocus)
        self.refresh_button = push_button(self.tr("Refresh  (F5)"), self, points=14,
                                          shortcut=QKeySequence(Qt.Key.Key_F5))
        self.take_button = push_button(self.tr("&Take selected"), self, name="takeSelected",
                                       points=14)

        self.table = read_only_table(self, self.proxy, name="queueTable", row_height=34)
        set_font(self.table, 14)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        set_font(self.table.horizontalHeader(), 13, bold=True)
        # Sized once from the first rows, not on every refresh: measuring every cell of a
        # long queue after each scan would stall the window.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(40)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._sized = False
        self.table.setAlternatingRowColors(True)

        top = QHBoxLayout()
        top.addWidget(self.next_button)
        top.addWidget(self.hint, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.take_button)
        filters.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.next_button.clicked.connect(self.next_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.take_button.clicked.connect(self.on_take_selected)
        self.table.activated.connect(self.on_row_activated)
        self.status_filter.currentIndexChanged.connect(self.on_status_filter_changed)
        self.search.textChanged.connect(self.proxy.set_text)

    def set_orders(self, orders: Sequence[OrderSummary],
                   counts: Mapping[str, int] | None = None) -> None:
        """Show ``orders``; ``counts`` by status cover the whole queue when the list is cut."""
        self.model.set_orders(orders)
        counts = dict(counts) if counts is not None else self.model.counts_by_status()
        shown = [OrderStatus.NEW, OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED,
                 OrderStatus.ON_HOLD, OrderStatus.SHIPPED]
        self.counts.setText("   ".join(
            f"{status_label(s.value)}: {counts.get(s.value, 0)}" for s in shown))
        if not self._sized and orders:
            self.table.resizeColumnsToContents()
            self._sized = True

    def set_busy(self, busy: bool) -> None:
        self.next_button.setEnabled(not busy)
        self.take_button.setEnabled(not busy)

    def selected_number(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        order = index.data(ORDER_ROLE)
        return order.number if isinstance(order, OrderSummary) else None

    @Slot(int)
    def on_status_filter_changed(self, index: int) -> None:
        self.proxy.set_status(str(self.status_filter.itemData(index)))

    @Slot()
    def on_take_selected(self) -> None:
        number = self.selected_number()
        if number:
            self.take_requested.emit(number)

    @Slot(QModelIndex)
    def on_row_activated(self, index: QModelIndex) -> None:
        order = index.data(ORDER_ROLE)
        if isinstance(order, OrderSummary):
            self.take_requested.emit(order.number)
