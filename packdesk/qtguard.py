"""A guard against a reference-count bug in PySide6's ``SignalInstance.emit``.

PySide6 6.12.0 returns ``True`` from ``emit()`` without taking a reference to it, so each
``signal.emit(...)`` made from Python takes one reference away from ``True``. On Python
3.11, where ``True`` is an ordinary object with a few hundred references, a station
that emits a few hundred signals (scans, status changes, finished tasks) aborts with
"Fatal Python error: bool_dealloc". Python 3.12 and later make ``True``/``False`` immortal,
so the bug is harmless there.

:func:`guard_bool_refcounts` checks whether the running PySide6 has the bug and, if so,
gives ``True`` and ``False`` so many references that no day of emitting can use them up
(the same thing Python 3.12 does by design). Call it once at start, before any thread
emits; it is cheap and does nothing where it is not needed.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 emits: more than a station emits in a thousand years.
_EXTRA_REFERENCES = 1 << 40
_guarded = False


def emit_takes_references_from_true() -> bool:
    """True when ``emit()`` of this PySide6 takes a reference from ``True`` each time."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        pinged = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.pinged.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _add_references(True, lost)  # give back what the probe took
    return lost >= 8


def _add_references(obj: object, count: int) -> None:
    ctypes.c_ssize_t.from_address(id(obj)).value += count


def guard_bool_refcounts() -> bool:
    """Protect ``True``/``False`` from the emit bug; True if the guard was needed."""
    global _guarded
    if _guarded:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # True and False are immortal there
    if not emit_takes_references_from_true():
        return False
    _add_references(True, _EXTRA_REFERENCES)
    _add_references(False, _EXTRA_REFERENCES)
    _guarded = True
    return True
