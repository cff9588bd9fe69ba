"""The pick walk and the pick-side scan rules, in plain Python.

The walk is computed from the orders' lines, the bins holding each product (in walking
order, with their stock) and the units already picked per bin; nothing is kept between
scans. Units still to pick are allocated to the bins with stock in walking order; a line
needing more than one bin becomes one step per bin; in batch mode the steps of several
orders at the same bin and SKU merge into one step with a tote slot per order.

Picks count per order line (issue 18): two lines with one SKU (different engraving or gift
wrap) are two allocations, each with its own picked units.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

# Steps for products no bin holds go to the end of the walk: the picker reports them short.
NO_BIN_WALK_ORDER = "~"

_VARIANT_KEYS = ("color", "size")


@dataclass(frozen=True)
class Item:
    """A product as the rules need it: what a packer reads on it."""

    id: int
    sku: str
    name: str = ""
    attributes: Mapping[str, str] = field(default_factory=dict)
    weight_g: int = 0

    @property
    def color(self) -> str:
        return self.attributes.get("color", "")

    @property
    def size(self) -> str:
        return self.attributes.get("size", "")


@dataclass(frozen=True)
class BinSpot:
    """An active bin listing a product, with the units it holds."""

    id: int
    code: str
    walk_order: str
    quantity: int = 0


@dataclass(frozen=True)
class WalkLine:
    """One order line as the walk sees it."""

    order_id: int
    order_number: str
    tote_slot: int
    line_id: int
    sku: str  # the SKU to pack (the note's variant when a lead chose it)
    quantity: int
    short: int = 0
    picked: int = 0  # units picked for this line, all bins together


@dataclass
class Allocation:
    """Units of one order line at one bin: some picked already, the rest to take."""

    order_id: int
    order_number: str
    tote_slot: int
    line_id: int
    product_id: int | None
    sku: str
    bin_id: int | None
    bin_code: str
    walk_order: str
    quantity: int
    picked: int

    @property
    def remaining(self) -> int:
        return self.quantity - self.picked


@dataclass
class Stop:
    """All allocations at one (bin, SKU): one pick step."""

    bin_id: int | None
    bin_code: str
    walk_order: str
    sku: str
    product: Item | None
    allocations: list[Allocation] = field(default_factory=list)

    @property
    def quantity(self) -> int:
        return sum(a.quantity for a in self.allocations)

    @property
    def picked(self) -> int:
        return sum(a.picked for a in self.allocations)

    @property
    def remaining(self) -> int:
        return self.quantity - self.picked


def split_picked(lines: Sequence[WalkLine], products: Mapping[str, Item],
                 picked: Mapping[tuple[int, int], Mapping[int | None, int]]
                 ) -> dict[int, dict[int | None, int]]:
    """Line id -> {bin id: units}: the picks of (order, product) shared out over its lines.

    The stock movements say which bin a unit came from per order and product; each line
    takes, in line order, as many of those units as it has picked (``WalkLine.picked``).
    """
    left = {key: dict(per_bin) for key, per_bin in picked.items()}
    result: dict[int, dict[int | None, int]] = {}
    for line in lines:
        product = products.get(line.sku)
        if product is None:
            continue
        pool = left.get((line.order_id, product.id))
        if not pool:
            continue
        want = line.picked
        taken: dict[int | None, int] = {}
        for bin_id in sorted(pool, key=lambda b: (b is None, b or 0)):
            if want <= 0:
                break
            take = min(want, pool[bin_id])
            if take > 0:
                taken[bin_id] = take
                pool[bin_id] -= take
                want -= take
        result[line.line_id] = taken
    return result


def reserve(needs: Mapping[int, int], holdings: Mapping[int, Sequence[BinSpot]]
            ) -> dict[tuple[int, int], int]:
    """The stock that units still to pick by orders claimed earlier hold: ``needs`` (product
    id -> units) taken from the bins in walking order, as those orders' own walks take
    them. Returns (product id, bin id) -> units reserved."""
    reserved: dict[tuple[int, int], int] = {}
    for product_id, units in needs.items():
        for spot in holdings.get(product_id, ()):
            if units <= 0:
                break
            take = min(units, spot.quantity)
            if take > 0:
                reserved[(product_id, spot.id)] = take
                units -= take
    return reserved


def plan_walk(lines: Sequence[WalkLine], products: Mapping[str, Item],
              holdings: Mapping[int, Sequence[BinSpot]],
              picked: Mapping[tuple[int, int], Mapping[int | None, int]],
              bins: Mapping[int, BinSpot],
              reserved: Mapping[tuple[int, int], int] | None = None) -> list[Stop]:
    """The merged pick list of ``lines`` (picked steps included), in walking order.

    ``holdings``: product id -> active bins listing it, in walking order; ``picked``:
    (order id, product id) -> {bin id: units picked there}; ``bins``: every bin id a pick
    came from (to name it even when it no longer lists the product); ``reserved``:
    (product id, bin id) -> units other orders, claimed earlier, will take (:func:`reserve`):
    the walk sends the picker to stock nobody else was sent for.
    """
    per_line = split_picked(lines, products, picked)
    taken = reserved or {}
    # Stock still free in each bin, shared by the orders of a batch.
    free: dict[tuple[int, int], int] = {
        (product_id, spot.id): max(0, spot.quantity - taken.get((product_id, spot.id), 0))
        for product_id, spots in holdings.items() for spot in spots
    }
    allocations: list[Allocation] = []
    index: dict[tuple[int, int | None], Allocation] = {}

    def add(line: WalkLine, product: Item | None, spot: BinSpot | None, quantity: int,
            done: int) -> None:
        key = (line.line_id, spot.id if spot else None)
        existing = index.get(key)
        if existing is not None:
            existing.quantity += quantity
            existing.picked += done
            return
        allocation = Allocation(
            order_id=line.order_id, order_number=line.order_number, tote_slot=line.tote_slot,
            line_id=line.line_id, product_id=product.id if product else None, sku=line.sku,
            bin_id=spot.id if spot else None, bin_code=spot.code if spot else "",
            walk_order=spot.walk_order if spot else NO_BIN_WALK_ORDER,
            quantity=quantity, picked=done,
        )
        index[key] = allocation
        allocations.append(allocation)

    for line in lines:
        product = products.get(line.sku)
        done_here = per_line.get(line.line_id, {})
        for bin_id, units in done_here.items():
            add(line, product, bins.get(bin_id) if bin_id else None, units, units)
        remaining = line.quantity - line.short - sum(done_here.values())
        if remaining <= 0:
            continue
        spots = holdings.get(product.id, ()) if product else ()
        for spot in spots:
            if remaining <= 0:
                break
            key = (product.id if product else 0, spot.id)
            take = min(remaining, free.get(key, 0))
            if take > 0:
                free[key] -= take
                add(line, product, spot, take, 0)
                remaining -= take
        if remaining > 0:
            # Not enough stock anywhere: send the picker to the last bin that lists the
            # product (where a short pick will be reported), or to no bin at all.
            add(line, product, spots[-1] if spots else None, remaining, 0)

    stops: dict[tuple[str, str], Stop] = {}
    for allocation in allocations:
        stop_key = (allocation.bin_code, allocation.sku)
        stop = stops.get(stop_key)
        if stop is None:
            stop = stops[stop_key] = Stop(
                bin_id=allocation.bin_id, bin_code=allocation.bin_code,
                walk_order=allocation.walk_order, sku=allocation.sku,
                product=products.get(allocation.sku),
            )
        stop.allocations.append(allocation)
    for stop in stops.values():
        stop.allocations.sort(key=lambda a: (a.tote_slot, a.order_id, a.line_id))
    return sorted(stops.values(), key=lambda s: (s.walk_order, s.bin_code, s.sku))


def next_stop(stops: Sequence[Stop]) -> Stop | None:
    return next((stop for stop in stops if stop.remaining > 0), None)


# --- same style, other variant -----------------------------------------------------------


def style_key(sku: str, name: str, attributes: Mapping[str, str]) -> str:
    """What variants of one style share: the name without its variant part, or the SKU's stem.

    Stores name variants "T-shirt — red / M" or "T-shirt - Red, M"; SKUs are usually
    STYLE-COLOR-SIZE. The name is tried first, the SKU stem after.
    """
    for separator in (" — ", " – ", " - ", " / ", ", "):
        if separator in name:
            return "name:" + name.split(separator, 1)[0].strip().lower()
    if name and not any(attributes.get(k) for k in _VARIANT_KEYS):
        return "name:" + name.strip().lower()
    return "sku:" + sku.split("-", 1)[0].strip().lower()


def same_style(a: Item, b_sku: str, b_name: str, b_attributes: Mapping[str, str]) -> bool:
    """Whether product ``a`` is another variant of the line's product (``b``)."""
    if a.sku == b_sku:
        return False
    if style_key(a.sku, a.name, a.attributes) == style_key(b_sku, b_name, b_attributes):
        return True
    return a.sku.split("-", 1)[0].lower() == b_sku.split("-", 1)[0].lower() and "-" in a.sku


