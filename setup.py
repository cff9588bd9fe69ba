"""Build step: compile the translations (.ts -> .qm) into the wheel.

Everything else about the package is in pyproject.toml. The .qm files are made here, by
``pyside6-lrelease`` (PySide6 must be installed where the build runs: build with
``pip wheel --no-build-isolation .`` from an environment that has packdesk's
dependencies), and are package data; the .ts sources stay in the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable checkout compiles them on first start (packdesk/i18n.py)
        sys.path.insert(0, str(ROOT))
        from packdesk.i18n import compile_translations  # noqa: PLC0415

        sources = sorted((ROOT / "packdesk" / "resources" / "translations").glob("*.ts"))
        out = Path(self.build_lib) / "packdesk" / "resources" / "translations"
        for stale in out.glob("*.ts"):  # a reused build folder may hold sources: ship .qm only
            stale.unlink()
        for qm in compile_translations(sources, out):
            print(f"compiled {qm.name}")


setup(cmdclass={"build_py": BuildWithTranslations})
