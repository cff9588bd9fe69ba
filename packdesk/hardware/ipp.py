"""One IPP question to a CUPS server: what became of a job (RFC 8011, Get-Job-Attributes).

``lpstat`` lists a job that has left the queue among the "completed" ones whether it
printed, was cancelled at the CUPS web page or was aborted by a filter; only the job's
IPP ``job-state`` tells them apart. No maintained synchronous IPP client is on PyPI
(pycups compiles against libcups, pyipp needs asyncio), and the request is a few dozen
bytes, so it is encoded here and sent with ``requests``.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

import requests

GET_JOB_ATTRIBUTES = 0x0009
OPERATION_ATTRIBUTES, END_OF_ATTRIBUTES = 0x01, 0x03
INTEGER, ENUM = 0x21, 0x23
URI, KEYWORD, CHARSET, LANGUAGE = 0x45, 0x44, 0x47, 0x48
# job-state values (RFC 8011 5.3.7)
CANCELED, ABORTED, COMPLETED = 7, 8, 9


class IppError(Exception):
    """The server could not be asked, or did not say."""


@dataclass(frozen=True)
class JobState:
    state: int  # 3 pending ... 9 completed
    reasons: tuple[str, ...]

    @property
    def finished(self) -> bool:
        return self.state in (CANCELED, ABORTED, COMPLETED)


def cups_server(server: str | None) -> str | None:
    """``host:port`` to reach CUPS over HTTP, or None when it is only a local socket."""
    chosen = server or os.environ.get("CUPS_SERVER") or "localhost:631"
    if chosen.startswith("/"):
        return None
    return chosen if ":" in chosen.rsplit("]", 1)[-1] else f"{chosen}:631"


def _attribute(tag: int, name: str, value: bytes) -> bytes:
    encoded = name.encode()
    return (struct.pack(">BH", tag, len(encoded)) + encoded
            + struct.pack(">H", len(value)) + value)


def job_state(server: str, queue: str, job_id: int, *, timeout: float = 5.0) -> JobState:
    """The job's ``job-state`` and ``job-state-reasons`` as CUPS at ``server`` knows them."""
    body = b"".join((
        struct.pack(">BBHI", 2, 0, GET_JOB_ATTRIBUTES, 1),
        bytes([OPERATION_ATTRIBUTES]),
        _attribute(CHARSET, "attributes-charset", b"utf-8"),
        _attribute(LANGUAGE, "attributes-natural-language", b"en"),
        _attribute(URI, "printer-uri", f"ipp://{server}/printers/{queue}".encode()),
        _attribute(INTEGER, "job-id", struct.pack(">i", job_id)),
        _attribute(KEYWORD, "requested-attributes", b"job-state"),
        _attribute(KEYWORD, "", b"job-state-reasons"),
        bytes([END_OF_ATTRIBUTES]),
    ))
    try:
        answer = requests.post(f"http://{server}/jobs", data=body, timeout=timeout,
                               headers={"Content-Type": "application/ipp"})
    except requests.RequestException as error:
        raise IppError(f"CUPS at {server} did not answer: {error}") from error
    if answer.status_code != 200:
        raise IppError(f"CUPS at {server} answered HTTP {answer.status_code}")
    return _parse(answer.content, job_id)


def _parse(data: bytes, job_id: int) -> JobState:
    if len(data) < 9:
        raise IppError("CUPS sent a short IPP answer")
    status = struct.unpack(">H", data[2:4])[0]
    values: dict[str, list[int | str]] = {}
    position, name = 8, ""
    try:
        while position < len(data):
            tag = data[position]
            position += 1
            if tag == END_OF_ATTRIBUTES:
                break
            if tag < 0x10:  # the start of another attribute group
                continue
            length = struct.unpack(">H", data[position:position + 2])[0]
            position += 2
            name = data[position:position + length].decode() or name  # "": another value
            position += length
            length = struct.unpack(">H", data[position:position + 2])[0]
            position += 2
            raw = data[position:position + length]
            position += length
            value: int | str = (struct.unpack(">i", raw)[0] if tag in (INTEGER, ENUM)
                                else raw.decode(errors="replace"))
            values.setdefault(name, []).append(value)
    except (struct.error, UnicodeDecodeError) as error:
        raise IppError(f"CUPS sent an IPP answer that does not parse: {error}") from error
    if status >= 0x0100 or "job-state" not in values:
        message = " ".join(str(v) for v in values.get("status-message", []))
        raise IppError(f"CUPS does not know job {job_id}" + (f": {message}" if message else ""))
    state = values["job-state"][0]
    if not isinstance(state, int):
        raise IppError(f"CUPS sent job {job_id}'s state as {state!r}, not a number")
    return JobState(state, tuple(str(r) for r in values.get("job-state-reasons", [])))
