#!/usr/bin/env bash
# Set up packdesk on a Debian/Ubuntu machine: system packages (Qt's runtime libraries,
# fonts, PostgreSQL, socat, CUPS client), a virtual environment in .venv, and packdesk
# with its test extras. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-venv postgresql socat cups-client cups-daemon poppler-utils
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xkb1 libpulse0
  fonts-dejavu-core fonts-noto-core fonts-noto-cjk
)
missing_packages() {
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
}
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else SUDO="none"; fi
apt_updated=""
install_missing() {
  missing_packages
  [ ${#missing[@]} -gt 0 ] || return 0
  if [ "$SUDO" = none ]; then
    echo "setup: please install these Debian packages first: ${missing[*]}" >&2; exit 1
  fi
  if [ -z "$apt_updated" ]; then $SUDO apt-get update -qq; apt_updated=yes; fi
  # ALSA's library was renamed on newer releases (Ubuntu 24.04: libasound2t64).
  if apt-cache show libasound2t64 >/dev/null 2>&1; then alsa=libasound2t64; else alsa=libasound2; fi
  dpkg-query -W -f='${Status}' "$alsa" 2>/dev/null | grep -q "install ok installed" || missing+=("$alsa")
  echo "setup: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
install_missing

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: packdesk needs Python 3.11 or newer; $($PYTHON --version) found" >&2
  exit 1
fi

stamp=.venv/.packdesk-installed
want=$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing packdesk and its dependencies into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,postgres]"
  echo "$want" >"$stamp"
fi
echo "setup: ready (.venv/bin/packdesk)"
