"""A deterministic packing history: orders, scan events and shipments with known timings.

The statistics tests assert hand-checked figures on a small scripted history; the
benchmarks fill 90 days and a million scan events with ``generate_history``. Both are
written by ``write_history`` straight into the tables in large batches (no per-row ORM
work), the way the station would have left them: every scan a ``ScanEventRow``, every
shipped order its ``first_scan_at``/``picked_at``/``packed_at``/``shipped_at`` and a
``ShipmentRow`` naming the station and the packer, and its ``order_facts`` row.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import JSON, Column, Connection, Date, DateTime, Engine, Table, insert, select
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault

from packdesk.domain.model import OrderStatus, ScanOutcome
from packdesk.persistence.tables import OrderLineRow, OrderRow, ScanEventRow, ShipmentRow

from .facts import record_facts_for_orders

HISTORY_SOURCE = "history"
BATCH = 5000


@dataclass(frozen=True)
class PackedOrder:
    """One order as a packer handled it.

    Picking runs from ``first_scan_at`` for ``pick_seconds``, packing for
    ``pack_seconds`` after that, and the order ships ``ship_seconds`` after packing.
    An order whose ``status`` is not shipped stops where that status says (a held order
    is held from picking and keeps only its pick scans).
    """

    number: str
    packer: str
    station: str
    first_scan_at: datetime
    pick_seconds: int
    pack_seconds: int
    ship_seconds: int = 0
    quantities: tuple[int, ...] = (1,)
    misscans: int = 0  # refused scans (wrong item) while packing
    short_units: int = 0  # units of the first line the picker could not find
    overrides: int = 0  # lead overrides while packing
    status: OrderStatus = OrderStatus.SHIPPED
    hold_reason: str = ""

    @property
    def picked_at(self) -> datetime:
        return self.first_scan_at + timedelta(seconds=self.pick_seconds)

    @property
    def packed_at(self) -> datetime:
        return self.picked_at + timedelta(seconds=self.pack_seconds)

    @property
    def shipped_at(self) -> datetime:
        return self.packed_at + timedelta(seconds=self.ship_seconds)

    @property
    def shipped(self) -> bool:
        return self.status is OrderStatus.SHIPPED


def _spread(start: datetime, seconds: int, count: int) -> list[datetime]:
    """``count`` moments evenly inside ``[start, start + seconds)``."""
    if count <= 0:
        return []
    step = seconds / count
    return [start + timedelta(seconds=int(step * i)) for i in range(count)]


def _scan_events(order: PackedOrder, order_id: int) -> list[dict[str, Any]]:
    common = {"station": order.station, "user_name": order.packer, "order_id": order_id,
              "order_number": order.number, "detail": ""}
    pick: list[tuple[str, str]] = []
    for index, quantity in enumerate(order.quantities):
        sku = f"SKU-{index + 1}"
        pick.append((f"BIN:A-01-1-{chr(65 + index % 26)}", ScanOutcome.BIN_CONFIRMED.value))
        short = order.short_units if index == 0 else 0
        pick.extend((sku, ScanOutcome.ACCEPTED.value) for _ in range(quantity - short))
        if short:
            pick.append((sku, ScanOutcome.SHORT_PICK.value))
    events = [
        {**common, "at": at, "phase": "pick", "raw_code": code, "outcome": outcome}
        for at, (code, outcome) in zip(
            _spread(order.first_scan_at, order.pick_seconds, len(pick)), pick, strict=True
        )
    ]
    if order.status not in (OrderStatus.SHIPPED, OrderStatus.PACKED):
        return events
    pack: list[tuple[str, str]] = [("WRONG-ITEM", ScanOutcome.WRONG_ITEM.value)] * order.misscans
    pack += [("OVERRIDE", ScanOutcome.OVERRIDE.value)] * order.overrides
    for index, quantity in enumerate(order.quantities):
        short = order.short_units if index == 0 else 0
        pack.extend((f"SKU-{index + 1}", ScanOutcome.ACCEPTED.value) for _ in range(quantity - short))
    events += [
        {**common, "at": at, "phase": "pack", "raw_code": code, "outcome": outcome}
        for at, (code, outcome) in zip(
            _spread(order.picked_at, order.pack_seconds, len(pack)), pack, strict=True
        )
    ]
    return events


def _order_values(order: PackedOrder) -> dict[str, Any]:
    done = order.status in (OrderStatus.SHIPPED, OrderStatus.PACKED)
    held = order.status is OrderStatus.ON_HOLD
    return {
        "source": HISTORY_SOURCE,
        "external_id": order.number,
        "number": order.number,
        "placed_at": order.first_scan_at - timedelta(hours=2),
        "ship_by": order.first_scan_at.date(),
        "shipping_method": "Standard",
        "priority": 1,
        "ship_to": {"name": "History Customer", "line1": "1 Test Street", "city": "Oslo",
                    "postal_code": "0150", "country": "NO"},
        "status": order.status.value,
        "hold_reason": order.hold_reason if held else "",
        "held_from": OrderStatus.PICKING.value if held else None,
        "claimed_station": order.station,
        "claimed_user": order.packer,
        "first_scan_at": order.first_scan_at,
        "picked_at": order.picked_at if done else None,
        "packed_at": order.packed_at if done else None,
        "shipped_at": order.shipped_at if order.shipped else None,
        "created_at": order.first_scan_at - timedelta(hours=2),
        "updated_at": order.shipped_at if order.shipped else order.first_scan_at,
    }


def write_history(engine: Engine, orders: Iterable[PackedOrder]) -> dict[str, int]:
    """Write ``orders`` with their lines, scans and shipments; return what was written."""
    counts = {"orders": 0, "scan_events": 0, "shipments": 0}
    pending: list[PackedOrder] = []
    with engine.begin() as connection:
        for order in orders:
            pending.append(order)
            if len(pending) >= BATCH // 10:
                _write_batch(connection, pending, counts)
                pending = []
        if pending:
            _write_batch(connection, pending, counts)
    return counts


def _write_batch(connection: Connection, orders: list[PackedOrder], counts: dict[str, int]) -> None:
    _insert_many(connection, OrderRow.__table__, [_order_values(o) for o in orders])
    found = connection.execute(
        select(OrderRow.external_id, OrderRow.id).where(
            OrderRow.source == HISTORY_SOURCE,
            OrderRow.external_id.in_([o.number for o in orders]),
        )
    ).all()
    id_by_number = {number: order_id for number, order_id in found}
    lines: list[dict[str, Any]] = []
    shipments: list[dict[str, Any]] = []
    scans: list[dict[str, Any]] = []
    for order in orders:
        order_id = id_by_number[order.number]
        done = order.status in (OrderStatus.SHIPPED, OrderStatus.PACKED)
        for position, quantity in enumerate(order.quantities):
            short = order.short_units if position == 0 else 0
            lines.append({
                "order_id": order_id, "position": position, "sku": f"SKU-{position + 1}",
                "name": f"Item {position + 1}", "quantity": quantity,
                "picked_qty": quantity - short, "short_qty": short,
                "verified_qty": quantity - short if done else 0,
            })
        if order.shipped:
            shipments.append({
                "order_id": order_id, "kind": "outbound", "carrier": "posten",
                "service": "Standard", "tracking_number": f"TRK{order_id:010d}",
                "station": order.station, "user_name": order.packer,
                "created_at": order.shipped_at,
            })
        scans.extend(_scan_events(order, order_id))
    for table, rows in ((OrderLineRow, lines), (ShipmentRow, shipments), (ScanEventRow, scans)):
        _insert_many(connection, table.__table__, rows)
    # What the ship transaction would have written for each shipped order.
    record_facts_for_orders(connection, [id_by_number[o.number] for o in orders if o.shipped])
    counts["orders"] += len(orders)
    counts["shipments"] += len(shipments)
    counts["scan_events"] += len(scans)


def _sqlite_datetime(value: datetime | None) -> str | None:
    # The text SQLAlchemy's SQLite DateTime stores (and compares as text).
    if value is None:
        return None
    text = value.isoformat(" ")
    return text if value.microsecond else text + ".000000"


def _converter(column: Column[Any], dialect: str) -> Callable[[Any], Any] | None:
    if isinstance(column.type, JSON):
        return json.dumps
    if dialect == "sqlite" and isinstance(column.type, DateTime):
        return _sqlite_datetime
    if dialect == "sqlite" and isinstance(column.type, Date):
        return lambda value: value.isoformat() if value is not None else None
    return None


def _column_defaults(table: Table, given: Iterable[str]) -> dict[str, Any]:
    """Values of the columns a row leaves out, as the models' defaults would fill them."""
    defaults: dict[str, Any] = {}
    for column in table.columns:
        if column.name in given or column.primary_key:
            continue
        default = column.default
        if isinstance(default, ScalarElementColumnDefault | CallableColumnDefault):
            # SQLAlchemy wraps a callable default to take the execution context, unused here.
            defaults[column.name] = (
                cast(Any, default.arg)(None) if default.is_callable else default.arg)
        elif column.nullable:
            defaults[column.name] = None
    return defaults


