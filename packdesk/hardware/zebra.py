"""What a Zebra printer says about itself: the ``~HS`` host status answer, parsed.

``~HS`` makes a ZPL printer answer with three strings, each framed by STX (0x02) and ETX
(0x03) and followed by CR LF (ZPL II Programming Guide, "~HS Host Status Return")::

    <STX>aaa,b,c,dddd,eee,f,g,h,iii,j,k,l<ETX><CR><LF>
    <STX>mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www<ETX><CR><LF>
    <STX>xxxx,y<ETX><CR><LF>

String 1: ``b`` paper out, ``c`` paused, ``eee`` formats in the receive buffer, ``f``
buffer full, ``j`` corrupt RAM, ``k`` under temperature, ``l`` over temperature.
String 2: ``o`` head up (open), ``p`` ribbon out. Pure functions, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

HOST_STATUS_QUERY = b"~HS"
STX, ETX = 0x02, 0x03


class HostStatusError(ValueError):
    """The bytes are not a ~HS answer."""


@dataclass(frozen=True)
class HostStatus:
    paper_out: bool = False
    paused: bool = False
    formats_in_buffer: int = 0
    buffer_full: bool = False
    corrupt_ram: bool = False
    under_temperature: bool = False
    over_temperature: bool = False
    head_open: bool = False
    ribbon_out: bool = False

    def faults(self) -> list[str]:
        """The faults in the printer's own words (as its display and manual name them)."""
        words = [
            (self.head_open, "head open"),
            (self.paper_out, "paper out"),
            (self.ribbon_out, "ribbon out"),
            (self.paused, "paused"),
            (self.buffer_full, "receive buffer full"),
            (self.corrupt_ram, "corrupt RAM"),
            (self.under_temperature, "head too cold"),
            (self.over_temperature, "head too hot"),
        ]
        return [text for flag, text in words if flag]

    @property
    def ok(self) -> bool:
        return not self.faults()

    def describe(self) -> str:
        faults = self.faults()
        return ", ".join(faults) if faults else "ready"


def status_frames(data: bytes) -> list[bytes]:
    """The complete STX...ETX frames in ``data`` (what is between the markers)."""
    frames: list[bytes] = []
    start = data.find(STX)
    while start >= 0:
        end = data.find(ETX, start + 1)
        if end < 0:
            break
        frames.append(data[start + 1:end])
        start = data.find(STX, end + 1)
    return frames


def _flag(fields: list[str], index: int) -> bool:
    return len(fields) > index and fields[index].strip() == "1"


def parse_host_status(data: bytes) -> HostStatus:
    """The status in a ``~HS`` answer; :class:`HostStatusError` if it is not one."""
    frames = status_frames(data)
    if len(frames) < 2:
        raise HostStatusError("not a ~HS answer: fewer than two STX/ETX strings")
    first = frames[0].decode("ascii", "replace").split(",")
    second = frames[1].decode("ascii", "replace").split(",")
    if len(first) < 6 or len(second) < 4:
        raise HostStatusError("not a ~HS answer: too few fields")
    try:
        formats = int(first[4].strip() or 0)
    except ValueError as error:
        raise HostStatusError(f"not a ~HS answer: formats field {first[4]!r}") from error
    return HostStatus(
        paper_out=_flag(first, 1),
        paused=_flag(first, 2),
        formats_in_buffer=formats,
        buffer_full=_flag(first, 5),
        corrupt_ram=_flag(first, 9),
        under_temperature=_flag(first, 10),
        over_temperature=_flag(first, 11),
        head_open=_flag(second, 2),
        ribbon_out=_flag(second, 3),
    )


def host_status_answer(status: HostStatus) -> bytes:
    """The three strings a printer in ``status`` sends back (for fakes and tests)."""
    b = "1" if status.paper_out else "0"
    c = "1" if status.paused else "0"
    f = "1" if status.buffer_full else "0"
    j = "1" if status.corrupt_ram else "0"
    k = "1" if status.under_temperature else "0"
    ll = "1" if status.over_temperature else "0"
    o = "1" if status.head_open else "0"
    p = "1" if status.ribbon_out else "0"
    first = f"030,{b},{c},1245,{status.formats_in_buffer:03d},{f},0,0,000,{j},{k},{ll}"
    second = f"001,0,{o},{p},1,2,6,0,00000000,1,000"
    third = "1234,0"
    return b"".join(b"\x02" + s.encode() + b"\x03\r\n" for s in (first, second, third))
