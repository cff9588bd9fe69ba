"""Every language file is complete against a fresh extraction, placeholders intact; the
compiled translations reach the screen and the documents."""

from __future__ import annotations

import shutil
from pathlib import Path

from packdesk.i18n import LANGUAGES, qm_folder, qm_name, ts_path
from scripts import translations


def test_every_language_file_is_complete_against_a_fresh_extraction() -> None:
    problems = translations.fresh_problems()
    assert problems == [], "\n".join(problems[:40]) + (
        f"\n... and {len(problems) - 40} more" if len(problems) > 40 else "")


def _copy_files(folder: Path) -> None:
    for language in LANGUAGES:
        shutil.copy(ts_path(language), ts_path(language, folder))


def test_the_check_finds_an_unfinished_entry_and_a_broken_placeholder(tmp_path: Path) -> None:
    _copy_files(tmp_path)
    fr = ts_path("fr", tmp_path)
    text = fr.read_text(encoding="utf-8")
    # One finished entry made unfinished, one placeholder renamed.
    text = text.replace("<translation>Commande {number} expédiée</translation>",
                        '<translation type="unfinished">Commande {number} expédiée</translation>')
    text = text.replace("<translation>Bienvenue, {name}</translation>",
                        "<translation>Bienvenue, {nom}</translation>")
    fr.write_text(text, encoding="utf-8")
    found = "\n".join(translations.problems(tmp_path))
    assert "'Order {number} shipped': unfinished" in found
    assert "'Welcome, {name}': placeholders ['{nom}']" in found


def test_a_string_added_to_the_code_is_reported_missing(tmp_path: Path, monkeypatch) -> None:
    extra = tmp_path / "extra.py"
    extra.write_text("from PySide6.QtCore import QObject\n\n\nclass Extra(QObject):\n"
                     "    def text(self):\n        return self.tr('A brand new sentence')\n")
    folder = tmp_path / "ts"
    folder.mkdir()
    _copy_files(folder)
    real = translations.sources()
    monkeypatch.setattr(translations, "sources", lambda: [*real, str(extra)])
    translations.update(folder)
    found = translations.problems(folder)
    assert "packdesk_ru.ts [Extra] 'A brand new sentence': unfinished" in found


def test_the_compiled_files_are_made_for_every_language(tmp_path: Path) -> None:
    folder = qm_folder(cache_root=tmp_path)
    for language in LANGUAGES:
        assert (folder / qm_name(language)).stat().st_size > 0
    # Asking again reuses them: same sources, same folder.
    assert qm_folder(cache_root=tmp_path) == folder
