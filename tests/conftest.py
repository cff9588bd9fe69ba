"""Shared fixtures: real databases (a SQLite file and the test PostgreSQL server).

Storage cases take the ``db_url`` or ``engine`` fixture and run once on each backend.
PostgreSQL comes from ``PACKDESK_TEST_PG_URL`` (``scripts/test.sh`` starts a throw-away
cluster and sets it). Without it the PostgreSQL cases are skipped on a developer's
machine, and fail under CI, where skipping would hide a broken backend.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy import Engine, create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from packdesk.persistence.db import make_engine, normalize_url, upgrade  # noqa: E402

PG_ENV = "PACKDESK_TEST_PG_URL"
KNOWN_FOLDERS = {"unit", "integration", "ui", "reliability"}
BACKENDS = ["sqlite", "postgresql"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(__file__).parent
    for item in items:
        relative = Path(str(item.fspath)).relative_to(root)
        if relative.parts[0] not in KNOWN_FOLDERS:
            raise pytest.UsageError(f"{relative}: tests live in one of {sorted(KNOWN_FOLDERS)}")


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set under CI: the PostgreSQL cases must run")
        pytest.skip(f"{PG_ENV} not set: no PostgreSQL test server")
    return normalize_url(url)


def _admin_engine(admin_url: str) -> Engine:
    return create_engine(admin_url, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> Iterator[str]:
    """A migrated database that each test's database is copied from."""
    name = f"packdesk_tpl_{uuid.uuid4().hex[:8]}"
    admin = _admin_engine(pg_admin_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _fresh_database(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        target = tmp_path / "packdesk.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
        yield f"sqlite:///{target}"
        return
    admin_url: str = request.getfixturevalue("pg_admin_url")
    template: str = request.getfixturevalue("pg_template")
    name = f"packdesk_t_{uuid.uuid4().hex[:10]}"
    admin = _admin_engine(admin_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database URL on each backend."""
    yield from _fresh_database(request, request.param, tmp_path)


@pytest.fixture
def sqlite_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from _fresh_database(request, "sqlite", tmp_path)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from _fresh_database(request, "postgresql", tmp_path)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Like ``db_url`` but with no tables at all (for migration tests)."""
    backend = request.param if hasattr(request, "param") else "sqlite"
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    admin_url: str = request.getfixturevalue("pg_admin_url")
    name = f"packdesk_e_{uuid.uuid4().hex[:10]}"
    admin = _admin_engine(admin_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
