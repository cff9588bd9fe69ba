"""Products: search, edit barcodes and variant attributes, import a CSV catalogue."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from PySide6.QtCore import QStringListModel, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from packdesk.domain.errors import DomainError
from packdesk.services.admin import StoreConnection, list_store_connections
from packdesk.services.auth import Actor
from packdesk.services.bins import ImportMode, ImportResult
from packdesk.services.catalog import (
    ProductInfo,
    format_attributes,
    import_catalogue,
    import_products_csv,
    parse_attributes,
    parse_barcodes,
    save_product,
    search_products,
)
from packdesk.services.uow import UnitOfWork

from .models import AdminPage, RecordsModel

MAX_CATALOGUE = 100_000  # a bound on what one import reads from a store


def import_store_catalogue(
    engine: Engine, actor: Actor, store: StoreConnection, mode: ImportMode
) -> ImportResult:
    """Read the store's products through its connector (off the GUI thread) and import them."""
    from packdesk.sync.http import RetryPolicy
    from packdesk.sync.stores import connector_from_settings

    connector = connector_from_settings(store.settings(), policy=RetryPolicy(max_attempts=3))
    fetch = getattr(connector, "fetch_catalogue", None)
    if fetch is None:
        raise ValueError(f"the {store.kind} connector cannot list its catalogue yet; "
                         "export the products from the store as CSV and import that")
    products = list(islice(fetch(), MAX_CATALOGUE))
    return import_catalogue(UnitOfWork(engine, immediate=True), actor, products, mode)


