"""The fake WooCommerce store with the faults the reliability tests add on top.

- ``garbage``: a 200 whose body is not JSON at all (a PHP notice or an HTML error page in
  front of the JSON, as broken WordPress plugins produce);
- ``between_pages``: a hook called after each page of the order list is served, so a test
  can change the list while a pull is paging through it (new orders arriving, orders
  completed or edited in the shop's back office).

The outbox worker child for the push test lives here too, so a forkserver can preload it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from http.server import ThreadingHTTPServer
from typing import Any

from tests.helpers.fake_woocommerce import FakeWooCommerce, Fault, Faults, _Handler

PageHook = Callable[[int], None]  # called with the page number just served


class ChurningWooCommerce(FakeWooCommerce):
    def __init__(self, key: str = "ck_test", secret: str = "cs_test") -> None:
        super().__init__(key, secret)
        self._between_pages: PageHook | None = None
        self.page_numbers: dict[str, int] = {}
        self.garbage = Faults()  # kept apart: the base handler ignores kinds it does not know

    @property
    def between_pages(self) -> PageHook | None:
        return self._between_pages

    @between_pages.setter
    def between_pages(self, hook: PageHook | None) -> None:
        self._between_pages = hook
        self.page_numbers = {}

    def start(self) -> ChurningWooCommerce:
        store = self

        class Handler(_ChurningHandler):
            fake = store

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self


class _ChurningHandler(_Handler):
    fake: ChurningWooCommerce

    def _serve(self, method: str) -> None:
        fault = self.fake.garbage.take(method, self.path.split("?")[0])
        if fault is not None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self._send(200, None, raw=b"<br />\n<b>Notice</b>: Undefined index in "
                                      b"wp-content/plugins/x.php on line 12<br />\n[{\"id\":")
            return
        super()._serve(method)

    def _list_orders(self, query: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        answer = super()._list_orders(query)
        hook = self.fake.between_pages
        if hook is not None and query.get("status", [""])[0] == "processing":
            # Pages are numbered by the window each request asks for (its offset, or its
            # page), in the order first asked since the hook was set: a retry of the same
            # window, or a slow answer the client gave up on, is the same page again.
            window = query.get("offset", query.get("page", ["0"]))[0]
            with self.fake.lock:
                number = self.fake.page_numbers.setdefault(window, len(self.fake.page_numbers) + 1)
            hook(number)
        return answer


@dataclass
class EveryNthRequest(Faults):
    """Faults handed out to every ``nth`` request only, so the retries in between get
    through: a store that fails now and then all day, rather than a store that is down."""

    nth: int = 3
    calls: int = 0

    def take(self, method: str, path: str) -> Fault | None:
        with self.lock:
            self.calls += 1
            if self.calls % self.nth:
                return None
        return super().take(method, path)


def add_garbage(store: ChurningWooCommerce, path: str, times: int = 1, method: str = "") -> None:
    """The next ``times`` requests to ``path`` get a 200 with a non-JSON body."""
    store.garbage.add("garbage", path=path, times=times, method=method)


def run_outbox_worker(db_url: str, store_url: str, key: str, secret: str) -> None:
    """A station's outbox worker: send until nothing is due, as often as it takes."""
    from packdesk.persistence.db import make_engine
    from packdesk.sync.credentials import Secret
    from packdesk.sync.http import RetryPolicy
    from packdesk.sync.outbox_worker import OutboxWorker
    from packdesk.sync.woocommerce import WooCommerceStore

    policy = RetryPolicy(max_attempts=3, max_total_seconds=4, connect_timeout=0.5,
                         read_timeout=0.5, backoff_base=0.01, backoff_cap=0.05)
    engine = make_engine(db_url)
    store = WooCommerceStore(store_url, Secret(key), Secret(secret), policy=policy)
    # Only one worker runs at a time here (the last one was killed), so a message left
    # in flight may be taken again after a second instead of the usual ten minutes.
    worker = OutboxWorker(engine, [store], reclaim_after=timedelta(seconds=1),
                          retry_base=timedelta(milliseconds=50),
                          retry_cap=timedelta(milliseconds=200))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        summary = worker.run_once()
        if summary.pending == 0:
            return
        time.sleep(0.05)
