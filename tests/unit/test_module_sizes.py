"""The station's services stay small enough to read: no module in packdesk/services is
over 500 lines (issue 17). A module that grows past it is split by what it does."""

from __future__ import annotations

from pathlib import Path

import packdesk.services

LIMIT = 500


def test_no_services_module_is_over_500_lines() -> None:
    root = Path(packdesk.services.__file__).parent
    sizes = {str(path.relative_to(root)): len(path.read_text(encoding="utf-8").splitlines())
             for path in root.rglob("*.py")}
    assert len(sizes) > 20  # the folder was found and read
    assert {name: lines for name, lines in sizes.items() if lines > LIMIT} == {}
