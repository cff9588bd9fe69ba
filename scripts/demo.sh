#!/usr/bin/env bash
# Set up packdesk and start the demo station (a fresh demo database, no store, printer
# or scanner needed: type badge codes and barcodes with the keyboard, documents go to a folder).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/packdesk demo "$@"
