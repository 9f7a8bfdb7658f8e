#!/usr/bin/env bash
# Set up Beacon on Debian or Ubuntu (Python 3.11+): system libraries Qt needs, a CJK
# font so Chinese renders, and a virtual environment in .venv with Beacon installed.
#   packaging/setup.sh          the app
#   packaging/setup.sh --test   the app plus what the test suite needs (PostgreSQL included)
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

packages=(
  python3 python3-venv python3-pip
  # Qt 6 runtime (xcb for real windows, EGL/GL, fonts, D-Bus)
  libglib2.0-0 libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1
  libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxrender1
  # Chinese text
  fonts-wqy-microhei
)
if [ -n "$extras" ]; then
  # Tests open workbooks as LibreOffice writes and re-saves them (headless Calc), and run a
  # second time on a throwaway PostgreSQL cluster they start themselves (team mode).
  packages+=(libreoffice-calc-nogui postgresql postgresql-contrib)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c \
      'import sys; sys.exit(sys.version_info < (3, 11))'; then
    python="$candidate"; break
  fi
done
[ -n "$python" ] || { echo "setup: Python 3.11 or newer is needed" >&2; exit 1; }

[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q ".${extras}"
echo "setup: done (.venv/bin/beacon)"