# --- the pick-side scan rules -------------------------------------------------------------


class PickVerdict(enum.StrEnum):
    NOTHING_LEFT = "nothing_left"  # the walk is done
    BIN_CONFIRMED = "bin_confirmed"
    WRONG_BIN = "wrong_bin"
    SCAN_BIN_FIRST = "scan_bin_first"  # an item before its bin label
    WRONG_VARIANT = "wrong_variant"
    WRONG_ITEM = "wrong_item"
    PICKED = "picked"


@dataclass(frozen=True)
class BinScan:
    """What a bin label scan does in the walk."""

    verdict: PickVerdict
    stop: Stop | None  # the step the picker is sent to (the current one)


def confirm_bin(stops: Sequence[Stop], code: str) -> BinScan:
    """A bin label scanned while picking: right when it is the next step's bin."""
    current = next_stop(stops)
    if current is None:
        return BinScan(PickVerdict.NOTHING_LEFT, None)
    if code == current.bin_code:
        return BinScan(PickVerdict.BIN_CONFIRMED, current)
    return BinScan(PickVerdict.WRONG_BIN, current)


@dataclass(frozen=True)
class UnitPick:
    """What an item scan does in the walk.

    ``expected`` is the step the picker should be at; on ``PICKED``, ``allocation`` is the
    order line that takes the unit, ``bin_done`` says the confirmed bin has nothing left
    after it.
    """

    verdict: PickVerdict
    expected: Stop | None
    allocation: Allocation | None = None
    bin_done: bool = False


