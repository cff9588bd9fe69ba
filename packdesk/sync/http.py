"""A bounded, retrying HTTP client for store APIs.

Errors are classified: 429, 5xx, timeouts and network errors are transient
(``StoreUnavailable``, retried); 401/403 are ``AccessDenied`` (credentials refused: stop
sending to that store and tell the lead); other 4xx are ``RequestRefused`` with the
store's words. Every request has a timeout; 429, 5xx and network errors are retried with exponential
backoff and full jitter, honouring ``Retry-After``; attempts and total time are bounded.
TLS verification is always on, and plain ``http://`` is refused except for loopback
addresses (a store served on the same machine, or the test servers).

A request that is not idempotent (creating a note or a fulfilment) is never resent here
after a failure that leaves its outcome unknown (a timeout after sending, a reset
connection, a 500): ``UncertainOutcome`` goes back to the caller, which asks the store
what happened before trying again.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# Answers that say the request was not carried out, so resending cannot duplicate it.
NOT_PROCESSED_STATUS = frozenset({429, 503})


class SyncError(Exception):
    """Talking to a store failed; the message says how, in one line."""


class InsecureUrl(SyncError):
    pass


class StoreUnavailable(SyncError):
    """The store did not answer usefully within the bounds; trying later may work."""


class UncertainOutcome(StoreUnavailable):
    """A request that changes something may or may not have reached the store.

    ``answer``: the store's JSON body when it did answer (a 500), for a connector that
    knows when its store's 500 is a definite refusal (WooCommerce's refunds).
    """

    def __init__(self, message: str, *, answer: object = None) -> None:
        super().__init__(message)
        self.answer = answer


class RequestRefused(SyncError):
    """The store refused the request (4xx); resending the same request will not help."""

    def __init__(self, status: int, store_message: str, url: str = "") -> None:
        super().__init__(f"the store refused the request ({status}): {store_message}")
        self.status = status
        self.store_message = store_message
        self.url = url


class AccessDenied(RequestRefused):
    """401/403: the credentials were refused. Sending to this store stops until they are fixed."""


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_store_url(url: str) -> str:
    """The URL without a trailing slash; InsecureUrl unless HTTPS or loopback HTTP."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureUrl(f"{url!r} is not a web address (expected https://...)")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureUrl(
            f"{url} uses plain http: credentials would travel unencrypted; use https:// "
            "(plain http is accepted only for 127.0.0.1/localhost)"
        )
    return url.strip().rstrip("/")


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5
    max_total_seconds: float = 60.0
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    backoff_base: float = 0.5
    backoff_cap: float = 30.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full jitter: uniform in [0, min(cap, base * 2**attempt)]."""
        return rng.uniform(0, min(self.backoff_cap, self.backoff_base * 2**attempt))


def _json_or_none(response: requests.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return None


def _store_message(response: requests.Response) -> str:
    """The store's own words about a refused request, shortened to one line."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip().replace("\n", " ")
        return text[:300] or response.reason or "no message"
    if isinstance(body, dict):
        for key in ("message", "error", "errors"):
            if key in body:
                return str(body[key])[:300]
    return str(body)[:300]


class StoreHttp:
    """One store's API: a ``requests`` session with bounds on everything."""

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.base_url = check_store_url(base_url)
        self.policy = policy or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.session = requests.Session()
        self.session.verify = True
        self.session.trust_env = False  # no proxy or .netrc credentials slipped in from the environment
        self.session.headers.update({"User-Agent": "packdesk-sync", "Accept": "application/json"})
        if headers:
            self.session.headers.update(headers)
        if auth:
            self.session.auth = auth
        self.retries = 0  # how many times a request was sent again, for the summary

    def close(self) -> None:
        self.session.close()

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}/{path.lstrip('/')}"

    def request_json(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotent: bool | None = None,
        decode: Callable[[requests.Response], Any] | None = None,
    ) -> tuple[Any, requests.Response]:
        """Send, retrying within the policy; return (decoded JSON body, response).

        ``decode`` turns a successful response into the body instead of JSON (an image's
        bytes); a ValueError from it counts as a malformed answer.
        """
        if idempotent is None:
            idempotent = method.upper() in ("GET", "HEAD", "PUT", "DELETE")
        url = self.url(path)
        policy = self.policy
        deadline = time.monotonic() + policy.max_total_seconds
        last_problem = "no attempt made"
        for attempt in range(policy.max_attempts):
            wait: float | None = None
            try:
                response = self.session.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    timeout=(policy.connect_timeout, policy.read_timeout),
                    allow_redirects=False,
                )
            except requests.ConnectTimeout as exc:
                last_problem = f"no connection to {url}: {exc.__class__.__name__}"
            except requests.ConnectionError as exc:
                sent = not _refused_before_sending(exc)
                last_problem = (
                    f"the connection to {url} broke"
                    if sent
                    else f"cannot connect to {url}"
                )
                if sent and not idempotent:
                    raise UncertainOutcome(last_problem) from exc
            except requests.Timeout as exc:
                last_problem = f"no answer from {url} within {policy.read_timeout:g} s"
                if not idempotent:
                    raise UncertainOutcome(last_problem) from exc
            else:
                status = response.status_code
                if status in RETRYABLE_STATUS:
                    last_problem = f"{url} answered {status} {response.reason}"
                    if not idempotent and status not in NOT_PROCESSED_STATUS:
                        raise UncertainOutcome(last_problem, answer=_json_or_none(response))
                    wait = retry_after_seconds(response.headers.get("Retry-After"))
                elif status in (401, 403):
                    raise AccessDenied(status, _store_message(response), url)
                elif status >= 400 or 300 <= status < 400:
                    raise RequestRefused(status, _store_message(response), url)
                else:
                    try:
                        return (decode or _json)(response), response
                    except ValueError as exc:
                        last_problem = f"{url} answered with malformed {'JSON' if decode is None else 'content'}"
                        if not idempotent:
                            raise UncertainOutcome(last_problem) from exc
            if attempt == policy.max_attempts - 1:
                break
            if wait is None:
                wait = policy.backoff(attempt, self._rng)
            if time.monotonic() + wait >= deadline:
                break
            log.info("%s; retrying in %.1f s (attempt %d of %d)", last_problem, wait,
                     attempt + 2, policy.max_attempts)
            self.retries += 1
            self._sleep(wait)
        raise StoreUnavailable(f"{last_problem} (gave up after {attempt + 1} attempts)")


def _json(response: requests.Response) -> Any:
    return response.json()


def _refused_before_sending(exc: requests.ConnectionError) -> bool:
    """True when the connection never opened, so nothing reached the store."""
    text = repr(exc)
    return any(
        marker in text
        for marker in ("NewConnectionError", "Connection refused", "NameResolutionError",
                       "Name or service not known", "ConnectTimeout")
    )
