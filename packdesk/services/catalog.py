"""Products for the admin: search, edit barcodes and variant attributes, CSV import.

Barcodes are stored under their lookup key (``barcode_key``: a GTIN as its GTIN-14, a
store's own code prefixed), so the admin may type a UPC, an EAN-13 or a GTIN-14 for the
same box and the scanner finds it. A barcode belongs to one product only.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session, selectinload

from packdesk.domain.barcodes import STORE_CODE_PREFIX, barcode_key
from packdesk.domain.errors import DomainError, InvalidBarcode
from packdesk.domain.model import Order, Product, Role, normalize_attributes
from packdesk.persistence.tables import ProductBarcodeRow, ProductRow

from .auth import Actor, require_role
from .bins import ImportMode, ImportResult, RowError
from .picking import bump_stock_version
from .uow import UnitOfWork

log = logging.getLogger(__name__)

PRODUCT_COLUMNS = ("sku", "name", "barcodes", "weight_g")


class CatalogError(DomainError):
    pass


@dataclass(frozen=True)
class ProductInfo:
    id: int
    sku: str
    name: str
    attributes: dict[str, str]
    barcodes: tuple[str, ...]
    weight_g: int
    hs_code: str = ""  # for customs declarations ("" = not set)
    origin_country: str = ""

    @property
    def shown_barcodes(self) -> list[str]:
        return [display_barcode(code) for code in self.barcodes]


def display_barcode(key: str) -> str:
    """A stored key as printed on the box: EAN-13 for GTINs that start with 0, else as is."""
    if key.startswith(STORE_CODE_PREFIX):
        return key[len(STORE_CODE_PREFIX):]
    return key[1:] if len(key) == 14 and key.startswith("0") else key


def parse_barcodes(text: str) -> list[str]:
    """Keys of the codes in ``text`` (separated by commas, spaces or |); raise on a bad one."""
    codes = [c for c in text.replace(",", " ").replace("|", " ").replace(";", " ").split() if c]
    keys: list[str] = []
    for code in codes:
        try:
            key = barcode_key(code)
        except InvalidBarcode as exc:
            raise CatalogError(str(exc)) from exc
        if key not in keys:
            keys.append(key)
    return keys


def parse_attributes(text: str) -> dict[str, str]:
    """``color=red, size=M`` -> ``{"color": "red", "size": "M"}``."""
    result: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise CatalogError(f"{part.strip()!r} is not name=value, e.g. color=red")
        name, value = part.split("=", 1)
        if not name.strip():
            raise CatalogError(f"{part.strip()!r} has no attribute name")
        result[name.strip()] = value.strip()
    return normalize_attributes(result)


def format_attributes(attributes: dict[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(attributes.items()))


def _info(row: ProductRow) -> ProductInfo:
    return ProductInfo(row.id, row.sku, row.name, dict(row.attributes or {}),
                       tuple(sorted(b.code for b in row.barcodes)), row.weight_g,
                       row.hs_code or "", row.origin_country or "")


def search_products(uow: UnitOfWork, text: str = "", limit: int = 500) -> list[ProductInfo]:
    """Products whose SKU, name or barcode matches ``text`` (all when empty), by SKU."""
    query = select(ProductRow).options(selectinload(ProductRow.barcodes)).order_by(ProductRow.sku)
    needle = text.strip()
    if needle:
        pattern = f"%{needle.lower()}%"
        try:
            key = barcode_key(needle)
        except InvalidBarcode:
            key = None
        by_code = select(ProductBarcodeRow.product_id).where(
            ProductBarcodeRow.code.in_([k for k in (key, needle) if k]))
        query = query.where(or_(func.lower(ProductRow.sku).like(pattern),
                                func.lower(ProductRow.name).like(pattern),
                                ProductRow.id.in_(by_code)))
    with uow:
        return [_info(row) for row in uow.session.scalars(query.limit(limit))]


def _check_barcodes_free(session: Session, keys: list[str], product_id: int | None) -> None:
    if not keys:
        return
    taken = session.execute(
        select(ProductBarcodeRow.code, ProductRow.sku)
        .join(ProductRow, ProductRow.id == ProductBarcodeRow.product_id)
        .where(ProductBarcodeRow.code.in_(keys), ProductBarcodeRow.product_id != (product_id or -1))
    ).first()
    if taken is not None:
        raise CatalogError(f"barcode {display_barcode(taken[0])} already belongs to {taken[1]}")


def save_product(
    uow: UnitOfWork,
    actor: Actor | None,
    *,
    product_id: int | None,
    sku: str,
    name: str,
    attributes: dict[str, str],
    barcodes: list[str],
    weight_g: int = 0,
    customs: tuple[str, str] | None = None,
) -> ProductInfo:
    """Create (``product_id`` None) or change a product; ``barcodes`` are raw codes;
    ``customs`` (HS code, origin country), when given, for parcels leaving the customs union."""
    require_role(actor, Role.ADMIN, "editing products")
    sku, name = sku.strip(), name.strip()
    if customs is not None:
        customs = checked_customs(*customs)
    if not sku:
        raise CatalogError("a product needs a SKU")
    if not name:
        raise CatalogError(f"product {sku} needs a name")
    if weight_g < 0:
        raise CatalogError("a weight cannot be negative")
    keys = [barcode_key(code) for code in barcodes] if barcodes else []
    with uow:
        session = uow.session
        same_sku = session.scalars(select(ProductRow).where(ProductRow.sku == sku)).one_or_none()
        if same_sku is not None and same_sku.id != product_id:
            raise CatalogError(f"SKU {sku} exists already")
        _check_barcodes_free(session, keys, product_id)
        if product_id is None:
            row = ProductRow(sku=sku, name=name, attributes={}, weight_g=0)
            session.add(row)
        else:
            found = session.get(ProductRow, product_id, options=[selectinload(ProductRow.barcodes)])
            if found is None:
                raise CatalogError("that product no longer exists; search again")
            row = found
        row.sku, row.name = sku, name
        row.attributes = normalize_attributes(attributes)
        row.weight_g = weight_g
        if customs is not None:
            row.hs_code, row.origin_country = customs
        current = {b.code: b for b in row.barcodes}
        row.barcodes = [current.get(k) or ProductBarcodeRow(code=k) for k in keys]
        session.flush()
        info = _info(row)
        bump_stock_version(uow.session)  # stations read products again
        uow.commit()
        return info


def checked_customs(hs_code: str, origin_country: str) -> tuple[str, str]:
    """An HS code (6 to 10 digits, dots allowed: 6109.10) and a two-letter origin, or ""."""
    from packdesk.domain.countries import is_known_country
    from packdesk.domain.say import say

    code, origin = hs_code.strip(), origin_country.strip().upper()
    digits = code.replace(".", "").replace(" ", "")
    if code and not (digits.isdigit() and 6 <= len(digits) <= 10):
        raise CatalogError(say("{code} is not an HS code: 6 to 10 digits, such as 6109.10",
                               code=code))
    if origin and not is_known_country(origin):
        raise CatalogError(say("{country} is not a two-letter country code (LV, NO, BR)",
                               country=origin))
    return code, origin


@dataclass(frozen=True)
class _ProductCsvRow:
    line: int
    sku: str
    name: str
    keys: list[str]
    weight_g: int
    attributes: dict[str, str]


def import_products_csv(
    uow: UnitOfWork, actor: Actor | None, text: str, mode: ImportMode = ImportMode.ALL_OR_NOTHING
) -> ImportResult:
    """Create or update products from CSV ``sku,name[,barcodes][,weight_g][,<attribute>...]``.

    Barcodes in one cell are separated by ``|`` or spaces; every other column is a
    variant attribute (``color``, ``size``...). Each bad row is reported by its line.
    """
    require_role(actor, Role.ADMIN, "importing products")
    result = ImportResult(mode=mode)
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in next(reader, [])]
    if "sku" not in header or "name" not in header:
        result.errors.append(RowError(1, "the first line must name the columns sku and name "
                                         "(and optionally barcodes, weight_g, color, size...)"))
        return result
    parsed: list[_ProductCsvRow] = []
    seen_skus: dict[str, int] = {}
    seen_codes: dict[str, int] = {}
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        cells = {h: (values[i].strip() if i < len(values) else "") for i, h in enumerate(header)}
        problems: list[str] = []
        sku, name = cells.get("sku", ""), cells.get("name", "")
        if not sku:
            problems.append("the SKU is empty")
        elif sku in seen_skus:
            problems.append(f"SKU {sku} is already on line {seen_skus[sku]}")
        if not name:
            problems.append("the name is empty")
        keys: list[str] = []
        try:
            keys = parse_barcodes(cells.get("barcodes", ""))
        except CatalogError as exc:
            problems.append(str(exc))
        for key in keys:
            if key in seen_codes:
                problems.append(f"barcode {display_barcode(key)} is already on line {seen_codes[key]}")
        weight_text = cells.get("weight_g", "") or "0"
        if not (weight_text.isascii() and weight_text.isdigit()) or len(weight_text) > 7:
            problems.append(f"weight_g {weight_text!r} is not a whole number of grams "
                            "(at most 9,999,999)")
        if problems:
            result.errors.append(RowError(line, "; ".join(problems)))
            continue
        seen_skus[sku] = line
        seen_codes.update({key: line for key in keys})
        attributes = {h: v for h, v in cells.items() if h not in PRODUCT_COLUMNS and v}
        parsed.append(_ProductCsvRow(line, sku, name, keys, int(weight_text),
                                     normalize_attributes(attributes)))
    result.rows_read = len(parsed) + len(result.errors)
    return _save_products(uow, parsed, result, mode, name_sku_in_errors=False)


def import_catalogue(
    uow: UnitOfWork,
    actor: Actor | None,
    products: Iterable[Product],
    mode: ImportMode = ImportMode.VALID_ROWS,
) -> ImportResult:
    """Create or update products from a store's catalogue (what a connector lists).

    Errors name the product by its position in the feed and its SKU. A product whose
    barcode already belongs to another SKU is refused, never moved silently.
    """
    require_role(actor, Role.ADMIN, "importing the store's catalogue")
    result = ImportResult(mode=mode)
    items: list[_ProductCsvRow] = []
    seen: dict[str, int] = {}
    for position, product in enumerate(products, 1):
        result.rows_read += 1
        problems: list[str] = []
        if product.sku in seen:
            problems.append(f"SKU {product.sku} is already item {seen[product.sku]}")
        if not product.name.strip():
            problems.append(f"{product.sku} has no name")
        if problems:
            result.errors.append(RowError(position, "; ".join(problems)))
            continue
        seen[product.sku] = position
        items.append(_ProductCsvRow(position, product.sku, product.name.strip(),
                                    list(product.barcodes), max(0, product.weight_g),
                                    normalize_attributes(product.attributes)))
    return _save_products(uow, items, result, mode, name_sku_in_errors=True)


def _save_products(
    uow: UnitOfWork,
    items: list[_ProductCsvRow],
    result: ImportResult,
    mode: ImportMode,
    *,
    name_sku_in_errors: bool,
) -> ImportResult:
    """Write checked products; a barcode that belongs to another SKU refuses its row.

    Shared by the CSV and the store-catalogue imports. In ALL_OR_NOTHING mode any error
    (from reading the rows or a clash found here) writes nothing.
    """
    with uow:
        session = uow.session
        existing = {
            row.sku: row for row in session.scalars(
                select(ProductRow).options(selectinload(ProductRow.barcodes)))
        }
        owner = {code: sku for code, sku in session.execute(
            select(ProductBarcodeRow.code, ProductRow.sku)
            .join(ProductRow, ProductRow.id == ProductBarcodeRow.product_id))}
        ready: list[_ProductCsvRow] = []
        for item in items:
            clash = [k for k in item.keys if owner.get(k, item.sku) != item.sku]
            if clash:
                prefix = f"{item.sku}: " if name_sku_in_errors else ""
                result.errors.append(RowError(
                    item.line, f"{prefix}barcode {display_barcode(clash[0])} already "
                               f"belongs to {owner[clash[0]]}"))
                continue
            owner.update({k: item.sku for k in item.keys})
            ready.append(item)
        result.errors.sort(key=lambda e: e.line)
        if result.errors and (mode is ImportMode.ALL_OR_NOTHING or not ready):
            return result
        for item in ready:
            row = existing.get(item.sku)
            if row is None:
                row = ProductRow(sku=item.sku, attributes={}, weight_g=0)
                session.add(row)
            row.name, row.attributes, row.weight_g = item.name, item.attributes, item.weight_g
            if item.keys:
                current = {b.code: b for b in row.barcodes}
                row.barcodes = [current.get(k) or ProductBarcodeRow(code=k) for k in item.keys]
            result.rows_imported += 1
        bump_stock_version(uow.session)  # stations read products again
        uow.commit()
    return result


@dataclass
class KnownProducts:
    """What a pull has read of the catalogue, outside its write transactions: SKU ->
    (product id, photo URL) and barcode key -> owning product id. Only committed rows
    are remembered (products are never deleted, so they stay true for the pull), and
    ``learn_products`` then asks the database only about the rest: after a pull's first
    pages, nothing."""

    products: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    owners: dict[str, int] = field(default_factory=dict)
    keys: dict[str, str | None] = field(default_factory=dict)  # barcode as sent -> its key
    refusals: dict[str, str] = field(default_factory=dict)  # not a barcode -> why, for the log

    def key_of(self, barcode: str) -> str | None:
        """The barcode's key (``barcode_key``), None for one that is not a barcode."""
        if barcode not in self.keys:
            try:
                self.keys[barcode] = barcode_key(barcode)
            except InvalidBarcode as exc:
                self.keys[barcode] = None
                self.refusals[barcode] = str(exc)
        return self.keys[barcode]

    def read(self, session: Session, orders: list[Order]) -> None:
        """Remember the products and barcode owners of ``orders``' lines not known yet
        (``session``: a read transaction, so every row found is committed)."""
        lines = [line for o in orders for line in o.lines]
        self.products.update(_products_of(
            session, sorted({ln.sku for ln in lines} - self.products.keys())))
        keys = {self.key_of(ln.barcode) for ln in lines if ln.barcode} - {None}
        self.owners.update(_owners_of(session, sorted(k for k in keys - self.owners.keys() if k)))


