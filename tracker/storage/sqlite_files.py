"""Backups, verification, restore and recovery of SQLite files: the file operations only
(when to back up, where, and how many to keep is tracker.backups' business).

A copy is made with SQLite's backup API inside a read transaction, so the record counts
taken in that transaction describe exactly the copy; then the copy is opened on its own
and must pass `integrity_check`, carry Beacon's application id and hold the same counts
before it counts as a backup. A copy that fails is deleted: a backup of a damaged file is
refused, and a full disk leaves no half-written file behind. A plain file copy of a live
WAL database can be torn, and deleting a -wal loses commits while integrity_check still
says ok (FACTS.md): files are only ever moved together with their -wal and -shm.

A copy made on another thread (the window's daily backup) reads through a read-only
connection of its own and can be stopped (a `threading.Event`): the copy steps a few
megabytes at a time and the checks run under a progress handler, so it ends within a
fraction of a second, its half-written file deleted, and raises `BackupStopped`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import threading
from pathlib import Path

from tracker import messages as m
from tracker.errors import BackupStopped, StorageUnavailable
from tracker.messages import say
from tracker.storage.dialect import CopyCheck

APPLICATION_ID = 0x4265636E  # "Becn" (also in sqlite.py, which imports this module)
SIDE_FILES = ("-wal", "-shm", "-journal")
_SKIPPED_TABLES = ("sqlite_%", "%_fts", "%_fts_%")
STEP_PAGES = 1024  # a stoppable copy takes ~4 MB per step
CHECK_EVERY = 10_000  # virtual-machine steps between two looks at the stop event
BUSY_TIMEOUT_S = 5.0


def create_owner_only(path: Path) -> None:
    """An empty file only its owner can read (SQLite's -wal and -shm copy its mode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows in each data table (search-index tables are rebuilt from these, not counted)."""
    skip = " AND ".join("name NOT LIKE ?" for _ in _SKIPPED_TABLES)
    names = [row[0] for row in connection.execute(
        f"SELECT name FROM sqlite_master WHERE type = 'table' AND {skip} ORDER BY name",
        _SKIPPED_TABLES)]
    return {name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names}


def is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and int(code) & 0xFF == 13  # SQLITE_FULL


def _remove(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_copy(source: sqlite3.Connection, target: Path,
               stop: threading.Event | None = None) -> CopyCheck:
    """A verified copy of the open database at `target` (which must not exist); with `stop`,
    `source` is a connection of this thread's own, and setting `stop` ends the copy."""
    partial = target.with_name(f".{target.name}.partial")
    _remove(partial)
    try:
        create_owner_only(partial)
        in_transaction = source.in_transaction
        if not in_transaction:
            source.execute("BEGIN")
        try:
            counts = table_counts(source)
            schema = int(source.execute("PRAGMA user_version").fetchone()[0])
            copy = sqlite3.connect(str(partial))
            try:
                if stop is None:
                    source.backup(copy)
                else:
                    source.backup(copy, pages=STEP_PAGES,
                                  progress=lambda *_: _raise_if_set(stop))
                # One self-contained file: read on its own it makes no -wal or -shm.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            if not in_transaction:
                source.execute("COMMIT")
        check = verify_copy(partial, expected=counts, stop=stop)
        if check.schema != schema:
            raise StorageUnavailable(str(target), say(m.BACKUP_NOT_VERIFIED,
                                                      reason="schema"), say(m.HINT_CHECK))
        _fsync(partial)
        _raise_if_set(stop)  # the last moment a stop is heard: after it the backup counts
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        _raise_if_set(stop, exc)  # interrupted by the stop event: not a problem of the data
        if is_disk_full(exc):
            raise StorageUnavailable(str(target.parent), say(m.DISK_FULL_BACKUP),
                                     say(m.HINT_DISK_FULL), kind="disk_full") from exc
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (11, 26):  # CORRUPT, NOTADB
            raise StorageUnavailable(str(target), say(m.BACKUP_OF_DAMAGED),
                                     say(m.HINT_DAMAGED_BACKUP), kind="damaged") from exc
        raise StorageUnavailable(str(target), say(m.BACKUP_NOT_WRITTEN, reason=exc.strerror
                                                  if isinstance(exc, OSError) else exc),
                                 say(m.HINT_FOLDER)) from exc
    except BaseException:
        _remove(partial)
        raise
    return check


def write_copy_apart(database: Path, target: Path, stop: threading.Event) -> CopyCheck:
    """`write_copy` through a read-only connection of its own (a backup made on another
    thread while the window works on the file); setting `stop` ends it, leaving no file."""
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True,
                                 timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as exc:
        raise StorageUnavailable(str(database), say(m.BACKUP_NOT_WRITTEN, reason=exc),
                                 say(m.HINT_FOLDER)) from exc
    try:
        _watch(source, stop)
        return write_copy(source, target, stop)
    finally:
        source.close()


def _watch(connection: sqlite3.Connection, stop: threading.Event | None) -> None:
    """A statement on `connection` is interrupted soon after `stop` is set."""
    if stop is not None:
        connection.set_progress_handler(lambda: 1 if stop.is_set() else 0, CHECK_EVERY)


def _raise_if_set(stop: threading.Event | None, cause: BaseException | None = None) -> None:
    if stop is not None and stop.is_set():
        raise BackupStopped() from cause


def verify_copy(path: Path, expected: dict[str, int] | None = None,
                stop: threading.Event | None = None) -> CopyCheck:
    """Open a copy on its own: integrity_check must say ok, the application id must be
    Beacon's, and (when given) every table must hold the expected rows. Setting `stop`
    interrupts the check (BackupStopped, never taken for damage)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageUnavailable(str(path), say(m.BACKUP_NOT_VERIFIED, reason=exc),
                                 say(m.HINT_CHECK)) from exc
    try:
        _watch(connection, stop)
        result = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise StorageUnavailable(str(path), say(m.BACKUP_OF_DAMAGED),
                                     say(m.HINT_DAMAGED_BACKUP), kind="damaged")
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise StorageUnavailable(str(path), say(m.DB_FOREIGN), say(m.HINT_CHOOSE_DB))
        counts = table_counts(connection)
        schema = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        _raise_if_set(stop, exc)
        raise StorageUnavailable(str(path), say(m.BACKUP_OF_DAMAGED),
                                 say(m.HINT_DAMAGED_BACKUP), kind="damaged") from exc
    finally:
        connection.close()
    if expected is not None and counts != expected:
        different = sorted(k for k in set(counts) | set(expected)
                           if counts.get(k) != expected.get(k))
        raise StorageUnavailable(str(path), say(m.BACKUP_NOT_VERIFIED,
                                                reason=", ".join(different)), say(m.HINT_CHECK))
    return CopyCheck(schema, counts)


def move_aside(path: Path, label: str = "damaged") -> Path:
    """Rename a database file together with its -wal and -shm (never one without the
    others) to `NAME.LABEL-STAMP`; returns the new name of the main file."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
    for suffix in ("", *SIDE_FILES):
        found = Path(f"{path}{suffix}")
        if found.exists():
            os.replace(found, Path(f"{aside}{suffix}"))
    return aside


def replace_with(path: Path, backup: Path) -> None:
    """Put a verified backup in place of the (closed) database at `path`: written beside it
    under a temporary name first, then renamed over it, so a failure leaves the old file."""
    verify_copy(backup)
    fresh = path.with_name(f".{path.name}.restoring")
    _remove(fresh)
    try:
        create_owner_only(fresh)
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        copy = sqlite3.connect(str(fresh))
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = wal")
        finally:
            copy.close()
            source.close()
        _fsync(fresh)
        for suffix in SIDE_FILES:  # the old file's log belongs to the old file
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").unlink()
        os.replace(fresh, path)
    except (OSError, sqlite3.Error) as exc:
        _remove(fresh)
        if is_disk_full(exc):
            raise StorageUnavailable(str(path), say(m.DISK_FULL), say(m.HINT_DISK_FULL)) from exc
        raise StorageUnavailable(str(path), say(m.RESTORE_FAILED, reason=exc),
                                 say(m.HINT_FOLDER)) from exc


def remove_database(path: Path) -> None:
    """Delete a database made by this run that never became usable (a first run on a full
    disk): otherwise the next start finds an empty file and refuses it forever."""
    _remove(path)
