"""Bins and what they hold: the admin's edits, and CSV import/export.

Every change takes the acting person and refuses anyone but an admin, whatever screen
or command asked. A CSV import checks every row first and reports each bad one by its
line number; the admin chooses whether one bad row stops the whole file (``all``) or
only itself (``valid``). Either way a row is imported whole or not at all.
"""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packdesk.domain.csvcells import safe_cell, unquote_cell
from packdesk.domain.errors import DomainError, InvalidBinCode
from packdesk.domain.model import Bin, BinCode, Role
from packdesk.persistence.tables import BinRow, BinStockRow, ProductRow

from .auth import Actor, require_role
from .picking import bump_stock_version
from .uow import UnitOfWork

CSV_COLUMNS = ["bin", "sku", "quantity", "active"]
TRUE_WORDS = {"", "1", "yes", "y", "true", "active", "ja", "oui", "sim", "да", "jā"}
FALSE_WORDS = {"0", "no", "n", "false", "retired", "nei", "non", "não", "нет", "nē"}


class BinError(DomainError):
    pass


class ImportMode(enum.StrEnum):
    ALL_OR_NOTHING = "all"
    VALID_ROWS = "valid"


@dataclass(frozen=True)
class BinInfo:
    id: int
    code: str
    zone: str
    active: bool
    walk_order: str
    stock: tuple[tuple[str, int], ...] = ()

    @property
    def units(self) -> int:
        return sum(quantity for _, quantity in self.stock)


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class BinCsvRow:
    line: int
    code: BinCode
    sku: str
    quantity: int
    active: bool | None


@dataclass
class ImportResult:
    mode: ImportMode
    rows_read: int = 0
    rows_imported: int = 0
    bins_created: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def applied(self) -> bool:
        return self.rows_imported > 0

    def summary(self) -> str:
        if self.errors and self.mode is ImportMode.ALL_OR_NOTHING:
            return (f"nothing imported: {len(self.errors)} of {self.rows_read} rows have errors "
                    "(fix them, or import the valid rows only)")
        text = (f"imported {self.rows_imported} of {self.rows_read} rows, "
                f"{self.bins_created} new bins")
        if self.errors:
            text += f"; {len(self.errors)} rows skipped because of errors"
        return text


def _info(row: BinRow, stock: Iterable[tuple[str, int]] = ()) -> BinInfo:
    return BinInfo(row.id, row.code, row.zone, row.active, row.walk_order, tuple(stock))


def list_bins(uow: UnitOfWork, *, include_retired: bool = True) -> list[BinInfo]:
    """Every bin in walking order with the SKUs and quantities it holds (one query)."""
    query = (
        select(BinRow, ProductRow.sku, BinStockRow.quantity)
        .outerjoin(BinStockRow, BinStockRow.bin_id == BinRow.id)
        .outerjoin(ProductRow, ProductRow.id == BinStockRow.product_id)
        .order_by(BinRow.walk_order, BinRow.code, ProductRow.sku)
    )
    if not include_retired:
        query = query.where(BinRow.active.is_(True))
    result: dict[int, tuple[BinRow, list[tuple[str, int]]]] = {}
    with uow:
        for bin_row, sku, quantity in uow.session.execute(query):
            entry = result.setdefault(bin_row.id, (bin_row, []))
            if sku is not None:
                entry[1].append((sku, quantity))
        return [_info(row, stock) for row, stock in result.values()]


def _parse_code(text: str) -> BinCode:
    try:
        return BinCode.parse(text)
    except InvalidBinCode as exc:
        raise BinError(str(exc)) from exc


def _new_bin_row(code: BinCode, active: bool = True) -> BinRow:
    domain = Bin(code, active=active)
    return BinRow(code=str(code), barcode=domain.barcode, walk_order=domain.walk_order,
                  zone=code.zone, active=active)


def _bin_by_code(session: Session, code: BinCode) -> BinRow | None:
    return session.scalars(select(BinRow).where(BinRow.code == str(code))).one_or_none()


def add_bin(uow: UnitOfWork, actor: Actor | None, code_text: str) -> BinInfo:
    require_role(actor, Role.ADMIN, "adding a bin")
    code = _parse_code(code_text)
    with uow:
        if _bin_by_code(uow.session, code) is not None:
            raise BinError(f"bin {code} exists already")
        row = _new_bin_row(code)
        uow.session.add(row)
        uow.commit()
        return _info(row)


