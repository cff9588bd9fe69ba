"""Translation files: extract, fill, check and compile.

    python scripts/translations.py update           # pyside6-lupdate packdesk/ -> every .ts
    python scripts/translations.py check            # unfinished, missing or broken entries
    python scripts/translations.py compile OUT_DIR  # pyside6-lrelease every .ts -> OUT_DIR
    python scripts/translations.py fill LANG FILE.json  # translations {source: text|[forms]}

``update`` keeps what is translated, adds new strings as unfinished and drops vanished ones;
file locations are left out so the files do not change when code moves. The English file
holds only the numerus forms ("%n item(s)" -> "1 item", "2 items").
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from packdesk.i18n import LANGUAGES, SOURCE_LANGUAGE, compile_translations, ts_path  # noqa: E402

PACKAGE = ROOT / "packdesk"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*\}|%n|%\d")
# Qt's own plural forms per language: how many numerus forms a translation must fill.
NUMERUS_FORMS = {"en": 2, "fr": 2, "pt_BR": 2, "ru": 3, "nb": 2, "lv": 3}


def lupdate_command() -> list[str]:
    from packdesk.i18n import lrelease_command

    release = lrelease_command()
    if release is None:
        raise SystemExit("pyside6-lupdate not found: install PySide6")
    name = Path(release[0]).name.replace("lrelease", "lupdate")
    return [str(Path(release[0]).with_name(name))]


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py")
                  if "migrations" not in p.parts and "__pycache__" not in p.parts)


FREE_CONTEXT = "verdict"


def _saved_free_context(ts: Path) -> dict[str, ET.Element]:
    """The translations of the ``verdict`` context before lupdate runs (it sees those
    calls in the empty context, so it would drop them as obsolete)."""
    if not ts.is_file():
        return {}
    saved = {}
    for context in ET.parse(ts).getroot().findall("context"):
        if context.findtext("name") == FREE_CONTEXT:
            for message in context.findall("message"):
                translation = message.find("translation")
                if translation is not None:
                    saved[message.findtext("source") or ""] = translation
    return saved


def _free_tr_context(ts: Path, saved: dict[str, ET.Element]) -> None:
    """lupdate files free ``tr("...")`` calls under an empty context. packdesk has three:
    ``ui/verdicts.tr`` and the services' ``say("...")`` (packdesk/domain/say.py), both
    translated in the ``verdict`` context (so their messages move there), and
    ``hardware/documents.tr(key)``, whose arguments are keys, not words (they
    are dropped; the words are marked with QT_TRANSLATE_NOOP("documents", ...))."""
    from packdesk.hardware.documents import TEXTS

    tree = ET.parse(ts)
    root = tree.getroot()
    free = [c for c in root.findall("context") if not (c.findtext("name") or "").strip()]
    target = next((c for c in root.findall("context") if c.findtext("name") == FREE_CONTEXT),
                  None)
    for context in free:
        root.remove(context)
        if target is None:
            target = ET.SubElement(root, "context")
            ET.SubElement(target, "name").text = FREE_CONTEXT
        known = {m.findtext("source") for m in target.findall("message")}
        for message in context.findall("message"):
            source = message.findtext("source")
            if source in TEXTS or source in known:
                continue
            if source in saved:
                old = message.find("translation")
                if old is not None:
                    message.remove(old)
                message.append(saved[source])
            target.append(message)
            known.add(source)
    ET.indent(tree, space="    ")
    text = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                  encoding="utf-8")


def update(folder: Path | None = None) -> list[Path]:
    """Re-extract every language's .ts in ``folder`` (default: the package's)."""
    files = sources()
    written = []
    for language in LANGUAGES:
        ts = ts_path(language, folder)
        extra = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
        saved = _saved_free_context(ts)
        result = subprocess.run(
            [*lupdate_command(), *files, "-locations", "none", "-no-obsolete", "-silent",
             # say("...") in the services (packdesk/domain/say.py) is read like QT_TR_NOOP
             "-tr-function-alias", "QT_TR_NOOP+=say",
             "-source-language", "en", "-target-language", language, *extra, "-ts", str(ts)],
            capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"lupdate failed for {language}: {result.stderr}")
        _free_tr_context(ts, saved)
        written.append(ts)
    return written


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in forms]
    return [translation.text or ""]


def problems(folder: Path) -> list[str]:
    """What is wrong with the .ts files in ``folder``: one line per entry."""
    found: list[str] = []
    for language in LANGUAGES:
        ts = ts_path(language, folder)
        if not ts.is_file():
            found.append(f"{ts.name}: missing")
            continue
        for context in ET.parse(ts).getroot().findall("context"):
            name = context.findtext("name")
            for message in context.findall("message"):
                source = message.findtext("source") or ""
                where = f"{ts.name} [{name}] {source!r}"
                translation = message.find("translation")
                kind = translation.get("type") if translation is not None else "missing"
                if kind in {"obsolete", "vanished"}:
                    continue
                forms = _forms(message)
                if kind in {"unfinished", "missing"} or not forms or not all(f.strip() for f in forms):
                    found.append(f"{where}: unfinished")
                    continue
                if message.get("numerus") == "yes" and len(forms) != NUMERUS_FORMS[language]:
                    found.append(f"{where}: {len(forms)} plural forms, "
                                 f"{NUMERUS_FORMS[language]} needed")
                want = sorted(PLACEHOLDER.findall(source))
                for form in forms:
                    got = sorted(PLACEHOLDER.findall(form))
                    if got != want and not (message.get("numerus") == "yes"
                                            and sorted(set(got) | {"%n"}) == sorted(set(want))):
                        found.append(f"{where}: placeholders {got} in {form!r}, source has {want}")
    return found


def fresh_problems() -> list[str]:
    """:func:`problems` of a fresh extraction over the committed files (nothing written)."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for language in LANGUAGES:
            if ts_path(language).is_file():
                shutil.copy(ts_path(language), ts_path(language, folder))
        update(folder)
        return problems(folder)


def _fill_message(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in value if isinstance(value, list) else [value]:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]


def fill(language: str, path: Path) -> int:
    """Write the translations of ``path`` ({source: text or [forms]}) into the .ts."""
    texts = json.loads(path.read_text(encoding="utf-8"))
    ts = ts_path(language)
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            # "Context|source" wins over "source" (a role's "Admin" is not the screen's).
            value = texts.get(f"{context.findtext('name')}|{source}", texts.get(source))
            if value is not None:
                _fill_message(message, value)
                count += 1
    ET.indent(tree, space="    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                  encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"update", "check", "compile", "fill"}:
        print(__doc__)
        return 2
    if argv[0] == "update":
        for ts in update():
            print(ts.relative_to(ROOT))
    elif argv[0] == "check":
        found = fresh_problems()
        print("\n".join(found) or "every translation is complete")
        return 1 if found else 0
    elif argv[0] == "compile":
        out = Path(argv[1]) if len(argv) > 1 else ts_path("en").parent
        for qm in compile_translations(sorted(ts_path("en").parent.glob("*.ts")), out):
            print(qm)
    else:
        print(fill(argv[1], Path(argv[2])), "entries filled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
