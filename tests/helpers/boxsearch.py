"""A brute-force box search for tests: every stacking of the units, no heuristics.

Every arrangement of up to three cuboids is either a stacking (a plane parallel to the
box's sides separates one unit from the others, and any two disjoint cuboids are apart
along some axis) or, when no such plane exists, each pair is apart along a different
axis while the third reaches across that gap: A and B apart along one axis, A and C
along another, B and C along the last. The search lists every bounding size either
kind can take (all six orientations, every role and axis) and says a box fits when one
of those sizes, turned any way, fits inside it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from functools import cache

from packdesk.domain.boxes import BoxPreset, PackUnit

Size = tuple[int, int, int]


def stack_sizes(sizes: Sequence[Size]) -> set[Size]:
    @cache
    def sizes_of(group: frozenset[int]) -> frozenset[Size]:
        if len(group) == 1:
            (index,) = group
            return frozenset(itertools.permutations(sizes[index]))
        members = sorted(group)
        found: set[Size] = set()
        for k in range(1, len(members)):
            for part in itertools.combinations(members, k):
                left, right = frozenset(part), group - frozenset(part)
                for a in sizes_of(left):
                    for b in sizes_of(right):
                        for axis in range(3):
                            found.add(tuple(a[i] + b[i] if i == axis else max(a[i], b[i])
                                            for i in range(3)))  # type: ignore[misc]
        # Keep only the sizes no other size fits inside (the others never fit a box more).
        return frozenset(s for s in found if not any(
            o != s and all(o[i] <= s[i] for i in range(3)) for o in found))

    found = set(sizes_of(frozenset(range(len(sizes)))))
    if len(sizes) == 3:
        for a, b, c in itertools.permutations(sizes):
            for ax, ay, az in itertools.permutations(a):
                for bx, by, bz in itertools.permutations(b):
                    for cx, cy, cz in itertools.permutations(c):
                        found.add((max(ax + bx, cx), max(ay + cy, by), max(bz + cz, az)))
    return found


def fits_by_brute_force(units: Sequence[PackUnit], box: BoxPreset,
                        stacks: set[Size] | None = None) -> bool:
    assert len(units) <= 3, "the search is exhaustive for up to three units"
    inner = (box.inner.length, box.inner.width, box.inner.height)
    if stacks is None:
        stacks = stack_sizes([(u.size.length, u.size.width, u.size.height)
                              for u in units if u.size])
    return any(all(turned[i] <= inner[i] for i in range(3))
               for s in stacks for turned in itertools.permutations(s))


def smallest_box_by_brute_force(units: Sequence[PackUnit], boxes: Iterable[BoxPreset]
                                ) -> BoxPreset | None:
    stacks = stack_sizes([(u.size.length, u.size.width, u.size.height) for u in units if u.size])
    fitting = [b for b in boxes if fits_by_brute_force(units, b, stacks)]
    return min(fitting, key=lambda b: (b.volume, b.tare_g, b.code), default=None)