def recode_bin(uow: UnitOfWork, actor: Actor | None, bin_id: int, new_code_text: str) -> BinInfo:
    """Rename a bin, or move it to another place: it gets the new code and walk position.

    Its stock goes with it; the old label no longer scans, so print the new one.
    """
    require_role(actor, Role.ADMIN, "renaming or moving a bin")
    code = _parse_code(new_code_text)
    with uow:
        row = uow.session.get(BinRow, bin_id)
        if row is None:
            raise BinError("that bin no longer exists; reload the list")
        other = _bin_by_code(uow.session, code)
        if other is not None and other.id != row.id:
            raise BinError(f"bin {code} exists already")
        fresh = _new_bin_row(code, row.active)
        row.code, row.barcode, row.walk_order, row.zone = (
            fresh.code, fresh.barcode, fresh.walk_order, fresh.zone)
        bump_stock_version(uow.session)  # stations read bins and stock again
        uow.commit()
        return _info(row)


def set_bin_active(uow: UnitOfWork, actor: Actor | None, bin_id: int, active: bool) -> BinInfo:
    """Retire a bin (pickers are no longer sent there) or bring it back."""
    return set_bins_active(uow, actor, [bin_id], active)[0]


def set_bins_active(
    uow: UnitOfWork, actor: Actor | None, bin_ids: list[int], active: bool
) -> list[BinInfo]:
    """Retire or bring back several bins at once: all of them, or none if one cannot be."""
    require_role(actor, Role.ADMIN, "retiring a bin")
    with uow:
        rows = []
        for bin_id in bin_ids:
            row = uow.session.get(BinRow, bin_id)
            if row is None:
                raise BinError("a selected bin no longer exists; reload the list")
            if not active:
                units = sum(s.quantity for s in uow.session.scalars(
                    select(BinStockRow).where(BinStockRow.bin_id == bin_id)))
                if units:
                    raise BinError(f"bin {row.code} still holds {units} units; "
                                   "move or zero its stock before retiring it")
            row.active = active
            rows.append(row)
        bump_stock_version(uow.session)  # stations read bins and stock again
        uow.commit()
        return [_info(row) for row in rows]


def set_bin_stock(
    uow: UnitOfWork, actor: Actor | None, bin_code: str, sku: str, quantity: int
) -> None:
    """Say that ``bin_code`` holds ``quantity`` of ``sku`` (0 removes the product)."""
    require_role(actor, Role.ADMIN, "assigning products to bins")
    code = _parse_code(bin_code)
    if quantity < 0:
        raise BinError("a quantity cannot be negative")
    with uow:
        row = _bin_by_code(uow.session, code)
        if row is None:
            raise BinError(f"there is no bin {code}")
        product = uow.session.scalars(
            select(ProductRow).where(ProductRow.sku == sku.strip())).one_or_none()
        if product is None:
            raise BinError(f"there is no product with SKU {sku.strip()!r}")
        _put_stock(uow.session, row.id, product.id, quantity)
        bump_stock_version(uow.session)  # stations read bins and stock again
        uow.commit()


def _put_stock(session: Session, bin_id: int, product_id: int, quantity: int) -> None:
    stock = session.scalars(
        select(BinStockRow).where(BinStockRow.bin_id == bin_id,
                                  BinStockRow.product_id == product_id)
    ).one_or_none()
    if quantity == 0:
        if stock is not None:
            session.delete(stock)
    elif stock is None:
        session.add(BinStockRow(bin_id=bin_id, product_id=product_id, quantity=quantity))
    else:
        stock.quantity = quantity


# --- CSV ---------------------------------------------------------------------------------


def _reader(text: str) -> Any:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return csv.reader(io.StringIO(text), dialect)


MAX_QUANTITY = 10_000_000


def _stray_carriage_returns(text: str) -> tuple[str, set[int]]:
    """The text without stray CRs, and the lines that had one (1-based).

    A file with CRs and no LFs has old Mac line ends: those are lines, not strays.
    """
    if "\n" not in text:
        return text.replace("\r", "\n"), set()
    lines = text.split("\n")
    stray = {number for number, line in enumerate(lines, 1) if "\r" in line.rstrip("\r")}
    return re.sub(r"\r(?!\n)", "", text), stray


def parse_bins_csv(text: str, known_skus: set[str]) -> tuple[list[BinCsvRow], list[RowError]]:
    """Check every row; return the good ones and one error per bad line (1 = the header)."""
    # Spreadsheet programs write a byte-order mark; a CR inside a line breaks csv's reader.
    text, stray_lines = _stray_carriage_returns(text.lstrip("\ufeff"))
    return _parse_rows(_reader(text), known_skus, stray_lines)


