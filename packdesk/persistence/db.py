"""Opening the database: SQLite (WAL) for one station, PostgreSQL for several.

The same code runs on both; what differs is set up here and nowhere else.
"""

from __future__ import annotations

import functools
import json
import logging
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class DatabaseUnavailable(Exception):
    """The database cannot be opened; the message says why, in one line."""


def normalize_url(url: str) -> str:
    """Accept ``postgresql://`` as users write it and use the psycopg 3 driver for it."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _configure_sqlite(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Short: the station retries a busy write a few times (services.uow.with_retry), so a
    # packer hears "the database is busy" within seconds, not after a long silent wait.
    cursor.execute("PRAGMA busy_timeout=1000")
    cursor.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # pysqlite's own transaction handling defers BEGIN until the first write, which makes
    # read-then-write races possible; we emit BEGIN ourselves (IMMEDIATE where asked).
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def json_text(value: object) -> str:
    """``json.dumps``, faster for what most JSON columns hold: a pull of 10,000 orders
    writes about 100,000 values, most of them empty (a line's properties, no payment) or a
    variant's few attributes that many lines share (``{"color": "navy", "size": "M"}``)."""
    if value is None:
        return "null"
    if type(value) is dict:
        if not value:
            return "{}"
        items = tuple(value.items())
        # Text to text only: 1 == True == 1.0 as keys of the cache, not as JSON.
        if len(items) <= 8 and all(type(k) is str and type(v) is str for k, v in items):
            return _small_dict_text(items)
    return json.dumps(value)


@functools.lru_cache(maxsize=4096)
def _small_dict_text(items: tuple[tuple[str, str], ...]) -> str:
    return json.dumps(dict(items))


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for ``url``; raise DatabaseUnavailable with a clear reason."""
    url = normalize_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUnavailable(f"not a database URL: {url!r}") from exc
    kwargs: dict[str, object] = {"echo": echo, "future": True, "json_serializer": json_text}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            folder = Path(database).expanduser().resolve().parent
            if not folder.is_dir():
                raise DatabaseUnavailable(f"cannot open {database}: folder {folder} does not exist")
        kwargs["connect_args"] = {"timeout": 1, "check_same_thread": False}
    elif parsed.get_backend_name() == "postgresql":
        kwargs["pool_pre_ping"] = True
        kwargs["connect_args"] = {"connect_timeout": 5}
    else:
        raise DatabaseUnavailable(
            f"unsupported database {parsed.get_backend_name()!r}: use sqlite:/// or postgresql://"
        )
    try:
        engine = create_engine(url, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseUnavailable(f"no driver for {parsed.drivername}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)

        @event.listens_for(engine, "connect")
        def _no_pysqlite_transactions(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_connection.isolation_level = None

        event.listen(engine, "begin", _sqlite_begin)
    return engine


def check_connection(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseUnavailable(f"cannot open the database {safe_url(engine)}: {reason}") from exc


def safe_url(engine_or_url: Engine | str) -> str:
    """The URL without its password, for messages and logs."""
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.render_as_string(hide_password=True)


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine) -> None:
    """Apply every migration not yet applied (safe to call at every start)."""
    check_connection(engine)
    if _at_newest_revision(engine):
        # Nothing to apply: the station starts without importing Alembic (about a fifth of
        # a second of its cold start, see docs/benchmarks.md).
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def _newest_revision() -> str | None:
    """The newest migration's id: migration files are named by their revision ("0005_...")."""
    ids = [path.name.split("_", 1)[0]
           for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")]
    return max(ids) if ids else None


def _at_newest_revision(engine: Engine) -> bool:
    """True only when the database says it is at the newest migration (else Alembic decides)."""
    newest = _newest_revision()
    if newest is None:
        return False
    try:
        with engine.connect() as conn:
            stored = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except DBAPIError:
        return False  # no alembic_version table yet: a new database
    return stored == [newest]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def require_existing(url: str) -> None:
    """Refuse a SQLite URL whose file does not exist yet, naming the path.

    Read-only commands use this so that a mistyped ``--db`` (or a station that was never
    set up) is an error, not a new empty database reported from."""
    try:
        parsed = make_url(normalize_url(url))
    except ArgumentError as exc:
        raise DatabaseUnavailable(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() != "sqlite":
        return
    database = parsed.database or ""
    if database and database != ":memory:" and not Path(database).expanduser().exists():
        raise DatabaseUnavailable(
            f"no database at {Path(database).expanduser()}: make one with `packdesk demo` or "
            "`packdesk seed --orders N`, or name another with --db"
        )


def open_database(url: str, *, migrate: bool = True, create: bool = True) -> Engine:
    """Open (and migrate) the database at ``url``; with ``create=False`` a SQLite file must exist."""
    if not create:
        require_existing(url)
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    else:
        check_connection(engine)
    return engine
