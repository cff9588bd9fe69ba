"""The built wheel, installed into a clean virtual environment outside the checkout, is a
working packdesk: command line, word lists, sounds, fonts and compiled translations.

Dependencies come from the package index (pip's cache makes a second run quick) or, when
``PACKDESK_WHEELHOUSE`` names a folder of wheels, from there only (offline).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

CHECK = """
import json, sys
from packdesk.resources import resource_path
from packdesk.i18n import LANGUAGES, qm_folder, qm_name
from PySide6.QtCore import QTranslator
folder = qm_folder()
ru = QTranslator()
loaded = ru.load(str(folder / qm_name("ru")))
print(json.dumps({
    "package": str(resource_path()),
    "sounds": sorted(p.name for p in resource_path("sounds").glob("*.wav")),
    "fonts": sorted(p.name for p in resource_path("fonts").glob("*.ttf")),
    "notes": sorted(p.name for p in resource_path("notes").glob("*.json")),
    "carriers": resource_path("carriers.json").is_file(),
    "qm": sorted(p.name for p in folder.glob("*.qm")),
    "qm_folder": str(folder),
    "ru": ru.translate("MainWindow", "Printer OK") if loaded else None,
}))
"""


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    env["HOME"] = str(tmp_path / "home")  # no user cache or data from the checkout's runs
    env["XDG_CACHE_HOME"] = str(tmp_path / "home" / ".cache")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / ".local" / "share")
    env["PIP_CACHE_DIR"] = os.environ.get("PIP_CACHE_DIR",
                                          str(Path.home() / ".cache" / "pip"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_the_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-q", "-w", str(dist), str(ROOT)],
        capture_output=True, text=True, timeout=300, check=False)
    assert build.returncode == 0, build.stderr
    wheel = next(dist.glob("packdesk-*.whl"))

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    env = _clean_env(tmp_path)
    wheelhouse = os.environ.get("PACKDESK_WHEELHOUSE")
    source = ["--no-index", "--find-links", wheelhouse] if wheelhouse else []
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", *source, str(wheel)],
                             capture_output=True, text=True, env=env, timeout=600,
                             check=False, cwd=tmp_path)
    assert install.returncode == 0, install.stderr[-3000:]

    packdesk = env_dir / ("Scripts" if os.name == "nt" else "bin") / "packdesk"
    work = tmp_path / "elsewhere"
    work.mkdir()

    def run(*args: str) -> str:
        done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=work,
                              timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert run(str(packdesk), "--version").strip() == "packdesk 0.1.0"
    parsed = json.loads(run(str(packdesk), "notes", "parse", "size L"))
    assert parsed["size"] == "L"

    found = json.loads(run(str(python), "-c", CHECK))
    assert found["package"].startswith(str(env_dir)), "packdesk came from the checkout"
    assert found["sounds"] == ["accept.wav", "complete.wav", "refuse.wav"]
    assert found["fonts"] == ["DejaVuSans-Bold.ttf", "DejaVuSans.ttf"]
    assert {"en.json", "fr.json", "lv.json", "nb.json", "pt_BR.json", "ru.json",
            "shared.json"} <= set(found["notes"])
    assert found["carriers"]
    # The compiled translations are in the package itself, nothing compiled at run time.
    assert found["qm_folder"] == str(Path(found["package"]) / "translations")
    assert found["qm"] == sorted(f"packdesk_{lang}.qm"
                                 for lang in ("en", "fr", "pt_BR", "ru", "nb", "lv"))
    assert found["ru"] == "Принтер в порядке"
