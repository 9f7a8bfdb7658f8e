"""How long a save waits while an import writes (the window's saves against a long import).

An importer process writes N organizations; this process saves one record again and again
until the import ends, timing each save and splitting its time into waiting for the write
lock, its own work and its commit. Three ways, in the same run:
  whole     the import as one transaction (commits of more than N rows), as Beacon's
            first release wrote imports: a save waits it out, or fails 'locked' after 5 s
  backoff   commits of 2,000 rows with a pause of 0.11 s every 0.7 s of work, every writer
            waiting in SQLite's own busy handler (sleeps growing to 100 ms)
  gaps      the same chunks and pauses, a 10 ms gap after every commit, and a waiting writer
            asking for the lock every few ms (tracker/storage/sqlite_lock.py)
  turns     chunks of 5,000 rows (the first 1,000; a second thread writes them,
            tracker/storage/sqlite_pipe.py), committed after HOLD_S or as soon as a writer says it
            waits (its `-waiting` file), and no pause unless one does: then the lock is left
            free until it has gone in: Beacon now

    .venv/bin/python bench/bench_writers.py [ROWS] [--repeats N]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
IMPORTER = r"""
import sys, time
from pathlib import Path
from tracker.excel import batches
from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.opening import open_data
path, source, way = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
if way == "whole":
    batches.CHUNK_ROWS = batches.FIRST_CHUNK_ROWS = batches.HOLD_S = 10**9
if way in ("backoff", "gaps"):  # a commit every 2,000 rows, a pause every 0.7 s of work
    batches.HOLD_S, batches.WORK_S = 0.0, 0.7
    batches.CHUNK_ROWS = batches.FIRST_CHUNK_ROWS = 2000
if way == "backoff":
    import bench.bench_writers
    bench.bench_writers.wait_in_sqlite()
if way == "gaps":
    from tracker.storage.store import Store
    batches.GAP_S = 0.01  # a gap after every commit, whether a writer waits or not
    Store.writer_waiting = lambda self: False
store = open_data(path, seed=False)
plan = plan_import(source, ImportOptions(entity="organization", mode="create"))
print("writing", flush=True)
started = time.perf_counter()
apply_import(plan)
print(f"{time.perf_counter() - started:.2f}", flush=True)
"""
WAYS = ("whole", "backoff", "gaps", "turns")


def wait_in_sqlite() -> None:
    """Writers wait for the lock in SQLite's busy handler, as before taking turns."""
    import peewee as pw

    from tracker.storage.sqlite_lock import TurnTakingDatabase

    TurnTakingDatabase.begin = pw.SqliteDatabase.begin  # type: ignore[method-assign]


class Part(NamedTuple):
    lock: float
    work: float
    commit: float


class Run(NamedTuple):
    seconds: float  # the import
    waits: list[float]  # each save, whole
    parts: list[Part]
    failed: int


def run(rows: int, way: str) -> Run:
    from tracker.errors import StorageUnavailable
    from tracker.services import records
    from tracker.storage import open_store

    folder = Path(tempfile.mkdtemp(prefix="beacon-writers-"))
    path, source = folder / "beacon.sqlite3", folder / "many.csv"
    source.write_text("Name\n" + "".join(f"Company {n}\n" for n in range(rows)))
    with open_store(path):
        first = records.create("organization", {"name": "Saved meanwhile"}).first_created
    child = subprocess.Popen([sys.executable, "-c", IMPORTER, str(path), str(source), way],
                             cwd=ROOT, text=True, stdout=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    waits: list[float] = []
    parts: list[Part] = []
    failed = 0
    with open_store(path) as store:
        statements = traced(store.db.connection())
        while child.poll() is None:
            statements.clear()
            started = time.perf_counter()
            try:
                version = records.load("organization", first).version
                records.update("organization", first, version, {"notes": str(len(waits))})
            except StorageUnavailable:
                failed += 1
            ended = time.perf_counter()
            waits.append(ended - started)
            parts.append(split(statements, started, ended))
    return Run(float(child.stdout.read().strip() or 0), waits, parts, failed)


def traced(connection: sqlite3.Connection) -> list[tuple[float, str]]:
    """(when, SQL) of every statement `connection` starts from now on."""
    seen: list[tuple[float, str]] = []
    connection.set_trace_callback(lambda sql: seen.append((time.perf_counter(), sql)))
    return seen


def split(statements: list[tuple[float, str]], started: float, ended: float) -> Part:
    """Where one save's time went: waiting for the write lock (the first BEGIN IMMEDIATE to
    the statement after the last: one asked again is traced each time; to the end when it
    never came), its commit (COMMIT to the end) and the rest (its own work)."""
    begins = [i for i, (_, sql) in enumerate(statements) if sql.startswith("BEGIN")]
    commit = next((when for when, sql in statements if sql.startswith("COMMIT")), None)
    if not begins:
        return Part(0.0, ended - started, 0.0)
    if commit is None or begins[-1] + 1 >= len(statements):  # failed 'locked'
        lock = ended - statements[begins[0]][0]
        return Part(lock, ended - started - lock, 0.0)
    lock = statements[begins[-1] + 1][0] - statements[begins[0]][0]
    return Part(lock, ended - started - lock - (ended - commit), ended - commit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=1)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    longest: dict[str, list[float]] = {way: [] for way in WAYS}
    for repeat in range(options.repeats):
        for way in WAYS:
            done = run(options.rows, way)
            waits = done.waits
            longest[way].append(max(waits))
            slow = sorted(range(len(waits)), key=waits.__getitem__)[-3:][::-1]
            print(f"{repeat + 1} {way:8} import {done.seconds:6.2f} s | {len(waits)} saves, "
                  f"longest {max(waits):.2f} s, median {statistics.median(waits) * 1000:.0f} "
                  f"ms, over 0.5 s: {sum(w > 0.5 for w in waits)}, {done.failed} failed "
                  "'locked' | slowest (lock/work/commit ms): " + ", ".join(
                      f"{done.parts[i].lock * 1000:.0f}/{done.parts[i].work * 1000:.0f}/"
                      f"{done.parts[i].commit * 1000:.0f}" for i in slow), flush=True)
    for way in WAYS:
        print(f"{way:8} longest wait, median of {options.repeats} runs: "
              f"{statistics.median(longest[way]):.2f} s "
              f"({min(longest[way]):.2f}-{max(longest[way]):.2f})")


if __name__ == "__main__":
    main()