def _insert_many(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows the fastest way each driver has (SQLite ``executemany``, PostgreSQL ``COPY``).

    SQLAlchemy's per-row parameter processing costs tens of microseconds a row: minutes
    for a million scan events, where the drivers' bulk paths take seconds.
    """
    if not rows:
        return
    defaults = _column_defaults(table, rows[0])
    columns = list(rows[0]) + list(defaults)
    dialect = connection.dialect.name
    if dialect == "sqlite":
        # The statement is compiled from the table's metadata; only the values vary.
        compiled = insert(table).compile(dialect=connection.dialect, column_keys=columns)
        columns = list(compiled.positiontup or [])
    converters = [_converter(table.c[name], dialect) for name in columns]

    def values(row: dict[str, Any]) -> list[Any]:
        raw = [row[c] if c in row else defaults[c] for c in columns]
        return [f(v) if f else v for f, v in zip(converters, raw, strict=True)]

    if dialect == "sqlite":
        connection.exec_driver_sql(str(compiled), [tuple(values(row)) for row in rows])
        return
    from psycopg import sql

    copy_statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(c) for c in columns))
    cursor: Any = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    with cursor, cursor.copy(copy_statement) as copy:
        for row in rows:
            copy.write_row(values(row))


def generate_history(
    first_day: date,
    days: int,
    *,
    orders_per_day: int = 400,
    packers: tuple[tuple[str, str], ...] = (
        ("Pat Packer", "Bench 1"), ("Olga Ivanova", "Bench 2"), ("Jānis Bērziņš", "Bench 3"),
    ),
    shift_start_hour: int = 6,
    seed: int = 7,
) -> Iterator[PackedOrder]:
    """Days of plausible work, the same for the same arguments (benchmarks, demo).

    Each packer works through a day shift one order after another; timings, sizes,
    mis-scans, short picks and overrides are drawn from a seeded generator. Roughly one
    order in fifty ends on hold.
    """
    rng = random.Random(seed)
    serial = 0
    for day_index in range(days):
        day = first_day + timedelta(days=day_index)
        clocks = {
            name: datetime(day.year, day.month, day.day, shift_start_hour)
            + timedelta(seconds=rng.randrange(0, 600))
            for name, _ in packers
        }
        for index in range(orders_per_day):
            packer, station = packers[index % len(packers)]
            quantities = tuple(
                rng.choices([1, 2, 3], weights=[80, 15, 5])[0]
                for _ in range(rng.choices([1, 2, 3, 4], weights=[50, 25, 15, 10])[0])
            )
            held = rng.random() < 0.02
            order = PackedOrder(
                number=f"H{serial:08d}",
                packer=packer,
                station=station,
                first_scan_at=clocks[packer],
                pick_seconds=rng.randrange(40, 240) * len(quantities),
                pack_seconds=rng.randrange(30, 150),
                ship_seconds=rng.randrange(5, 40),
                quantities=quantities,
                misscans=rng.choices([0, 1, 2], weights=[85, 12, 3])[0],
                short_units=1 if held else 0,
                overrides=1 if rng.random() < 0.03 else 0,
                status=OrderStatus.ON_HOLD if held else OrderStatus.SHIPPED,
                hold_reason="item missing from its bin" if held else "",
            )
            serial += 1
            end = order.picked_at if held else order.shipped_at
            clocks[packer] = end + timedelta(seconds=rng.randrange(10, 120))
            yield order
