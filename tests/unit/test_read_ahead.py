"""Intake reads a connector's next page in another thread (services.intakebatch.read_ahead)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from packdesk.services.intakebatch import read_ahead


def test_items_arrive_in_order_from_another_thread() -> None:
    threads: list[str] = []

    def pages() -> Iterator[int]:
        for i in range(250):
            threads.append(threading.current_thread().name)
            yield i

    assert list(read_ahead(pages(), 10)) == list(range(250))
    assert set(threads) == {"intake-read-ahead"}


def test_a_connector_error_arrives_after_the_items_read_before_it() -> None:
    def pages() -> Iterator[int]:
        yield 1
        yield 2
        raise OSError("store unreachable")

    got: list[int] = []
    with pytest.raises(OSError, match="store unreachable"):
        for item in read_ahead(pages(), 10):
            got.append(item)
    assert got == [1, 2]


def test_leaving_early_stops_the_reader() -> None:
    read: list[int] = []

    def pages() -> Iterator[int]:
        for i in range(10_000):
            read.append(i)
            yield i

    for item in read_ahead(pages(), 5):
        if item == 3:
            break
    assert len(read) < 20  # not the whole store: the reader stopped a few items ahead
    assert not any(t.name == "intake-read-ahead" for t in threading.enumerate())


def test_a_list_is_iterated_here() -> None:
    assert list(read_ahead([1, 2, 3], 2)) == [1, 2, 3]
