"""Security promises: roles in the service layer, rate-limited PINs, secrets kept out of the
database and the logs, TLS verified, no SQL built from strings."""

from __future__ import annotations

import ast
import base64
import logging
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import Engine, select

from packdesk.domain.errors import PermissionDenied
from packdesk.domain.model import Role
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import UserRow
from packdesk.services import admin, stats
from packdesk.services.auth import (
    LOCK_SECONDS,
    MAX_PIN_ATTEMPTS,
    SignInRefused,
    require_role,
    sign_in_with_badge,
    sign_in_with_pin,
)
from packdesk.services.bins import ImportMode, add_bin, export_bins_csv, import_bins_csv
from packdesk.services.station import StationService
from packdesk.services.uow import UnitOfWork
from packdesk.sync import credentials
from packdesk.sync.credentials import MissingCredentials, Secret, woocommerce_credentials
from packdesk.sync.http import InsecureUrl, RetryPolicy, StoreHttp, SyncError, check_store_url
from packdesk.sync.outbox_worker import OutboxWorker
from packdesk.sync.pull import pull_all
from packdesk.sync.woocommerce import WooCommerceStore, woocommerce_source
from tests.helpers.crash_station import NullPrinter
from tests.helpers.fake_woocommerce import FakeWooCommerce, wc_order
from tests.helpers.outbox import ship_every_order
from tests.helpers.reliability import REPO, text_cells_containing
from tests.helpers.shop import seed_small_shop

FAST = RetryPolicy(max_attempts=3, max_total_seconds=5, connect_timeout=1, read_timeout=1,
                   backoff_base=0.01, backoff_cap=0.02)
# Distinctive values: if any of them shows up somewhere, it leaked.
STORE_KEY = "ck_live_4f1d9c0a7e2b4b61a8e0"
STORE_SECRET = "cs_live_93b7e5d2c1a04f8e9d6b"
STREET = "Kirkeveien 77B"
POSTCODE = "0368"


# --- roles and PINs ----------------------------------------------------------------------


def test_a_packers_badge_cannot_pass_a_lead_or_admin_check_in_the_services(engine: Engine) -> None:
    seed_small_shop(engine, orders=1)
    packer = sign_in_with_badge(UnitOfWork(engine), "BADGE:PAT03")
    lead = sign_in_with_badge(UnitOfWork(engine), "BADGE:LENA02")
    admin = sign_in_with_badge(UnitOfWork(engine), "BADGE:ADA01")
    for role in (Role.LEAD, Role.ADMIN):
        with pytest.raises(PermissionDenied, match=f"needs an? {role.value}"):
            require_role(packer, role, "releasing another station's order")
    with pytest.raises(PermissionDenied, match="needs an admin"):
        require_role(lead, Role.ADMIN, "importing bins")
    assert require_role(admin, Role.ADMIN) is admin
    assert require_role(lead, Role.LEAD) is lead


def test_admin_actions_refuse_a_packer_and_a_lead_and_change_nothing(engine: Engine) -> None:
    seed_small_shop(engine, orders=1)
    before = export_bins_csv(UnitOfWork(engine))
    for badge in ("BADGE:PAT03", "BADGE:LENA02"):
        actor = sign_in_with_badge(UnitOfWork(engine), badge)
        with pytest.raises(PermissionDenied, match="needs an admin"):
            add_bin(UnitOfWork(engine), actor, "Z-99-9-Z")
        with pytest.raises(PermissionDenied, match="needs an admin"):
            import_bins_csv(UnitOfWork(engine), actor, "bin,sku,quantity\nZ-98-9-Z,,\n",
                            ImportMode.VALID_ROWS)
        with pytest.raises(PermissionDenied):
            add_bin(UnitOfWork(engine), None, "Z-97-9-Z")
    assert export_bins_csv(UnitOfWork(engine)) == before


