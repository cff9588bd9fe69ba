"""Boxes, product sizes, the box proposal and the weight check: plain rules, no I/O.

The box proposal tries the box presets from the smallest (inner volume, then tare) up and
takes the first one all of the order's units fit in. Whether they fit is decided by
first-fit-decreasing on extreme points: units, largest first, go to the lowest, then
nearest corner point where one of their six orientations fits without overlapping
what is already placed; for orders of up to five units every insertion order is tried.
Orders of up to three units are searched exhaustively instead: every way of stacking
them (each orientation, every split into two groups, side by side along every axis),
and the one arrangement of three cuboids that no plane separates (each pair apart along
its own axis, the third reaching across); between them they cover every arrangement.

The weight check compares the scale's stable reading with what the parcel should weigh
(units + box tare + dunnage allowance) within a tolerance (by default the larger of 3 %
and 20 g).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from packdesk.domain.errors import DomainError

Size = tuple[int, int, int]


class NoBoxFits(DomainError):
    """No box preset holds the order: a lead has to choose the packaging."""


@dataclass(frozen=True)
class Dimensions:
    """Outer size of a product in millimetres (length, width, height; any order)."""

    length: int
    width: int
    height: int

    def __post_init__(self) -> None:
        if min(self.length, self.width, self.height) <= 0:
            raise ValueError("dimensions must be positive millimetres")

    @property
    def volume(self) -> int:
        return self.length * self.width * self.height

    def orientations(self) -> list[Size]:
        """The six ways a cuboid can stand (fewer when sides are equal)."""
        return _rotations((self.length, self.width, self.height))

    def __str__(self) -> str:
        return f"{self.length}×{self.width}×{self.height} mm"


@dataclass(frozen=True)
class BoxPreset:
    """A box the bench stocks: inner size, weight when empty, the barcode on its shelf."""

    code: str
    inner: Dimensions
    tare_g: int
    barcode: str = ""
    stock: int | None = None  # None: not counted

    @property
    def volume(self) -> int:
        return self.inner.volume


@dataclass(frozen=True)
class PackUnit:
    """One physical unit of an order line."""

    sku: str
    name: str
    size: Dimensions | None
    weight_g: int | None = None


@dataclass(frozen=True)
class Placement:
    sku: str
    x: int
    y: int
    z: int
    size: Size  # the orientation used: extent along x, y, z


@dataclass(frozen=True)
class BoxProposal:
    box: BoxPreset
    placements: tuple[Placement, ...]

    @property
    def fill_percent(self) -> float:
        used = sum(p.size[0] * p.size[1] * p.size[2] for p in self.placements)
        return round(100.0 * used / self.box.volume, 1)

    def summary(self) -> str:
        """One line per unit: where it sits and how it stands."""
        return "; ".join(
            f"{p.sku} at ({p.x},{p.y},{p.z}) as {p.size[0]}×{p.size[1]}×{p.size[2]}"
            for p in self.placements
        )


def _overlaps(a: tuple[int, int, int, Size], b: tuple[int, int, int, Size]) -> bool:
    at, a_size, bt, b_size = a[:3], a[3], b[:3], b[3]
    return all(at[i] < bt[i] + b_size[i] and bt[i] < at[i] + a_size[i] for i in range(3))


def _rotations(size: Size) -> list[Size]:
    a, b, c = size
    return sorted({(a, b, c), (a, c, b), (b, a, c), (b, c, a), (c, a, b), (c, b, a)})


def pack_in_order(units: Sequence[PackUnit], inner: Dimensions) -> list[Placement] | None:
    """Place ``units`` in this order at extreme points; None if one does not fit."""
    box = (inner.length, inner.width, inner.height)
    placed: list[tuple[int, int, int, Size]] = []
    placements: list[Placement] = []
    points: list[tuple[int, int, int]] = [(0, 0, 0)]
    for unit in units:
        assert unit.size is not None
        chosen: tuple[int, int, int, Size] | None = None
        for point in sorted(points, key=lambda p: (p[2], p[1], p[0])):
            for size in unit.size.orientations():
                if any(point[i] + size[i] > box[i] for i in range(3)):
                    continue
                candidate = (*point, size)
                if not any(_overlaps(candidate, other) for other in placed):
                    chosen = candidate
                    break
            if chosen is not None:
                break
        if chosen is None:
            return None
        x, y, z, size = chosen
        placed.append(chosen)
        placements.append(Placement(unit.sku, x, y, z, size))
        points.remove((x, y, z))
        points.extend([(x + size[0], y, z), (x, y + size[1], z), (x, y, z + size[2])])
    return placements


# Up to this many units every insertion order is tried (5! = 120 runs at most).
EXHAUSTIVE_UNITS = 5
# Up to this many units every stacking is tried.
STACKED_UNITS = 3

_Layout = tuple[tuple[int, int, int, int, Size], ...]  # (unit index, x, y, z, size)


@functools.lru_cache(maxsize=64)
def _stackings(sizes: tuple[Size, ...]) -> dict[Size, _Layout]:
    """Every bounding size the units can be stacked into, with one layout for each."""
    memo: dict[frozenset[int], dict[Size, _Layout]] = {}

    def of(group: frozenset[int]) -> dict[Size, _Layout]:
        if group in memo:
            return memo[group]
        found: dict[Size, _Layout] = {}
        members = sorted(group)
        if len(members) == 1:
            index = members[0]
            for turned in _rotations(sizes[index]):
                found[turned] = ((index, 0, 0, 0, turned),)
        else:
            first, rest = members[0], members[1:]
            for k in range(0, len(rest)):
                for part in itertools.combinations(rest, k):
                    left = frozenset((first, *part))
                    right = group - left
                    for a, layout_a in of(left).items():
                        for b, layout_b in of(right).items():
                            for axis in range(3):
                                size: Size = (
                                    a[0] + b[0] if axis == 0 else max(a[0], b[0]),
                                    a[1] + b[1] if axis == 1 else max(a[1], b[1]),
                                    a[2] + b[2] if axis == 2 else max(a[2], b[2]),
                                )
                                shift = [a[axis] if i == axis else 0 for i in range(3)]
                                moved = tuple((n, x + shift[0], y + shift[1], z + shift[2], s)
                                              for n, x, y, z, s in layout_b)
                                found.setdefault(size, layout_a + moved)
        memo[group] = _pareto(found)
        return memo[group]

    return of(frozenset(range(len(sizes))))


def _pareto(found: dict[Size, _Layout]) -> dict[Size, _Layout]:
    """Drop the sizes another size fits inside: they never fit a box the other does not."""
    sizes = sorted(found, key=lambda s: (s[0] * s[1] * s[2], s))
    kept: list[Size] = []
    for size in sizes:
        if not any(all(k[i] <= size[i] for i in range(3)) for k in kept):
            kept.append(size)
    return {size: found[size] for size in kept}


def _fit_interlocked(sizes: Sequence[Size], box: Size) -> _Layout | None:
    """Three units no plane separates: A and B apart along x, A and C along y, B and C
    along z, each pair with the third reaching across (the one arrangement of three
    cuboids that is not a stacking)."""
    if len(sizes) != 3:
        return None
    for a, b, c in itertools.permutations(range(3)):
        for sa in _rotations(sizes[a]):
            for sb in _rotations(sizes[b]):
                for sc in _rotations(sizes[c]):
                    x = max(sa[0] + sb[0], sc[0])
                    y = max(sa[1] + sc[1], sb[1])
                    z = max(sb[2] + sc[2], sa[2])
                    if x <= box[0] and y <= box[1] and z <= box[2]:
                        return ((a, 0, 0, 0, sa), (b, x - sb[0], 0, 0, sb),
                                (c, 0, y - sc[1], z - sc[2], sc))
    return None


def _fit_stacked(units: Sequence[PackUnit], inner: Dimensions) -> list[Placement] | None:
    sizes = tuple((u.size.length, u.size.width, u.size.height) for u in units if u.size)
    box = (inner.length, inner.width, inner.height)
    layout: _Layout | None = None
    for size, stacked in sorted(_stackings(sizes).items()):
        if all(size[i] <= box[i] for i in range(3)):
            layout = stacked
            break
    else:
        layout = _fit_interlocked(sizes, box)
    if layout is None:
        return None
    return [Placement(units[n].sku, x, y, z, s) for n, x, y, z, s in sorted(layout)]


def fit_units(units: Sequence[PackUnit], inner: Dimensions) -> list[Placement] | None:
    """Where the units go in a box of ``inner`` size, or None if they do not all fit."""
    if sum(u.size.volume for u in units if u.size) > inner.volume:
        return None
    if len(units) <= STACKED_UNITS:
        return _fit_stacked(units, inner)
    ordered = sorted(units, key=lambda u: (-(u.size.volume if u.size else 0), u.sku))
    result = pack_in_order(ordered, inner)
    if result is not None or len(units) > EXHAUSTIVE_UNITS:
        return result
    for order in itertools.permutations(ordered):
        result = pack_in_order(order, inner)
        if result is not None:
            return result
    return None


def boxes_by_size(boxes: Iterable[BoxPreset]) -> list[BoxPreset]:
    """Smallest first: inner volume, then tare, then code."""
    return sorted(boxes, key=lambda b: (b.volume, b.tare_g, b.code))


def propose_box(units: Sequence[PackUnit], boxes: Iterable[BoxPreset]) -> BoxProposal:
    """The smallest box all ``units`` fit in; :class:`NoBoxFits` says why there is none.

    Boxes with a counted stock of zero are skipped.
    """
    candidates = boxes_by_size(b for b in boxes if b.stock is None or b.stock > 0)
    if not units:
        raise NoBoxFits("the order has no units to pack")
    unknown = sorted({u.sku for u in units if u.size is None})
    if unknown:
        raise NoBoxFits(f"no dimensions for {', '.join(unknown)}: ask the lead for the box")
    if not candidates:
        raise NoBoxFits("no box presets in stock: ask the lead for the box")
    too_big = sorted({
        u.sku for u in units
        if not any(pack_in_order([u], b.inner) for b in candidates)
    })
    if too_big:
        raise NoBoxFits(f"{', '.join(too_big)} fits no box: ask the lead for the packaging")
    for box in candidates:
        placements = fit_units(units, box.inner)
        if placements is not None:
            return BoxProposal(box, tuple(placements))
    raise NoBoxFits(f"the {len(units)} units fit no single box together: ask the lead")


# --- Weight check ------------------------------------------------------------------------

DEFAULT_TOLERANCE_PERCENT = 3.0
DEFAULT_TOLERANCE_MIN_G = 20.0
DEFAULT_DUNNAGE_G = 0


@dataclass(frozen=True)
class WeightTolerance:
    percent: float = DEFAULT_TOLERANCE_PERCENT
    min_g: float = DEFAULT_TOLERANCE_MIN_G
    dunnage_g: int = DEFAULT_DUNNAGE_G  # filler, tape, documents added to every parcel

    def allowed_g(self, expected_g: float) -> float:
        return max(expected_g * self.percent / 100.0, self.min_g)


@dataclass(frozen=True)
class WeightVerdict:
    expected_g: float
    measured_g: float
    allowed_g: float
    unknown_skus: tuple[str, ...] = ()

    @property
    def difference_g(self) -> float:
        return self.measured_g - self.expected_g

    @property
    def checkable(self) -> bool:
        """False when a unit's weight is unknown: the check cannot judge the parcel."""
        return not self.unknown_skus

    @property
    def ok(self) -> bool:
        return not self.checkable or abs(self.difference_g) <= self.allowed_g

    def message(self) -> str:
        if not self.checkable:
            return f"no weight known for {', '.join(self.unknown_skus)}: weight not checked"
        grams = round(abs(self.difference_g))
        if self.ok:
            return f"weight {self.measured_g:.0f} g as expected ({self.expected_g:.0f} g)"
        if self.difference_g < 0:
            return f"{grams} g lighter than expected: is an item missing?"
        return f"{grams} g heavier than expected: is something in the parcel that should not be?"


