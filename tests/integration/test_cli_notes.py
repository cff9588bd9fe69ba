"""``packdesk notes parse|check`` as a user runs them, on both backends."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ISSUE_NOTE = (
    "please send the navy one in L, it's a present for my sister, card: Happy birthday Anna!"
)


def packdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packdesk", *args],
        capture_output=True, text=True, timeout=120, env=dict(os.environ),
    )


def test_parse_prints_one_json_object_for_the_issue_example() -> None:
    result = packdesk("notes", "parse", ISSUE_NOTE)

    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    reading = json.loads(line)
    assert {k: reading[k] for k in ("color", "size", "gift", "gift_message", "attention")} == {
        "color": "navy", "size": "L", "gift": True, "gift_message": "Happy birthday Anna!",
        "attention": [],
    }
    for request in reading["requests"]:
        span = request["span"]
        assert ISSUE_NOTE[span["start"]:span["end"]] == request["text"]


def test_parse_of_a_delivery_note_asks_for_nothing() -> None:
    result = packdesk("notes", "parse", "Пожалуйста, позвоните за час до доставки. Спасибо!")

    reading = json.loads(result.stdout)
    assert (reading["color"], reading["size"], reading["gift"], reading["gift_message"]) == (
        None, None, False, None)


def test_parse_with_the_catalogue_answers_in_the_catalogues_own_values(db_url: str) -> None:
    assert packdesk("seed", "--db", db_url, "--orders", "0").returncode == 0

    result = packdesk("notes", "parse", "--catalog-from", db_url, "the forest green one, size xl 🙏")

    assert result.returncode == 0, result.stderr
    reading = json.loads(result.stdout)
    assert (reading["color"], reading["size"]) == ("Forest Green", "XL")


def test_parse_with_a_missing_catalogue_says_so_in_one_line(tmp_path: Path) -> None:
    result = packdesk("notes", "parse", "--catalog-from", f"sqlite:///{tmp_path}/none.db", "navy")

    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "no database file" in result.stderr and not (tmp_path / "none.db").exists()


def drop(folder: Path, rows: list[dict[str, object]]) -> None:
    base = {"placed_at": "2026-11-25T09:00:00Z", "ship_name": "Līga Ozoliņa",
            "ship_line1": "Brīvības iela 40", "ship_city": "Rīga", "ship_postal_code": "LV-1050",
            "ship_country": "LV", "quantity": 1}
    (folder / "orders.json").write_text(
        json.dumps([{**base, **row} for row in rows], ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_check_lists_the_order_whose_note_conflicts_with_its_line(
    db_url: str, tmp_path: Path, fmt: str
) -> None:
    assert packdesk("seed", "--db", db_url, "--orders", "40").returncode == 0
    drop(tmp_path, [
        {"order_id": "L1", "order_number": "#L1", "sku": "TEE-WHI-S", "name": "Organic cotton T-shirt — white / S",
         "attributes": {"color": "white", "size": "S"},
         "customer_note": "Lūdzu, atsūtiet izmēru M, nevis S. Paldies!"},
        {"order_id": "L2", "order_number": "#L2", "sku": "TEE-WHI-S", "name": "Organic cotton T-shirt — white / S",
         "attributes": {"color": "white", "size": "S"},
         "customer_note": "Baltu, izmērs S, lūdzu 🙂"},
    ])
    pulled = packdesk("pull", "--db", db_url, "--source", "file", "--path", str(tmp_path))
    assert pulled.returncode == 0, pulled.stderr + pulled.stdout

    result = packdesk("notes", "check", "--db", db_url, "--format", fmt)

    assert result.returncode == 0, result.stderr
    if fmt == "json":
        [conflict] = json.loads(result.stdout)  # the 40 demo orders' notes conflict with nothing
        assert {k: conflict[k] for k in ("number", "line", "attribute", "ordered", "requested",
                                          "text", "status")} == {
            "number": "#L1", "line": 1, "attribute": "size", "ordered": "S", "requested": "M",
            "text": "M", "status": "on_hold"}
    else:
        lines = result.stdout.splitlines()
        [row] = [line for line in lines if line.startswith("#")]
        assert row.split()[:2] == ["#L1", "on_hold"]
        assert "size S" in row and "“M”" in row and "#L2" not in result.stdout
        assert lines[-1] == "1 order(s) with a note conflict"


def test_an_admins_word_list_folder_teaches_parse_a_new_colour_word(tmp_path: Path) -> None:
    (tmp_path / "en.json").write_text('{"colors": {"green": ["sage"]}}', encoding="utf-8")
    before = json.loads(packdesk("notes", "parse", "the sage one please").stdout)

    after = subprocess.run(
        [sys.executable, "-m", "packdesk", "notes", "parse", "the sage one please"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PACKDESK_NOTES_DIRS": str(tmp_path)},
    )

    assert before["color"] is None
    assert json.loads(after.stdout)["color"] == "green", after.stderr


def test_a_broken_word_list_file_is_named_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "en.json").write_text('{"colors": {"green": ["sage"]', encoding="utf-8")

    result = subprocess.run(
        [sys.executable, "-m", "packdesk", "notes", "parse", "navy"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PACKDESK_NOTES_DIRS": str(tmp_path)},
    )

    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "word lists" in result.stderr