def services_taking_an_actor_without_a_role_check() -> list[str]:
    """Public service functions (and methods) with an ``actor`` parameter that neither call
    require_role nor hand the actor to a service function that does.

    Every definition is examined, also when two share a name (``bins.add_bin`` and the
    facade method ``AdminServices.add_bin``); a call by name counts as checked only when
    every other function of that name checks."""
    taking_actor: list[tuple[str, str, set[str]]] = []  # (where, name, functions it calls)
    for path in sorted((REPO / "packdesk" / "services").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            if "actor" not in {a.arg for a in node.args.args + node.args.kwonlyargs}:
                continue
            calls = {getattr(c.func, "id", getattr(c.func, "attr", ""))
                     for c in ast.walk(node) if isinstance(c, ast.Call)}
            taking_actor.append((f"{path.name}:{node.lineno} {node.name}", node.name, calls))
    checked: set[str] = set()  # where

    def checks(call: str, caller: str) -> bool:
        if call == "require_role":
            return True
        others = [where for where, name, _ in taking_actor if name == call and where != caller]
        return bool(others) and all(where in checked for where in others)

    while True:
        more = {where for where, _, calls in taking_actor
                if where not in checked and any(checks(call, where) for call in calls)}
        if not more:
            break
        checked |= more
    return sorted(where for where, name, _ in taking_actor
                  if where not in checked and name != "require_role")


def test_every_service_that_takes_an_actor_checks_the_role() -> None:
    assert services_taking_an_actor_without_a_role_check() == []


def test_lead_and_admin_actions_refuse_a_packer_whatever_screen_asked(engine: Engine) -> None:
    seed_small_shop(engine, orders=2)
    packer = sign_in_with_badge(UnitOfWork(engine), "BADGE:PAT03")
    lead = sign_in_with_badge(UnitOfWork(engine), "BADGE:LENA02")
    users_before = len(admin.list_users(UnitOfWork(engine),
                                        sign_in_with_badge(UnitOfWork(engine), "BADGE:ADA01")))
    for actor in (packer, lead):
        with pytest.raises(PermissionDenied):
            admin.add_user(UnitOfWork(engine), actor, "Mallory", Role.ADMIN, "BADGE:MAL99")
        with pytest.raises(PermissionDenied):
            admin.save_station(UnitOfWork(engine), actor, "Bench 9", {"slip": "folder:///tmp"}, {})
    with pytest.raises(PermissionDenied):
        stats.set_target_rate(UnitOfWork(engine), packer, 99)
    # The station's lead actions, from a packer's station.
    station = StationService(engine, "Bench S", printer=NullPrinter())
    station.handle_scan("BADGE:PAT03")
    view = station.take_next()
    assert view is not None
    with pytest.raises(PermissionDenied, match="needs a lead"):
        station.release_claim(view.number)
    with pytest.raises(PermissionDenied, match="needs a lead"):
        station.override_line(view.lines[0].id, "BADGE:PAT03")
    admin_actor = sign_in_with_badge(UnitOfWork(engine), "BADGE:ADA01")
    assert len(admin.list_users(UnitOfWork(engine), admin_actor)) == users_before


def test_guessing_pins_is_stopped_after_five_tries_even_for_the_right_pin(engine: Engine) -> None:
    seed_small_shop(engine, orders=1)
    for _ in range(MAX_PIN_ATTEMPTS):
        with pytest.raises(SignInRefused, match="wrong name or PIN"):
            sign_in_with_pin(UnitOfWork(engine), "Pat Packer", "0000")
    # A burst of further guesses, the right PIN among them: all refused while locked.
    for guess in ["1111", "2222", "3456", "9999", "3456"]:
        with pytest.raises(SignInRefused, match="too many wrong PINs"):
            sign_in_with_pin(UnitOfWork(engine), "Pat Packer", guess)
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(UserRow).where(UserRow.name == "Pat Packer")).one()
        assert row.locked_until is not None
        left = row.locked_until - utcnow()
        assert timedelta(seconds=LOCK_SECONDS - 60) < left <= timedelta(seconds=LOCK_SECONDS)
        # Once the lock has run out, the right PIN works again.
        row.locked_until = utcnow() - timedelta(seconds=1)
        uow.commit()
    assert sign_in_with_pin(UnitOfWork(engine), "Pat Packer", "3456").role is Role.PACKER


