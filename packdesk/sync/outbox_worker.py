"""Sending outbox messages to the stores, exactly once at the store, crash or not.

The worker may die at any instant (power cut, SIGKILL). What keeps the store from
getting a shipment twice:

1. Claim: in one short transaction, a due message gets ``in_flight_since = now`` and
   ``attempts + 1`` (PostgreSQL: ``FOR UPDATE SKIP LOCKED``, so two stations never take
   the same message; SQLite: the write lock taken at BEGIN).
2. Send: if the message was ever attempted before (``attempts`` was not 0), the pusher
   first asks the store whether the note/fulfilment is already there, and only creates
   it if not. A request whose outcome is unknown (timeout, reset, 500) is never blindly
   resent by the HTTP layer.
3. Record: sent (with the store's reference), failed (a refusal that retrying cannot
   fix, with the store's words, for a lead to retry or dismiss), or pending again with
   bounded exponential backoff and jitter (throttling, 5xx, ``INTERNAL_SERVER_ERROR``,
   timeouts, a store asking to try again).

Credentials refused (401/403, ``AccessDenied``): nothing more is sent to that store in
this run, the message stays pending, and the refusal is recorded in the settings table
(``sync.access_refused``) so the window tells the lead at once; the next successful send
to the store clears it.

A message left in flight by a worker that died is taken again once ``reclaim_after``
has passed (longer than any request may take, so a live worker is never overtaken).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import Engine, func, or_, select, true

from packdesk.domain.model import OutboxStatus
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import OutboxMessageRow
from packdesk.services import outbox
from packdesk.services.auth import Actor
from packdesk.services.outbox import ORDER_REFUND, ORDER_SHIPPED, OutboxEntry
from packdesk.services.storeoptions import store_options
from packdesk.services.uow import UnitOfWork, with_retry

from .base import StorePusher
from .http import AccessDenied, RequestRefused, SyncError

log = logging.getLogger(__name__)

HANDLED_KINDS = (ORDER_SHIPPED, ORDER_REFUND)
MAX_MESSAGES_PER_RUN = 10_000
# Refusals that the same request can get past later without an admin touching the message.
RETRY_REFUSALS = frozenset({408, 409, 423, 425})


@dataclass
class SyncSummary:
    sent: int = 0
    retrying: int = 0  # attempted this run, will be tried again later
    failed_now: int = 0  # refused by the store this run
    pending: int = 0  # waiting in the outbox after this run (any destination)
    failed: int = 0  # refused for good, waiting for an admin (all time)
    errors: list[str] = field(default_factory=list)
    no_store: dict[str, int] = field(default_factory=dict)  # destination -> waiting messages
    access_refused: dict[str, str] = field(default_factory=dict)  # destination -> store's words

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def line(self) -> str:
        text = f"sent {self.sent}, pending {self.pending}, failed {self.failed}"
        if self.no_store:
            text += "; no store configured for " + ", ".join(
                f"{dest} ({n})" for dest, n in sorted(self.no_store.items())
            )
        for destination, words in sorted(self.access_refused.items()):
            text += f"; {destination} refused the credentials, sending stopped: {words}"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "pending": self.pending,
            "failed": self.failed,
            "retrying": self.retrying,
            "failed_now": self.failed_now,
            "errors": list(self.errors),
            "no_store": dict(self.no_store),
            "access_refused": dict(self.access_refused),
        }


@dataclass(frozen=True)
class _Claimed:
    id: int
    destination: str
    payload: dict[str, Any]
    check_first: bool
    attempts: int
    kind: str = ORDER_SHIPPED


class OutboxWorker:
    """``OutboxWorker(engine, pushers).run_once()`` sends what is due and says how it went.

    Blocking (network and database): run it on a worker thread or from the CLI.
    """

    def __init__(
        self,
        engine: Engine,
        pushers: Iterable[StorePusher] | Mapping[str, StorePusher],
        *,
        batch_size: int = 20,
        reclaim_after: timedelta = timedelta(minutes=10),
        retry_base: timedelta = timedelta(seconds=30),
        retry_cap: timedelta = timedelta(minutes=15),
        rng: random.Random | None = None,
    ) -> None:
        self.engine = engine
        self.pushers: dict[str, StorePusher] = (
            dict(pushers) if isinstance(pushers, Mapping) else {p.destination: p for p in pushers}
        )
        self.batch_size = batch_size
        self.reclaim_after = reclaim_after
        self.retry_base = retry_base
        self.retry_cap = retry_cap
        self._rng = rng or random.Random()

    def run_once(self, max_messages: int = MAX_MESSAGES_PER_RUN) -> SyncSummary:
        summary = SyncSummary()
        tried: set[int] = set()  # one attempt per message per run, however short the backoff
        self._accepted: set[str] = set()  # stores that took a message this run
        for destination, pusher in self.pushers.items():
            apply_options = getattr(pusher, "apply_options", None)
            if apply_options is not None:
                apply_options(store_options(UnitOfWork(self.engine), destination))
        while len(tried) < max_messages and set(self.pushers) - set(summary.access_refused):
            limit = min(self.batch_size, max_messages - len(tried))
            claimed = with_retry(partial(self._claim, limit, tried, set(summary.access_refused)))
            if not claimed:
                break
            for message in claimed:
                tried.add(message.id)
                if message.destination in summary.access_refused:
                    self._release(message.id)  # not sent: the store refused our credentials
                    continue
                self._send(message, summary)
        self._count(summary)
        return summary

    def _claim(self, limit: int, exclude: set[int], stopped: set[str] | None = None) -> list[_Claimed]:
        now = utcnow()
        with UnitOfWork(self.engine, immediate=True) as uow:
            query = (
                select(OutboxMessageRow)
                .where(
                    OutboxMessageRow.status == OutboxStatus.PENDING.value,
                    OutboxMessageRow.kind.in_(HANDLED_KINDS),
                    OutboxMessageRow.destination.in_(list(set(self.pushers) - (stopped or set()))),
                    OutboxMessageRow.next_attempt_at <= now,
                    or_(
                        OutboxMessageRow.in_flight_since.is_(None),
                        OutboxMessageRow.in_flight_since <= now - self.reclaim_after,
                    ),
                    OutboxMessageRow.id.not_in(exclude) if exclude else true(),
                )
                .order_by(OutboxMessageRow.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
            claimed = []
            for row in uow.session.scalars(query):
                if row.in_flight_since is not None:
                    log.warning("message %s was left in flight since %s: checking the store first",
                                row.id, row.in_flight_since)
                claimed.append(
                    _Claimed(row.id, row.destination, dict(row.payload),
                             check_first=row.attempts > 0 or row.in_flight_since is not None,
                             attempts=row.attempts + 1, kind=row.kind)
                )
                row.in_flight_since = now
                row.attempts += 1
            uow.commit()
        return claimed

    def _send(self, message: _Claimed, summary: SyncSummary) -> None:
        pusher = self.pushers[message.destination]
        try:
            push = pusher.push_refund if message.kind == ORDER_REFUND else pusher.push_shipped
            reference = push(message.payload, check_first=message.check_first)
        except AccessDenied as exc:
            # A rotated or revoked token: every message to this store would get the same.
            summary.retrying += 1
            summary.access_refused[message.destination] = exc.store_message
            summary.errors.append(f"{message.destination}: {exc}")
            self._record(message.id, status=OutboxStatus.PENDING,
                         error=f"{exc.status}: {exc.store_message}",
                         next_attempt=utcnow() + self.retry_base)
            set_access_refused(self.engine, message.destination, f"{exc.status}: {exc.store_message}")
            return
        except RequestRefused as exc:
            if exc.status in RETRY_REFUSALS:
                # Credentials being fixed, a lock at the store: the same request can work later.
                summary.retrying += 1
                summary.errors.append(f"{message.payload.get('number', message.id)}: {exc}")
                self._record(message.id, status=OutboxStatus.PENDING,
                             error=f"{exc.status}: {exc.store_message}",
                             next_attempt=utcnow() + self._backoff(message.attempts))
                return
            summary.failed_now += 1
            summary.errors.append(f"{message.payload.get('number', message.id)}: {exc}")
            self._record(message.id, status=OutboxStatus.FAILED,
                         error=f"{exc.status}: {exc.store_message}")
        except SyncError as exc:
            summary.retrying += 1
            summary.errors.append(f"{message.payload.get('number', message.id)}: {exc}")
            self._record(message.id, status=OutboxStatus.PENDING, error=str(exc),
                         next_attempt=utcnow() + self._backoff(message.attempts))
        except (KeyError, TypeError, ValueError) as exc:
            # A message this program cannot read will not get better by waiting.
            log.exception("outbox message %s is unreadable", message.id)
            summary.failed_now += 1
            summary.errors.append(f"message {message.id}: unreadable: {exc!r}")
            self._record(message.id, status=OutboxStatus.FAILED, error=f"unreadable message: {exc!r}")
        else:
            summary.sent += 1
            self._record(message.id, status=OutboxStatus.SENT, reference=reference)
            if message.destination not in self._accepted:
                self._accepted.add(message.destination)
                set_access_refused(self.engine, message.destination, None)


    def _release(self, message_id: int) -> None:
        """Give back a claimed message that was not sent (attempt not counted)."""
        def write() -> None:
            with UnitOfWork(self.engine, immediate=True) as uow:
                row = uow.session.get(OutboxMessageRow, message_id)
                assert row is not None
                row.in_flight_since = None
                row.attempts = max(0, row.attempts - 1)
                uow.commit()

        with_retry(write)

    def _backoff(self, attempts: int) -> timedelta:
        ceiling: timedelta = min(self.retry_cap, self.retry_base * 2 ** max(0, attempts - 1))
        return ceiling * self._rng.uniform(0.5, 1.0)

    def _record(
        self,
        message_id: int,
        *,
        status: OutboxStatus,
        error: str = "",
        reference: str | None = None,
        next_attempt: datetime | None = None,
    ) -> None:
        def write() -> None:
            with UnitOfWork(self.engine, immediate=True) as uow:
                row = uow.session.get(OutboxMessageRow, message_id)
                assert row is not None
                row.status = status.value
                row.in_flight_since = None
                row.last_error = error[:2000]
                if reference is not None:
                    row.remote_ref = reference[:120]
                if status is OutboxStatus.SENT:
                    row.sent_at = utcnow()
                if next_attempt is not None:
                    row.next_attempt_at = next_attempt
                uow.commit()

        with_retry(write)

    def _count(self, summary: SyncSummary) -> None:
        with UnitOfWork(self.engine) as uow:
            rows = uow.session.execute(
                select(OutboxMessageRow.status, OutboxMessageRow.destination, func.count())
                .group_by(OutboxMessageRow.status, OutboxMessageRow.destination)
            ).all()
        for status, destination, count in rows:
            if status == OutboxStatus.PENDING.value:
                summary.pending += count
                if destination not in self.pushers:
                    summary.no_store[destination] = count
            elif status == OutboxStatus.FAILED.value:
                summary.failed += count


def set_access_refused(engine: Engine, destination: str, words: str | None) -> None:
    with_retry(lambda: outbox.set_access_refused(UnitOfWork(engine, immediate=True), destination, words))


def access_refused(engine: Engine) -> dict[str, str]:
    """Stores whose credentials were refused (destination -> the store's words)."""
    return outbox.access_refused(UnitOfWork(engine))


def retry_message(engine: Engine, actor: Actor | None, message_id: int) -> bool:
    """A lead sends a refused message again (``services.outbox.retry_message``)."""
    return outbox.retry_message(UnitOfWork(engine), actor, message_id)


def dismiss_message(engine: Engine, actor: Actor | None, message_id: int) -> bool:
    """A lead decides a refused message is not to be sent (``services.outbox.dismiss_message``)."""
    return outbox.dismiss_message(UnitOfWork(engine), actor, message_id)


def retry_failed(engine: Engine) -> int:
    """Put every refused message back in the queue (after the admin fixed the cause)."""
    with UnitOfWork(engine, immediate=True) as uow:
        rows = list(uow.session.scalars(
            select(OutboxMessageRow).where(OutboxMessageRow.status == OutboxStatus.FAILED.value)
        ))
        for row in rows:
            row.status = OutboxStatus.PENDING.value
            row.next_attempt_at = utcnow()
        uow.commit()
        return len(rows)


def failed_messages(engine: Engine) -> list[OutboxEntry]:
    """Messages the stores refused, with the stores' words, for the lead."""
    return outbox.refused_messages(UnitOfWork(engine))
