"""The key events a HID barcode scanner in keyboard mode sends, with timestamps.

A scanner types like a very fast keyboard: for a capital or a shifted symbol it presses
Shift, presses and releases the key, releases Shift; on layouts where a symbol needs
AltGr it sends AltGr (X11: the AltGr key, the character with the group-switch modifier;
Windows: Ctrl+Alt); a symbol that is a dead key is the dead key followed by Space; the
GS1 group separator is Ctrl+] . Each character takes 1-10 ms, set in the events'
timestamps (what the platform would put there), so the test controls the timing the
filter sees whatever the machine's load.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

M = Qt.KeyboardModifier
K = Qt.Key
GS = "\x1d"
US_SHIFTED = set('~!@#$%^&*()_+{}|:"<>?')


@dataclass
class HidKeyboard:
    """Sends one code as a scanner would, on ``layout`` "us", "no" (Norwegian, X11) or
    "no-windows" (AltGr reported as Ctrl+Alt)."""

    layout: str = "us"
    seed: int = 19
    clock_ms: int = 5_000_000  # the platform's timestamp, in ms
    min_ms: int = 1
    max_ms: int = 10
    _rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    # --- what a layout sends for one character -------------------------------------------

    def _events(self, char: str) -> Iterator[tuple[QEvent.Type, int, M, str]]:
        press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
        if char == GS:
            yield press, int(K.Key_Control.value), M.ControlModifier, ""
            yield press, int(K.Key_BracketRight.value), M.ControlModifier, GS
            yield release, int(K.Key_BracketRight.value), M.ControlModifier, GS
            yield release, int(K.Key_Control.value), M.NoModifier, ""
            return
        if self.layout.startswith("no") and char in "@{}[]$":
            key = ord(char)
            if self.layout == "no-windows":
                both = M.ControlModifier | M.AltModifier
                yield press, int(K.Key_Control.value), M.ControlModifier, ""
                yield press, int(K.Key_Alt.value), both, ""
                yield press, key, both, char
                yield release, key, both, char
                yield release, int(K.Key_Alt.value), M.ControlModifier, ""
                yield release, int(K.Key_Control.value), M.NoModifier, ""
            else:
                yield press, int(K.Key_AltGr.value), M.GroupSwitchModifier, ""
                yield press, key, M.GroupSwitchModifier, char
                yield release, key, M.GroupSwitchModifier, char
                yield release, int(K.Key_AltGr.value), M.NoModifier, ""
            return
        if self.layout.startswith("no") and char in "~^`":
            dead = {"~": K.Key_Dead_Tilde, "^": K.Key_Dead_Circumflex, "`": K.Key_Dead_Grave}
            shift = char == "^"
            if shift:
                yield press, int(K.Key_Shift.value), M.ShiftModifier, ""
            mods = M.ShiftModifier if shift else M.NoModifier
            yield press, int(dead[char].value), mods, ""
            yield release, int(dead[char].value), mods, ""
            if shift:
                yield release, int(K.Key_Shift.value), M.NoModifier, ""
            yield press, int(K.Key_Space.value), M.NoModifier, char  # composes the accent
            yield release, int(K.Key_Space.value), M.NoModifier, char
            return
        shifted = char.isupper() or char in US_SHIFTED
        key = ord(char.upper()) if char.isascii() else int(K.Key_unknown.value)
        if shifted:
            yield press, int(K.Key_Shift.value), M.ShiftModifier, ""
        mods = M.ShiftModifier if shifted else M.NoModifier
        yield press, key, mods, char
        yield release, key, mods, char
        if shifted:
            yield release, int(K.Key_Shift.value), M.NoModifier, ""

    # --- sending -----------------------------------------------------------------------

    def send(self, receiver: QObject, kind: QEvent.Type, key: int, mods: M, text: str) -> None:
        event = QKeyEvent(kind, key, mods, text)
        event.setTimestamp(self.clock_ms)
        QApplication.sendEvent(receiver, event)

    def type(self, text: str, *, to: QObject | None = None) -> None:
        """The characters of ``text``, each 1-10 ms after the one before, no terminator."""
        for char in text:
            receiver = to or QApplication.focusWidget()
            assert receiver is not None, "no widget has focus"
            events = list(self._events(char))
            step = self._rng.randint(self.min_ms, self.max_ms)
            for index, (kind, key, mods, chars) in enumerate(events):
                self.clock_ms += 1 if index else 0
                self.send(receiver, kind, key, mods, chars)
            self.clock_ms += max(0, step - (len(events) - 1))

    def enter(self, *, to: QObject | None = None) -> None:
        receiver = to or QApplication.focusWidget()
        assert receiver is not None, "no widget has focus"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.send(receiver, kind, int(K.Key_Return.value), M.NoModifier, "\r")
        self.clock_ms += self._rng.randint(self.min_ms, self.max_ms)

    def scan(self, code: str, *, to: QObject | None = None) -> None:
        self.type(code, to=to)
        self.enter(to=to)

    def pause(self, ms: int) -> None:
        """The scanner (or person) waits: only the timestamps move."""
        self.clock_ms += ms