def pick_unit(stops: Sequence[Stop], confirmed_bin: str | None, product: Item) -> UnitPick:
    """An item scanned while picking, after the bin ``confirmed_bin`` was scanned.

    The item must come from the confirmed bin (the next step's, or any bin that still has
    something to take), and be a product that bin has to give.
    """
    current = next_stop(stops)
    if current is None:
        return UnitPick(PickVerdict.NOTHING_LEFT, None)
    here = [s for s in stops if confirmed_bin and s.bin_code == confirmed_bin and s.remaining > 0]
    if not here:
        return UnitPick(PickVerdict.SCAN_BIN_FIRST, current)
    match = next((s for s in here if s.sku == product.sku), None)
    if match is None:
        wanted = here[0]
        name = wanted.product.name if wanted.product else ""
        attributes = wanted.product.attributes if wanted.product else {}
        verdict = (PickVerdict.WRONG_VARIANT if same_style(product, wanted.sku, name, attributes)
                   else PickVerdict.WRONG_ITEM)
        return UnitPick(verdict, wanted)
    allocation = next(a for a in match.allocations if a.remaining > 0)
    return UnitPick(PickVerdict.PICKED, match, allocation,
                    bin_done=sum(s.remaining for s in here) <= 1)


def live_confirmation(stops: Sequence[Stop], confirmed_bin: str | None) -> str | None:
    """The confirmed bin while it still has something to take; emptying it spends the
    confirmation (so the scan that empties a bin need not write anything to say so)."""
    if confirmed_bin and any(s.bin_code == confirmed_bin and s.remaining > 0 for s in stops):
        return confirmed_bin
    return None


def line_picked(quantity: int, picked: int, short: int) -> bool:
    """A line is picked when its picked and short units cover its quantity."""
    return picked + short >= quantity


@dataclass(frozen=True)
class ShortLine:
    """A line a short pick leaves short: its order goes on hold with this reason."""

    order_id: int
    line_id: int
    missing: int
    hold_reason: str


def short_lines(before: Stop, after: Sequence[Stop], lines: Iterable[WalkLine],
                reason: str) -> list[ShortLine]:
    """After the bin of ``before`` is set to zero and the walk is planned again
    (``after``), the lines still sent to that bin (or to no bin) are short."""
    by_id = {line.line_id: line for line in lines}
    result: list[ShortLine] = []
    seen: set[int] = set()
    for allocation in before.allocations:
        if allocation.remaining <= 0 or allocation.order_id in seen:
            continue
        still_short = any(
            s.sku == before.sku and s.remaining > 0
            and (s.bin_code == before.bin_code or not s.bin_code)
            and any(a.order_id == allocation.order_id and a.remaining > 0 for a in s.allocations)
            for s in after
        )
        if not still_short:
            continue
        line = by_id[allocation.line_id]
        missing = line.quantity - line.picked - line.short
        where = f"bin {before.bin_code}" if before.bin_code else "no bin"
        seen.add(allocation.order_id)
        result.append(ShortLine(
            allocation.order_id, line.line_id, missing,
            f"short pick: {where} had no {before.sku} ({missing} missing; {reason})",
        ))
    return result
