"""The shared serial-port loop: an unplug in any of the forms the OS reports it is
"disconnected, reconnecting", never an exception that kills the reader thread."""

from __future__ import annotations

import termios
import threading

import pytest
import serial

from packdesk.hardware.serialport import keep_port_open


class Port:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize("unplugged", [
    termios.error(5, "Input/output error"),  # tcflush on a pulled USB-serial adapter
    serial.SerialException("device reports readiness to read but returned no data"),
    OSError(5, "Input/output error"),
])
def test_an_unplugged_port_is_reported_closed_and_opened_again(unplugged: Exception) -> None:
    stop = threading.Event()
    opened: list[Port] = []
    messages: list[tuple[bool, str]] = []

    def open_port() -> Port:
        if len(opened) == 2:
            stop.set()
            raise serial.SerialException("could not open port /dev/ttyUSB0: No such file")
        opened.append(Port())
        return opened[-1]

    def use(port: Port) -> None:
        raise unplugged

    keep_port_open(stop, open_port, use, Port.close, lambda ok, text: messages.append((ok, text)),
                   device="scale on /dev/ttyUSB0", reconnect_min_s=0.0, reconnect_max_s=0.0)

    assert [port.closed for port in opened] == [True, True]
    assert messages[0][0] is False and "scale on /dev/ttyUSB0 disconnected" in messages[0][1]
    assert len(messages) == 2  # the failed reopen after a disconnect says nothing new


def test_a_missing_port_is_reported_once_while_waiting() -> None:
    stop = threading.Event()
    attempts = 0
    messages: list[tuple[bool, str]] = []

    def open_port() -> Port:
        nonlocal attempts
        attempts += 1
        if attempts == 4:
            stop.set()
        raise FileNotFoundError(2, "No such file or directory")

    keep_port_open(stop, open_port, lambda port: None, Port.close,
                   lambda ok, text: messages.append((ok, text)), device="scanner on COM3",
                   reconnect_min_s=0.0, reconnect_max_s=0.0)
    assert attempts == 4
    assert messages == [(False, "scanner on COM3 not found ([Errno 2] No such file or directory); "
                         "waiting for it to come back")]
