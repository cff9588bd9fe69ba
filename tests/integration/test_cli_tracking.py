"""``packdesk tracking check CODE`` as another tool calls it: one JSON line, exit 0 or 1."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.unit.test_tracking import s10_digit


def packdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_a_latvian_s10_number_with_spaces_and_lower_case_is_valid_with_its_country() -> None:
    number = f"RR12345678{s10_digit('12345678')}LV"
    done = packdesk("tracking", "check", " ".join([number[:4].lower(), number[4:9], number[9:]]))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "number": number, "carrier": "upu_s10", "valid": True, "country": "LV"
    }


def test_a_mistyped_number_prints_valid_false_and_exits_1_with_one_sentence() -> None:
    number = f"RR70412389{s10_digit('70412389')}NO"
    typo = number[:3] + str((int(number[3]) + 1) % 10) + number[4:]
    done = packdesk("tracking", "check", typo)
    assert done.returncode == 1
    assert json.loads(done.stdout) == {
        "number": typo, "carrier": "upu_s10", "valid": False, "country": "NO"
    }
    assert done.stderr.strip().splitlines() == [
        "packdesk: not a valid Posten tracking number: scan the label again"
    ]
