"""The warehouse the benchmarks run on, built once per run and copied for each figure.

One build holds the demo shop with ``sizes.orders`` open orders (the queue) and a packing
history of ``sizes.stats_days`` days ending yesterday with about ``sizes.scan_events``
scan events (shipped orders, their lines, shipments and scans, from
:func:`packdesk.services.history.generate_history`). The SQLite build is a file that each
figure copies; the PostgreSQL build is a template database that each figure clones with
``CREATE DATABASE ... TEMPLATE``, so no figure sees another's writes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.harness import Context
from packdesk.persistence.db import normalize_url, open_database
from packdesk.services.demo import generate_shop, seed_database
from packdesk.services.history import generate_history, write_history

# Scan events the history generator writes per order, on average (measured: pick scans of
# bins and units, pack scans of units, a few refusals and overrides).
SCANS_PER_HISTORY_ORDER = 6.6
HISTORY_PACKERS = tuple(
    (f"Packer {i + 1:02d}", f"Bench {i + 1}") for i in range(24)
)
SHOP_SEED = 7


def _prefix() -> str:
    # Unique per run: two runs against one shared server do not drop each other's data.
    return f"packdesk_bench_{os.getpid()}_"


def history_first_day(ctx: Context) -> date:
    return date.today() - timedelta(days=ctx.sizes.stats_days)


def _fill(url: str, ctx: Context) -> dict[str, int]:
    engine = open_database(url)
    try:
        started = time.perf_counter()
        shop = generate_shop(ctx.sizes.orders, seed=SHOP_SEED)
        counts = seed_database(engine, shop)
        seeded = time.perf_counter()
        per_day = max(1, round(ctx.sizes.scan_events / SCANS_PER_HISTORY_ORDER / ctx.sizes.stats_days))
        history = write_history(engine, generate_history(
            history_first_day(ctx), ctx.sizes.stats_days, orders_per_day=per_day,
            packers=HISTORY_PACKERS))
        done = time.perf_counter()
    finally:
        engine.dispose()
    print(f"bench:   built {engine.url.get_backend_name()}: {counts['orders']} open orders "
          f"({seeded - started:.0f} s), {history['orders']} history orders with "
          f"{history['scan_events']} scan events ({done - seeded:.0f} s)", file=sys.stderr, flush=True)
    return {"open_orders": counts["orders"], **{f"history_{k}": v for k, v in history.items()}}


def sqlite_warehouse(ctx: Context, name: str) -> str:
    """A fresh copy of the SQLite warehouse at ``workdir/name.db``; returns its URL."""
    template = ctx.workdir / "warehouse-template.db"
    if "sqlite_counts" not in ctx.cache:
        sizes = ctx.sizes
        kept = (ctx.keep_dir / f"warehouse-{sizes.orders}-{sizes.scan_events}-{sizes.stats_days}"
                f"-{history_first_day(ctx)}.db") if ctx.keep_dir else None
        if kept is not None and kept.exists():
            shutil.copyfile(kept, template)
            open_database(f"sqlite:///{template}").dispose()  # newer migrations, if any
            ctx.cache["sqlite_counts"] = {"kept": str(kept)}
            print(f"bench:   SQLite warehouse from {kept}", file=sys.stderr, flush=True)
        else:
            ctx.cache["sqlite_counts"] = _fill(f"sqlite:///{template}", ctx)
        conn = sqlite3.connect(template)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ANALYZE")
        conn.close()
        if kept is not None and not kept.exists():
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(template, kept)
    target = ctx.workdir / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def _admin_engine(ctx: Context):  # type: ignore[no-untyped-def]
    assert ctx.pg_url is not None
    return create_engine(normalize_url(ctx.pg_url), isolation_level="AUTOCOMMIT")


def _database_url(ctx: Context, database: str) -> str:
    assert ctx.pg_url is not None
    return make_url(normalize_url(ctx.pg_url)).set(database=database).render_as_string(
        hide_password=False)


def _recreate(admin, database: str, template: str | None = None) -> None:  # type: ignore[no-untyped-def]
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        suffix = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{database}"{suffix}'))


def pg_empty(ctx: Context, name: str) -> str:
    """A new, empty (unmigrated) PostgreSQL database; returns its URL."""
    admin = _admin_engine(ctx)
    try:
        _recreate(admin, _prefix() + name)
    finally:
        admin.dispose()
    return _database_url(ctx, _prefix() + name)


def pg_warehouse(ctx: Context, name: str) -> str:
    """A fresh clone of the PostgreSQL warehouse; returns its URL."""
    if ctx.pg_url is None:
        raise RuntimeError("no PostgreSQL server (give --pg-url or install PostgreSQL)")
    admin = _admin_engine(ctx)
    try:
        template = _prefix() + "template"
        if "pg_counts" not in ctx.cache:
            _recreate(admin, template)
            ctx.cache["pg_counts"] = _fill(_database_url(ctx, template), ctx)
            template_engine = create_engine(normalize_url(_database_url(ctx, template)),
                                            isolation_level="AUTOCOMMIT")
            with template_engine.connect() as conn:
                conn.execute(text("VACUUM ANALYZE"))
            template_engine.dispose()
        _recreate(admin, _prefix() + name, template)
    finally:
        admin.dispose()
    return _database_url(ctx, _prefix() + name)


def drop_pg_databases(ctx: Context) -> None:
    """Remove every database this run made (the server may be a shared one)."""
    if ctx.pg_url is None:
        return
    admin = _admin_engine(ctx)
    try:
        with admin.connect() as conn:
            names = conn.scalars(text(
                "SELECT datname FROM pg_database WHERE starts_with(datname, :prefix)"),
                {"prefix": _prefix()}).all()
            for database in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    finally:
        admin.dispose()
