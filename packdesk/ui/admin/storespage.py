"""Store connections: URL and pull schedule in the database, credentials in the OS keyring.

For a Shopify store, the station's store location (chosen among the store's locations,
listed by asking the store), whether test orders are pulled, and whether local pickup
orders are packed or skipped (``services.storeoptions``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import islice
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packdesk.services.admin import StoreConnection
from packdesk.services.auth import Actor
from packdesk.services.screens import AdminServices
from packdesk.services.storeoptions import StoreOptions
from packdesk.sync.credentials import KEYRING_SERVICE
from packdesk.sync.http import SyncError

from .common import button_row, form_box, records_view, selected_record, table_beside
from .models import AdminPage, RecordsModel

# What each kind of store needs in the keyring (names as packdesk.sync.credentials reads them).
SECRET_NAMES = {
    "woocommerce": ("consumer_key", "consumer_secret"),
    "shopify": ("access_token",),
    "file": (),
}


def source_for(kind: str, address: str) -> str:
    """The store's source name, as its connector names it (and its keyring entries)."""
    if kind == "woocommerce":
        from packdesk.sync.woocommerce import woocommerce_source

        return woocommerce_source(address)
    if kind == "shopify":
        from packdesk.sync.shopify import shopify_source

        return shopify_source(address)
    from packdesk.sync.filedrop import FILE_SOURCE

    return str(FILE_SOURCE)


def store_secrets(source: str, secrets: dict[str, str]) -> None:
    """Put credentials in the OS keyring; never in the database, never in a log line."""
    import keyring
    from keyring.errors import KeyringError

    for name, value in secrets.items():
        try:
            keyring.set_password(KEYRING_SERVICE, f"{source}/{name}", value)
        except KeyringError as exc:
            raise ValueError(
                f"the system keyring refused to store {name} ({exc.__class__.__name__}); "
                "unlock it or set the environment variables instead") from None


def test_connection(connection: StoreConnection) -> str:
    """Ask the store for at most one recent order: proves URL, credentials and API."""
    from packdesk.sync.http import RetryPolicy
    from packdesk.sync.stores import connector_from_settings

    policy = RetryPolicy(max_attempts=2, max_total_seconds=15, read_timeout=10)
    connector: Any = connector_from_settings(connection.settings(), policy=policy)
    since = datetime.now(UTC).replace(tzinfo=None)
    list(islice(connector.fetch_orders(since=since), 1))
    return connection.address


def store_locations(connection: StoreConnection) -> list[tuple[str, str]]:
    """(id, name) of a Shopify store's locations, asked of the store."""
    from packdesk.sync.http import RetryPolicy
    from packdesk.sync.stores import connector_from_settings

    policy = RetryPolicy(max_attempts=2, max_total_seconds=15, read_timeout=10)
    connector: Any = connector_from_settings(connection.settings(), policy=policy)
    return list(connector.locations())


