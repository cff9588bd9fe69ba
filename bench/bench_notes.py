"""The notes reader: one order note (median over the tests' corpus, word lists loaded once),
and long notes: bounded at MAX_NOTE_CHARS, linear below it."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

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


CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "notes_corpus.json"


def _corpus_median_ms(reader: NotesReader, rounds: int) -> tuple[float, float, int]:
    """Median and 95th percentile of reading one corpus note, in ms; and the corpus size."""
    with CORPUS.open(encoding="utf-8") as fh:
        texts = [str(row["text"]) for row in json.load(fh)]
    times = [_seconds(reader, t) * 1000 for _ in range(rounds) for t in texts]
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], len(texts)


def run(ctx: Context) -> list[Result]:
    start = time.perf_counter()
    reader = NotesReader()
    reader.read_text(_note(200))  # word lists compiled once, as at a station's start
    load_ms = (time.perf_counter() - start) * 1000
    median_ms, p95_ms, count = _corpus_median_ms(reader, 1 if ctx.smoke else 5)
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
        Result("Notes reader, one order note (median over the tests' corpus)", f"{count} notes",
               median_ms, "ms", 1.0, baseline=python_ms, baseline_name="python",
               note=f"p95 {p95_ms:.2f} ms; word lists loaded once in {load_ms:.0f} ms"),
        Result(f"Notes reader, a {big // 1000} KB note (read up to {MAX_NOTE_CHARS:,} characters)",
               f"{big // 1000} KB", bounded_ms, "ms", 100.0, baseline=python_ms, baseline_name="python",
               note="the rest is flagged for a person"),
        Result("Notes reader without the bound: time per KB, big note / 10 KB note",
               f"{big // 1000} KB", big_per_kb / small_per_kb, "x", 2.0,
               note=f"{small_per_kb:.1f} ms/KB at 10 KB, {big_per_kb:.1f} ms/KB at {big // 1000} KB"),
    ]
