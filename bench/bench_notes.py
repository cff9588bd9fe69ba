"""The notes reader: one order note (median over the tests' corpus, word lists loaded once),
and long notes: bounded at MAX_NOTE_CHARS, linear below it. And what notes cost intake:
storing a pull's orders when three in ten carry a plain note, against the same orders
without notes."""

from __future__ import annotations

import dataclasses
import json
import random
import statistics
import time
from pathlib import Path

from bench.harness import Context, Result
from packdesk.domain import notes
from packdesk.domain.model import Order
from packdesk.domain.notes import MAX_NOTE_CHARS, NotesReader
from packdesk.persistence.db import open_database
from packdesk.services.demo import generate_shop
from packdesk.services.intake import store_pulled
from packdesk.services.uow import UnitOfWork

# What customers write that asks for nothing a packer must do differently.
PLAIN_NOTES = ["Merci de laisser le colis au gardien", "Por favor, entregar após as 18h",
               "Оставьте у двери, пожалуйста", "Ring på dørklokka",
               "Lūdzu, zvaniet pirms piegādes", "Leave it with the neighbour at no. 5"]

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


def _pull_orders(count: int, with_notes: bool) -> list[Order]:
    rng = random.Random(3)
    orders = []
    for index, order in enumerate(generate_shop(count, seed=7).orders):
        note = rng.choice(PLAIN_NOTES) if with_notes and rng.random() < 0.3 else ""
        orders.append(dataclasses.replace(order, customer_note=note, gift=False, gift_message="",
                                          external_id=f"N{index}", number=f"#N{index}"))
    return orders


def _store_seconds(ctx: Context, name: str, orders: list[Order]) -> float:
    engine = open_database(f"sqlite:///{ctx.workdir / name}")
    try:
        start = time.perf_counter()
        store_pulled(UnitOfWork(engine), orders)
        return time.perf_counter() - start
    finally:
        engine.dispose()


def _intake_with_notes(ctx: Context) -> Result:
    count = ctx.sizes.pull_orders
    noted = _pull_orders(count, with_notes=True)
    bare = _store_seconds(ctx, "notes-none.db", _pull_orders(count, with_notes=False))
    with_notes = _store_seconds(ctx, "notes-plain.db", noted)
    notes_count = sum(1 for order in noted if order.customer_note)
    return Result("Intake with plain notes: storing time against the same orders without notes",
                  f"{count:,} orders", with_notes / bare, "x", 2.5,
                  note=f"{with_notes:.1f} s with {notes_count:,} notes, {bare:.1f} s without "
                       "(SQLite, empty database)")


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
        _intake_with_notes(ctx),
    ]
