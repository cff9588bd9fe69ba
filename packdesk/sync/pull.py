"""Pulling every configured store into the database, with one summary."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from packdesk.domain.errors import DomainError
from packdesk.persistence.tables import OrderRow
from packdesk.services.intake import store_pulled
from packdesk.services.intakeitems import IntakeSummary, OrderStoredHook
from packdesk.services.quarantine import redact_quarantine
from packdesk.services.storeoptions import store_options
from packdesk.services.stores import known_stores, open_external_ids, remember_store, rename_source
from packdesk.services.syncstate import PullReport, record_last_pull
from packdesk.services.uow import DatabaseBusy, DiskFull, UnitOfWork

from .base import OrderSource, StoreNameClash, store_place
from .http import SyncError

if TYPE_CHECKING:
    from .images import FetchSummary, ImageCache

log = logging.getLogger(__name__)


# (source, pages so far, orders so far): what a pull has stored, page by page.
ProgressHook = Callable[[str, int, int], None]


@dataclass
class SourceResult:
    source: str
    intake: IntakeSummary = field(default_factory=IntakeSummary)
    error: str = ""
    seconds: float = 0.0
    retries: int = 0  # requests sent again after a 429, 5xx, timeout or broken connection


@dataclass
class PullSummary:
    results: list[SourceResult] = field(default_factory=list)
    finished_at: datetime | None = None
    images: FetchSummary | None = None  # the product photos fetched after the orders

    @property
    def total(self) -> IntakeSummary:
        total = IntakeSummary()
        for result in self.results:
            total.add(result.intake)
        return total

    @property
    def errors(self) -> list[str]:
        return [f"{r.source}: {r.error}" for r in self.results if r.error]

    @property
    def ok(self) -> bool:
        return not self.errors

    def line(self) -> str:
        """One line for a status bar or a terminal."""
        t = self.total
        text = (
            f"created {t.created}, updated {t.updated}, unchanged {t.unchanged}, "
            f"cancelled {t.cancelled}, quarantined {t.quarantined}"
        )
        if t.changed_too_late:
            text += f", changed too late {t.changed_too_late}"
        retries = sum(r.retries for r in self.results)
        if retries:
            text += f"; {retries} request(s) retried"
        if t.held_numbers:
            text += f"; on hold: {', '.join(t.held_numbers)}"
        if t.changed_numbers:
            text += f"; changed at the store after picking started: {', '.join(t.changed_numbers)}"
        if t.quarantined_numbers:
            text += f"; quarantined: {', '.join(t.quarantined_numbers)}"
        if self.images is not None:
            text += "; " + self.images.line()
        if self.errors:
            text += "; errors: " + "; ".join(self.errors)
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            **self.total.to_json(),
            "sources": [
                {"source": r.source, **r.intake.to_json(), "error": r.error,
                 "retries": r.retries, "seconds": round(r.seconds, 3)}
                for r in self.results
            ],
            "errors": self.errors,
            **({"images": self.images.to_json()} if self.images is not None else {}),
        }


def prepare_source(engine: Engine, source: object) -> None:
    """Hand a connector the admin's options and the orders still open here (if it takes them)."""
    name = str(getattr(source, "source", ""))
    apply_options = getattr(source, "apply_options", None)
    if apply_options is not None:
        apply_options(store_options(UnitOfWork(engine), name))
    if hasattr(source, "known_open"):
        source.known_open = open_external_ids(UnitOfWork(engine), name)


REDACT_EVERY_SECONDS = 3600.0
_last_redaction: dict[str, float] = {}


def _redact_now_and_then(engine: Engine) -> None:
    """Personal data of quarantined payloads resolved or waiting longer than the setting's
    days goes, at most once an hour per database (pulls run every few seconds)."""
    key = engine.url.render_as_string(hide_password=True)
    if time.monotonic() - _last_redaction.get(key, -REDACT_EVERY_SECONDS) < REDACT_EVERY_SECONDS:
        return
    _last_redaction[key] = time.monotonic()
    try:
        redact_quarantine(UnitOfWork(engine))
    except (SQLAlchemyError, DatabaseBusy) as exc:
        log.warning("could not redact old quarantined payloads: %s", exc)


def _store_identity(settings: dict[str, Any]) -> tuple[str, str]:
    url = str(settings.get("url") or "")
    return str(settings.get("kind") or ""), f"{urlsplit(url).scheme.lower()}://{store_place(url)}"