def _products_of(session: Session, skus: list[str]) -> dict[str, tuple[int, str | None]]:
    if not skus:
        return {}
    products = cast(Table, ProductRow.__table__)
    return {sku: (product_id, image_url) for sku, product_id, image_url in session.execute(
        select(products.c.sku, products.c.id, products.c.image_url).where(products.c.sku.in_(skus)))}


def _owners_of(session: Session, keys: list[str]) -> dict[str, int]:
    if not keys:
        return {}
    barcodes = cast(Table, ProductBarcodeRow.__table__)
    return {code: product_id for code, product_id in session.execute(
        select(barcodes.c.code, barcodes.c.product_id).where(barcodes.c.code.in_(keys)))}


def learn_products(session: Session, order: Order | list[Order],
                   known_products: KnownProducts | None = None) -> None:
    """New SKUs become products; a variant's barcode joins its product. A few Core
    statements for the order (or a run of a page's orders), not two per line and no ORM
    rows (a pull's write transactions stay short); none for what ``known_products`` holds."""
    memo = known_products or KnownProducts()
    lines = [(o, line) for o in (order if isinstance(order, list) else [order]) for line in o.lines]
    skus = {line.sku for _, line in lines}
    products = cast(Table, ProductRow.__table__)
    known = {sku: memo.products[sku] for sku in skus if sku in memo.products}
    known.update(_products_of(session, sorted(skus - known.keys())))
    new: dict[str, dict[str, object]] = {}
    photos: dict[str, str] = {}  # the variant's latest photo, by SKU
    for _, line in lines:
        if line.sku not in known and line.sku not in new:
            new[line.sku] = {"sku": line.sku, "name": (line.name or line.sku)[:200],
                             "attributes": dict(line.attributes)}
        if line.image_url:
            photos[line.sku] = line.image_url
    if new:
        for product_id, sku in session.execute(
                insert(products).returning(products.c.id, products.c.sku), list(new.values())):
            known[sku] = (product_id, None)
    changed = [{"product_id": known[sku][0], "photo": url} for sku, url in photos.items()
               if known[sku][1] != url]
    if changed:
        session.execute(update(products).where(products.c.id == bindparam("product_id"))
                        .values(image_url=bindparam("photo")), changed)
        for sku, url in photos.items():  # not asked again this pull (if this write is
            if sku in memo.products:      # lost, the next pull sets the photo)
                memo.products[sku] = (memo.products[sku][0], url)
    keys: dict[str, str] = {}
    for o, line in lines:
        if not line.barcode or line.barcode in keys:
            continue
        key = memo.key_of(line.barcode)
        if key is None:
            log.warning("order %s, %s: barcode %r ignored: %s", o.number, line.sku,
                        line.barcode, memo.refusals[line.barcode])
            continue
        keys[line.barcode] = key
    barcodes = cast(Table, ProductBarcodeRow.__table__)
    wanted = set(keys.values())
    owners = {key: memo.owners[key] for key in wanted if key in memo.owners}
    owners.update(_owners_of(session, sorted(wanted - owners.keys())))
    joining: list[dict[str, object]] = []
    for o, line in lines:
        key = keys.get(line.barcode)
        if key is None:
            continue
        product_id = known[line.sku][0]
        owner = owners.get(key)
        if owner is None:
            joining.append({"product_id": product_id, "code": key})
            owners[key] = product_id
        elif owner != product_id:
            log.warning("order %s: barcode %s of %s already belongs to another product; not moved",
                        o.number, line.barcode, line.sku)
    if joining:
        session.execute(insert(barcodes), joining)
