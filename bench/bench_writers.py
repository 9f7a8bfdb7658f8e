"""How long a save waits while an import writes (the window's saves against a long import).

An importer process writes N organizations; this process saves one record again and again
until the import ends, timing each save. Baseline, in the same run: the same import as one
transaction (COMMIT_ROWS and WORK_S set past N), as Beacon wrote imports before; there a
save waits out the whole import, or fails 'database is locked' after 5 s.

    .venv/bin/python bench/bench_writers.py [ROWS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMPORTER = r"""
import sys, time
from pathlib import Path
from tracker.excel import batches
from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.opening import open_data
path, source, whole = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "whole"
if whole:
    batches.COMMIT_ROWS, batches.WORK_S = 10**9, 10**9
store = open_data(path, seed=False)
plan = plan_import(source, ImportOptions(entity="organization", mode="create"))
print("writing", flush=True)
started = time.perf_counter()
apply_import(plan)
print(f"{time.perf_counter() - started:.2f}", flush=True)
"""


def run(rows: int, whole: bool) -> tuple[float, list[float], int]:
    sys.path.insert(0, str(ROOT))
    from tracker.errors import StorageUnavailable
    from tracker.services import records
    from tracker.storage import open_store

    folder = Path(tempfile.mkdtemp(prefix="beacon-writers-"))
    path, source = folder / "beacon.sqlite3", folder / "many.csv"
    source.write_text("Name\n" + "".join(f"Company {n}\n" for n in range(rows)))
    with open_store(path):
        first = records.create("organization", {"name": "Saved meanwhile"}).first_created
    child = subprocess.Popen([sys.executable, "-c", IMPORTER, str(path), str(source),
                              "whole" if whole else "chunks"], cwd=ROOT, text=True,
                             stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    waits, failed = [], 0
    with open_store(path):
        while child.poll() is None:
            started = time.perf_counter()
            try:
                version = records.load("organization", first).version
                records.update("organization", first, version, {"notes": str(len(waits))})
            except StorageUnavailable:
                failed += 1
            waits.append(time.perf_counter() - started)
    return float(child.stdout.read().strip() or 0), waits, failed


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    for label, whole in (("one transaction (before)", True), ("chunked (now)", False)):
        seconds, waits, failed = run(rows, whole)
        print(f"{label:26} import {seconds:6.2f} s | {len(waits)} saves, longest wait "
              f"{max(waits):.2f} s, median {statistics.median(waits) * 1000:.0f} ms, "
              f"{failed} failed 'locked'")


if __name__ == "__main__":
    main()
