"""``packdesk ship``, ``label void`` and ``manifest`` as a lead or a script runs them.

EasyPost is the fake on 127.0.0.1; the key and URL come from the environment as documented.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from packdesk.domain.time import utcnow
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow, OutboxMessageRow, SettingRow
from packdesk.services.uow import UnitOfWork
from tests.helpers.fake_easypost import FakeEasyPost
from tests.helpers.printed import pdf_text
from tests.unit.test_tracking import s10_digit

ADA = {"name": "Ada Lovelace", "line1": "12 Analytical St", "city": "Austin",
       "postal_code": "78701", "country": "US", "region": "TX"}
DOCK = {"name": "Packdesk Warehouse", "line1": "1 Dock Road", "city": "Portland",
        "postal_code": "97201", "country": "US", "region": "OR"}


@pytest.fixture
def easypost() -> Iterator[FakeEasyPost]:
    with FakeEasyPost().running() as fake:
        yield fake


def seed(url: str, *numbers: str, status: str = "packed") -> None:
    engine = make_engine(url)
    with UnitOfWork(engine) as uow:
        for number in numbers:
            uow.session.add(OrderRow(source="shopify:shop.example", external_id=number,
                                     number=number, placed_at=datetime(2026, 11, 27, 8),
                                     status=status, ship_to=ADA))
        uow.session.add(SettingRow(key="carriers.ship_from", value={"*": DOCK}))
        uow.session.add(SettingRow(key="carriers.sequence.bud",
                                   value={"prefix": "BUD", "next": 41, "width": 6}))
        uow.commit()
    engine.dispose()


def packdesk(url: str, fake: FakeEasyPost | None, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "TZ": "UTC"}
    if fake is not None:
        env |= {"PACKDESK_EASYPOST_KEY": "EZTK_test", "PACKDESK_EASYPOST_URL": fake.api_base}
    return subprocess.run([sys.executable, "-m", "packdesk", "--station", "Bench 1", *args, "--db", url],
                          capture_output=True, text=True, timeout=120, env=env)


def status_of(url: str, number: str) -> str:
    engine = make_engine(url)
    with UnitOfWork(engine) as uow:
        status = uow.session.scalars(select(OrderRow.status).where(OrderRow.number == number)).one()
    engine.dispose()
    return status


def shipped_messages(url: str) -> list[dict[str, object]]:
    engine = make_engine(url)
    with UnitOfWork(engine) as uow:
        payloads = [dict(m.payload) for m in uow.session.scalars(
            select(OutboxMessageRow).order_by(OutboxMessageRow.id))]
    engine.dispose()
    return payloads


def test_ship_buy_prints_the_shipment_writes_the_label_and_tells_the_store(
    sqlite_url: str, easypost: FakeEasyPost, tmp_path: Path
) -> None:
    seed(sqlite_url, "#1001")
    out = tmp_path / "label.zpl"
    done = packdesk(sqlite_url, easypost, "ship", "#1001", "--label", "buy", "--weight", "900",
                    "--label-out", str(out))
    assert done.returncode == 0, done.stderr
    shipped = json.loads(done.stdout)
    [charged] = easypost.bought()
    assert shipped == {
        "order": "#1001", "carrier": "usps", "service": "GroundAdvantage",
        "tracking_number": charged["tracking_code"],
        "tracking_url": f"https://tools.usps.com/go/TrackConfirmAction?tLabels={charged['tracking_code']}",
    }
    assert out.read_bytes() == easypost.labels[charged["id"]]
    [message] = shipped_messages(sqlite_url)
    assert (message["carrier"], message["tracking_number"], message["tracking_url"]) == (
        "usps", shipped["tracking_number"], shipped["tracking_url"])
    again = packdesk(sqlite_url, easypost, "ship", "#1001", "--label", "buy", "--weight", "900")
    assert again.returncode == 1
    assert again.stderr.strip() == "packdesk: error: order #1001 is shipped: only a packed order can ship"
    assert len(easypost.purchases) == 1


def test_ship_scan_refuses_a_mistyped_number_and_ships_with_a_valid_one(sqlite_url: str) -> None:
    seed(sqlite_url, "#1002")
    good = f"RR70412389{s10_digit('70412389')}NO"
    typo = good[:4] + str((int(good[4]) + 3) % 10) + good[5:]
    refused = packdesk(sqlite_url, None, "ship", "#1002", "--label", f"scan:{typo}")
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "packdesk: error: not a valid Posten tracking number: scan the label again")
    assert status_of(sqlite_url, "#1002") == "packed" and shipped_messages(sqlite_url) == []
    done = packdesk(sqlite_url, None, "ship", "#1002", "--label", f"scan:{good.lower()}")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "order": "#1002", "carrier": "posten", "service": "standard", "tracking_number": good,
        "tracking_url": f"https://sporing.posten.no/sporing/{good}",
    }
    assert status_of(sqlite_url, "#1002") == "shipped"


def test_ship_own_takes_the_next_number_of_the_carriers_sequence(sqlite_url: str, tmp_path: Path) -> None:
    seed(sqlite_url, "#1003", "#1004")
    first = packdesk(sqlite_url, None, "ship", "#1003", "--label", "own", "--carrier", "bud",
                     "--label-out", str(tmp_path / "own.zpl"))
    second = packdesk(sqlite_url, None, "ship", "#1004", "--label", "own", "--carrier", "bud")
    assert [json.loads(d.stdout)["tracking_number"] for d in (first, second)] == ["BUD000041", "BUD000042"]
    assert b"BUD000041" in (tmp_path / "own.zpl").read_bytes()
    demo = packdesk(sqlite_url, None, "ship", "#1004", "--label", "own", "--carrier", "demo")
    assert demo.returncode == 1


def test_manifest_lists_the_days_parcels_and_creates_the_easypost_scan_form(
    sqlite_url: str, easypost: FakeEasyPost, tmp_path: Path
) -> None:
    seed(sqlite_url, "#1005", "#1006", "#1007")
    for number in ("#1005", "#1006"):
        assert packdesk(sqlite_url, easypost, "ship", number, "--label", "buy", "--weight",
                        "1500").returncode == 0
    packdesk(sqlite_url, None, "ship", "#1007", "--label", "own", "--carrier", "bud")
    pdf = tmp_path / "manifest.pdf"
    done = packdesk(sqlite_url, easypost, "manifest", "--carrier", "usps", "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    text = pdf_text(pdf.read_bytes())
    tracking = [s["tracking_code"] for s in easypost.bought()]
    for number, code in zip(("#1005", "#1006"), tracking, strict=True):
        assert code in text and number in text
    assert "#1007" not in text and "1.500" in text and "Signature" in text
    [form] = easypost.scan_forms
    assert sorted(form["tracking_codes"]) == sorted(tracking)
    assert form["id"] in text
    nothing = packdesk(sqlite_url, easypost, "manifest", "--carrier", "usps", "--date",
                       "2020-01-01", "--out", str(tmp_path / "none.pdf"))
    assert nothing.returncode == 1 and "no usps parcels shipped on 2020-01-01" in nothing.stderr
    assert utcnow().date().isoformat() in json.loads(done.stdout)["date"]


def test_label_void_refunds_at_easypost(sqlite_url: str, easypost: FakeEasyPost) -> None:
    seed(sqlite_url, "#1008")
    assert packdesk(sqlite_url, easypost, "ship", "#1008", "--label", "buy", "--weight",
                    "500").returncode == 0
    done = packdesk(sqlite_url, easypost, "label", "void", "#1008")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"order": "#1008", "refund_status": "submitted"}
    assert easypost.refunds == [easypost.bought()[0]["id"]]
    twice = packdesk(sqlite_url, easypost, "label", "void", "#1008")
    assert twice.returncode == 1 and "no bought label to void" in twice.stderr


def test_ship_without_label_follows_the_admins_mapping_of_the_shipping_method(
    sqlite_url: str, easypost: FakeEasyPost
) -> None:
    seed(sqlite_url, "#1009", "#1010", "#1011")
    engine = make_engine(sqlite_url)
    with UnitOfWork(engine) as uow:
        for number, method in (("#1009", "express"), ("#1010", "bike"), ("#1011", "freight")):
            uow.session.scalars(select(OrderRow).where(OrderRow.number == number)).one() \
                .shipping_method = method
        uow.session.add(SettingRow(key="carriers.methods", value={
            "Express": {"source": "easypost", "carrier": "UPS", "service": "NextDayAir"},
            "bike": {"source": "own", "carrier": "bud"}}))
        uow.commit()
    engine.dispose()
    express = packdesk(sqlite_url, easypost, "ship", "#1009", "--weight", "800")
    assert express.returncode == 0, express.stderr
    assert (json.loads(express.stdout)["carrier"], json.loads(express.stdout)["service"]) == (
        "ups", "NextDayAir")
    bike = packdesk(sqlite_url, None, "ship", "#1010")
    assert json.loads(bike.stdout)["tracking_number"] == "BUD000041"
    freight = packdesk(sqlite_url, None, "ship", "#1011")
    assert freight.returncode == 1
    assert freight.stderr.strip() == ("packdesk: error: shipping method 'freight' has no label "
                                      "source: the admin must map it first")
    assert status_of(sqlite_url, "#1011") == "packed"
