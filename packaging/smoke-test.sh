#!/usr/bin/env bash
# Smoke-test a built bundle as a user's first start would meet it (offscreen, no display):
#   packaging/smoke-test.sh dist/Beacon
# 1. `beacon --version` prints this clone's version.
# 2. On an empty data folder, `beacon` starts, creates and seeds the database, shows the
#    main window and stays up; asked to end (SIGTERM, as at logout) it closes the window
#    as a user would: settings saved, exit status 0.
# 3. `beacon screenshots` draws every page and dialog, in English and Chinese (charts,
#    translations, fonts and icons are all in the bundle).
# Then prints the bundle's size.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle="${1:-dist/Beacon}"
beacon="$bundle/beacon"
[ -x "$beacon" ] || beacon="$bundle/Contents/MacOS/Beacon"
[ -x "$beacon" ] || { echo "smoke: no beacon program in $bundle" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' tracker/__init__.py)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen BEACON_DATA_DIR="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache" BEACON_LANG=en
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

printed=$("$beacon" --version)
[ "$printed" = "beacon $version" ] || fail "--version printed '$printed', not 'beacon $version'"
echo "smoke: --version: $printed"

"$beacon" >"$scratch/window.log" 2>&1 &
pid=$!
settings="$XDG_CONFIG_HOME/Beacon/Beacon.conf"
for _ in $(seq 300); do  # up to 60 s: the window writes its settings once it is up
  [ -s "$settings" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$scratch/window.log" >&2; fail "beacon exited at start"; }
  sleep 0.2
done
[ -s "$settings" ] || fail "no window after 60 s"
organizations=$("$beacon" list organizations 2>/dev/null | wc -l)
[ "$organizations" -ge 10 ] || fail "the new database was not seeded ($organizations organizations)"
sleep 3
kill -0 "$pid" 2>/dev/null || { cat "$scratch/window.log" >&2; fail "the window did not stay up"; }
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
[ "$status" -eq 0 ] || { cat "$scratch/window.log" >&2; fail "closing exited with $status"; }
grep -q "geometry" "$settings" || fail "the window did not save its place on closing"
echo "smoke: the window started on a fresh data folder, seeded $organizations organizations," \
  "stayed up and closed cleanly"

"$beacon" screenshots "$scratch/shots" >"$scratch/shots.log" 2>&1 ||
  { tail -20 "$scratch/shots.log" >&2; fail "beacon screenshots"; }
pictures=$(find "$scratch/shots" -name '*.png' | wc -l)
[ "$pictures" -ge 30 ] || fail "only $pictures screenshots"
echo "smoke: beacon screenshots drew $pictures pictures (English and Chinese)"
echo "smoke: bundle size $(du -sh "$bundle" | cut -f1) ($bundle)"
