"""Bins: the layout table, stock assignment, CSV import/export and bin labels."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from PySide6.QtCore import QStringListModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packdesk.domain.model import BinCode
from packdesk.hardware.documents import bin_labels_pdf, bin_labels_zpl
from packdesk.hardware.printers import PrintJob, destination_from_url
from packdesk.services.auth import Actor
from packdesk.services.bins import BinInfo, ImportMode, ImportResult
from packdesk.services.screens import AdminServices

from .common import import_mode_box, show_import_result
from .models import AdminPage, BinsModel, FilterProxy

PDF_FILE = "pdf-file"


class BinsPage(AdminPage):
    def __init__(self, services: AdminServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.model = BinsModel([
            (self.tr("Bin"), lambda b: b.code),
            (self.tr("Zone"), lambda b: b.zone),
            (self.tr("Status"), lambda b: self.tr("active") if b.active else self.tr("retired")),
            (self.tr("Units"), lambda b: b.units),
            (self.tr("Products"), lambda b: ", ".join(f"{sku} × {qty}" for sku, qty in b.stock)),
        ], self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter bins, zones or SKUs…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        # Walking order (as the service lists them) until the admin clicks a column.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.rename_requested.connect(self.on_rename_requested)
        self.model.invalid_code.connect(self.show_error)

        self.add_button = QPushButton(self.tr("Add bin…"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.mode_box = import_mode_box(self.tr("If a row is wrong: import nothing"),
                                        self.tr("If a row is wrong: import the valid rows"))
        self.labels_to = QComboBox()
        self.labels_to.addItem(self.tr("Labels as PDF file…"), PDF_FILE)
        self.print_button = QPushButton(self.tr("Print labels of selected bins"))

        self.stock_sku = QLineEdit()
        self.stock_sku.setPlaceholderText(self.tr("SKU"))
        self.stock_qty = QSpinBox()
        self.stock_qty.setRange(0, 1_000_000)
        self.stock_button = QPushButton(self.tr("Set quantity in selected bin"))
        stock_box = QGroupBox(self.tr("Products in the bin"))
        stock_form = QFormLayout(stock_box)
        stock_form.addRow(self.tr("SKU:"), self.stock_sku)
        stock_form.addRow(self.tr("Quantity (0 removes):"), self.stock_qty)
        stock_form.addRow(self.stock_button)

        self.errors_model = QStringListModel(self)
        self.errors_view = QListView()
        self.errors_view.setModel(self.errors_model)
        self.errors_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_view.setWordWrap(True)
        self.errors_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        errors_box = QGroupBox(self.tr("Import report"))
        errors_layout = QVBoxLayout(errors_box)
        errors_layout.addWidget(self.errors_view)

        buttons = QHBoxLayout()
        top_row: list[QWidget] = [self.filter_edit, self.add_button, self.retire_button,
                                  self.reactivate_button]
        for widget in top_row:
            buttons.addWidget(widget)
        file_row = QHBoxLayout()
        file_widgets: list[QWidget] = [self.mode_box, self.import_button, self.export_button]
        for widget in file_widgets:
            file_row.addWidget(widget)
        file_row.addStretch(1)
        file_row.addWidget(self.labels_to)
        file_row.addWidget(self.print_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(stock_box)
        side_layout.addWidget(errors_box, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.view)
        body.addWidget(side)
        body.setSizes([700, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(file_row)
        layout.addWidget(body, 1)
        layout.addWidget(self.status_label)

        self.add_button.clicked.connect(self.on_add_clicked)
        self.retire_button.clicked.connect(lambda: self.set_selected_active(False))
        self.reactivate_button.clicked.connect(lambda: self.set_selected_active(True))
        self.import_button.clicked.connect(self.on_import_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.stock_button.clicked.connect(self.on_stock_clicked)
        self.reload()

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        services, actor = self.services, self.actor

        def load() -> tuple[list[BinInfo], list[tuple[str, str]]]:
            destinations = [
                (s.name, s.printer_settings.get("label") or s.printer_settings.get("label_url", ""))
                for s in services.list_stations(actor)
            ]
            return services.list_bins(), [d for d in destinations if d[1]]

        self.run(load, self._on_loaded)

    def _on_loaded(self, loaded: tuple[list[BinInfo], list[tuple[str, str]]]) -> None:
        bins, destinations = loaded
        self.model.set_records(bins)
        current = self.labels_to.currentData()
        while self.labels_to.count() > 1:
            self.labels_to.removeItem(1)
        for station, url in destinations:
            self.labels_to.addItem(self.tr("Labels to {station} ({address})").format(
                                       station=station, address=url), url)
        index = self.labels_to.findData(current)
        self.labels_to.setCurrentIndex(max(0, index))
        self.loaded.emit()

    def selected_bins(self) -> list[BinInfo]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.record(r) for r in sorted(rows)]

    def select_codes(self, codes: list[str]) -> None:
        """Select the bins with these codes (what a click with Ctrl does)."""
        self.view.clearSelection()
        flags = (self.view.selectionModel().SelectionFlag.Select
                 | self.view.selectionModel().SelectionFlag.Rows)
        for row, record in enumerate(self.model.records()):
            if record.code in codes:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.view.selectionModel().select(index, flags)

    # --- edits ---------------------------------------------------------------------------

    @Slot()
    def on_add_clicked(self) -> None:
        code, ok = QInputDialog.getText(self, self.tr("Add bin"),
                                        self.tr("Bin code (zone-aisle-shelf-position, e.g. A-03-2-B):"))
        if ok and code.strip():
            self.add(code)

    def add(self, code: str) -> None:
        services, actor = self.services, self.actor
        self.run(lambda: services.add_bin(actor, code),
                 lambda made: self.then_reload(self.tr("Bin {code} added").format(code=made.code)))

    @Slot(int, str)
    def on_rename_requested(self, bin_id: int, code: str) -> None:
        services, actor = self.services, self.actor
        self.run(lambda: services.recode_bin(actor, bin_id, code),
                 lambda moved: self.then_reload(
                     self.tr("Bin is now {code}: print its new label").format(code=moved.code)))

    def set_selected_active(self, active: bool) -> None:
        chosen = self.selected_bins()
        if not chosen:
            self.show_error(self.tr("Select one or more bins first"))
            return
        services, actor = self.services, self.actor

        def change() -> int:
            return len(services.set_bins_active(actor, [b.id for b in chosen], active))

        text = self.tr("%n bin(s) reactivated", "", len(chosen)) if active else self.tr(
            "%n bin(s) retired", "", len(chosen))
        self.run(change, lambda _count: self.then_reload(text))

    @Slot()
    def on_stock_clicked(self) -> None:
        chosen = self.selected_bins()
        if len(chosen) != 1:
            self.show_error(self.tr("Select exactly one bin to set its stock"))
            return
        code, sku, quantity = chosen[0].code, self.stock_sku.text().strip(), self.stock_qty.value()
        services, actor = self.services, self.actor
        self.run(lambda: services.set_bin_stock(actor, code, sku, quantity),
                 lambda _none: self.then_reload(
                     self.tr("{bin} now holds {quantity} of {sku}").format(
                         bin=code, quantity=quantity, sku=sku)))

    # --- CSV -----------------------------------------------------------------------------

    @Slot()
    def on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import bins"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(Path(path), ImportMode(self.mode_box.currentData()))

    def import_file(self, path: Path, mode: ImportMode) -> None:
        services, actor = self.services, self.actor

        def work() -> ImportResult:
            try:
                text = path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError as exc:
                raise ValueError(f"{path.name} is not UTF-8 text; save it as CSV UTF-8") from exc
            return services.import_bins_csv(actor, text, mode)

        self.errors_model.setStringList([])
        self.run(work, self._on_imported)

    def _on_imported(self, result: ImportResult) -> None:
        show_import_result(self, self.errors_model, result, self.tr("Line {line}: {error}"))

    def import_report(self) -> list[str]:
        return list(self.errors_model.stringList())

    @Slot()
    def on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export bins"), "bins.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        services = self.services

        def work() -> str:
            path.write_text(services.export_bins_csv(), encoding="utf-8")
            return str(path)

        self.run(work, lambda written: self.show_message(
            self.tr("Bins exported to {file}").format(file=written)))

    # --- labels ----------------------------------------------------------------------------

    @Slot()
    def on_print_clicked(self) -> None:
        chosen = self.selected_bins()
        if not chosen:
            self.show_error(self.tr("Select the bins whose labels you want"))
            return
        target = self.labels_to.currentData()
        if target == PDF_FILE:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save bin labels"),
                                                  "bin-labels.pdf", self.tr("PDF files (*.pdf)"))
            if path:
                self.save_labels_pdf([b.code for b in chosen], Path(path))
        else:
            self.print_labels([b.code for b in chosen], str(target))

    def save_labels_pdf(self, codes: list[str], path: Path) -> None:
        def work() -> str:
            path.write_bytes(bin_labels_pdf([BinCode.parse(c) for c in codes]))
            return str(path)

        self.run(work, lambda written: self.show_message(
            self.tr("%n label(s) saved to {file}", "", len(codes)).format(file=written)))

    def print_labels(self, codes: list[str], url: str) -> None:
        def work() -> str:
            printer = destination_from_url(url)
            as_pdf = urlparse(url).scheme in ("folder", "system")
            bins = [BinCode.parse(c) for c in codes]
            document = bin_labels_pdf(bins) if as_pdf else bin_labels_zpl(bins)
            printer.send(PrintJob(document, "pdf" if as_pdf else "zpl", "Bin labels", url))
            return url

        self.run(work, lambda sent: self.show_message(
            self.tr("%n label(s) sent to {printer}", "", len(codes)).format(printer=sent)))
