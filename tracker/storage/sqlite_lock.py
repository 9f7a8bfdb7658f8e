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

A writer kept waiting says so: it touches `<database>-waiting` while it waits and deletes
it once it has the lock. A long writer (an import committing chunk after chunk) looks for
that file after each commit and leaves the lock free while it is there, instead of pausing
at intervals whether anyone waits or not (tracker.excel.batches).
"""

from __future__ import annotations

import os
import sqlite3
import time
from typing import Any

import peewee as pw

from tracker.storage.sqlite_pipe import PipedWrites

POLL_S = 0.003  # a writer waiting for the lock asks again this often
SAY_S = 0.02  # ...and touches its `-waiting` file this often
FRESH_S = 1.0  # a `-waiting` file older than this was left by a writer that gave up or died
WAITING = "-waiting"


def _say_waiting(flag: str) -> None:
    try:
        os.close(os.open(flag, os.O_WRONLY | os.O_CREAT, 0o600))
        os.utime(flag)
    except OSError:
        pass  # a folder it cannot write to: the import goes on without pausing for it


def _stop_waiting(flag: str) -> None:
    try:
        os.unlink(flag)
    except OSError:
        pass


def writer_waiting(database: str) -> bool:
    """Whether another writer has been waiting for the lock just now (see the module)."""
    try:
        touched = os.stat(f"{database}{WAITING}").st_mtime
    except OSError:
        return False
    return time.time() - touched < FRESH_S


class TurnTakingDatabase(pw.SqliteDatabase):  # type: ignore[misc]
    """peewee's SqliteDatabase whose BEGIN IMMEDIATE polls for the lock (see the module),
    and whose bulk inserts may be written by a second thread (sqlite_pipe.py): any other use
    of the connection waits for them first (cursor(), begin(); code that takes the raw
    connection calls settle() first). Its connections are opened with
    check_same_thread=False for that thread; peewee still gives each thread a connection of
    its own, so nothing else shares one."""

    def pipe(self) -> PipedWrites:
        """This thread's connection's handed-over inserts."""
        connection = self.connection()
        pipe: PipedWrites | None = getattr(self._state, "pipe", None)
        if pipe is None or pipe.connection is not connection:
            pipe = self._state.pipe = PipedWrites(connection)
        return pipe

    def settle(self) -> None:
        pipe: PipedWrites | None = getattr(self._state, "pipe", None)
        if pipe is not None and pipe.busy:
            pipe.settle()

    def cursor(self, named_cursor: Any = None) -> Any:
        self.settle()
        return super().cursor(named_cursor)

    def rollback(self) -> None:
        pipe: PipedWrites | None = getattr(self._state, "pipe", None)
        try:
            if pipe is not None and pipe.busy:
                pipe.drop()
        finally:
            super().rollback()

    def _close(self, conn: sqlite3.Connection) -> None:
        pipe: PipedWrites | None = getattr(self._state, "pipe", None)
        try:
            if pipe is not None and pipe.connection is conn:
                pipe.drop()
                self._state.pipe = None
        finally:
            super()._close(conn)

    def begin(self, lock_type: str | None = None) -> None:
        self.settle()  # (the raw connection is used below, not through cursor())
        lock_type = lock_type or self._lock_type
        if lock_type != "IMMEDIATE":
            super().begin(lock_type)
            return
        connection: sqlite3.Connection = self.connection()
        timeout_ms = int(connection.execute("PRAGMA busy_timeout").fetchone()[0])
        deadline = time.monotonic() + timeout_ms / 1000
        connection.execute("PRAGMA busy_timeout = 0")  # asked here, not in SQLite's sleeps
        flag = f"{self.database}{WAITING}"
        said = 0.0  # when this writer last touched the flag (0: it never had to wait)
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
                if time.monotonic() - said >= SAY_S:
                    _say_waiting(flag)
                    said = time.monotonic()
                time.sleep(POLL_S)
        finally:
            if said:
                _stop_waiting(flag)
            connection.execute(f"PRAGMA busy_timeout = {timeout_ms}")
