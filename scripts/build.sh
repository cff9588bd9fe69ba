#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle dist/packdesk/ and smoke-test it:
#   bash scripts/build.sh            (uses .venv/bin/python, or $PYTHON)
# The smoke test runs the built program, not the checkout: --version, a notes parse (word
# lists found inside the bundle), the compiled translations present, and the demo station
# starting offscreen and closing cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
started=$(date +%s)

"$PY" -m pip show pyinstaller >/dev/null 2>&1 || "$PY" -m pip install -q "pyinstaller>=6.0"
# The .qm translations are made here, not kept in git (see packdesk/i18n.py).
"$PY" scripts/translations.py compile packdesk/resources/translations >/dev/null
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN packdesk.spec
built=$(date +%s)

app=dist/packdesk/packdesk
[ -x "$app.exe" ] && app="$app.exe"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Run from elsewhere, with empty user folders, nothing from the checkout on the path.
cd "$scratch"
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
unset PYTHONPATH
bundle="$OLDPWD/dist/packdesk"

version=$("$bundle/packdesk" --version)
echo "version: $version"
echo "$version" | grep -Eq "^packdesk [0-9]+\.[0-9]+"

parsed=$("$bundle/packdesk" notes parse "size L")
echo "notes parse: $parsed"
echo "$parsed" | grep -q '"size": "L"'

for lang in en fr pt_BR ru nb lv; do
    find "$bundle" -name "packdesk_$lang.qm" | grep -q . || { echo "missing packdesk_$lang.qm"; exit 1; }
done
for file in accept.wav DejaVuSans.ttf ru.json carriers.json; do
    find "$bundle" -name "$file" | grep -q . || { echo "missing $file"; exit 1; }
done

"$bundle/packdesk" demo --orders 10 --quit-after 5 > demo.log 2>&1 || { cat demo.log; exit 1; }
grep -q "demo database:" demo.log
if grep -E "Traceback|Error:" demo.log; then exit 1; fi
echo "demo station started offscreen and closed cleanly"

done_at=$(date +%s)
echo "build: $((built - started)) s, smoke test: $((done_at - built)) s, total: $((done_at - started)) s"
echo "bundle: $(du -sh "$bundle" | cut -f1) in $bundle"
