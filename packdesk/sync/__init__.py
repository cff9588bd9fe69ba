"""Store connectors (orders in) and the outbox worker (shipments out).

For the station window (call both from a worker thread, e.g. a QRunnable on
QThreadPool, never the GUI thread; each opens its own units of work)::

    from packdesk.sync import OutboxWorker, configured_pushers, configured_sources, pull_all

    summary = pull_all(engine, configured_sources(engine))   # -> PullSummary
    summary.line()          # "created 3, updated 1, unchanged 40, cancelled 1, quarantined 0"
    summary.total.held_numbers  # orders the store cancelled, changed or held after queueing: now on hold
    summary.ok, summary.errors  # a store that could not be read, in one line each

    pushers, problems = configured_pushers(engine)
    result = OutboxWorker(engine, pushers).run_once()        # -> SyncSummary
    result.line()           # "sent 2, pending 0, failed 1"
    failed_messages(engine) # what the stores refused, with their message, for the admin

``configured_sources``/``configured_pushers`` rebuild the connectors of every store
pulled before (the database keeps kind and URL; credentials come from the keyring or
``PACKDESK_WC_KEY``/``PACKDESK_WC_SECRET``/``PACKDESK_SHOPIFY_TOKEN``). Both calls are
blocking and bounded: every request has a timeout and a bounded number of retries.

Keep the list of sources between scheduled pulls (build it once, on the worker thread
that uses it): a WooCommerce connector caches the products and variations it has
fetched. A connector holds one HTTP session: use it from one thread at a time.

Order sources are named ``woocommerce:<host>``, ``shopify:<shop>`` and ``file``, so two
stores never share an order key. Quarantined payloads: ``packdesk.services.quarantine.open_quarantine``.
The notes reader can hook into intake with ``pull_all(..., on_order_stored=hook)``.
"""

from __future__ import annotations

from .outbox_worker import OutboxWorker, SyncSummary, failed_messages
from .pull import PullSummary, pull_all
from .stores import configured_pushers, configured_sources

__all__ = [
    "OutboxWorker",
    "PullSummary",
    "SyncSummary",
    "configured_pushers",
    "configured_sources",
    "failed_messages",
    "pull_all",
]
