"""A deterministic, realistic shop for the demo station, the tests and the benchmarks.

``generate_shop(orders=N, seed=S)`` always gives the same catalogue, bins, stock, users
and orders for the same arguments, at any size from a handful to 100,000 orders.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import Engine, insert, select

from packdesk.domain.barcodes import gtin_check_digit
from packdesk.domain.boxes import BoxPreset, Dimensions
from packdesk.domain.model import (
    Address,
    Bin,
    BinCode,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Role,
    Station,
    User,
)
from packdesk.domain.pins import hash_pin
from packdesk.domain.time import utcnow
from packdesk.persistence.mappers import line_values, order_values
from packdesk.persistence.tables import (
    BinRow,
    BinStockRow,
    BoxRow,
    OrderLineRow,
    OrderRow,
    ProductBarcodeRow,
    ProductRow,
    SettingRow,
    StationRow,
    UserRow,
)

from .history import HISTORY_SOURCE, generate_history, write_history
from .uow import UnitOfWork

DEMO_SOURCE = "demo"

STYLES = [
    ("TEE", "Organic cotton T-shirt", 180, ["black", "white", "navy", "red", "grey"], ["XS", "S", "M", "L", "XL"]),
    ("HOOD", "Hoodie", 520, ["black", "grey", "navy", "Forest Green"], ["S", "M", "L", "XL", "XXL"]),
    ("SOCK", "Merino socks", 60, ["black", "beige", "blue"], ["36-38", "39-42", "43-46"]),
    ("CAP", "Baseball cap", 90, ["black", "red", "beige"], ["One size"]),
    ("JEAN", "Slim jeans", 650, ["blue", "black"], ["28", "30", "32", "34", "36"]),
    ("MUG", "Enamel mug", 240, ["white", "blue", "yellow"], []),
    ("TOTE", "Canvas tote bag", 150, ["beige", "black"], []),
    ("SCRF", "Wool scarf", 160, ["red", "grey", "navy", "Mustard"], []),
    ("SHOE", "Canvas sneakers", 820, ["white", "black"], ["38", "39", "40", "41", "42", "43", "44", "10.5"]),
    ("BEAN", "Knitted beanie", 80, ["black", "orange", "pink", "purple"], []),
]

# Outer size (mm) of one unit of each style as it goes into the parcel (folded, boxed).
STYLE_DIMENSIONS: dict[str, tuple[int, int, int]] = {
    "TEE": (250, 200, 20), "HOOD": (300, 250, 60), "SOCK": (200, 100, 30),
    "CAP": (280, 180, 120), "JEAN": (320, 260, 50), "MUG": (120, 90, 100),
    "TOTE": (300, 250, 15), "SCRF": (250, 180, 40), "SHOE": (330, 220, 120),
    "BEAN": (200, 150, 30),
}

# The bench's three box presets: inner size (mm), tare (g), shelf barcode, stock.
DEMO_BOXES = [
    BoxPreset("S", Dimensions(260, 210, 80), 110, "BOX:S", 400),
    BoxPreset("M", Dimensions(350, 270, 150), 220, "BOX:M", 300),
    BoxPreset("L", Dimensions(460, 350, 260), 420, "BOX:L", 150),
]


def demo_dimensions(sku: str) -> tuple[int, int, int] | None:
    return STYLE_DIMENSIONS.get(sku.split("-", 1)[0])


DEMO_USERS = [
    ("Ada Admin", Role.ADMIN, "BADGE:ADA01", "1234"),
    ("Lena Lead", Role.LEAD, "BADGE:LENA02", "2345"),
    ("Pat Packer", Role.PACKER, "BADGE:PAT03", "3456"),
    ("Olga Ivanova", Role.PACKER, "BADGE:OLGA04", "4567"),
    ("Jānis Bērziņš", Role.PACKER, "BADGE:JANIS05", "5678"),
]

SHIP_FROM = Address(
    name="Packdesk Demo Warehouse",
    line1="Lagerveien 12",
    city="Oslo",
    postal_code="0581",
    country="NO",
    phone="+47 22 00 00 00",
)

ADDRESSES = [
    ("US", [("Emily Johnson", "742 Evergreen Terrace", "Springfield", "62704", "IL"),
            ("Michael Smith", "1600 Amphitheatre Pkwy", "Mountain View", "94043", "CA")]),
    ("GB", [("Oliver Brown", "221B Baker Street", "London", "NW1 6XE", ""),
            ("Amelia Clarke", "10 Deansgate", "Manchester", "M3 2BA", "")]),
    ("FR", [("Camille Dubois", "12 rue de Rivoli", "Paris", "75004", ""),
            ("Léa Lefèvre", "5 place Bellecour", "Lyon", "69002", "")]),
    ("BR", [("João Silva", "Av. Paulista, 1578", "São Paulo", "01310-200", "SP"),
            ("Ana Conceição", "Rua das Laranjeiras, 45", "Rio de Janeiro", "22240-003", "RJ")]),
    ("RU", [("Анна Кузнецова", "ул. Тверская, д. 7, кв. 12", "Москва", "125009", ""),
            ("Дмитрий Смирнов", "Невский пр., д. 28", "Санкт-Петербург", "191186", "")]),
    ("NO", [("Kari Nordmann", "Storgata 15", "Oslo", "0184", ""),
            ("Øyvind Hågensen", "Bryggen 3", "Bergen", "5003", "")]),
    ("LV", [("Līga Ozoliņa", "Brīvības iela 40", "Rīga", "LV-1050", ""),
            ("Jānis Kalniņš", "Lielā iela 2", "Jelgava", "LV-3001", "")]),
    ("JP", [("佐藤 花子", "千代田区丸の内1-1", "東京都", "100-0005", "")]),
]

CUSTOMER_NOTES = [
    "Please leave the parcel with the neighbour if I'm not home.",
    "Merci de ne pas plier le colis.",
    "Por favor, entregar na portaria.",
    "Пожалуйста, позвоните за час до доставки.",
    "Vennligst legg pakken i postkassen.",
    "Lūdzu, piezvaniet pirms piegādes.",
    "No invoice in the box please, it's a surprise.",
    "Please double-bag, it's raining here all week.",
]

GIFT_MESSAGES = [
    "Happy birthday Anna! Love, Mum",
    "Joyeux anniversaire, mon cœur !",
    "Feliz aniversário! Com carinho, Tia Rosa",
    "С днём рождения! Обнимаю, Саша",
    "Gratulerer med dagen! Hilsen Kari",
    "Daudz laimes dzimšanas dienā!",
    "Thank you for everything, team!",
]

SHIPPING_METHODS = [("Standard", 0.7), ("Express", 0.2), ("Economy", 0.1)]


@dataclass
class DemoShop:
    products: list[Product] = field(default_factory=list)
    bins: list[Bin] = field(default_factory=list)
    stock: list[tuple[str, str, int]] = field(default_factory=list)  # bin code, sku, quantity
    users: list[tuple[User, str]] = field(default_factory=list)  # user, PIN (demo only)
    stations: list[Station] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)
    boxes: list[BoxPreset] = field(default_factory=lambda: list(DEMO_BOXES))


def demo_gtin(serial: int) -> str:
    """A valid EAN-13 in GS1's restricted-circulation range 20-29, unique per serial."""
    body = f"20{serial:010d}"
    return body + str(gtin_check_digit(body))


