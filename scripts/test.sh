#!/usr/bin/env bash
# Run every check packdesk has: ruff, mypy, the import layers, and the test suite on
# SQLite and on a throw-away PostgreSQL server started here (unless
# PACKDESK_TEST_PG_URL already names one). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

export QT_QPA_PLATFORM=offscreen
pgdir=""
cleanup() { if [ -n "$pgdir" ]; then bash scripts/pgtest.sh stop "$pgdir"; fi; }
trap cleanup EXIT
if [ -z "${PACKDESK_TEST_PG_URL:-}" ]; then
  pgdir=$(mktemp -d /tmp/packdesk-pg.XXXXXX)
  PACKDESK_TEST_PG_URL=$(bash scripts/pgtest.sh start "$pgdir")
  export PACKDESK_TEST_PG_URL
  echo "test: PostgreSQL test server at $PACKDESK_TEST_PG_URL"
fi

# Every check runs even when an earlier one failed, so one run shows everything to fix.
failed=()
echo "test: ruff"
.venv/bin/ruff check packdesk tests bench || failed+=(ruff)
echo "test: mypy"
.venv/bin/mypy || failed+=(mypy)
echo "test: import layers"
.venv/bin/lint-imports --no-cache || failed+=(import-layers)
echo "test: pytest"
# Two workers on CI's two cores (PACKDESK_TEST_WORKERS=0 runs in one process, for debugging).
.venv/bin/python -m pytest -n "${PACKDESK_TEST_WORKERS:-auto}" --maxprocesses=4 "$@" \
  || failed+=(pytest)
if [ ${#failed[@]} -gt 0 ]; then
  echo "test: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "test: all checks passed"
