"""A bench scale simulated on the far end of a socat pty pair (tests/integration)."""

from __future__ import annotations

import threading
from pathlib import Path


class SimulatedScale:
    """Answers MT-SICS ``SI``/``S`` requests, or writes continuous lines, on ``path``.

    ``weight`` is the display text (value and unit, e.g. ``"1.234 kg"``); ``stable``
    says whether it has settled. ``garbage`` makes it answer noise instead.
    """

    def __init__(self, path: Path, protocol: str, *, line: str = "{status},GS,{value}") -> None:
        self.path = path
        self.protocol = protocol
        self.line = line
        self.value = 0.0
        self.unit = "g"
        self.stable = True
        self.garbage = False
        self.silent = True  # until the first show()
        self.requests = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def show(self, value: float, unit: str = "g", *, stable: bool = True) -> None:
        self.value, self.unit, self.stable = value, unit, stable
        self.silent = False

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None

    def _answer(self) -> bytes:
        if self.garbage:
            return b"\xff\x13garbage\x02\r\n"
        if self.protocol == "mt-sics":
            return f"S {'S' if self.stable else 'D'} {self.value:>10.3f} {self.unit}\r\n".encode()
        status = "ST" if self.stable else "US"
        value = f"{self.value:+09.3f}{self.unit}"
        return (self.line.format(status=status, value=value) + "\r\n").encode()

    def _run(self) -> None:
        import serial

        try:
            port = serial.Serial(str(self.path), 9600, timeout=0.05)
        except (serial.SerialException, OSError):
            return
        buffer = b""
        try:
            while not self._stop.is_set():
                if self.protocol == "mt-sics":
                    buffer += port.read(64)
                    while b"\n" in buffer:
                        request, buffer = buffer.split(b"\n", 1)
                        if request.strip() in (b"SI", b"S") and not self.silent:
                            self.requests += 1
                            port.write(self._answer())
                elif not self.silent:
                    port.write(self._answer())
                    self._stop.wait(0.1)
                else:
                    self._stop.wait(0.1)
        except (serial.SerialException, OSError):
            pass
        finally:
            port.close()
