#!/bin/sh
# Install Beacon for this user from the unpacked bundle (no root needed):
#   ./install.sh            copies this folder to ~/.local/opt/Beacon, puts `beacon` on
#                           PATH (~/.local/bin), adds Beacon to the applications menu
#   ./install.sh --remove   takes all of that away again
# Your data is not in the bundle and is never touched: it lives in ~/.local/share/Beacon.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/Beacon"
bin="$HOME/.local/bin"

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$target" "$bin/beacon" "$prefix/applications/beacon.desktop"
  for size in 16 24 32 48 64 128 256 512; do
    rm -f "$prefix/icons/hicolor/${size}x${size}/apps/beacon.png"
  done
  echo "Beacon removed (your data in ${XDG_DATA_HOME:-$HOME/.local/share}/Beacon is kept)."
  exit 0
fi

if [ "$here" != "$target" ]; then
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -a "$here" "$target"
fi
mkdir -p "$bin" "$prefix/applications"
ln -sf "$target/beacon" "$bin/beacon"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$prefix/icons/hicolor/${size}x${size}/apps"
  cp "$target/share/icons/beacon-$size.png" "$prefix/icons/hicolor/${size}x${size}/apps/beacon.png"
done
sed "s|^Exec=.*|Exec=$target/beacon|" "$target/share/beacon.desktop" \
  > "$prefix/applications/beacon.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/applications" || true
echo "Beacon installed: the applications menu, or \`beacon\` in a terminal ($bin on PATH)."