def check_no_clash(engine: Engine, source: str, settings: dict[str, Any]) -> None:
    """Refuse a store whose source name another store already has (never merge two shops).

    A store an older packdesk recorded under a shorter name (its URL's path cut off) keeps
    its orders: they are moved to the whole name before the pull, so none arrives twice.
    """
    if settings.get("kind") == "file":
        return  # a file feed is not a store: the folder it reads may change
    stores = known_stores(UnitOfWork(engine))
    known = stores.get(source)
    if known is None:
        identity = _store_identity(settings)
        for old, old_settings in stores.items():
            if old != source and old_settings.get("kind") != "file" \
                    and _store_identity(old_settings) == identity:
                try:
                    rename_source(UnitOfWork(engine), old, source)
                except DomainError as refused:
                    raise StoreNameClash(str(refused)) from refused
                break
        return
    if _store_identity(known) == _store_identity(settings):
        return
    raise StoreNameClash(
        f"{settings.get('url')} would share the name {source} with the store "
        f"{known.get('url') or known.get('path')} already pulled; two stores are never pulled "
        "into one: remove the other one in Admin > Store connections first"
    )


def pull_all(
    engine: Engine,
    sources: Iterable[OrderSource],
    *,
    since: datetime | None = None,
    on_order_stored: OrderStoredHook | None = None,
    on_progress: ProgressHook | None = None,
    images: ImageCache | None = None,
) -> PullSummary:
    """Pull each source in turn; one failing store does not stop the others.

    ``on_progress(source, pages, orders)`` is called after each page is stored (pages
    and orders of that source so far), from the thread that pulls. With ``images``, the
    photos of the order lines created or updated are fetched into that cache once every
    order is stored; a photo that cannot be fetched fails nothing.

    Blocking (network and database): call it from a worker thread, never the GUI thread.
    """
    summary = PullSummary()
    image_urls: dict[str, None] = {}  # in order, once each
    if images is not None:
        if on_order_stored is None:
            from packdesk.services.notes import on_order_stored as read_notes

            on_order_stored = read_notes
        inner = on_order_stored

        def on_order_stored(session: Session, row: OrderRow, created: bool) -> None:
            inner(session, row, created)
            image_urls.update((line.image_url, None) for line in row.lines if line.image_url)

    for source in sources:
        result = SourceResult(source.source)
        summary.results.append(result)
        started = time.monotonic()
        try:
            check_no_clash(engine, source.source, source.settings())
            remember_store(UnitOfWork(engine), source.source, source.settings())
            prepare_source(engine, source)
            store_pulled(
                UnitOfWork(engine),
                source.fetch_orders(since),
                on_order_stored=on_order_stored,
                summary=result.intake,
                on_page=None if on_progress is None
                else functools.partial(on_progress, source.source),
            )
            after_stored = getattr(source, "after_stored", None)
            if after_stored is not None:
                after_stored()  # e.g. a file drop moves the files it has read out of the way
        except (SyncError, OSError, DiskFull, DatabaseBusy) as exc:
            # What was stored before the failure stays stored; the next pull completes it.
            result.error = str(exc)
            log.warning("pull from %s failed: %s", source.source, exc)
        result.seconds = time.monotonic() - started
        http = getattr(source, "http", None)
        result.retries = int(getattr(http, "retries", 0))
    _redact_now_and_then(engine)
    if images is not None:
        summary.images = images.fetch(image_urls)
    summary.finished_at = datetime.now()
    total = summary.total
    try:
        record_last_pull(UnitOfWork(engine), PullReport(
            summary.finished_at.isoformat(timespec="seconds"), summary.line()[:2000],
            total.held_numbers[:200], total.changed_numbers[:200], total.quarantined_numbers[:200],
            [e[:300] for e in summary.errors[:20]]))
    except Exception as exc:  # noqa: BLE001 - the pull itself is done; the report is a courtesy
        log.warning("could not record the pull summary: %s", exc)
    return summary


@dataclass
class SyncRound:
    """One "pull, then send the outbox" round, for the station window."""

    pulled: PullSummary
    sent: Any = None  # outbox_worker.SyncSummary, when the outbox was sent

    @property
    def held_numbers(self) -> list[str]:
        return self.pulled.total.held_numbers

    @property
    def errors(self) -> list[str]:
        return self.pulled.errors

    def line(self) -> str:
        return self.pulled.line() + (f" · {self.sent.line()}" if self.sent is not None else "")
