"""A Zebra label printer's raw port on 127.0.0.1, as slow or as faulty as a test needs.

It answers ``~HS`` (host status) anywhere in the stream with the three STX/ETX strings of
a real printer, built from ``status`` (switch it at any time), and keeps the rest of each
connection's bytes as one job. ``rcvbuf`` makes its TCP window small, as a printer's is,
so a sender sees the printer's reading pace; ``chunk``/``delay`` set that pace;
``stop_after`` makes it stop reading after that many job bytes (jammed mid-job);
``answers=False`` makes it a raw-port printer that ignores ``~HS``.
"""

from __future__ import annotations

import socket
import threading
import time

from packdesk.hardware.zebra import HOST_STATUS_QUERY, HostStatus, host_status_answer


class FakeZebra:
    def __init__(self, *, status: HostStatus | None = None, answers: bool = True,
                 rcvbuf: int | None = None, chunk: int = 65536, delay: float = 0.0,
                 stop_after: int | None = None) -> None:
        self.status = status or HostStatus()
        self.answers = answers
        self.chunk, self.delay, self.stop_after = chunk, delay, stop_after
        self.jobs: list[bytes] = []  # one per connection that sent any job bytes
        self.queries = 0
        self.events: list[str] = []  # "status" / "job" in the order the printer saw them
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._conns: list[socket.socket] = []
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if rcvbuf is not None:  # before listen(): accepted sockets inherit it
            self.server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.server.settimeout(0.1)
        self.port = int(self.server.getsockname()[1])
        self.url = f"tcp://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except (TimeoutError, OSError):
                continue
            self._conns.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        job = bytearray()
        pending = bytearray()
        seen_job = False
        conn.settimeout(0.2)
        try:
            while not self._stop.is_set():
                if self.stop_after is not None and len(job) >= self.stop_after:
                    time.sleep(0.05)  # jammed: never reads again
                    continue
                try:
                    data = conn.recv(self.chunk)
                except TimeoutError:
                    continue
                if not data:
                    break
                pending += data
                while (at := pending.find(HOST_STATUS_QUERY)) >= 0:
                    seen_job = self._take(job, pending[:at], seen_job)
                    del pending[:at + len(HOST_STATUS_QUERY)]
                    if self.answers:
                        with self._lock:
                            self.queries += 1
                            self.events.append("status")
                        conn.sendall(host_status_answer(self.status))
                keep = 2 if pending.endswith(b"~H") else 1 if pending.endswith(b"~") else 0
                seen_job = self._take(job, pending[:len(pending) - keep], seen_job)
                del pending[:len(pending) - keep]
                if self.delay:
                    time.sleep(self.delay)
            self._take(job, pending, seen_job)
        except OSError:
            pass
        finally:
            if job:
                with self._lock:
                    self.jobs.append(bytes(job))
            conn.close()

    def _take(self, job: bytearray, data: bytes | bytearray, seen: bool) -> bool:
        if data:
            job += data
            if not seen:
                with self._lock:
                    self.events.append("job")
            return True
        return seen

    def wait_for_jobs(self, count: int, timeout: float = 5.0) -> list[bytes]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.jobs) >= count:
                    return list(self.jobs)
            time.sleep(0.01)
        with self._lock:
            return list(self.jobs)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.server.close()
        for conn in self._conns:
            try:
                conn.close()
            except OSError:
                pass


def read_job_answering_status(conn: socket.socket, status: HostStatus | None = None) -> bytes:
    """Read one connection to its end like a Zebra: answer each ``~HS``, return the rest."""
    answer = host_status_answer(status or HostStatus())
    job = bytearray()
    pending = bytearray()
    while data := conn.recv(65536):
        pending += data
        while (at := pending.find(HOST_STATUS_QUERY)) >= 0:
            job += pending[:at]
            del pending[:at + len(HOST_STATUS_QUERY)]
            conn.sendall(answer)
        keep = 2 if pending.endswith(b"~H") else 1 if pending.endswith(b"~") else 0
        job += pending[:len(pending) - keep]
        del pending[:len(pending) - keep]
    return bytes(job + pending)