def test_a_wrong_name_and_a_wrong_pin_get_the_same_answer(engine: Engine) -> None:
    """The refusal does not tell an attacker which names exist."""
    seed_small_shop(engine, orders=1)
    with pytest.raises(SignInRefused) as unknown:
        sign_in_with_pin(UnitOfWork(engine), "Nobody Here", "3456")
    with pytest.raises(SignInRefused) as wrong:
        sign_in_with_pin(UnitOfWork(engine), "Pat Packer", "0001")
    assert str(unknown.value) == str(wrong.value)


# --- credentials: keyring first, then environment; never in the database or logs ----------


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in with keyring's own backend interface."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def shop_store() -> Iterator[FakeWooCommerce]:
    fake = FakeWooCommerce(key=STORE_KEY, secret=STORE_SECRET)
    fake.add_variation(10, 11, sku="TEE-NAV-L", gtin="4006381333931")
    for oid in range(1, 6):
        order = wc_order(oid)
        order["shipping"].update(address_1=STREET, postcode=POSTCODE)
        order["billing"].update(address_1=STREET, postcode=POSTCODE)
        fake.add_order(order)
    broken = wc_order(6, country="XX")  # quarantined: its raw payload is stored, not logged
    broken["shipping"].update(address_1=STREET, postcode=POSTCODE)
    fake.add_order(broken)
    with fake.running():
        yield fake


