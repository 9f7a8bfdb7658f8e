"""Taking SQLite's write lock while another process writes (an import, a second window).

A writer that finds the lock held waits in SQLite's busy handler, which sleeps between
tries for 1, 2, 5, 10 ... and then 100 ms at a time: it gets in only if it happens to wake
while the lock is free. An import commits a few thousand rows at a time and is busy again
a few milliseconds later, so a save from the window slept past almost every gap and went
in only at the import's pauses (bench/bench_writers.py: the slowest saves spent 0.85-0.96
s of their 0.97 s waiting for the lock, their own work and commit took 2-40 ms). Here a
waiting BEGIN IMMEDIATE asks again every few milliseconds instead, until the same busy
timeout (the connection's busy_timeout), then fails as before (SQLITE_BUSY, "the
database is locked").
"""

from __future__ import annotations

import sqlite3
import time

import peewee as pw

POLL_S = 0.003  # a writer waiting for the lock asks again this often


class TurnTakingDatabase(pw.SqliteDatabase):  # type: ignore[misc]
    """peewee's SqliteDatabase whose BEGIN IMMEDIATE polls for the lock (see the module)."""

    def begin(self, lock_type: str | None = None) -> None:
        lock_type = lock_type or self._lock_type
        if lock_type != "IMMEDIATE":
            super().begin(lock_type)
            return
        connection: sqlite3.Connection = self.connection()
        timeout_ms = int(connection.execute("PRAGMA busy_timeout").fetchone()[0])
        deadline = time.monotonic() + timeout_ms / 1000
        connection.execute("PRAGMA busy_timeout = 0")  # asked here, not in SQLite's sleeps
        try:
            while True:
                try:
                    with pw.__exception_wrapper__:
                        self.cursor().execute("BEGIN IMMEDIATE")
                    return
                except pw.OperationalError as error:
                    cause = error.__cause__ or error.__context__  # the sqlite3 error
                    code = getattr(cause, "sqlite_errorcode", 0) & 0xFF
                    if code != sqlite3.SQLITE_BUSY or time.monotonic() >= deadline:
                        raise
                time.sleep(POLL_S)
        finally:
            connection.execute(f"PRAGMA busy_timeout = {timeout_ms}")
