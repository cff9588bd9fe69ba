"""Which language a station speaks, and a service sentence that travels as a template."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from packdesk import i18n
from packdesk.domain.say import Say, say, sentence


@pytest.mark.parametrize(("choices", "expected"), [
    (("pt-BR",), "pt_BR"),
    ((None, "ru_RU.UTF-8"), "ru"),
    (("no_NO",), "nb"),
    (("nn",), "nb"),
    (("de_DE", "lv_LV"), "lv"),  # no German: the next choice
    (("de_DE", None, ""), "en"),
    (("fr_CA@euro",), "fr"),
])
def test_the_first_language_packdesk_speaks_wins(choices: tuple[str | None, ...],
                                                  expected: str) -> None:
    assert i18n.pick_language(*choices) == expected


def test_without_lrelease_a_checkout_falls_back_to_english(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = tmp_path / "ts"
    sources.mkdir()
    (sources / "packdesk_fr.ts").write_text("<TS/>", encoding="utf-8")
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    assert i18n.qm_folder(sources, cache_root=tmp_path / "cache") == sources


def test_a_sentence_is_english_text_that_keeps_its_template() -> None:
    said = say("now held by {holder}", holder="Bench 2")
    assert said == "now held by Bench 2" and isinstance(said, str)
    assert said.template == "now held by {holder}" and said.values == {"holder": "Bench 2"}
    copy = pickle.loads(pickle.dumps(said))
    assert isinstance(copy, Say) and copy.values == said.values
    assert isinstance(sentence(ValueError(said)), Say)
    assert sentence(ValueError("plain")) == "plain"
