#!/usr/bin/env bash
# The whole test suite, the one way CI and everyone landing on main run it: on SQLite files,
# then on a throwaway PostgreSQL cluster the tests start and stop themselves.
#   packaging/test.sh                          both engines (after packaging/setup.sh --test)
#   packaging/test.sh --engine sqlite [ARGS]   one engine, for speed while developing
#   packaging/test.sh --engine postgresql tests/team -x
# ARGS go to pytest. Python: $PYTHON, else .venv (packaging/setup.sh makes it).
# Both engines run even when the first fails; the exit status is non-zero if either did.
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

failed=()
for engine in "${engines[@]}"; do
  start=$SECONDS
  echo "test: the suite on $engine"
  status=0
  BEACON_TEST_ENGINE=$engine "$python" -m pytest "$@" || status=$?
  echo "test: $engine took $((SECONDS - start)) s (exit $status)"
  [ "$status" -eq 0 ] || failed+=("$engine")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "test: FAILED on ${failed[*]}" >&2
  exit 1
fi
