"""What the last pull found, kept for the window's status bar and the lead's dashboard.

Stored in the settings table under ``sync.last_pull``: the counts, the order numbers held,
changed after picking started and quarantined, and the stores' errors. Any station's pull
writes it; every station and dashboard reads it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from packdesk.domain.model import Role
from packdesk.persistence.tables import SettingRow

from .auth import Actor, require_role
from .outbox import OutboxEntry, access_refused, refused_messages
from .uow import UnitOfWork

LAST_PULL_SETTING = "sync.last_pull"


@dataclass(frozen=True)
class PullReport:
    finished_at: str  # ISO time, the station's clock
    line: str  # the summary in one line
    held: list[str] = field(default_factory=list)  # order numbers put on hold by this pull
    changed: list[str] = field(default_factory=list)  # changed at the store after picking started
    quarantined: list[str] = field(default_factory=list)  # the stores' ids of unreadable orders
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: Any) -> PullReport | None:
        if not isinstance(data, dict) or "line" not in data:
            return None
        return cls(str(data.get("finished_at") or ""), str(data["line"]),
                   *(list(map(str, data.get(k) or [])) for k in ("held", "changed", "quarantined", "errors")))


def record_last_pull(uow: UnitOfWork, report: PullReport) -> None:
    with uow.writing() as writer:
        row = writer.session.get(SettingRow, LAST_PULL_SETTING)
        if row is None:
            writer.session.add(SettingRow(key=LAST_PULL_SETTING, value=asdict(report)))
        else:
            row.value = asdict(report)
        writer.commit()


def last_pull(uow: UnitOfWork) -> PullReport | None:
    with uow:
        row = uow.session.get(SettingRow, LAST_PULL_SETTING)
        return PullReport.from_json(row.value if row else None)


@dataclass(frozen=True)
class StoreSync:
    """The lead's view of the stores: last pull, refused messages, refused credentials."""

    pull: PullReport | None
    refused_messages: list[OutboxEntry]
    refused_credentials: dict[str, str]  # destination -> the store's words


def store_sync(uow: UnitOfWork, actor: Actor | None) -> StoreSync:
    require_role(actor, Role.LEAD, "the store messages")
    return StoreSync(last_pull(uow), refused_messages(uow), access_refused(uow))
