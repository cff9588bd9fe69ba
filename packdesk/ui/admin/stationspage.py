"""Stations: where each one prints, how its scanner is read; test print and test scan."""

from __future__ import annotations

from urllib.parse import urlparse

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from packdesk.domain.model import BinCode
from packdesk.domain.scancodes import classify
from packdesk.hardware.documents import bin_labels_pdf, bin_labels_zpl
from packdesk.hardware.printers import PrintJob, destination_from_url
from packdesk.services.admin import StationInfo
from packdesk.services.auth import Actor
from packdesk.services.screens import AdminServices

from ..words import said
from .common import button_row, form_box, records_view, selected_record, table_beside
from .models import AdminPage, RecordsModel

TEST_BIN = BinCode("T", 0, 0, "0")  # prints as T-00-0-0: obviously a test, scans as a bin


class StationsPage(AdminPage):
    def __init__(self, services: AdminServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.model: RecordsModel[StationInfo] = RecordsModel([
            (self.tr("Station"), lambda s: s.name),
            (self.tr("Label printer"), lambda s: s.printer_settings.get("label", "")),
            (self.tr("Slip printer"), lambda s: s.printer_settings.get("slip", "")),
            (self.tr("Scanner"), lambda s: self.tr("serial") if s.scanner_settings.get("kind") == "serial"
             else self.tr("keyboard")),
        ], self)
        self.view = records_view(self.model, self.on_selection_changed)

        self.name_edit = QLineEdit()
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText("tcp://192.0.2.10:9100, cups://Zebra, folder:///path")
        self.slip_edit = QLineEdit()
        self.slip_edit.setPlaceholderText("system://, cups://Office, folder:///path")
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("Label format: automatic"), "")
        self.format_box.addItem("ZPL", "zpl")
        self.format_box.addItem("PDF", "pdf")
        self.scanner_box = QComboBox()
        self.scanner_box.addItem(self.tr("Keyboard (USB HID)"), "keyboard")
        self.scanner_box.addItem(self.tr("Serial / USB-COM"), "serial")
        self.port_edit = QLineEdit()
        self.port_edit.setPlaceholderText("/dev/ttyACM0, COM3")
        self.baud_box = QComboBox()
        for baud in ("9600", "19200", "38400", "57600", "115200"):
            self.baud_box.addItem(baud, baud)
        self.gap_spin = QSpinBox()
        self.gap_spin.setRange(5, 500)
        self.gap_spin.setValue(30)
        self.gap_spin.setSuffix(self.tr(" ms"))
        self.gap_spin.setToolTip(self.tr("Longest pause between two characters of one scan; "
                                         "slower typing is a person at the keyboard"))
        self.picker_packs_box = QCheckBox(self.tr("The picker is the packer"))
        self.picker_packs_box.setObjectName("pickerIsPacker")
        self.picker_packs_box.setToolTip(self.tr(
            "A unit scanned at pick is not scanned again at packing; on by default where "
            "this is the only station"))
        self.save_button = QPushButton(self.tr("Save station"))
        self.test_print_button = QPushButton(self.tr("Test print"))
        self.test_scan_edit = QLineEdit()
        self.test_scan_edit.setPlaceholderText(self.tr("Test scan: click here and scan any code"))
        self.test_scan_result = QLabel()
        self.test_scan_result.setWordWrap(True)

        station_box, _form = form_box(self.tr("Station"), [
            (self.tr("Name:"), self.name_edit),
            (self.tr("Label printer:"), self.label_edit),
            (self.tr("Slip printer:"), self.slip_edit),
            ("", self.format_box),
            (self.tr("Scanner:"), self.scanner_box),
            (self.tr("Keystroke gap:"), self.gap_spin),
            (self.tr("Serial port:"), self.port_edit),
            (self.tr("Speed (baud):"), self.baud_box),
            ("", self.picker_packs_box),
            button_row(self.save_button, self.test_print_button),
            self.test_scan_edit,
            self.test_scan_result,
        ])
        table_beside(self, self.view, station_box)

        self.scanner_box.currentIndexChanged.connect(self._on_scanner_kind)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.test_print_button.clicked.connect(self.on_test_print_clicked)
        self.test_scan_edit.returnPressed.connect(self.on_test_scan)
        self._on_scanner_kind()
        self.reload()

    def reload(self) -> None:
        services, actor = self.services, self.actor
        self.run(lambda: services.list_stations(actor), self._on_loaded)

    def _on_loaded(self, stations: list[StationInfo]) -> None:
        self.model.set_records(stations)
        self.loaded.emit()

    @Slot()
    def _on_scanner_kind(self) -> None:
        serial = self.scanner_box.currentData() == "serial"
        self.port_edit.setEnabled(serial)
        self.baud_box.setEnabled(serial)
        self.gap_spin.setEnabled(not serial)

    def selected(self) -> StationInfo | None:
        return selected_record(self.view, self.model)

    @Slot()
    def on_selection_changed(self) -> None:
        station = self.selected()
        if station is None:
            return
        printers, scanner = station.printer_settings, station.scanner_settings
        self.name_edit.setText(station.name)
        self.label_edit.setText(printers.get("label", ""))
        self.slip_edit.setText(printers.get("slip", ""))
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(printers.get("label_format", ""))))
        self.scanner_box.setCurrentIndex(max(0, self.scanner_box.findData(scanner.get("kind", "keyboard"))))
        self.port_edit.setText(scanner.get("port", ""))
        gap = scanner.get("max_gap_ms", "30")
        self.gap_spin.setValue(int(gap) if gap.isdigit() else 30)
        self.baud_box.setCurrentIndex(max(0, self.baud_box.findData(scanner.get("baudrate", "9600"))))
        services, actor, name = self.services, self.actor, station.name
        self.run(lambda: services.station_flow(actor, name),
                 lambda flow: self.picker_packs_box.setChecked(flow.picker_is_packer))

    def _check_printer(self, url: str) -> str | None:
        if not url.strip():
            return None
        try:
            destination_from_url(url)
        except ValueError as exc:
            return str(exc)
        return None

    @Slot()
    def on_save_clicked(self) -> None:
        for url in (self.label_edit.text(), self.slip_edit.text()):
            problem = self._check_printer(url)
            if problem:
                self.show_error(problem)
                return
        printers = {"label": self.label_edit.text(), "slip": self.slip_edit.text(),
                    "label_format": str(self.format_box.currentData())}
        kind = str(self.scanner_box.currentData())
        scanner = {"kind": kind}
        if kind == "serial":
            if not self.port_edit.text().strip():
                self.show_error(self.tr("A serial scanner needs its port, e.g. /dev/ttyACM0"))
                return
            scanner |= {"port": self.port_edit.text(), "baudrate": str(self.baud_box.currentData())}
        else:
            scanner["max_gap_ms"] = str(self.gap_spin.value())
        services, actor, name = self.services, self.actor, self.name_edit.text()
        picker_packs = self.picker_packs_box.isChecked()

        def save() -> StationInfo:
            saved = services.save_station(actor, name, printers, scanner)
            services.save_picker_is_packer(actor, saved.name, picker_packs)
            return saved

        self.run(save,
                 lambda saved: self.then_reload(self.tr("{name} saved").format(name=saved.name)))

    @Slot()
    def on_test_print_clicked(self) -> None:
        url = self.label_edit.text().strip()
        if not url:
            self.show_error(self.tr("Enter the label printer first"))
            return
        problem = self._check_printer(url)
        if problem:
            self.show_error(problem)
            return
        wanted = self.format_box.currentData()
        as_pdf = wanted == "pdf" or (not wanted and urlparse(url).scheme in ("folder", "system"))

        def work() -> str:
            document = bin_labels_pdf([TEST_BIN]) if as_pdf else bin_labels_zpl([TEST_BIN])
            destination_from_url(url).send(
                PrintJob(document, "pdf" if as_pdf else "zpl", "packdesk test print", url))
            return url

        self.status_label.setText(self.tr("Printing a test label…"))
        self.run(work, lambda sent: self.show_message(
            self.tr("Test label sent to {printer}: it shows T-00-0-0 and its barcode").format(
                printer=sent)))

    @Slot()
    def on_test_scan(self) -> None:
        raw = self.test_scan_edit.text()
        self.test_scan_edit.clear()
        code = classify(raw)
        if code.is_unknown:
            text = self.tr("Read {raw} — not a code packdesk knows: {why}").format(
                raw=repr(raw), why=said(code.message))
        else:
            text = self.tr("Read a {kind} code: {key}").format(kind=code.kind, key=code.key)
            if code.symbology:
                text += f" ({code.symbology})"
        self.test_scan_result.setText(text)
