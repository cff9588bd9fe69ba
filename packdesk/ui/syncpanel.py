"""The lead's view of the stores: the last pull's summary and the messages a store refused.

Shown in the dashboard. The last pull names the orders it put on hold, those changed at the
store after picking started and those quarantined; the refused messages show the store's
own words, and the lead (signed in with a badge) retries or dismisses one. A store that
refused our credentials gets a red line naming where to fix it. Everything loads and acts
on the thread pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packdesk.domain.model import Role
from packdesk.services.auth import Actor, require_role
from packdesk.services.outbox import OutboxEntry
from packdesk.services.screens import DashboardServices
from packdesk.services.syncstate import StoreSync

from .dashboard_tasks import TaskRunner
from .widgets import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


class RefusedMessagesModel(QAbstractTableModel):
    COLUMNS = ("number", "destination", "last_error")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[OutboxEntry] = []

    def set_entries(self, entries: list[OutboxEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> OutboxEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = str(getattr(entry, self.COLUMNS[index.column()]))
        return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {
            "number": QCoreApplication.translate("RefusedMessagesModel", "Order"),
            "destination": QCoreApplication.translate("RefusedMessagesModel", "Store"),
            "last_error": QCoreApplication.translate("RefusedMessagesModel", "The store said"),
        }
        return titles[self.COLUMNS[section]] if 0 <= section < len(self.COLUMNS) else None


class StoreSyncPanel(QGroupBox):
    """Last pull and refused messages, with Retry / Dismiss for the lead."""

    loaded = Signal()
    acted = Signal(str)  # what was done, in words

    def __init__(self, services: DashboardServices, actor: Actor | None,
                 parent: QWidget | None = None) -> None:
        self._actor = require_role(actor, Role.LEAD, "the store messages")
        super().__init__(parent)
        self.setObjectName("storeSync")
        self.setTitle(self.tr("Stores"))
        self._services = services
        self._runner = TaskRunner(self)
        self.pull_label = QLabel(self.tr("Last pull: never"))
        self.pull_label.setObjectName("lastPull")
        self.pull_label.setTextFormat(Qt.TextFormat.PlainText)  # order numbers come from the store
        self.pull_label.setWordWrap(True)
        self.credentials_label = QLabel()
        self.credentials_label.setObjectName("credentialsRefused")
        self.credentials_label.setTextFormat(Qt.TextFormat.PlainText)
        self.credentials_label.setWordWrap(True)
        self.credentials_label.setStyleSheet("color: #ffffff; background: #b3001b; padding: 4px;")
        self.credentials_label.hide()
        self.messages_model = RefusedMessagesModel(self)
        self.messages_view = QTableView()
        self.messages_view.setModel(self.messages_model)
        self.messages_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.messages_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.messages_view.verticalHeader().hide()
        self.messages_view.horizontalHeader().setStretchLastSection(True)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setToolTip(self.tr("Send the selected message to the store again"))
        self.dismiss_button = QPushButton(self.tr("Dis&miss"))
        self.dismiss_button.setToolTip(self.tr("Do not send the selected message (the store was told by hand)"))
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_label, 1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pull_label)
        layout.addWidget(self.credentials_label)
        layout.addWidget(self.messages_view, 1)
        layout.addLayout(buttons)
        self.retry_button.clicked.connect(self.on_retry_clicked)
        self.dismiss_button.clicked.connect(self.on_dismiss_clicked)
        self._update_buttons()
        self.messages_view.selectionModel().selectionChanged.connect(self._update_buttons)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    @Slot()
    def refresh(self) -> None:
        if self._runner.busy:
            return
        services, actor = self._services, self._actor
        self._runner.run(lambda: services.store_sync(actor), self._on_loaded, self._on_failed)

    def _on_loaded(self, state: StoreSync) -> None:
        pull = state.pull
        if pull is None:
            self.pull_label.setText(self.tr("Last pull: never"))
        else:
            parts = [self.tr("Last pull {time}: {summary}").format(
                time=pull.finished_at.replace("T", " "), summary=pull.line)]
            if pull.held:
                parts.append(self.tr("On hold after the pull: {numbers}").format(numbers=", ".join(pull.held)))
            self.pull_label.setText("\n".join(parts))
        if state.refused_credentials:
            self.credentials_label.setText("\n".join(
                self.tr("{store} refused the token, nothing is sent to it: Admin > Store connections "
                        "({words})").format(store=store, words=words)
                for store, words in sorted(state.refused_credentials.items())))
            self.credentials_label.show()
        else:
            self.credentials_label.hide()
        self.messages_model.set_entries(state.refused_messages)
        self.setTitle(self.tr("Stores: %n refused message(s)", "", len(state.refused_messages)))
        self._update_buttons()
        self.loaded.emit()

    def _on_failed(self, message: str) -> None:
        self.result_label.setText(self.tr("Not updated: {message}").format(message=message))

    def _selected(self) -> OutboxEntry | None:
        rows = self.messages_view.selectionModel().selectedRows()
        return self.messages_model.entry(rows[0].row()) if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.retry_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def select_row(self, row: int) -> None:
        self.messages_view.selectRow(row)

    @Slot()
    def on_retry_clicked(self) -> None:
        self._act(self._services.retry_message, self.tr("Order {number}: sent again at the next round"))

    @Slot()
    def on_dismiss_clicked(self) -> None:
        self._act(self._services.dismiss_message, self.tr("Order {number}: dismissed, not sent"))

    def _act(self, action: Callable[[Actor | None, int], bool], done_text: str) -> None:
        entry = self._selected()
        if entry is None:
            return
        actor = self._actor

        def done(changed: object) -> None:
            text = done_text.format(number=entry.number) if changed else self.tr(
                "Order {number}: already dealt with").format(number=entry.number)
            self.result_label.setText(text)
            self.acted.emit(text)
            self.refresh()

        self._runner.run(lambda: action(actor, entry.id), done, self._on_failed)
