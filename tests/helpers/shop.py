"""A small seeded shop for tests that need orders, bins and people."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from packdesk.services.demo import DemoShop, generate_shop, seed_database

TEST_DAY = date(2026, 11, 26)


def seed_small_shop(engine: Engine, orders: int = 20, seed: int = 7) -> DemoShop:
    shop = generate_shop(orders, seed=seed, day=TEST_DAY)
    seed_database(engine, shop)
    return shop
