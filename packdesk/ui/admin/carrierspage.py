"""Carriers: which label each store shipping method gets (bought through EasyPost, the
carrier's pre-printed label scanned, or our own), each station's ship-from address, and the
number sequences of our own labels."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from packdesk.domain.model import Address
from packdesk.domain.shipping_methods import BOUGHT, LabelRoute
from packdesk.services.auth import Actor
from packdesk.services.carriersettings import (
    EVERY_STATION,
    CarrierSettings,
    MethodRoute,
    Sequence,
)
from packdesk.services.screens import AdminServices

from .common import button_row, form_box, records_view, selected_record, table_beside
from .models import AdminPage, RecordsModel

ADDRESS_FIELDS = ("name", "company", "line1", "line2", "city", "region", "postal_code",
                  "country", "phone")


class CarriersPage(AdminPage):
    def __init__(self, services: AdminServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.source_names = {
            "easypost": self.tr("Buy through EasyPost"),
            "dhl": self.tr("Buy from DHL Express"),
            "scan": self.tr("Scan the carrier's label"),
            "own": self.tr("Our own label"),
        }
        self.model: RecordsModel[MethodRoute] = RecordsModel([
            (self.tr("Store shipping method"), lambda m: m.method),
            (self.tr("Label"), lambda m: self.source_names.get(m.route.source, m.route.source)),
            (self.tr("Carrier"), lambda m: m.route.carrier),
            (self.tr("Service"), lambda m: m.route.service or (
                self.tr("cheapest by the ship-by date") if m.route.source in BOUGHT else "")),
        ], self)
        self.view = records_view(self.model, self.on_method_selected)
        self.sequence_model: RecordsModel[Sequence] = RecordsModel([
            (self.tr("Own-label carrier"), lambda s: s.carrier),
            (self.tr("Next number"), lambda s: s.example()),
        ], self)
        self.sequence_view = records_view(self.sequence_model, self.on_sequence_selected)
        self.sequence_view.setMaximumHeight(130)

        self.method_edit = QLineEdit()
        self.method_edit.setPlaceholderText(self.tr("as the store names it; * for every other"))
        self.source_box = QComboBox()
        for code, name in self.source_names.items():
            self.source_box.addItem(name, code)
        self.carrier_edit = QLineEdit()
        self.carrier_edit.setPlaceholderText(self.tr("USPS, UPS, posten, latvijas_pasts…"))
        self.service_edit = QLineEdit()
        self.service_edit.setPlaceholderText(self.tr("empty: the cheapest by the ship-by date"))
        self.save_method_button = QPushButton(self.tr("Save mapping"))
        self.remove_method_button = QPushButton(self.tr("Remove mapping"))

        self.station_box = QComboBox()
        self.address_edits = {name: QLineEdit() for name in ADDRESS_FIELDS}
        self.address_edits["country"].setMaxLength(2)
        self.address_edits["country"].setPlaceholderText("LV")
        self.save_address_button = QPushButton(self.tr("Save ship-from address"))

        self.sequence_carrier_edit = QLineEdit()
        self.prefix_edit = QLineEdit()
        self.next_spin = QSpinBox()
        self.next_spin.setRange(1, 2_000_000_000)
        self.width_spin = QSpinBox()
        self.width_spin.setRange(0, 20)
        self.save_sequence_button = QPushButton(self.tr("Save number sequence"))
        self._settings = CarrierSettings()

        method_form, _ = form_box(self.tr("Shipping method"), [
            (self.tr("Store method:"), self.method_edit),
            (self.tr("Label comes from:"), self.source_box),
            (self.tr("Carrier:"), self.carrier_edit),
            (self.tr("Service:"), self.service_edit),
            button_row(self.save_method_button, self.remove_method_button),
        ])
        edits = self.address_edits
        address_form, _ = form_box(self.tr("Ship-from address"), [
            (self.tr("Station:"), self.station_box),
            (self.tr("Name:"), edits["name"]),
            (self.tr("Company:"), edits["company"]),
            (self.tr("Street:"), edits["line1"]),
            (self.tr("Street, line 2:"), edits["line2"]),
            (self.tr("City:"), edits["city"]),
            (self.tr("Region:"), edits["region"]),
            (self.tr("Postal code:"), edits["postal_code"]),
            (self.tr("Country:"), edits["country"]),
            (self.tr("Phone:"), edits["phone"]),
            self.save_address_button,
        ])
        sequence_form, _ = form_box(self.tr("Own-label numbers"), [
            (self.tr("Carrier:"), self.sequence_carrier_edit),
            (self.tr("Prefix:"), self.prefix_edit),
            (self.tr("Next number:"), self.next_spin),
            (self.tr("Digits:"), self.width_spin),
            self.save_sequence_button,
        ])
        side = QVBoxLayout()
        for widget in (method_form, address_form, sequence_form):
            side.addWidget(widget)
        side.addStretch(1)
        table_beside(self, self.view, side, above=[])
        self.layout().itemAt(0).layout().insertWidget(1, self.sequence_view)  # type: ignore[union-attr]

        self.save_method_button.clicked.connect(self.on_save_method_clicked)
        self.remove_method_button.clicked.connect(self.on_remove_method_clicked)
        self.station_box.currentIndexChanged.connect(self.on_station_changed)
        self.save_address_button.clicked.connect(self.on_save_address_clicked)
        self.save_sequence_button.clicked.connect(self.on_save_sequence_clicked)
        self.reload()

    def reload(self) -> None:
        services, actor = self.services, self.actor
        self.run(lambda: services.carrier_settings(actor), self._on_loaded)

    def _on_loaded(self, settings: CarrierSettings) -> None:
        self._settings = settings
        self.model.set_records(settings.methods)
        self.sequence_model.set_records(settings.sequences)
        current = self.station_box.currentData()
        self.station_box.blockSignals(True)
        self.station_box.clear()
        self.station_box.addItem(self.tr("Every station without its own"), EVERY_STATION)
        for station in sorted(set(settings.stations) | set(settings.ship_from) - {EVERY_STATION}):
            self.station_box.addItem(station, station)
        self.station_box.setCurrentIndex(max(0, self.station_box.findData(current)))
        self.station_box.blockSignals(False)
        self.on_station_changed()
        self.loaded.emit()

    @Slot()
    def on_method_selected(self) -> None:
        mapped = selected_record(self.view, self.model)
        if mapped is None:
            return
        self.method_edit.setText(mapped.method)
        self.source_box.setCurrentIndex(max(0, self.source_box.findData(mapped.route.source)))
        self.carrier_edit.setText(mapped.route.carrier)
        self.service_edit.setText(mapped.route.service)

    @Slot()
    def on_sequence_selected(self) -> None:
        sequence = selected_record(self.sequence_view, self.sequence_model)
        if sequence is None:
            return
        self.sequence_carrier_edit.setText(sequence.carrier)
        self.prefix_edit.setText(sequence.prefix)
        self.next_spin.setValue(sequence.next_number)
        self.width_spin.setValue(sequence.width)

    @Slot()
    def on_station_changed(self) -> None:
        address = self._settings.ship_from.get(str(self.station_box.currentData() or EVERY_STATION))
        for name, edit in self.address_edits.items():
            edit.setText(str(getattr(address, name)) if address is not None else "")

    @Slot()
    def on_save_method_clicked(self) -> None:
        method = self.method_edit.text().strip()
        route = LabelRoute(str(self.source_box.currentData()), self.carrier_edit.text().strip(),
                           self.service_edit.text().strip())
        services, actor = self.services, self.actor
        self.run(lambda: services.save_shipping_method(actor, method, route),
                 lambda _: self.then_reload(self.tr("Shipping method {method} mapped").format(
                     method=method)))

    @Slot()
    def on_remove_method_clicked(self) -> None:
        method = self.method_edit.text().strip()
        services, actor = self.services, self.actor
        self.run(lambda: services.remove_shipping_method(actor, method),
                 lambda _: self.then_reload(self.tr("Shipping method {method} removed").format(
                     method=method)))

    @Slot()
    def on_save_address_clicked(self) -> None:
        station = str(self.station_box.currentData() or EVERY_STATION)
        address = Address(**{name: edit.text() for name, edit in self.address_edits.items()})
        services, actor = self.services, self.actor
        self.run(lambda: services.save_ship_from(actor, station, address),
                 lambda _: self.then_reload(self.tr("Ship-from address of {station} saved").format(
                     station=self.station_box.currentText())))

    @Slot()
    def on_save_sequence_clicked(self) -> None:
        sequence = Sequence(self.sequence_carrier_edit.text().strip(), self.prefix_edit.text().strip(),
                            self.next_spin.value(), self.width_spin.value())
        services, actor = self.services, self.actor
        self.run(lambda: services.save_label_sequence(actor, sequence),
                 lambda saved: self.then_reload(self.tr("{carrier}: next own label {example}").format(
                     carrier=saved.carrier, example=saved.example())))
