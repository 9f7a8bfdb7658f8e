#!/usr/bin/env bash
# The whole test suite, the one way CI and everyone landing on main run it: on SQLite files
# and on a throwaway PostgreSQL cluster the tests start and stop themselves.
#   packaging/test.sh                          both engines (after packaging/setup.sh --test)
#   packaging/test.sh --engine sqlite [ARGS]   one engine, for speed while developing
#   packaging/test.sh --engine postgresql tests/team -x
# ARGS go to pytest. Python: $PYTHON, else .venv (packaging/setup.sh makes it).
# With two or more processors the two engines' runs go side by side (each is one Python
# process, so the second core would otherwise idle): the SQLite run prints as it goes, the
# PostgreSQL run's output follows when both are done. BEACON_TEST_SIDE_BY_SIDE=0 runs
# them one after the other. Both run even when one fails; the exit status is non-zero if
# either did.
set -euo pipefail
cd "$(dirname "$0")/.."

python="${PYTHON:-.venv/bin/python}"
[ -x "$python" ] || { echo "test: no $python (run packaging/setup.sh --test, or set PYTHON)" >&2
                      exit 1; }
engines=(sqlite postgresql)
if [ "${1:-}" = "--engine" ]; then
  case "${2:-}" in
    sqlite | postgresql) engines=("$2"); shift 2 ;;
    *) echo "test: --engine sqlite or --engine postgresql" >&2; exit 2 ;;
  esac
fi

run() {  # run ENGINE [pytest args]: the suite on one engine, timed
  local engine=$1 start=$SECONDS status=0
  shift
  echo "test: the suite on $engine"
  BEACON_TEST_ENGINE=$engine "$python" -m pytest "$@" || status=$?
  echo "test: $engine took $((SECONDS - start)) s (exit $status)"
  return "$status"
}

failed=()
cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
if [ ${#engines[@]} -eq 2 ] && [ "$cpus" -ge 2 ] && [ "${BEACON_TEST_SIDE_BY_SIDE:-1}" != 0 ]
then
  log=$(mktemp "${TMPDIR:-/tmp}/beacon-tests-postgresql.XXXXXX")
  server_start=$SECONDS
  BEACON_TEST_ENGINE=postgresql "$python" -m pytest "$@" >"$log" 2>&1 &
  server_run=$!  # pytest itself: stopped with this script
  trap 'kill "$server_run" 2>/dev/null || true; rm -f "$log"' EXIT
  trap 'exit 130' INT TERM
  run sqlite "$@" || failed+=(sqlite)
  status=0
  wait "$server_run" || status=$?
  echo "test: the suite on postgresql (side by side with sqlite)"
  cat "$log"
  echo "test: postgresql took $((SECONDS - server_start)) s (exit $status)"
  [ "$status" -eq 0 ] || failed+=(postgresql)
else
  for engine in "${engines[@]}"; do
    run "$engine" "$@" || failed+=("$engine")
  done
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "test: FAILED on ${failed[*]}" >&2
  exit 1
fi
