"""Products: search, edit barcodes and variant attributes, import a CSV catalogue."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from PySide6.QtCore import QStringListModel, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packdesk.domain.errors import DomainError
from packdesk.services.admin import StoreConnection
from packdesk.services.auth import Actor
from packdesk.services.bins import ImportMode, ImportResult
from packdesk.services.catalog import (
    ProductInfo,
    format_attributes,
    parse_attributes,
    parse_barcodes,
)
from packdesk.services.screens import AdminServices

from ..words import grams_suffix
from .common import (
    button_row,
    form_box,
    import_mode_box,
    records_view,
    select_records,
    selected_record,
    show_import_result,
    table_beside,
)
from .models import AdminPage, RecordsModel

MAX_CATALOGUE = 100_000  # a bound on what one import reads from a store


def import_store_catalogue(
    services: AdminServices, actor: Actor, store: StoreConnection, mode: ImportMode
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
    return services.import_catalogue(actor, products, mode)


class ProductsPage(AdminPage):
    def __init__(self, services: AdminServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
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
        self.view = records_view(self.model, self.on_selection_changed, fit_contents=True)

        self.sku_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.attributes_edit = QLineEdit()
        self.attributes_edit.setPlaceholderText("color=red, size=M")
        self.barcodes_edit = QLineEdit()
        self.barcodes_edit.setPlaceholderText(self.tr("EAN/UPC/GTIN or store codes, comma-separated"))
        self.weight_spin = QSpinBox()
        self.weight_spin.setRange(0, 100_000)
        self.weight_spin.setSuffix(grams_suffix())
        self.hs_code_edit = QLineEdit()
        self.hs_code_edit.setPlaceholderText(self.tr("for parcels leaving the customs union: 6109.10"))
        self.origin_edit = QLineEdit()
        self.origin_edit.setMaxLength(2)
        self.origin_edit.setPlaceholderText("PT")
        self.save_button = QPushButton(self.tr("Save"))
        self.new_button = QPushButton(self.tr("Save as new product"))
        self.mode_box = import_mode_box(self.tr("If a row is wrong: import nothing"),
                                        self.tr("If a row is wrong: import the valid rows"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.store_box = QComboBox()
        self.store_import_button = QPushButton(self.tr("Import from the store's catalogue"))
        self.errors_model = QStringListModel(self)
        errors_view = QListView()
        errors_view.setModel(self.errors_model)
        errors_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        product_box, _form = form_box(self.tr("Product"), [
            (self.tr("SKU:"), self.sku_edit),
            (self.tr("Name:"), self.name_edit),
            (self.tr("Variant:"), self.attributes_edit),
            (self.tr("Barcodes:"), self.barcodes_edit),
            (self.tr("Weight:"), self.weight_spin),
            (self.tr("HS code:"), self.hs_code_edit),
            (self.tr("Made in (country):"), self.origin_edit),
            button_row(self.save_button, self.new_button),
        ])
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
        side.addWidget(product_box)
        side.addWidget(import_box, 1)
        table_beside(self, self.view, side, above=[self.search_edit])

        self.save_button.clicked.connect(lambda: self.save(as_new=False))
        self.new_button.clicked.connect(lambda: self.save(as_new=True))
        self.import_button.clicked.connect(self.on_import_clicked)
        self.store_import_button.clicked.connect(self.on_store_import_clicked)
        self.reload()

    def reload(self) -> None:
        services, actor, text = self.services, self.actor, self.search_edit.text()
        self.run(lambda: (services.search_products(text),
                          services.list_store_connections(actor)), self._on_loaded)

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
        return selected_record(self.view, self.model)

    def select_sku(self, sku: str) -> None:
        select_records(self.view, self.model, lambda product: product.sku == sku)

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
        self.hs_code_edit.setText(product.hs_code)
        self.origin_edit.setText(product.origin_country)

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
        services, actor = self.services, self.actor
        sku, name, weight = self.sku_edit.text(), self.name_edit.text(), self.weight_spin.value()
        product_id = product.id if product else None
        customs = (self.hs_code_edit.text(), self.origin_edit.text())
        self.run(
            lambda: services.save_product(actor, product_id=product_id, sku=sku, name=name,
                                          attributes=attributes, barcodes=codes, weight_g=weight,
                                          customs=customs),
            lambda saved: self.then_reload(self.tr("{name} saved").format(name=saved.sku)),
        )

    @Slot()
    def on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import products"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(Path(path), ImportMode(self.mode_box.currentData()))

    def import_file(self, path: Path, mode: ImportMode) -> None:
        services, actor = self.services, self.actor

        def work() -> ImportResult:
            text = path.read_text(encoding="utf-8-sig")
            return services.import_products_csv(actor, text, mode)

        self.run(work, self._on_imported)

    @Slot()
    def on_store_import_clicked(self) -> None:
        store = self.store_box.currentData()
        if not isinstance(store, StoreConnection):
            self.show_error(self.tr("Set up a store connection first"))
            return
        services, actor = self.services, self.actor
        mode = ImportMode(self.mode_box.currentData())
        self.status_label.setText(self.tr("Reading the catalogue of {store}…").format(store=store.source))
        self.run(lambda: import_store_catalogue(services, actor, store, mode), self._on_imported)

    def _on_imported(self, result: ImportResult) -> None:
        show_import_result(self, self.errors_model, result, self.tr("Line {line}: {error}"))
