"""Boxes and the scale: box presets, the weight tolerance, learned weights, each station's
scale (port, protocol, baud rate) with a test read."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packdesk.domain.boxes import BoxPreset, Dimensions, WeightTolerance
from packdesk.hardware.scale import ScaleReading, ScaleSettings, read_stable
from packdesk.services.auth import Actor
from packdesk.services.boxes import LearnedWeight
from packdesk.services.screens import AdminServices

from .common import button_row, form_box, records_view, selected_record, table_beside
from .models import AdminPage, RecordsModel


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


class BoxesPage(AdminPage):
    def __init__(self, services: AdminServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.model: RecordsModel[BoxPreset] = RecordsModel([
            (self.tr("Box"), lambda b: b.code),
            (self.tr("Inner size (mm)"), lambda b: f"{b.inner.length} × {b.inner.width} × {b.inner.height}"),
            (self.tr("Tare (g)"), lambda b: b.tare_g),
            (self.tr("Barcode"), lambda b: b.barcode),
            (self.tr("Stock"), lambda b: "" if b.stock is None else b.stock),
        ], self)
        self.view = records_view(self.model, self.on_selection_changed)
        self.learned_model: RecordsModel[LearnedWeight] = RecordsModel([
            (self.tr("Learned weight: SKU"), lambda w: w.sku),
            (self.tr("Product"), lambda w: w.name),
            (self.tr("Grams"), lambda w: w.learned_g),
        ], self)
        self.learned_view = records_view(self.learned_model, lambda: None)
        self.learned_view.setMaximumHeight(140)

        self.code_edit = QLineEdit()
        self.length_spin = _spin(1, 3000, " mm")
        self.width_spin = _spin(1, 3000, " mm")
        self.height_spin = _spin(1, 3000, " mm")
        self.tare_spin = _spin(0, 20000, " g")
        self.barcode_edit = QLineEdit()
        self.barcode_edit.setPlaceholderText("BOX:M")
        self.stock_spin = _spin(-1, 1_000_000, "")
        self.stock_spin.setSpecialValueText(self.tr("not counted"))
        self.stock_spin.setValue(-1)
        self.save_button = QPushButton(self.tr("Save box"))
        self.remove_button = QPushButton(self.tr("Remove box"))
        self.percent_spin = QDoubleSpinBox()
        self.percent_spin.setRange(0, 50)
        self.percent_spin.setSuffix(" %")
        self.min_spin = _spin(0, 5000, " g")
        self.dunnage_spin = _spin(0, 5000, " g")
        self.tolerance_button = QPushButton(self.tr("Save tolerance"))
        self.confirm_button = QPushButton(self.tr("Accept learned weight"))
        self.reject_button = QPushButton(self.tr("Reject"))

        self.station_box = QComboBox()
        self.port_edit = QLineEdit()
        self.port_edit.setPlaceholderText(self.tr("/dev/ttyUSB0, COM4 (empty: no scale)"))
        self.protocol_box = QComboBox()
        self.protocol_box.addItem("MT-SICS", "mt-sics")
        self.protocol_box.addItem(self.tr("Continuous output"), "continuous")
        self.baud_box = QComboBox()
        for baud in ("2400", "4800", "9600", "19200", "38400"):
            self.baud_box.addItem(baud, baud)
        self.baud_box.setCurrentIndex(2)
        self.scale_save_button = QPushButton(self.tr("Save scale"))
        self.test_read_button = QPushButton(self.tr("Test read"))
        self.test_read_result = QLabel()
        self.test_read_result.setWordWrap(True)
        self._scales: dict[str, dict[str, str]] = {}

        box_form, _ = form_box(self.tr("Box preset"), [
            (self.tr("Code:"), self.code_edit),
            (self.tr("Inner length:"), self.length_spin),
            (self.tr("Inner width:"), self.width_spin),
            (self.tr("Inner height:"), self.height_spin),
            (self.tr("Tare:"), self.tare_spin),
            (self.tr("Barcode:"), self.barcode_edit),
            (self.tr("Stock:"), self.stock_spin),
            button_row(self.save_button, self.remove_button),
        ])
        weight_form, _ = form_box(self.tr("Weight check"), [
            (self.tr("Tolerance:"), self.percent_spin),
            (self.tr("At least:"), self.min_spin),
            (self.tr("Dunnage allowance:"), self.dunnage_spin),
            self.tolerance_button,
            button_row(self.confirm_button, self.reject_button),
        ])
        scale_form, _ = form_box(self.tr("Scale"), [
            (self.tr("Station:"), self.station_box),
            (self.tr("Port:"), self.port_edit),
            (self.tr("Protocol:"), self.protocol_box),
            (self.tr("Speed (baud):"), self.baud_box),
            button_row(self.scale_save_button, self.test_read_button),
            self.test_read_result,
        ])
        side = QVBoxLayout()
        for widget in (box_form, weight_form, scale_form):
            side.addWidget(widget)
        side.addStretch(1)
        table_beside(self, self.view, side, above=[])
        self.layout().itemAt(0).layout().insertWidget(1, self.learned_view)  # type: ignore[union-attr]

        self.save_button.clicked.connect(self.on_save_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.tolerance_button.clicked.connect(self.on_tolerance_clicked)
        self.confirm_button.clicked.connect(lambda: self.on_learned_clicked(True))
        self.reject_button.clicked.connect(lambda: self.on_learned_clicked(False))
        self.station_box.currentIndexChanged.connect(self.on_station_changed)
        self.scale_save_button.clicked.connect(self.on_scale_save_clicked)
        self.test_read_button.clicked.connect(self.on_test_read_clicked)
        self.reload()

    def reload(self) -> None:
        services, actor = self.services, self.actor
        self.run(lambda: (services.list_boxes(), services.weight_tolerance(),
                          services.learned_weights(), services.all_scale_settings(actor)),
                 self._on_loaded)

    def _on_loaded(self, loaded: tuple[list[BoxPreset], WeightTolerance, list[LearnedWeight],
                                       dict[str, dict[str, str]]]) -> None:
        presets, tolerance, learned, scales = loaded
        self.model.set_records(presets)
        self.learned_model.set_records(learned)
        self.percent_spin.setValue(tolerance.percent)
        self.min_spin.setValue(int(tolerance.min_g))
        self.dunnage_spin.setValue(tolerance.dunnage_g)
        current = self.station_box.currentText()
        self._scales = scales
        self.station_box.blockSignals(True)
        self.station_box.clear()
        self.station_box.addItems(list(scales))
        self.station_box.setCurrentIndex(max(0, self.station_box.findText(current)))
        self.station_box.blockSignals(False)
        self.on_station_changed()
        self.loaded.emit()

    @Slot()
    def on_selection_changed(self) -> None:
        box = selected_record(self.view, self.model)
        if box is None:
            return
        self.code_edit.setText(box.code)
        self.length_spin.setValue(box.inner.length)
        self.width_spin.setValue(box.inner.width)
        self.height_spin.setValue(box.inner.height)
        self.tare_spin.setValue(box.tare_g)
        self.barcode_edit.setText(box.barcode)
        self.stock_spin.setValue(-1 if box.stock is None else box.stock)

    @Slot()
    def on_save_clicked(self) -> None:
        stock = self.stock_spin.value()
        preset = BoxPreset(self.code_edit.text().strip(),
                           Dimensions(self.length_spin.value(), self.width_spin.value(),
                                      self.height_spin.value()),
                           self.tare_spin.value(), self.barcode_edit.text().strip(),
                           None if stock < 0 else stock)
        services, actor = self.services, self.actor
        self.run(lambda: services.save_box(actor, preset),
                 lambda saved: self.then_reload(self.tr("Box %1 saved").replace("%1", saved.code)))

    @Slot()
    def on_remove_clicked(self) -> None:
        code = self.code_edit.text().strip()
        services, actor = self.services, self.actor
        self.run(lambda: services.delete_box(actor, code),
                 lambda _: self.then_reload(self.tr("Box %1 removed").replace("%1", code)))

    @Slot()
    def on_tolerance_clicked(self) -> None:
        tolerance = WeightTolerance(self.percent_spin.value(), float(self.min_spin.value()),
                                    self.dunnage_spin.value())
        services, actor = self.services, self.actor
        self.run(lambda: services.set_weight_tolerance(actor, tolerance),
                 lambda _: self.then_reload(self.tr("Weight tolerance saved")))

    def on_learned_clicked(self, accept: bool) -> None:
        learned = selected_record(self.learned_view, self.learned_model)
        if learned is None:
            self.show_error(self.tr("Select a learned weight first"))
            return
        services, actor = self.services, self.actor
        self.run(lambda: services.confirm_learned_weight(actor, learned.sku, accept=accept),
                 lambda _: self.then_reload(self.tr("%1: learned weight done").replace(
                     "%1", learned.sku)))

    @Slot()
    def on_station_changed(self) -> None:
        settings = self._scales.get(self.station_box.currentText(), {})
        self.port_edit.setText(settings.get("port", ""))
        self.protocol_box.setCurrentIndex(max(0, self.protocol_box.findData(
            settings.get("protocol", "mt-sics"))))
        self.baud_box.setCurrentIndex(max(0, self.baud_box.findData(settings.get("baudrate", "9600"))))

    def _scale_settings(self) -> dict[str, str]:
        return {"port": self.port_edit.text().strip(),
                "protocol": str(self.protocol_box.currentData()),
                "baudrate": str(self.baud_box.currentData())}

    @Slot()
    def on_scale_save_clicked(self) -> None:
        station = self.station_box.currentText()
        if not station:
            self.show_error(self.tr("Add a station first (Stations page)"))
            return
        settings = self._scale_settings()
        services, actor = self.services, self.actor
        self.run(lambda: services.save_scale_settings(actor, station, settings),
                 lambda _: self.then_reload(self.tr("Scale of %1 saved").replace("%1", station)))

    @Slot()
    def on_test_read_clicked(self) -> None:
        try:
            settings = ScaleSettings.from_mapping(self._scale_settings())
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.test_read_result.setText(self.tr("Reading the scale…"))

        def shown(reading: ScaleReading) -> None:
            text = (self.tr("%1 g, steady") if reading.stable
                    else self.tr("%1 g, still moving")).replace("%1", f"{reading.grams:g}")
            self.test_read_result.setText(text)

        self.runner.run(lambda: read_stable(settings, 5.0), shown, self.test_read_result.setText)
