"""Opening Beacon's SQLite database safely.

A file is only taken for Beacon's if it carries Beacon's application id; an
empty, foreign or newer file is refused with a message that says what to do.
New files are created owner-only (0600) before SQLite touches them, so the
-wal and -shm files inherit that mode.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee as pw
import platformdirs

from tracker import messages as m
from tracker.errors import StorageUnavailable
from tracker.messages import say

database = pw.DatabaseProxy()

APPLICATION_ID = 0x4265636E  # "Becn"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
DB_FILE_NAME = "beacon.sqlite3"


def data_dir() -> Path:
    """The user's data folder, or BEACON_DATA_DIR when set."""
    override = os.environ.get("BEACON_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("Beacon", "Beacon"))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def _create_owner_only(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def inspect_file(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) of an existing file, refusing what is not ours."""
    size = path.stat().st_size
    if size == 0:
        raise StorageUnavailable(
            str(path), say(m.DB_EMPTY), say(m.HINT_DELETE_OR_CHOOSE),
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StorageUnavailable(
            str(path), say(m.DB_NOT_SQLITE), say(m.HINT_CHOOSE_DB),
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageUnavailable(
            str(path), say(m.DB_DAMAGED, reason=exc), say(m.HINT_RESTORE)) from exc
    if app_id != APPLICATION_ID:
        raise StorageUnavailable(
            str(path), say(m.DB_FOREIGN), say(m.HINT_CHOOSE_DB),
        )
    return app_id, user_version


def _connect(path: Path) -> pw.SqliteDatabase:
    return pw.SqliteDatabase(
        str(path),
        timeout=BUSY_TIMEOUT_MS / 1000,
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": 2,  # FULL: a commit survives a power cut
            "busy_timeout": BUSY_TIMEOUT_MS,
            "cache_size": -32000,
        },
        autoconnect=True,
    )


def open_database(path: Path | str | None = None, *, migrate: bool = True) -> pw.SqliteDatabase:
    """Open (creating if missing) the database at `path` and bring its schema up to date."""
    from tracker.migrations import LATEST_VERSION, upgrade

    db_path = Path(path) if path is not None else default_db_path()
    db_path = db_path.expanduser().resolve()
    is_new = not db_path.exists()
    if is_new:
        try:
            _create_owner_only(db_path)
        except OSError as exc:
            raise StorageUnavailable(
                str(db_path), say(m.DB_CANNOT_CREATE, reason=exc.strerror),
                say(m.HINT_FOLDER),
            ) from exc
        version = 0
    else:
        _, version = inspect_file(db_path)
        if version > LATEST_VERSION:
            raise StorageUnavailable(
                str(db_path),
                say(m.DB_NEWER, version=version, latest=LATEST_VERSION),
                say(m.HINT_UPDATE),
            )
    db = _connect(db_path)
    try:
        db.connect(reuse_if_open=True)
        if is_new:
            db.pragma("application_id", APPLICATION_ID, permanent=True)
    except pw.OperationalError as exc:
        raise storage_error(exc, str(db_path)) from exc
    except pw.DatabaseError as exc:  # "database disk image is malformed"
        raise StorageUnavailable(
            str(db_path), say(m.DB_DAMAGED, reason=exc), say(m.HINT_RESTORE)) from exc
    database.initialize(db)
    if migrate and version < LATEST_VERSION:
        upgrade(db, db_path, version)
    return db


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        try:
            # Keeps the planner's statistics current, reading at most ~400 rows of each index
            # it re-analyzes (SQLite's advice for closing): closing stays a few milliseconds
            # at any size (a full ANALYZE reads every row: 0.1 s at 100,000 deals).
            database.execute_sql("PRAGMA analysis_limit=400")
            database.execute_sql("PRAGMA optimize")
        except pw.OperationalError:
            pass
        database.close()


@contextmanager
def writing(immediate: bool = True) -> Iterator[None]:
    """One write transaction; IMMEDIATE so read-modify-write never hits a stale snapshot."""
    try:
        with database.atomic("IMMEDIATE" if immediate else "DEFERRED"):
            yield
    except pw.DatabaseError as exc:  # OperationalError (locked, read-only, full) included
        raise storage_error(exc) from exc


def storage_error(exc: Exception, path: str | None = None) -> StorageUnavailable:
    text = str(exc)
    where: str = path or str(getattr(database.obj, "database", "database"))
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return StorageUnavailable(where, say(m.DB_LOCKED), say(m.HINT_LOCKED))
    if "readonly" in lowered or "read-only" in lowered:
        return StorageUnavailable(where, say(m.DB_READ_ONLY), say(m.HINT_READ_ONLY))
    if "full" in lowered:
        return StorageUnavailable(where, say(m.DISK_FULL), say(m.HINT_DISK_FULL))
    if "malformed" in lowered or "not a database" in lowered:
        return StorageUnavailable(where, say(m.DB_DAMAGED_PLAIN), say(m.HINT_RESTORE))
    return StorageUnavailable(where, text)


def backup_to(target: Path) -> Path:
    """A consistent copy through SQLite's backup API (a plain copy of a live WAL file can be torn)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise StorageUnavailable(str(target), say(m.BACKUP_EXISTS), say(m.HINT_OTHER_NAME))
    _create_owner_only(target)
    source = database.connection()
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    finally:
        dest.close()
    return target
