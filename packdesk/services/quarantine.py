"""Personal data in quarantined payloads: kept while a person needs it, then redacted.

A payload waits whole in the quarantine until someone resolves it (the admin needs the
address or the e-mail to fix the order with the customer). Once resolved, or once it has
waited ``quarantine.redact_after_days`` days (setting, default 30) unresolved, its personal
data is replaced (:func:`packdesk.domain.redaction.redact_payload`); the reason, ids,
SKUs, quantities and countries stay, so the record still says what went wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import or_, select

from packdesk.domain.redaction import redact_payload, redact_text
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import QuarantinedPayloadRow, SettingRow

from .uow import UnitOfWork, with_retry

REDACT_AFTER_SETTING = "quarantine.redact_after_days"  # {"days": 30}
DEFAULT_REDACT_AFTER_DAYS = 30


def redact_after_days(uow: UnitOfWork) -> int:
    with uow:
        setting = uow.session.get(SettingRow, REDACT_AFTER_SETTING)
        value = setting.value if setting is not None else {}
    try:
        days = int(value.get("days", DEFAULT_REDACT_AFTER_DAYS))
    except (AttributeError, TypeError, ValueError):
        return DEFAULT_REDACT_AFTER_DAYS
    return max(0, days)


def set_redact_after_days(uow: UnitOfWork, days: int) -> None:
    with uow.writing() as writer:
        setting = writer.session.get(SettingRow, REDACT_AFTER_SETTING)
        if setting is None:
            writer.session.add(SettingRow(key=REDACT_AFTER_SETTING, value={"days": int(days)}))
        else:
            setting.value = {"days": int(days)}
        writer.commit()


def redact_quarantine(
    uow: UnitOfWork, *, ids: Iterable[int] = (), now: datetime | None = None
) -> int:
    """Redact the payloads given by ``ids``, every resolved one and every one older than
    the setting's days; returns how many changed (redacting twice changes nothing)."""
    cutoff = (now or utcnow()) - timedelta(days=redact_after_days(uow))
    wanted = list(ids)

    def attempt() -> int:
        with uow.writing() as writer:
            conditions = [QuarantinedPayloadRow.resolved.is_(True),
                          QuarantinedPayloadRow.received_at < cutoff]
            if wanted:
                conditions.append(QuarantinedPayloadRow.id.in_(wanted))
            changed = 0
            for row in writer.session.scalars(select(QuarantinedPayloadRow).where(or_(*conditions))):
                raw, reason = redact_payload(row.raw), redact_text(row.reason)
                if (raw, reason) != (row.raw, row.reason):
                    row.raw, row.reason = raw, reason
                    changed += 1
            writer.commit()
            return changed

    return with_retry(attempt)


def resolve_and_redact(uow: UnitOfWork, ids: Iterable[int]) -> list[int]:
    """Mark payloads as dealt with and drop their personal data; the ids that were open."""
    done = resolve_quarantined(uow, ids)
    if done:
        redact_quarantine(uow, ids=done)
    return done


def open_quarantine(uow: UnitOfWork) -> list[QuarantinedPayloadRow]:
    """Unresolved quarantined payloads, newest first, for the admin."""
    with uow:
        rows = list(
            uow.session.scalars(
                select(QuarantinedPayloadRow)
                .where(QuarantinedPayloadRow.resolved.is_(False))
                .order_by(QuarantinedPayloadRow.received_at.desc(), QuarantinedPayloadRow.id.desc())
            )
        )
        uow.session.expunge_all()
        return rows


def resolve_quarantined(uow: UnitOfWork, ids: Iterable[int]) -> list[int]:
    """Mark quarantined payloads as dealt with; returns the ids that were open."""
    with uow.writing() as writer:
        rows = list(writer.session.scalars(
            select(QuarantinedPayloadRow).where(
                QuarantinedPayloadRow.id.in_(list(ids)), QuarantinedPayloadRow.resolved.is_(False)
            )
        ))
        for row in rows:
            row.resolved = True
        writer.commit()
        return [row.id for row in rows]
