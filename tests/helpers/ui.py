"""Helpers for the station's UI tests: a label printer on a real socket, shift data."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class LabelPrinterListener:
    """A raw-port label printer on 127.0.0.1: reads each job until EOF, then closes,
    as a Zebra does on port 9100. ``received`` holds one bytes object per job."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port: int = self.server.getsockname()[1]
        self.received: list[bytes] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="label-printer", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def jobs(self) -> list[bytes]:
        with self._lock:
            return list(self.received)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                chunks = []
                try:
                    while chunk := conn.recv(65536):
                        chunks.append(chunk)
                except OSError:
                    continue
                with self._lock:
                    self.received.append(b"".join(chunks))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.server.close()


@contextmanager
def label_printer() -> Iterator[LabelPrinterListener]:
    listener = LabelPrinterListener()
    try:
        yield listener
    finally:
        listener.close()