def generate_catalog() -> list[Product]:
    products: list[Product] = []
    serial = 1
    for code, name, weight, colors, sizes in STYLES:
        for color in colors:
            for size in sizes or [""]:
                color_code = color.replace(" ", "")[:3].upper()
                sku = f"{code}-{color_code}" + (f"-{size.replace('.', '')}" if size else "")
                attributes = {"color": color}
                if size:
                    attributes["size"] = size
                title = f"{name} — {color}" + (f" / {size}" if size else "")
                products.append(
                    Product(sku=sku, name=title, barcodes=[demo_gtin(serial)],
                            attributes=attributes, weight_g=weight)
                )
                serial += 1
    return products


def generate_bins(count: int) -> list[Bin]:
    bins: list[Bin] = []
    zones = "ABCD"
    per_zone = max(1, -(-count // len(zones)))
    for zone in zones:
        made = 0
        aisle = 1
        while made < per_zone:
            for shelf in range(1, 5):
                for position in "ABCDEF":
                    if made >= per_zone:
                        break
                    bins.append(Bin(BinCode(zone, aisle, shelf, position)))
                    made += 1
            aisle += 1
    return bins[:count]


def _pick_weighted(rng: random.Random, choices: list[tuple[str, float]]) -> str:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def generate_orders(
    count: int, products: list[Product], *, seed: int = 7, day: date | None = None,
    source: str = DEMO_SOURCE,
) -> Iterator[Order]:
    rng = random.Random(seed)
    day = day or date.today()
    start = datetime(day.year, day.month, day.day) - timedelta(days=1)
    for index in range(count):
        country, people = ADDRESSES[rng.randrange(len(ADDRESSES))]
        name, street, city, postal, region = people[rng.randrange(len(people))]
        line_count = rng.choices([1, 2, 3, 4, 5], weights=[45, 25, 15, 10, 5])[0]
        chosen = rng.sample(products, k=min(line_count, len(products)))
        lines = [
            OrderLine(
                sku=p.sku, quantity=rng.choices([1, 2, 3], weights=[80, 15, 5])[0],
                name=p.name, attributes=dict(p.attributes),
                unit_price=f"{rng.randrange(5, 90)}.{rng.choice(['00', '50', '90', '95'])}",
                barcode=p.barcodes[0][1:] if p.barcodes[0].startswith("0") else p.barcodes[0],
            )
            for p in chosen
        ]
        gift = rng.random() < 0.12
        note = CUSTOMER_NOTES[rng.randrange(len(CUSTOMER_NOTES))] if rng.random() < 0.15 else ""
        placed = start + timedelta(seconds=rng.randrange(0, 86_400))
        method = _pick_weighted(rng, SHIPPING_METHODS)
        yield Order(
            source=source,
            external_id=f"{100000 + index}",
            number=f"#{10000 + index}",
            placed_at=placed,
            ship_by=day + timedelta(days=0 if method == "Express" else rng.choice([0, 1, 1, 2])),
            shipping_method=method,
            ship_to=Address(name=name, line1=street, city=city, postal_code=postal,
                            country=country, region=region,
                            email=f"customer{index}@example.com"),
            lines=lines,
            customer_note=note,
            gift=gift,
            gift_message=GIFT_MESSAGES[rng.randrange(len(GIFT_MESSAGES))] if gift else "",
            currency="EUR",
        )


def generate_shop(orders: int = 50, *, seed: int = 7, day: date | None = None) -> DemoShop:
    rng = random.Random(seed)
    products = generate_catalog()
    bins = generate_bins(max(60, len(products) + 20))
    stock: list[tuple[str, str, int]] = []
    free_bins = list(bins)
    rng.shuffle(free_bins)
    for i, product in enumerate(products):
        stock.append((str(free_bins[i].code), product.sku, rng.randrange(20, 200)))
        if rng.random() < 0.2:  # some products live in a second bin too
            other = free_bins[(i + len(products)) % len(free_bins)]
            stock.append((str(other.code), product.sku, rng.randrange(5, 50)))
    users = [(User(name, role, badge, hash_pin(pin)), pin) for name, role, badge, pin in DEMO_USERS]
    stations = [Station("Bench 1"), Station("Bench 2"), Station("Bench 3")]
    return DemoShop(
        products=products, bins=bins, stock=stock, users=users, stations=stations,
        orders=list(generate_orders(orders, products, seed=seed, day=day)),
    )


BATCH = 2000


# Marks a database that packdesk filled with made-up orders (``seed``, ``demo``,
# ``simulate``): the simulator works only on such a database unless told ``--force``.
SEEDED_SETTING = "database.seeded_by_packdesk"


def holds_only_made_up_orders(uow: UnitOfWork) -> bool:
    """True when packdesk's demo generator filled this database and no store added to it."""
    with uow:
        if uow.session.get(SettingRow, SEEDED_SETTING) is None:
            return False
        real = uow.session.scalar(
            select(OrderRow.id).where(OrderRow.source.not_in([DEMO_SOURCE, HISTORY_SOURCE])).limit(1))
        return real is None


DEMO_HISTORY_DAYS = 21


def write_demo_history(engine: Engine, *, days: int, orders_per_day: int = 220,
                       now: datetime | None = None) -> dict[str, int]:
    """``days`` of the demo packers' past work and today's until ``now``, for the dashboard."""
    now = now or utcnow()
    first_day = now.date() - timedelta(days=days)
    # Past orders all shipped: the history's few held ones would sit in today's queue and
    # in the lead's "on hold" list as if they needed someone now.
    past = (order if order.status is OrderStatus.SHIPPED
            else replace(order, status=OrderStatus.SHIPPED, hold_reason="", short_units=0)
            for order in generate_history(first_day, days + 1, orders_per_day=orders_per_day))
    return write_history(engine, (order for order in past if order.shipped_at <= now))


def seed_database(engine: Engine, shop: DemoShop) -> dict[str, int]:
    """Write the shop into an empty (migrated) database in a few large batches."""
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        if session.get(SettingRow, SEEDED_SETTING) is None:
            session.add(SettingRow(key=SEEDED_SETTING, value={"orders": len(shop.orders)}))
        existing = session.scalar(select(ProductRow.id).limit(1))
        if existing is None:
            _seed_catalog(session, shop)
        order_count = 0
        for start in range(0, len(shop.orders), BATCH):
            chunk = shop.orders[start : start + BATCH]
            ids = session.scalars(
                insert(OrderRow).returning(OrderRow.id, sort_by_parameter_order=True),
                [order_values(o) for o in chunk],
            ).all()
            session.execute(
                insert(OrderLineRow),
                [
                    {"order_id": order_id, **line_values(line, pos)}
                    for order_id, order in zip(ids, chunk, strict=True)
                    for pos, line in enumerate(order.lines)
                ],
            )
            order_count += len(chunk)
    return {"products": len(shop.products), "bins": len(shop.bins), "orders": order_count}


def _seed_catalog(session, shop: DemoShop) -> None:  # type: ignore[no-untyped-def]
    product_ids = session.scalars(
        insert(ProductRow).returning(ProductRow.id, sort_by_parameter_order=True),
        [{"sku": p.sku, "name": p.name, "attributes": p.attributes, "weight_g": p.weight_g,
          **dict(zip(("length_mm", "width_mm", "height_mm"),
                     demo_dimensions(p.sku) or (None, None, None), strict=True))}
         for p in shop.products],
    ).all()
    id_by_sku = dict(zip((p.sku for p in shop.products), product_ids, strict=True))
    session.execute(
        insert(ProductBarcodeRow),
        [{"product_id": id_by_sku[p.sku], "code": code} for p in shop.products for code in p.barcodes],
    )
    bin_ids = session.scalars(
        insert(BinRow).returning(BinRow.id, sort_by_parameter_order=True),
        [{"code": str(b.code), "barcode": b.barcode, "walk_order": b.walk_order,
          "zone": b.code.zone, "active": b.active} for b in shop.bins],
    ).all()
    id_by_bin = dict(zip((str(b.code) for b in shop.bins), bin_ids, strict=True))
    session.execute(
        insert(BinStockRow),
        [{"bin_id": id_by_bin[code], "product_id": id_by_sku[sku], "quantity": qty}
         for code, sku, qty in shop.stock],
    )
    session.execute(
        insert(UserRow),
        [{"name": u.name, "role": u.role.value, "badge_code": u.badge_code, "pin_hash": u.pin_hash,
          "active": True} for u, _pin in shop.users],
    )
    if shop.boxes:
        session.execute(
            insert(BoxRow),
            [{"code": b.code, "length_mm": b.inner.length, "width_mm": b.inner.width,
              "height_mm": b.inner.height, "tare_g": b.tare_g, "barcode": b.barcode,
              "stock": b.stock, "active": True} for b in shop.boxes],
        )
    session.execute(
        insert(StationRow),
        [{"name": s.name, "printer_settings": s.printer_settings,
          "scanner_settings": s.scanner_settings} for s in shop.stations],
    )