class StoresPage(AdminPage):
    def __init__(self, services: AdminServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.model: RecordsModel[StoreConnection] = RecordsModel([
            (self.tr("Store"), lambda c: c.source),
            (self.tr("Address"), lambda c: c.address),
            (self.tr("Pulled"), lambda c: self.tr("every {minutes} min").format(minutes=c.pull_minutes)
             if c.pull_minutes else self.tr("by hand")),
        ], self)
        self.view = records_view(self.model, self.on_selection_changed)

        self.kind_box = QComboBox()
        self.kind_box.addItem("WooCommerce", "woocommerce")
        self.kind_box.addItem("Shopify", "shopify")
        self.kind_box.addItem(self.tr("File drop (CSV/JSON)"), "file")
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText("https://shop.example.com")
        self.secret_edits: dict[str, QLineEdit] = {}
        labels = {"consumer_key": self.tr("Consumer key:"),
                  "consumer_secret": self.tr("Consumer secret:"),
                  "access_token": self.tr("Access token:")}
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 24 * 60)
        self.minutes_spin.setSpecialValueText(self.tr("by hand only"))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.save_button = QPushButton(self.tr("Save"))
        self.test_button = QPushButton(self.tr("Test connection"))
        for name in labels:
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(self.tr("kept in the system keyring; empty keeps it"))
            self.secret_edits[name] = edit
        connection_box, self._form = form_box(self.tr("Connection"), [
            (self.tr("Kind:"), self.kind_box),
            (self.tr("URL or folder:"), self.address_edit),
            *((label, self.secret_edits[name]) for name, label in labels.items()),
            (self.tr("Pull every:"), self.minutes_spin),
            button_row(self.save_button, self.test_button),
        ])
        self.location_box = QComboBox()
        self.location_box.setObjectName("storeLocation")
        self.location_box.addItem(self.tr("Every location"), "")
        self.locations_button = QPushButton(self.tr("List the store's locations"))
        self.test_orders_check = QCheckBox(self.tr("Pull test orders too"))
        self.pickup_box = QComboBox()
        self.pickup_box.addItem(self.tr("Packed here (slip, no shipping label)"), "pack")
        self.pickup_box.addItem(self.tr("Skipped"), "skip")
        self.options_button = QPushButton(self.tr("Save fulfilment options"))
        self.options_box, _options_form = form_box(self.tr("Shopify fulfilment"), [
            (self.tr("This station ships for:"), self.location_box),
            self.locations_button,
            self.test_orders_check,
            (self.tr("Local pickup orders:"), self.pickup_box),
            self.options_button,
        ])
        side = QVBoxLayout()
        side.addWidget(connection_box)
        side.addWidget(self.options_box)
        side.addStretch(1)
        table_beside(self, self.view, side)
        self.locations_button.clicked.connect(self.on_locations_clicked)
        self.options_button.clicked.connect(self.on_save_options_clicked)

        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.test_button.clicked.connect(self.on_test_clicked)
        self._on_kind_changed()
        self.reload()

    def reload(self) -> None:
        services, actor = self.services, self.actor
        self.run(lambda: services.list_store_connections(actor), self._on_loaded)

    def _on_loaded(self, connections: list[StoreConnection]) -> None:
        self.model.set_records(connections)
        self.loaded.emit()

    @Slot()
    def _on_kind_changed(self) -> None:
        needed = SECRET_NAMES[str(self.kind_box.currentData())]
        for name, edit in self.secret_edits.items():
            self._form.setRowVisible(edit, name in needed)
        if hasattr(self, "options_box"):
            self.options_box.setVisible(self.kind_box.currentData() == "shopify")

    @Slot()
    def on_selection_changed(self) -> None:
        connection = selected_record(self.view, self.model)
        if connection is None:
            return
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(connection.kind)))
        self.address_edit.setText(connection.address)
        self.minutes_spin.setValue(connection.pull_minutes)
        for edit in self.secret_edits.values():
            edit.clear()
        if connection.kind == "shopify":
            services = self.services
            self.run(lambda: services.store_options(connection.source), self.show_options)

    def show_options(self, options: StoreOptions) -> None:
        index = self.location_box.findData(options.location_id)
        if index < 0:
            self.location_box.addItem(options.location_name or options.location_id, options.location_id)
            index = self.location_box.count() - 1
        self.location_box.setCurrentIndex(index)
        self.test_orders_check.setChecked(options.test_orders)
        self.pickup_box.setCurrentIndex(max(0, self.pickup_box.findData(options.pickup)))

    def options(self) -> StoreOptions:
        location = str(self.location_box.currentData() or "")
        return StoreOptions(location, self.location_box.currentText() if location else "",
                            self.test_orders_check.isChecked(), str(self.pickup_box.currentData()))

    @Slot()
    def on_locations_clicked(self) -> None:
        connection = self.connection()
        self.status_label.setText(self.tr("Asking {address}…").format(address=connection.address))
        self.run(lambda: store_locations(connection), self.show_locations)

    def show_locations(self, locations: list[tuple[str, str]]) -> None:
        chosen = self.location_box.currentData()
        self.location_box.clear()
        self.location_box.addItem(self.tr("Every location"), "")
        for location_id, name in locations:
            self.location_box.addItem(name, location_id)
        self.location_box.setCurrentIndex(max(0, self.location_box.findData(chosen)))
        self.show_message(self.tr("%n location(s) at the store", "", len(locations)))

    @Slot()
    def on_save_options_clicked(self) -> None:
        connection, options = self.connection(), self.options()
        services, actor = self.services, self.actor

        def work() -> str:
            services.save_store_options(actor, connection.source, options)
            return connection.source

        self.run(work, lambda source: self.show_message(
            self.tr("{store}: fulfilment options saved").format(store=source)))

    def connection(self) -> StoreConnection:
        kind, address = str(self.kind_box.currentData()), self.address_edit.text().strip()
        return StoreConnection(source_for(kind, address), kind, address, self.minutes_spin.value())

    def _connection_or_say_why(self) -> StoreConnection | None:
        try:
            return self.connection()
        except SyncError as refused:  # an address too long to name the store whole, a bad port
            self.show_error(str(refused))
            return None

    @Slot()
    def on_save_clicked(self) -> None:
        connection = self._connection_or_say_why()
        if connection is None:
            return
        secrets = {name: edit.text() for name, edit in self.secret_edits.items()
                   if name in SECRET_NAMES[connection.kind] and edit.text()}
        services, actor = self.services, self.actor

        def work() -> str:
            services.save_store_connection(actor, connection)
            if secrets:
                store_secrets(connection.source, secrets)
            return connection.source

        def saved(source: str) -> None:
            for edit in self.secret_edits.values():
                edit.clear()
            self.show_message(self.tr("{name} saved").format(name=source))
            self.reload()

        self.run(work, saved)

    @Slot()
    def on_test_clicked(self) -> None:
        connection = self._connection_or_say_why()
        if connection is None:
            return
        self.status_label.setText(self.tr("Asking {address}…").format(address=connection.address))
        self.run(lambda: test_connection(connection), lambda address: self.show_message(
            self.tr("{address} answered: the connection works").format(address=address)))
