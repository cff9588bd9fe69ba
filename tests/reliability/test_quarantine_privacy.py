"""Quarantined payloads lose their personal data once resolved or old (issue 18, point 19).

The payload is whole while an admin fixes the order; after ``packdesk quarantine --resolve``,
or after the setting's number of days, names, e-mail addresses, phone numbers, postal
addresses and IP addresses are gone, and the reason, ids, SKUs and country remain.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from packdesk.cli import main
from packdesk.domain.time import utcnow
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import QuarantinedPayloadRow
from packdesk.services.quarantine import set_redact_after_days
from packdesk.services.uow import UnitOfWork
from tests.helpers.fake_woocommerce import FakeWooCommerce, wc_order

PERSONAL = ["kari@example.com", "+47 900 00 000", "Nordmann", "Storgata 1", "203.0.113.77",
            "ola.hansen@example.org", "Mozilla/5.0"]


def hostile_order(order_id: int) -> dict[str, object]:
    order = wc_order(order_id, country="ZZ", note="Call me on +47 912 34 567 or ola.hansen@example.org")
    order["customer_ip_address"] = "203.0.113.77"
    order["customer_user_agent"] = "Mozilla/5.0 (X11; Linux x86_64)"
    return order


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeWooCommerce]:
    fake = FakeWooCommerce()
    fake.add_order(hostile_order(601))
    fake.add_order(hostile_order(602))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("PACKDESK_WC_KEY", fake.key)
    monkeypatch.setenv("PACKDESK_WC_SECRET", fake.secret)
    with fake.running():
        yield fake


def payloads(engine: Engine) -> dict[str, tuple[str, str, bool]]:
    with UnitOfWork(engine) as uow:
        return {q.external_id or "": (q.reason, q.raw, q.resolved)
                for q in uow.session.scalars(select(QuarantinedPayloadRow))}


def test_a_resolved_payload_keeps_what_fixes_the_order_and_loses_personal_data(
    db_url: str, store: FakeWooCommerce, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pull", "--source", "woocommerce", "--url", store.url, "--db", db_url]) == 0
    engine = make_engine(db_url)
    try:
        before = payloads(engine)
        assert len(before) == 2
        # while open, the admin sees everything the store sent
        for _reason, raw, _resolved in before.values():
            assert all(value in raw for value in PERSONAL)
        with UnitOfWork(engine) as uow:
            first = uow.session.scalars(
                select(QuarantinedPayloadRow.id).where(QuarantinedPayloadRow.external_id == "601")
            ).one()
        capsys.readouterr()
        assert main(["quarantine", "--resolve", str(first), "--db", db_url]) == 0
        after = payloads(engine)
        reason, raw, resolved = after["601"]
        assert resolved and not [value for value in PERSONAL if value in raw + reason], raw
        data = json.loads(raw)
        assert data["id"] == 601 and data["billing"]["country"] == "ZZ"
        assert data["line_items"][0]["sku"] == "TEE-NAV-L" and data["line_items"][0]["quantity"] == 1
        assert reason == before["601"][0] and "ZZ" in reason
        # the other payload is still open and whole
        assert after["602"] == before["602"]
    finally:
        engine.dispose()


def test_an_unresolved_payload_loses_personal_data_after_the_settings_days(
    db_url: str, store: FakeWooCommerce, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pull", "--source", "woocommerce", "--url", store.url, "--db", db_url]) == 0
    engine = make_engine(db_url)
    try:
        set_redact_after_days(UnitOfWork(engine), 7)
        with UnitOfWork(engine) as uow:
            old = uow.session.scalars(
                select(QuarantinedPayloadRow).where(QuarantinedPayloadRow.external_id == "601")
            ).one()
            old.received_at = utcnow() - timedelta(days=8)
            uow.commit()
        before = payloads(engine)
        capsys.readouterr()
        assert main(["quarantine", "--raw", "--db", db_url]) == 0
        out = capsys.readouterr().out
        after = payloads(engine)
        reason, raw, resolved = after["601"]
        assert not resolved and not [value for value in PERSONAL if value in raw], raw
        assert "TEE-NAV-L" in raw and reason == before["601"][0]
        assert after["602"] == before["602"]  # a day old: still whole
        assert "2 quarantined" in out
    finally:
        engine.dispose()


def test_redaction_keeps_barcodes_dates_prices_and_product_names() -> None:
    from packdesk.domain.redaction import REDACTED, redact_payload

    raw = json.dumps({
        "id": 7, "date_created": "2026-11-26T08:00:00", "total": "1499.00",
        "shipping": {"first_name": "Kari", "address_1": "Storgata 1", "country": "NO"},
        "line_items": [{"name": "Hoodie", "sku": "HOOD-BLA-M", "barcode": "4006381333931"}],
        "note": "ring +47 912 34 567",
    })
    data = json.loads(redact_payload(raw))
    assert data["date_created"] == "2026-11-26T08:00:00" and data["total"] == "1499.00"
    assert data["line_items"] == [{"name": "Hoodie", "sku": "HOOD-BLA-M", "barcode": "4006381333931"}]
    assert data["shipping"] == {"first_name": REDACTED, "address_1": REDACTED, "country": "NO"}
    assert data["note"] == REDACTED
    assert redact_payload("x.csv row 3: call 0047 22 33 44 55, a@b.no") == \
        f"x.csv row 3: call {REDACTED}, {REDACTED}"
