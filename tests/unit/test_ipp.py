"""The IPP answer reader: a garbled or refusing answer is an IppError, never a state."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packdesk.hardware import ipp


def answer(status: int, *attributes: tuple[int, str, bytes]) -> bytes:
    body = struct.pack(">BBHI", 2, 0, status, 1) + bytes([ipp.OPERATION_ATTRIBUTES])
    for tag, name, value in attributes:
        body += ipp._attribute(tag, name, value)
    return body + bytes([ipp.END_OF_ATTRIBUTES])


def test_a_cancelled_job_reads_as_cancelled_with_its_reasons() -> None:
    state = ipp._parse(answer(0, (ipp.ENUM, "job-state", struct.pack(">i", 7)),
                              (ipp.KEYWORD, "job-state-reasons", b"job-canceled-by-user"),
                              (ipp.KEYWORD, "", b"processing-to-stop-point")), 4)
    assert state == ipp.JobState(7, ("job-canceled-by-user", "processing-to-stop-point"))
    assert state.finished


def test_an_unknown_job_is_an_error_with_the_servers_words() -> None:
    with pytest.raises(ipp.IppError, match="does not know job 99: Job #99 does not exist"):
        ipp._parse(answer(0x0406, (0x41, "status-message", b"Job #99 does not exist.")), 99)


@given(st.binary(max_size=200))
def test_garbage_is_an_ipp_error_or_a_state_never_a_crash(data: bytes) -> None:
    try:
        ipp._parse(data, 1)
    except ipp.IppError:
        pass


def test_a_state_that_is_not_a_number_is_an_error() -> None:
    with pytest.raises(ipp.IppError, match="not a number"):
        ipp._parse(answer(0, (ipp.KEYWORD, "job-state", b"done")), 1)


def test_the_server_to_ask() -> None:
    assert ipp.cups_server("127.0.0.1:8631") == "127.0.0.1:8631"
    assert ipp.cups_server("printhost") == "printhost:631"
    assert ipp.cups_server("/run/cups/cups.sock") is None
