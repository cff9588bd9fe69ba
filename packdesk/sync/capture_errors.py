"""A store's failures, as the payment-capture service knows them (both connectors)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from packdesk.services.payments import AnswerLost, CaptureRefused, StoreUnreachable

from .http import RequestRefused, SyncError, UncertainOutcome


@contextmanager
def as_capture_errors(*, sent: bool = False) -> Iterator[None]:
    """Refused -> :class:`CaptureRefused` in the store's words; unreachable ->
    :class:`StoreUnreachable`. With ``sent`` (a capture that may have taken effect) a lost
    answer is :class:`AnswerLost`: the service reads the payment back before any retry."""
    try:
        yield
    except UncertainOutcome as lost:
        if sent:
            raise AnswerLost(str(lost)) from lost
        raise StoreUnreachable(str(lost)) from lost
    except RequestRefused as refused:
        raise CaptureRefused(refused.store_message) from refused
    except SyncError as exc:
        raise StoreUnreachable(str(exc)) from exc