class ProductsPage(AdminPage):
    def __init__(self, engine: Engine, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(engine, actor, parent)
        self.model: RecordsModel[ProductInfo] = RecordsModel([
            (self.tr("SKU"), lambda p: p.sku),
            (self.tr("Name"), lambda p: p.name),
            (self.tr("Variant"), lambda p: format_attributes(p.attributes)),
            (self.tr("Barcodes"), lambda p: ", ".join(p.shown_barcodes)),
        ], self)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search SKU, name or scan a barcode…"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        self.sku_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.attributes_edit = QLineEdit()
        self.attributes_edit.setPlaceholderText("color=red, size=M")
        self.barcodes_edit = QLineEdit()
        self.barcodes_edit.setPlaceholderText(self.tr("EAN/UPC/GTIN or store codes, comma-separated"))
        self.weight_spin = QSpinBox()
        self.weight_spin.setRange(0, 100_000)
        self.weight_spin.setSuffix(" g")
        self.save_button = QPushButton(self.tr("Save"))
        self.new_button = QPushButton(self.tr("Save as new product"))
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("If a row is wrong: import nothing"), ImportMode.ALL_OR_NOTHING.value)
        self.mode_box.addItem(self.tr("If a row is wrong: import the valid rows"), ImportMode.VALID_ROWS.value)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.store_box = QComboBox()
        self.store_import_button = QPushButton(self.tr("Import from the store's catalogue"))
        self.errors_model = QStringListModel(self)
        errors_view = QListView()
        errors_view.setModel(self.errors_model)
        errors_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        form_box = QGroupBox(self.tr("Product"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("SKU:"), self.sku_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Variant:"), self.attributes_edit)
        form.addRow(self.tr("Barcodes:"), self.barcodes_edit)
        form.addRow(self.tr("Weight:"), self.weight_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        form.addRow(buttons)
        import_box = QGroupBox(self.tr("Import"))
        import_layout = QVBoxLayout(import_box)
        import_layout.addWidget(self.mode_box)
        import_layout.addWidget(self.import_button)
        store_row = QHBoxLayout()
        store_row.addWidget(self.store_box, 1)
        store_row.addWidget(self.store_import_button)
        import_layout.addLayout(store_row)
        import_layout.addWidget(errors_view)
        side = QVBoxLayout()
        side.addWidget(form_box)
        side.addWidget(import_box, 1)
        left = QVBoxLayout()
        left.addWidget(self.search_edit)
        left.addWidget(self.view, 1)
        left.addWidget(self.status_label)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(side, 2)

        self.save_button.clicked.connect(lambda: self.save(as_new=False))
        self.new_button.clicked.connect(lambda: self.save(as_new=True))
        self.import_button.clicked.connect(self.on_import_clicked)
        self.store_import_button.clicked.connect(self.on_store_import_clicked)
        self.reload()

    def reload(self) -> None:
        engine, actor, text = self.engine, self.actor, self.search_edit.text()
        self.run(lambda: (search_products(UnitOfWork(engine), text),
                          list_store_connections(UnitOfWork(engine), actor)), self._on_loaded)

    def _on_loaded(self, loaded: tuple[list[ProductInfo], list[StoreConnection]]) -> None:
        products, stores = loaded
        self.model.set_records(products)
        current = self.store_box.currentText()
        self.store_box.clear()
        for store in stores:
            self.store_box.addItem(store.source, store)
        self.store_box.setCurrentIndex(max(0, self.store_box.findText(current)))
        self.store_import_button.setEnabled(bool(stores))
        self.loaded.emit()

    def selected(self) -> ProductInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_sku(self, sku: str) -> None:
        for row, product in enumerate(self.model.records()):
            if product.sku == sku:
                self.view.selectRow(row)

    @Slot()
    def on_selection_changed(self) -> None:
        product = self.selected()
        if product is None:
            return
        self.sku_edit.setText(product.sku)
        self.name_edit.setText(product.name)
        self.attributes_edit.setText(format_attributes(product.attributes))
        self.barcodes_edit.setText(", ".join(product.shown_barcodes))
        self.weight_spin.setValue(product.weight_g)

    def save(self, *, as_new: bool) -> None:
        product = None if as_new else self.selected()
        if not as_new and product is None:
            self.show_error(self.tr("Select a product first, or save as a new one"))
            return
        try:  # typed text is checked here, at once; the database is asked off the GUI thread
            attributes = parse_attributes(self.attributes_edit.text())
            parse_barcodes(self.barcodes_edit.text())
        except DomainError as exc:
            self.show_error(str(exc))
            return
        codes = self.barcodes_edit.text().replace(",", " ").split()
        engine, actor = self.engine, self.actor
        sku, name, weight = self.sku_edit.text(), self.name_edit.text(), self.weight_spin.value()
        product_id = product.id if product else None
        self.run(
            lambda: save_product(UnitOfWork(engine), actor, product_id=product_id, sku=sku,
                                 name=name, attributes=attributes, barcodes=codes, weight_g=weight),
            lambda saved: self.then_reload(self.tr("%1 saved").replace("%1", saved.sku)),
        )

    @Slot()
    def on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import products"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(Path(path), ImportMode(self.mode_box.currentData()))

    def import_file(self, path: Path, mode: ImportMode) -> None:
        engine, actor = self.engine, self.actor

        def work() -> ImportResult:
            text = path.read_text(encoding="utf-8-sig")
            return import_products_csv(UnitOfWork(engine, immediate=True), actor, text, mode)

        self.run(work, self._on_imported)

    @Slot()
    def on_store_import_clicked(self) -> None:
        store = self.store_box.currentData()
        if not isinstance(store, StoreConnection):
            self.show_error(self.tr("Set up a store connection first"))
            return
        engine, actor = self.engine, self.actor
        mode = ImportMode(self.mode_box.currentData())
        self.status_label.setText(self.tr("Reading the catalogue of %1…").replace("%1", store.source))
        self.run(lambda: import_store_catalogue(engine, actor, store, mode), self._on_imported)

    def _on_imported(self, result: ImportResult) -> None:
        self.errors_model.setStringList(
            [self.tr("Line %1: %2").replace("%1", str(e.line)).replace("%2", e.message)
             for e in result.errors])
        (self.show_error if result.errors else self.show_message)(result.summary())
        self.reload()
