"""Translations: Qt Linguist files, compiled by the build, found like every resource.

The sources are ``packdesk/resources/translations/packdesk_<lang>.ts``, written by
``scripts/translations.py update`` (``pyside6-lupdate`` over ``packdesk/``) and translated
there. The ``.qm`` files Qt loads are made, never kept in git:

* a wheel: ``setup.py``'s ``build_py`` step compiles them into the package
  (``pyside6-lrelease``), and only the ``.qm`` files are package data;
* a PyInstaller build: ``scripts/build.sh`` compiles them before ``pyinstaller``;
* a checkout: :func:`qm_folder` compiles them on first start into the user cache
  folder, in a sub-folder named after the sources' hash, so an edited ``.ts`` is picked up
  and several checkouts never mix.

One placeholder style: ``{name}`` fields filled by ``str.format`` after ``tr()``, and
``%n`` for Qt's numerus forms (``tr("{count} item(s)", "", n)`` is wrong, ``tr("%n
item(s)", "", n)`` right). The completeness test holds every translation to its
source's placeholders.

No Qt here: the build step and the command line use this module too.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from packdesk.resources import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# Code -> the language's own name, as the sign-in screen offers it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "ru": "Русский",
    "nb": "Norsk bokmål",
    "lv": "Latviešu",
}
LANGUAGE_ENV = "PACKDESK_LANGUAGE"
BASENAME = "packdesk"


def translations_dir() -> Path:
    return resource_path("translations")


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"{BASENAME}_{language}.ts"


def qm_name(language: str) -> str:
    return f"{BASENAME}_{language}.qm"


def normalize(code: str | None) -> str | None:
    """A language code or locale name (``pt-BR``, ``ru_RU.UTF-8``, ``no``) as one of
    :data:`LANGUAGES`, or None when packdesk has no such translation."""
    if not code:
        return None
    code = code.split(".")[0].split("@")[0].replace("-", "_").strip()
    if code in LANGUAGES:
        return code
    base = code.split("_")[0].lower()
    if base in {"nb", "no", "nn"}:
        return "nb"
    if base == "pt":
        return "pt_BR"
    return base if base in LANGUAGES else None


def pick_language(*choices: str | None, default: str = SOURCE_LANGUAGE) -> str:
    """The first of ``choices`` packdesk has a translation for (e.g. the environment, the
    station's setting, the system locale), else ``default``."""
    for choice in choices:
        language = normalize(choice)
        if language:
            return language
    return default


def lrelease_command() -> list[str] | None:
    """How to run Qt's ``lrelease`` here: PySide6's, beside this Python, or on PATH."""
    names = ["pyside6-lrelease", "lrelease"]
    for name in names:
        beside = Path(sys.executable).parent / (name + (".exe" if os.name == "nt" else ""))
        if beside.is_file():
            return [str(beside)]
    for name in names:
        found = shutil.which(name)
        if found:
            return [found]
    try:
        import PySide6  # noqa: PLC0415 (only when neither wrapper is found)
    except ImportError:
        return None
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe",
                      folder / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file():
            return [str(candidate)]
    return None


def compile_translations(sources: Iterable[Path], out_dir: Path) -> list[Path]:
    """``lrelease`` each ``.ts`` of ``sources`` into ``out_dir``; the ``.qm`` files made.

    Raises RuntimeError when lrelease is missing or refuses a file.
    """
    command = lrelease_command()
    if command is None:
        raise RuntimeError("pyside6-lrelease not found: install PySide6 to build translations")
    out_dir.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for ts in sources:
        qm = out_dir / ts.with_suffix(".qm").name
        result = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease failed on {ts.name}: {result.stderr.strip()}")
        made.append(qm)
    return made


def _cache_root() -> Path:
    import platformdirs  # noqa: PLC0415 (not needed by the build step)

    return Path(platformdirs.user_cache_dir("packdesk", appauthor=False)) / "translations"


def qm_folder(sources_folder: Path | None = None, cache_root: Path | None = None) -> Path:
    """The folder holding the compiled ``packdesk_<lang>.qm`` files.

    In a wheel or a frozen build that is the package's own folder (the build compiled
    them); in a checkout (``.ts`` sources present) they are compiled once into the cache.
    When they cannot be compiled the package folder is returned and the station speaks
    English.
    """
    folder = sources_folder or translations_dir()
    sources: Sequence[Path] = sorted(folder.glob(f"{BASENAME}_*.ts"))
    if not sources:
        return folder
    digest = hashlib.sha1()
    for ts in sources:
        digest.update(ts.name.encode() + b"\0" + ts.read_bytes())
    target = (cache_root or _cache_root()) / digest.hexdigest()[:16]
    if all((target / ts.with_suffix(".qm").name).is_file() for ts in sources):
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
            compile_translations(sources, Path(scratch) / "qm")
            try:
                os.replace(Path(scratch) / "qm", target)
            except OSError:
                if not target.is_dir():  # another process won the race: theirs is the same
                    raise
    except (OSError, RuntimeError) as error:
        log.warning("translations not compiled, the station speaks English: %s", error)
        return folder
    return target