def test_credentials_come_from_the_keyring_before_the_environment(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = "woocommerce:shop.example.com"
    monkeypatch.setenv(credentials.WC_KEY_ENV, "ck_from_env")
    monkeypatch.setenv(credentials.WC_SECRET_ENV, "cs_from_env")
    memory_keyring.set_password("packdesk", f"{source}/consumer_key", "ck_from_keyring")
    key, secret = woocommerce_credentials(source)
    assert (key.reveal(), secret.reveal()) == ("ck_from_keyring", "cs_from_env")
    assert "ck_from_keyring" not in repr(key) and "ck_from_keyring" not in f"{key}"
    monkeypatch.delenv(credentials.WC_SECRET_ENV)
    with pytest.raises(MissingCredentials, match="keyring set packdesk"):
        woocommerce_credentials(source)


def test_store_secrets_never_reach_the_database(
    engine: Engine, shop_store: FakeWooCommerce, memory_keyring: MemoryKeyring
) -> None:
    source = woocommerce_source(shop_store.url)
    memory_keyring.set_password("packdesk", f"{source}/consumer_key", STORE_KEY)
    memory_keyring.set_password("packdesk", f"{source}/consumer_secret", STORE_SECRET)
    key, secret = woocommerce_credentials(source)
    summary = pull_all(engine, [WooCommerceStore(shop_store.url, key, secret, policy=FAST)])
    assert summary.total.created == 5 and summary.total.quarantined == 1, summary.line()
    basic = base64.b64encode(f"{STORE_KEY}:{STORE_SECRET}".encode()).decode()
    assert text_cells_containing(engine, [STORE_KEY, STORE_SECRET, basic]) == []
    # The scan itself works: the street is stored (orders, quarantine), so it is found.
    assert "orders.ship_to" in text_cells_containing(engine, [STREET])


def test_logs_of_a_failing_pull_and_push_carry_no_secret_and_no_address(
    engine: Engine, shop_store: FakeWooCommerce, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # everything, urllib3's request lines included
    shop_store.faults.add("500", path="/orders", times=2)
    shop_store.faults.add("reset", path="/products", times=1)
    store = WooCommerceStore(shop_store.url, Secret(STORE_KEY), Secret(STORE_SECRET), policy=FAST)
    first = pull_all(engine, [store])
    assert first.total.created == 5, first.line()
    wrong = WooCommerceStore(shop_store.url, Secret(STORE_KEY), Secret("cs_wrong_secret_42"),
                             policy=FAST)
    refused = pull_all(engine, [wrong])
    assert "401" in refused.line()
    # Shipping and telling the store, through faults, logs no more than the pull did.
    ship_every_order(engine)
    for kind in ("500", "reset", "malformed"):
        shop_store.faults.add(kind, path="/notes")
    worker = OutboxWorker(engine, [store], retry_base=timedelta(0))
    for _ in range(4):
        worker.run_once()
    assert worker.run_once().pending == 0
    formatter = logging.Formatter("%(name)s %(message)s")
    logged = "\n".join(f"{formatter.format(r)} {r.args!r}" for r in caplog.records)
    assert "retrying" in logged  # the faults were logged...
    for leak in (STORE_KEY, STORE_SECRET, "cs_wrong_secret_42", STREET, POSTCODE, "Nordmann",
                 base64.b64encode(f"{STORE_KEY}:{STORE_SECRET}".encode()).decode()):
        assert leak not in logged, f"{leak!r} is in the log"


# --- TLS ---------------------------------------------------------------------------------


def test_store_urls_must_be_https_except_on_this_machine() -> None:
    for url in ("http://shop.example.com", "http://192.0.2.7:8080/", "ftp://shop.example.com",
                "shop.example.com"):
        with pytest.raises(InsecureUrl):
            check_store_url(url)
    assert check_store_url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080"
    assert StoreHttp("https://shop.example.com").session.verify is True


@pytest.fixture
def self_signed_server(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    if shutil.which("openssl") is None:
        pytest.skip("needs openssl to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
         "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            seen.append(self.headers.get("Authorization", ""))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"[]")

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{server.server_port}", seen
    server.shutdown()
    server.server_close()


def test_a_store_with_an_untrusted_certificate_gets_no_request(
    self_signed_server: tuple[str, list[str]],
) -> None:
    url, seen = self_signed_server
    store = WooCommerceStore(url, Secret(STORE_KEY), Secret(STORE_SECRET), policy=FAST)
    with pytest.raises(SyncError) as refused:
        list(store.fetch_orders())
    assert seen == []  # the credentials never crossed an unverified connection
    assert STORE_SECRET not in str(refused.value)


# --- no SQL built from strings -----------------------------------------------------------

# Calls that take SQL text; a first argument built from values would be an injection risk.
SQL_CALLS = {"execute", "exec_driver_sql", "text", "executescript", "executemany"}
# Vetted: identifiers from our own code, never from input.
ALLOWED = {
    ("packdesk/persistence/db.py", "exec_driver_sql"),  # BEGIN {DEFERRED|IMMEDIATE}
}


def _is_built_string(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.FormattedValue) for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_built_string(node.left) or _is_built_string(node.right) or any(
            isinstance(side, ast.Constant) and isinstance(side.value, str)
            for side in (node.left, node.right)
        )
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join") and isinstance(node.func.value, ast.Constant)
    return False


def sql_built_from_strings(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root.parent).as_posix()
        if "/migrations/versions/" in relative:
            continue  # Alembic DDL written by hand, no input involved
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in SQL_CALLS and _is_built_string(node.args[0]):
                if (relative, name) not in ALLOWED:
                    found.append(f"{relative}:{node.lineno}: {name}({ast.unparse(node.args[0])})")
    return found


def test_no_sql_is_built_from_strings_in_packdesk() -> None:
    assert sql_built_from_strings(REPO / "packdesk") == []


def test_the_sql_check_finds_strings_built_into_sql(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "sample.py").write_text(
        "def bad(session, text, name, number):\n"
        "    session.execute(text(f\"SELECT * FROM orders WHERE number = '{number}'\"))\n"
        "    session.exec_driver_sql('DELETE FROM users WHERE name = %s' % name)\n"
        "    session.execute('SELECT ' + name)\n"
        "    session.execute(text(\"SELECT * FROM orders WHERE number = :n\"), {'n': number})\n",
        encoding="utf-8",
    )
    found = sql_built_from_strings(package)
    assert sorted(line.split(":")[1] for line in found) == ["2", "3", "4"]
