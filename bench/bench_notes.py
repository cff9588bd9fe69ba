"""The notes reader on long notes: bounded at MAX_NOTE_CHARS, linear below it."""

from __future__ import annotations

import time

from bench.harness import Context, Result
from packdesk.domain import notes
from packdesk.domain.notes import MAX_NOTE_CHARS, NotesReader

UNIT = ("Please send the blue one, size M. It is a gift for my mother! Ring the bell twice. "
        "Not the red one, thanks. ")


def _note(size: int) -> str:
    return (UNIT * (size // len(UNIT) + 1))[:size]


def _seconds(reader: NotesReader, text: str) -> float:
    start = time.perf_counter()
    reader.read_text(text)
    return time.perf_counter() - start


def run(ctx: Context) -> list[Result]:
    reader = NotesReader()
    reader.read_text(_note(200))  # word lists compiled once, as at a station's start
    big = 20_000 if ctx.smoke else 100_000
    bounded_ms = _seconds(reader, _note(big)) * 1000
    # The reader itself, without the bound: time per KB at 10 KB and at the big size.
    saved = notes.MAX_NOTE_CHARS
    notes.MAX_NOTE_CHARS = 10**9
    try:
        small_per_kb = _seconds(reader, _note(10_000)) * 1000 / 10
        big_per_kb = _seconds(reader, _note(big)) * 1000 / (big / 1000)
    finally:
        notes.MAX_NOTE_CHARS = saved
    python_ms = ctx.baselines["python_ms"]
    return [
        Result(f"Notes reader, a {big // 1000} KB note (read up to {MAX_NOTE_CHARS:,} characters)",
               f"{big // 1000} KB", bounded_ms, "ms", 100.0, baseline=python_ms, baseline_name="python",
               note="the rest is flagged for a person"),
        Result("Notes reader without the bound: time per KB, big note / 10 KB note",
               f"{big // 1000} KB", big_per_kb / small_per_kb, "x", 2.0,
               note=f"{small_per_kb:.1f} ms/KB at 10 KB, {big_per_kb:.1f} ms/KB at {big // 1000} KB"),
    ]
