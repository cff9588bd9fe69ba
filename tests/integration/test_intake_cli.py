"""``packdesk pull`` and ``packdesk sync`` as an admin runs them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packdesk.cli import main
from packdesk.persistence.db import make_engine
from tests.helpers.fake_woocommerce import FakeWooCommerce, wc_order
from tests.helpers.outbox import ship_every_order


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeWooCommerce]:
    fake = FakeWooCommerce()
    for oid in (501, 502, 503):
        fake.add_order(wc_order(oid))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("PACKDESK_WC_KEY", fake.key)
    monkeypatch.setenv("PACKDESK_WC_SECRET", fake.secret)
    with fake.running():
        yield fake


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_pull_prints_the_counts_and_a_second_pull_creates_nothing(
    db_url: str, store: FakeWooCommerce, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "pull", "--source", "woocommerce", "--url", store.url, "--db", db_url)
    assert code == 0 and out.startswith("created 3, updated 0, unchanged 0, cancelled 0, quarantined 0")
    code, out, _ = run(capsys, "pull", "--source", "woocommerce", "--url", store.url, "--db", db_url)
    assert code == 0 and out.startswith("created 0, updated 0, unchanged 3, cancelled 0, quarantined 0")


def test_pull_refuses_plain_http_to_a_remote_store_in_one_line(
    db_url: str, store: FakeWooCommerce, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "pull", "--source", "woocommerce", "--url", "http://shop.example.com",
                         "--db", db_url)
    assert code == 1 and out == "" and err.count("\n") == 1 and "use https://" in err


def test_pull_without_credentials_says_where_to_put_them(
    db_url: str, store: FakeWooCommerce, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PACKDESK_WC_SECRET")
    code, _, err = run(capsys, "pull", "--source", "woocommerce", "--url", store.url, "--db", db_url)
    assert code == 1 and "PACKDESK_WC_SECRET" in err and store.key not in err


def test_pull_of_a_missing_file_fails_with_its_name(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "pull", "--source", "file", "--path", str(tmp_path / "none.csv"),
                       "--db", db_url)
    assert code == 1 and "none.csv" in out


def test_sync_prints_sent_pending_failed_and_its_exit_code_says_what_failed(
    db_url: str, store: FakeWooCommerce, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "pull", "--source", "woocommerce", "--url", store.url, "--db", db_url)[0] == 0
    engine = make_engine(db_url)
    ship_every_order(engine)
    engine.dispose()
    del store.orders[503]
    code, out, _ = run(capsys, "sync", "--db", db_url)
    assert code == 1
    assert out.splitlines()[0] == "sent 2, pending 0, failed 1"
    assert "failed: order #503" in out and "404: Invalid ID." in out
    code, out, _ = run(capsys, "sync", "--db", db_url)
    assert code == 1 and out.startswith("sent 0, pending 0, failed 1")


def test_sync_with_the_store_down_keeps_the_messages_and_exits_2(
    db_url: str, store: FakeWooCommerce, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "pull", "--source", "woocommerce", "--url", store.url, "--db", db_url)[0] == 0
    engine = make_engine(db_url)
    ship_every_order(engine)
    engine.dispose()
    store.faults.add("500", times=1000)
    code, out, _ = run(capsys, "sync", "--db", db_url)
    assert code == 2 and out.startswith("sent 0, pending 3, failed 0")


def test_a_refusal_is_retried_once_the_admin_asks_and_the_cause_is_gone(
    db_url: str, store: FakeWooCommerce, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "pull", "--source", "woocommerce", "--url", store.url, "--db", db_url)[0] == 0
    engine = make_engine(db_url)
    ship_every_order(engine)
    engine.dispose()
    order = store.orders.pop(503)
    assert run(capsys, "sync", "--db", db_url)[0] == 1
    store.orders[503] = order  # restored at the store
    code, out, _ = run(capsys, "sync", "--retry-failed", "--db", db_url)
    assert code == 0 and "sent 1, pending 0, failed 0" in out
    assert store.notes_with("1Z999AA10000000503")[503] == 1


def test_quarantined_payloads_are_listed_with_reasons_and_can_be_resolved(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drop = tmp_path / "bad.csv"
    drop.write_text("order_id,placed_at,ship_name,ship_line1,ship_city,ship_country,sku,quantity\n"
                    "Q1,2026-11-26T08:00:00,Ann,Road 1,Town,SE,,1\n", encoding="utf-8")
    code, out, _ = run(capsys, "pull", "--source", "file", "--path", str(drop), "--db", db_url)
    assert code == 0 and "quarantined 1" in out
    code, out, _ = run(capsys, "quarantine", "--raw", "--db", db_url)
    first = out.splitlines()[0]
    assert "file  Q1  line '?' has no SKU" in first and "Road 1" in out and out.endswith("1 quarantined\n")
    quarantined_id = first.split()[0]
    assert run(capsys, "quarantine", "--resolve", quarantined_id, "--db", db_url)[1] == "resolved 1\n"
    assert run(capsys, "quarantine", "--db", db_url)[1] == "0 quarantined\n"


def test_pull_shows_its_progress_page_by_page_as_plain_lines_when_piped(
    db_url: str, store: FakeWooCommerce, capsys: pytest.CaptureFixture[str]
) -> None:
    for oid in range(600, 720):  # 123 orders: two pages of intake
        store.add_order(wc_order(oid))
    code, out, err = run(capsys, "pull", "--source", "woocommerce", "--url", store.url, "--db", db_url)
    assert code == 0 and out.startswith("created 123,")
    lines = err.splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == [
        "page 1, 100 order(s) so far", "page 2, 123 order(s) so far"]
    assert "\r" not in err


def test_pull_progress_on_a_terminal_is_one_line_rewritten_in_place() -> None:
    import io

    from packdesk.cli.sync import PullProgress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = PullProgress(screen)
    progress("woocommerce:shop.test", 1, 100)
    progress("woocommerce:shop.test", 2, 150)
    progress.done()
    shown = screen.getvalue()
    assert shown.count("\n") == 1 and shown.endswith("page 2, 150 order(s) so far\x1b[K\n")
    assert shown.count("\r[#") == 2 and "[##" + "-" * 28 + "]" in shown