def expected_weight_g(units: Iterable[PackUnit], tare_g: int, tolerance: WeightTolerance
                      ) -> tuple[float, tuple[str, ...]]:
    """Units + box tare + dunnage; the SKUs whose weight is unknown (None or 0)."""
    total = float(tare_g + tolerance.dunnage_g)
    unknown: set[str] = set()
    for unit in units:
        if unit.weight_g:
            total += unit.weight_g
        else:
            unknown.add(unit.sku)
    return total, tuple(sorted(unknown))


def check_weight(units: Sequence[PackUnit], tare_g: int, measured_g: float,
                 tolerance: WeightTolerance | None = None) -> WeightVerdict:
    tolerance = tolerance or WeightTolerance()
    expected, unknown = expected_weight_g(units, tare_g, tolerance)
    return WeightVerdict(expected, measured_g, tolerance.allowed_g(expected), unknown)


def learned_unit_weight_g(units: Sequence[PackUnit], tare_g: int, measured_g: float,
                          tolerance: WeightTolerance | None = None) -> tuple[str, int] | None:
    """A single-SKU parcel's weight per unit, for a product whose weight is unknown.

    None for parcels of several SKUs, of a SKU whose weight is known, or when the
    reading is not above tare + dunnage.
    """
    tolerance = tolerance or WeightTolerance()
    skus = {u.sku for u in units}
    if len(skus) != 1 or any(u.weight_g for u in units):
        return None
    net = measured_g - tare_g - tolerance.dunnage_g
    if net <= 0:
        return None
    return skus.pop(), max(1, round(net / len(units)))
