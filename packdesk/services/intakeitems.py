"""What a store connector hands to intake (:mod:`services.intake`), and what a pull did."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from packdesk.domain.model import Order
from packdesk.persistence.tables import OrderRow


@dataclass(frozen=True)
class CancelledAtStore:
    source: str
    external_id: str
    number: str = ""


@dataclass(frozen=True)
class QuarantinedPayload:
    source: str
    external_id: str | None
    reason: str
    raw: str


@dataclass(frozen=True)
class StoreHold:
    """The store says a known order is not to be packed here now; ``reason``: why, in words."""

    source: str
    external_id: str
    number: str
    reason: str


PulledItem = Order | CancelledAtStore | QuarantinedPayload | StoreHold

# Called inside the transaction that stored an order (created or updated), e.g. for the
# notes reader to derive expectations from the customer's note. Arguments: the session,
# the stored row, and whether it was created.
OrderStoredHook = Callable[[Session, OrderRow, bool], None]


@dataclass
class IntakeSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    quarantined: int = 0
    changed_too_late: int = 0
    # Orders the store cancelled, changed or held after packdesk queued them: now on hold.
    held_numbers: list[str] = field(default_factory=list)
    quarantined_numbers: list[str] = field(default_factory=list)  # external ids (no number parsed)
    changed_numbers: list[str] = field(default_factory=list)  # changed after picking started

    def add(self, other: IntakeSummary) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.cancelled += other.cancelled
        self.quarantined += other.quarantined
        self.changed_too_late += other.changed_too_late
        self.held_numbers.extend(other.held_numbers)
        self.quarantined_numbers.extend(other.quarantined_numbers)
        self.changed_numbers.extend(other.changed_numbers)

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "cancelled": self.cancelled,
            "quarantined": self.quarantined,
            "changed_too_late": self.changed_too_late,
            "held": list(self.held_numbers),
            "quarantined_ids": list(self.quarantined_numbers),
            "changed": list(self.changed_numbers),
        }