def _parse_rows(
    reader: Any, known_skus: set[str], stray_lines: set[int]
) -> tuple[list[BinCsvRow], list[RowError]]:
    rows: list[BinCsvRow] = []
    errors: list[RowError] = []
    try:
        header = next(reader, None)
    except csv.Error as exc:
        return [], [RowError(1, f"the first line cannot be read as CSV ({exc})")]
    columns = [h.strip().lower() for h in header or []]
    missing = [c for c in ("bin", "sku", "quantity") if c not in columns]
    if missing:
        return [], [RowError(1, "the first line must name the columns bin, sku, quantity "
                                "(and optionally active); missing: " + ", ".join(missing))]
    index = {name: columns.index(name) for name in CSV_COLUMNS if name in columns}
    seen: dict[tuple[str, str], int] = {}
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.append(RowError(reader.line_num, f"this line cannot be read as CSV ({exc}); "
                                                    "the lines after it were not read"))
            break
        line = reader.line_num
        if line in stray_lines:
            errors.append(RowError(line, "this line holds a stray carriage return (CR): "
                                         "save the file again as CSV and import it"))
            continue
        if not any(v.strip() for v in values):
            continue

        def cell(name: str, values: list[str] = values) -> str:
            position = index.get(name)
            if position is None or position >= len(values):
                return ""
            return unquote_cell(values[position].strip())

        problems: list[str] = []
        code: BinCode | None = None
        try:
            code = BinCode.parse(cell("bin"))
        except InvalidBinCode as exc:
            problems.append(str(exc) if cell("bin") else "the bin code is empty")
        sku = cell("sku")
        if sku and sku not in known_skus:
            problems.append(f"unknown SKU {sku!r}")
        quantity_text = cell("quantity")
        quantity = 0
        if quantity_text or sku:
            if not (quantity_text.isascii() and quantity_text.isdigit()):
                problems.append(f"quantity {quantity_text!r} is not a whole number of 0 or more")
            elif int(quantity_text) > MAX_QUANTITY:
                problems.append(f"quantity {quantity_text} is more than {MAX_QUANTITY:,}")
            else:
                quantity = int(quantity_text)
        active_text = cell("active").lower()
        active: bool | None = None
        if "active" in index:
            if active_text in TRUE_WORDS:
                active = True
            elif active_text in FALSE_WORDS:
                active = False
            else:
                problems.append(f"active {cell('active')!r} should be yes or no")
        if code is not None and not problems:
            key = (str(code), sku)
            if key in seen:
                problems.append(f"bin {code}{' with ' + sku if sku else ''} is already on line {seen[key]}")
            else:
                seen[key] = line
        if problems:
            errors.append(RowError(line, "; ".join(problems)))
        else:
            assert code is not None
            rows.append(BinCsvRow(line, code, sku, quantity, active))
    return rows, errors


def import_bins_csv(
    uow: UnitOfWork, actor: Actor | None, text: str, mode: ImportMode = ImportMode.ALL_OR_NOTHING
) -> ImportResult:
    """Create or update bins and their stock from CSV ``bin,sku,quantity[,active]``."""
    require_role(actor, Role.ADMIN, "importing bins")
    result = ImportResult(mode=mode)
    with uow:
        session = uow.session
        product_ids = {sku: pid for sku, pid in session.execute(select(ProductRow.sku, ProductRow.id))}
        rows, errors = parse_bins_csv(text, set(product_ids))
        result.errors = errors
        result.rows_read = len(rows) + len([e for e in errors if e.line > 1])
        if errors and (mode is ImportMode.ALL_OR_NOTHING or not rows):
            return result
        bins = {row.code: row for row in session.scalars(select(BinRow))}
        for row in rows:
            bin_row = bins.get(str(row.code))
            if bin_row is None:
                bin_row = _new_bin_row(row.code, row.active if row.active is not None else True)
                session.add(bin_row)
                session.flush()
                bins[bin_row.code] = bin_row
                result.bins_created += 1
            elif row.active is not None:
                bin_row.active = row.active
            if row.sku:
                _put_stock(session, bin_row.id, product_ids[row.sku], row.quantity)
                session.flush()
            result.rows_imported += 1
        bump_stock_version(uow.session)  # stations read bins and stock again
        uow.commit()
    return result


def export_bins_csv(uow: UnitOfWork) -> str:
    """Every bin and what it holds, as ``import_bins_csv`` reads it back; a SKU that a
    spreadsheet would read as a formula is written as text (``safe_cell``) and the import
    takes the quote mark off again (``unquote_cell``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for info in list_bins(uow):
        active = "yes" if info.active else "no"
        if not info.stock:
            writer.writerow([safe_cell(info.code), "", "", active])
        for sku, quantity in info.stock:
            writer.writerow([safe_cell(info.code), safe_cell(sku), quantity, active])
    return out.getvalue()
