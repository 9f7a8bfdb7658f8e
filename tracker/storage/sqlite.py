"""SQLite: Beacon's embedded default, one file on a laptop.

Opening: a file is only taken for Beacon's if it carries Beacon's application id; an
empty, foreign or newer file is refused with a message that says what to do, and
nothing in it is touched. New files are created owner-only (0600) before SQLite touches
them, so the -wal and -shm files inherit that mode. Connections use WAL, foreign keys,
synchronous=FULL and a busy timeout; writes take the lock up front (BEGIN IMMEDIATE).

Every SQLite file operation lives here (creating, inspecting, backing up, the copy
before an upgrade): backup/restore/recovery work hooks into `inspect_file`,
`before_upgrade` and `backup`. Never read or write the database file with plain file
I/O while a connection of this process has it open: closing any descriptor of the file
drops SQLite's POSIX locks, and ten processes writing at once then corrupted the file
(tests/test_concurrency.py found it; sqlite.org/howtocorrupt.html, 2.2). A file a store
of this process already has open was checked when it was opened: opening it again skips
the checks that read it directly.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import peewee as pw

from tracker import messages as m
from tracker.errors import StorageUnavailable
from tracker.messages import say
from tracker.storage import sqlite_files
from tracker.storage.dialect import ChangeNote, ChangeSignal, CopyCheck, Dialect, Term
from tracker.storage.sqlite_lock import TurnTakingDatabase, writer_waiting
from tracker.storage.sqlite_pipe import MIN_ROWS

APPLICATION_ID = 0x4265636E  # "Becn"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MAX_ROWID = 2**63 - 1
FTS_TABLES = {
    "organization": "organization_fts",
    "contact": "contact_fts",
    "opportunity": "opportunity_fts",
    "conference": "conference_fts",
    "incentive": "incentive_fts",
    "activity": "activity_fts",
}
CHUNK = 900  # SQLite's default limit of host parameters is 999

# Primary result codes (the low byte of the extended code Python gives as sqlite_errorcode).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


create_owner_only = sqlite_files.create_owner_only


def _make_folder(folder: Path) -> None:
    """The data folder is made owner-only (0700); Beacon's own default one is kept so."""
    from tracker.storage.locations import data_dir

    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder == data_dir().expanduser().resolve():
        folder.chmod(0o700)


def inspect_file(path: Path, uri_flags: str = "", *,
                 open_here: bool = False) -> tuple[int, int]:
    """Return (application_id, user_version) of an existing file, refusing what is not ours.

    `open_here`: a store of this process has the file open, so it is not read with plain
    file I/O (see the module's docstring); SQLite's own read-only connection below
    coordinates with the open one.
    """
    if path.is_dir():
        raise StorageUnavailable(str(path), say(m.DB_IS_FOLDER),
                                 say(m.HINT_FILE_IN_FOLDER, folder=path))
    if open_here:
        return _versions(path, uri_flags)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageUnavailable(str(path), say(m.DB_CANNOT_READ, reason=exc.strerror),
                                 say(m.HINT_READ_ONLY)) from exc
    if size == 0:
        raise StorageUnavailable(str(path), say(m.DB_EMPTY), say(m.HINT_DELETE_OR_CHOOSE),
                                 kind="empty")
    if header != SQLITE_HEADER:
        raise StorageUnavailable(str(path), say(m.DB_NOT_SQLITE), say(m.HINT_CHOOSE_DB),
                                 kind="not_sqlite")
    if _cut_short(path, size):
        raise StorageUnavailable(str(path), say(m.DB_DAMAGED, reason="the file is cut short"),
                                 say(m.HINT_RESTORE), kind="damaged")
    return _versions(path, uri_flags)


def _versions(path: Path, uri_flags: str) -> tuple[int, int]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro{uri_flags}", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (SQLITE_IOERR, SQLITE_FULL) and (
                disk_nearly_full(path)):
            raise StorageUnavailable(str(path), say(m.DISK_FULL), say(m.HINT_DISK_FULL_OPEN),
                                     kind="disk_full") from exc
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED):
            raise StorageUnavailable(str(path), say(m.DB_LOCKED), say(m.HINT_LOCKED),
                                     kind="locked") from exc
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == SQLITE_CANTOPEN:
            raise StorageUnavailable(str(path), say(m.DB_CANNOT_READ, reason=exc),
                                     say(m.HINT_READ_ONLY)) from exc
        raise StorageUnavailable(str(path), say(m.DB_DAMAGED, reason=exc), say(m.HINT_RESTORE),
                                 kind="damaged") from exc
    if app_id != APPLICATION_ID:
        raise StorageUnavailable(str(path), say(m.DB_FOREIGN), say(m.HINT_CHOOSE_DB))
    return app_id, user_version


def _cut_short(path: Path, size: int) -> bool:
    """Whether the file holds fewer pages than its header counts (a copy or download cut
    short). Only without a -wal: until a checkpoint the log may hold the later pages."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages, valid_for = (int.from_bytes(header[i:i + 4], "big")
                                        for i in (24, 28, 92))
    return valid_for == change_counter and pages * page_size > size


def disk_nearly_full(path: Path) -> bool:
    """Whether the disk holding `path` has no room for a page or a -shm (an I/O error
    there is a full disk: SQLite says "disk I/O error" when it cannot map its -shm)."""
    try:
        return shutil.disk_usage(path.parent).free < 256 * 1024
    except OSError:
        return False


def read_only_reason(path: Path) -> str:
    """"file" or "folder" when Beacon cannot write there (permissions, a read-only disk),
    "" when it can. Tried, not guessed from mode bits (an administrator ignores them)."""
    probe = path.with_name(f".{path.name}.probe-{os.getpid()}")
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        probe.unlink(missing_ok=True)
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            return "folder"  # the -shm a reader needs cannot be made either
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            return "file"
    return ""


def _open_here(path: Path) -> bool:
    """Whether a Store of this process has this file open."""
    from tracker.storage import binding

    return any(store.path == path for store in binding.open_stores())


def driver_error(error: BaseException) -> BaseException:
    """The sqlite3 error behind a peewee one (peewee wraps it, keeping it as its first arg)."""
    if error.args and isinstance(error.args[0], sqlite3.Error):
        return error.args[0]
    return error.__cause__ or error.__context__ or error


class DataVersionSignal(ChangeSignal):
    """Another connection's commit (another process: the CLI, an import, a second window)
    changes `PRAGMA data_version` on this one; then the change log and the import batches
    are read from the last id seen. SQLite commits one writer at a time (BEGIN IMMEDIATE),
    so ids arrive in order and none is skipped. This connection's own commits leave
    data_version alone; their log rows are read later with others' and told apart by
    their operation (tracker.live)."""

    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self._version = self._data_version()
        self._log_mark = self._scalar('SELECT coalesce(max(id), 0) FROM "change_log"')
        self._batch_mark = self._scalar('SELECT coalesce(max(id), 0) FROM "import_batch"')
        self._undone_mark = self._scalar(
            'SELECT coalesce(max(undone_at), \'\') FROM "import_batch"')

    def _scalar(self, sql: str) -> Any:
        return self.db.execute_sql(sql).fetchone()[0]

    def _data_version(self) -> int:
        return int(self._scalar("PRAGMA data_version"))

    def take(self) -> list[ChangeNote]:
        version = self._data_version()
        if version == self._version:
            return []
        self._version = version
        notes: list[ChangeNote] = []
        for row_id, entity, record_id, action, operation in self.db.execute_sql(
                'SELECT id, entity, record_id, action, operation FROM "change_log" '
                "WHERE id > ? ORDER BY id", (self._log_mark,)).fetchall():
            self._log_mark = row_id
            notes.append(ChangeNote(entity, record_id, action, operation or ""))
        for row_id, entity, uid in self.db.execute_sql(
                'SELECT id, entity, uid FROM "import_batch" WHERE id > ? ORDER BY id',
                (self._batch_mark,)).fetchall():
            self._batch_mark = row_id
            notes.append(ChangeNote(entity, None, "import", batch_uid=uid))
        for undone_at, entity, uid in self.db.execute_sql(
                'SELECT undone_at, entity, uid FROM "import_batch" WHERE undone_at > ? '
                "ORDER BY undone_at", (self._undone_mark,)).fetchall():
            self._undone_mark = undone_at
            notes.append(ChangeNote(entity, None, "undo-import", batch_uid=uid))
        return notes


WAL_AUTOCHECKPOINT = 1000  # pages: SQLite's default
LONG_WRITE_CACHE_KB = -128 * 1024  # an import's page cache (negative: KiB, SQLite's way)


class SqliteDialect(Dialect):
    name = "sqlite"

    @property
    def path(self) -> Path:
        assert self.target.path is not None
        return self.target.path

    def make_database(self) -> pw.Database:
        return TurnTakingDatabase(  # waits for the write lock in turn (sqlite_lock.py)
            str(self.target.path),
            timeout=BUSY_TIMEOUT_MS / 1000,
            pragmas={
                "journal_mode": "wal",
                "foreign_keys": 1,
                "synchronous": 2,  # FULL: a commit survives a power cut
                "busy_timeout": BUSY_TIMEOUT_MS,
                "cache_size": -32000,
            },
            autoconnect=True,
            check_same_thread=False,  # an import's inserts: sqlite_pipe.py
        )

    read_only = ""  # "file" or "folder": opened for reading only (the window says so)

    def prepare(self, *, latest: int) -> int:
        path = self.path
        self.created = not path.exists() and not path.is_symlink()
        if self.created:
            try:
                _make_folder(path.parent)
                create_owner_only(path)
            except OSError as exc:
                if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise StorageUnavailable(str(path), say(m.DISK_FULL),
                                             say(m.HINT_DISK_FULL_OPEN), kind="disk_full") from exc
                raise StorageUnavailable(str(path), say(m.DB_CANNOT_CREATE, reason=exc.strerror),
                                         say(m.HINT_FOLDER)) from exc
            version = 0
        else:
            open_here = _open_here(path)
            self.read_only = read_only_reason(path) if path.is_file() and not open_here else ""
            flags = ""
            if self.read_only:
                # Reading a WAL file needs its -shm; in a folder no one can write, and with
                # no log left by a writer, the file is read as it stands (immutable).
                flags = "&immutable=1" if self.read_only == "folder" and not Path(
                    f"{path}-wal").exists() else ""
                self.db.init(f"file:{path}?mode=ro{flags}", uri=True,
                             timeout=BUSY_TIMEOUT_MS / 1000,
                             pragmas={"foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS,
                                      "query_only": 1})
            _, version = inspect_file(path, flags, open_here=open_here)
            if version > latest:
                raise StorageUnavailable(str(path), say(m.DB_NEWER, version=version,
                                                        latest=latest), say(m.HINT_UPDATE))
            if self.read_only and version < latest:
                raise StorageUnavailable(str(path), say(m.DB_READ_ONLY_OLD),
                                         say(m.HINT_READ_ONLY), kind="read_only")
        try:
            self.db.connect(reuse_if_open=True)
            if self.created:
                self.db.pragma("application_id", APPLICATION_ID, permanent=True)
            else:
                self.db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except pw.DatabaseError as exc:  # "database disk image is malformed", locked
            problem = self.problem(exc)
            if problem is None:
                raise
            raise problem from exc
        return int(version)

    def discard(self) -> None:
        """A database this run created but could not make usable (a first run on a full
        disk) is deleted, so the next start creates and seeds it afresh."""
        if self.created:
            if not self.db.is_closed():
                self.db.close()
            sqlite_files.remove_database(self.path)

    @contextmanager
    def migration_lock(self) -> Iterator[None]:
        yield  # each step is one IMMEDIATE transaction: a second opener waits for it

    def close(self) -> None:
        if not self.db.is_closed():
            try:
                # Keeps the planner's statistics current, reading at most ~400 rows of each
                # index it re-analyzes (SQLite's advice for closing): closing stays a few
                # milliseconds at any size (a full ANALYZE reads every row: 0.1 s at 100k).
                self.db.execute_sql("PRAGMA analysis_limit=400")
                self.db.execute_sql("PRAGMA optimize")
            except pw.DatabaseError:
                pass
            self.db.close()

    # --- transactions and errors ---------------------------------------------------------
    def transaction(self, immediate: bool) -> AbstractContextManager[Any]:
        return self._transaction(immediate)

    @contextmanager
    def _transaction(self, immediate: bool) -> Iterator[Any]:
        """peewee's atomic, except that when SQLite has already rolled the transaction back
        itself (a full disk, an I/O error), the error that made it do so is raised, not
        peewee's "cannot rollback - no transaction is active" from its own ROLLBACK."""
        db: Any = self.db
        try:
            with db.atomic("IMMEDIATE" if immediate else "DEFERRED") as transaction:
                yield transaction
        except pw.OperationalError as error:
            if self.problem(error) is not None:
                raise
            cause = error.__context__
            while cause is not None and self.problem(cause) is None:
                cause = cause.__context__
            found = self.problem(cause) if cause is not None else None
            if found is not None:
                raise found from cause
            raise

    @property
    def driver_errors(self) -> tuple[type[BaseException], ...]:
        return (pw.DatabaseError, sqlite3.DatabaseError)

    def writer_waiting(self) -> bool:
        return writer_waiting(str(self.path))

    @contextmanager
    def long_write(self) -> Iterator[None]:
        """The log is copied into the file once, at the end, not after each commit that
        takes it past 1,000 pages: the same pages were copied and synced again and again
        (about 2 s of a 100,000-row import in 50 commits, bench/bench_excel.py).

        Its commits are not synced one by one (synchronous=NORMAL; the syncs were about
        0.3 s of a 100,000-row import's 40 commits). A crash or power cut can only lose
        commits of a batch that had not finished, and an unfinished batch is taken back
        whole when the database opens (tracker/excel/batches.py); the batch's last commit,
        made after this, is synced at FULL again, and with it every frame of the log
        before it."""
        db: TurnTakingDatabase = self.db  # type: ignore[assignment]
        db.settle()  # (a checkpoint an earlier import left running)
        connection = db.connection()
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("PRAGMA synchronous = NORMAL")
        # Its pages stay in memory between chunks: 14 indexes and the search index of
        # 100,000 deals outgrow the usual 32 MB (0.25 s of such an import; plain executemany
        # of the same rows is no faster with it, bench/bench_excel.py).
        cache = connection.execute("PRAGMA cache_size").fetchone()[0]
        connection.execute(f"PRAGMA cache_size = {LONG_WRITE_CACHE_KB}")
        try:
            yield
        finally:
            connection.execute(f"PRAGMA cache_size = {int(cache)}")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
            # on the second thread while the import writes its report (a full disk or a
            # reader in the way: the next commit's checkpoint copies what this could not)
            db.pipe().later("PRAGMA wal_checkpoint(PASSIVE)")

    def problem(self, error: BaseException) -> StorageUnavailable | None:
        code = getattr(driver_error(error), "sqlite_errorcode", None)
        if code is None:
            return None
        where = str(self.path)
        primary = int(code) & 0xFF
        if primary in (SQLITE_BUSY, SQLITE_LOCKED):
            return StorageUnavailable(where, say(m.DB_LOCKED), say(m.HINT_LOCKED))
        if primary == SQLITE_READONLY:
            return StorageUnavailable(where, say(m.DB_READ_ONLY), say(m.HINT_READ_ONLY),
                                      kind="read_only")
        if primary == SQLITE_FULL or (primary == SQLITE_IOERR and disk_nearly_full(self.path)):
            return StorageUnavailable(where, say(m.DISK_FULL), say(m.HINT_DISK_FULL),
                                      kind="disk_full")
        if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return StorageUnavailable(where, say(m.DB_DAMAGED_PLAIN), say(m.HINT_RESTORE),
                                      kind="damaged")
        if primary in (SQLITE_IOERR, SQLITE_CANTOPEN):
            return StorageUnavailable(where, say(m.DB_IO_ERROR), say(m.HINT_IO_ERROR))
        return None  # constraint violations, misuse, SQL errors: bugs

    def watch(self) -> ChangeSignal:
        return DataVersionSignal(self.db)

    # --- bulk writing --------------------------------------------------------------------
    def stored(self, value: Any) -> Any:
        adapt = sqlite3.adapters.get((type(value), sqlite3.PrepareProtocol))
        return value if adapt is None else adapt(value)

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                    *, new_ids: bool, same: Mapping[str, Any] | None = None) -> list[int]:
        """executemany on the raw connection (5x faster than peewee's insert_many, FACTS.md);
        an import's chunk inside a transaction is handed to a second thread (sqlite_pipe.py).

        New ids are given explicitly, as SQLite would give them (one more than the largest
        rowid, on a table without AUTOINCREMENT): inside the IMMEDIATE transaction no other
        connection can insert in between, and nothing has to be read back.
        """
        if not rows:
            return []
        db: TurnTakingDatabase = self.db  # type: ignore[assignment]
        same = same or {}
        piped = len(rows) >= MIN_ROWS and db.in_transaction()
        if piped and new_ids:
            first = db.pipe().reserve(table, len(rows))
            if first is not None and first + len(rows) < MAX_ROWID:
                db.pipe().add(table, columns, rows, first, same)
                return list(range(first, first + len(rows)))
        db.settle()
        connection = db.connection()
        shared = tuple(same.values())
        names = ", ".join(f'"{c}"' for c in (*columns, *same))
        marks = ", ".join("?" for _ in range(len(columns) + len(same)))
        if not new_ids:
            if piped:
                db.pipe().add(table, columns, rows, None, same)
            else:
                connection.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                                       ((*row, *shared) for row in rows))
            return []
        largest = connection.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
        if largest + len(rows) < MAX_ROWID:
            ids = list(range(largest + 1, largest + 1 + len(rows)))
            if piped:
                db.pipe().add(table, columns, rows, largest + 1, same)
            else:
                connection.executemany(
                    f'INSERT INTO "{table}" ("id", {names}) VALUES (?, {marks})',
                    ((i, *row, *shared) for i, row in zip(ids, rows, strict=True)))
            return ids
        # The largest rowid is taken: SQLite picks ids at random; read each one back.
        plain = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
        return [int(connection.execute(plain, (*row, *shared)).lastrowid or 0) for row in rows]

    # --- search: FTS5 over the text tracker.search builds -----------------------------------
    def index_many(self, entity: str, documents: Sequence[tuple[int, str]]) -> None:
        db: TurnTakingDatabase = self.db  # type: ignore[assignment]
        if len(documents) >= MIN_ROWS and db.in_transaction():
            # the chunk's rows and their search text go to the second thread together
            pipe = db.pipe()
            pipe.add(FTS_TABLES[entity], ("rowid", "body"), documents)
            pipe.launch()
            return
        db.settle()
        db.connection().executemany(
            f"INSERT INTO {FTS_TABLES[entity]}(rowid, body) VALUES (?, ?)", documents)

    def unindex_many(self, entity: str, record_ids: Sequence[int]) -> None:
        table = FTS_TABLES[entity]
        for start in range(0, len(record_ids), CHUNK):
            chunk = list(record_ids[start:start + CHUNK])
            marks = ", ".join("?" for _ in chunk)
            self.db.execute_sql(f"DELETE FROM {table} WHERE rowid IN ({marks})", chunk)

    @staticmethod
    def match_expression(terms: Sequence[Term]) -> str:
        """FTS5: Chinese characters as a phrase (a substring, as they are indexed spaced
        apart), Latin words by prefix."""
        clauses = []
        for kind, value in terms:
            if kind == "phrase":
                clauses.append('"' + " ".join(value) + '"')
            else:
                clauses.append('"' + str(value).replace('"', '""') + '"*')
        return " AND ".join(clauses)

    def matching_ids(self, entity: str, terms: Sequence[Term]) -> pw.Node:
        table = FTS_TABLES[entity]
        return pw.SQL(f"(SELECT rowid FROM {table} WHERE {table} MATCH ?)",
                      (self.match_expression(terms),))

    def count_matches(self, entity: str, terms: Sequence[Term], limit: int | None = None) -> int:
        table = FTS_TABLES[entity]
        bounded = f" LIMIT {int(limit)}" if limit is not None else ""
        sql = f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ?{bounded})"
        return int(self.db.execute_sql(sql, (self.match_expression(terms),)).fetchone()[0])

    def indexed_text(self, entity: str, record_id: int) -> str | None:
        row = self.db.execute_sql(f"SELECT body FROM {FTS_TABLES[entity]} WHERE rowid = ?",
                                  (record_id,)).fetchone()
        return None if row is None else str(row[0])

    # --- queries -------------------------------------------------------------------------
    def month_key(self, date: Any) -> pw.Node:
        return pw.fn.strftime("%Y-%m", date)

    def days_between(self, later_date: Any, earlier_time: Any) -> pw.Node:
        return pw.fn.julianday(later_date) - pw.fn.julianday(pw.fn.date(earlier_time))

    def walk_sort_index(self, sql: str, table: str, index: str) -> str:
        """SQLite would fetch and sort every match (45 ms on 100k); walking the sort column's
        index and keeping matches stops after the first screen (5-15 ms). peewee cannot say
        INDEXED BY, so it is added to the FROM clause it wrote."""
        source = f'FROM "{table}" AS "t1"'
        if source not in sql:
            return sql
        return sql.replace(source, f'{source} INDEXED BY "{index}"', 1)

    # --- schema --------------------------------------------------------------------------
    def schema_version(self) -> int:
        return int(self.db.execute_sql("PRAGMA user_version").fetchone()[0])

    def set_schema_version(self, version: int) -> None:
        self.db.pragma("user_version", version, permanent=True)

    def before_upgrade(self, current: int, target: int) -> Path | None:
        """A verified backup in the backups folder (tracker.backups), kept owner-only."""
        from tracker.backups import write_backup_of

        return write_backup_of(self, f"upgrade-to-v{target}").path

    def foreign_key_problems(self) -> list[str]:
        return [f"foreign key: {table} row {rowid} points to a missing {parent}"
                for table, rowid, parent, _ in
                self.db.execute_sql("PRAGMA foreign_key_check").fetchall()]

    # --- maintenance ---------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        problems: list[str] = []
        result = [row[0] for row in self.db.execute_sql("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.extend(f"integrity: {line}" for line in result)
        problems.extend(self.foreign_key_problems())
        for entity, table in FTS_TABLES.items():
            try:
                self.db.execute_sql(
                    f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)")
            except pw.DatabaseError as exc:
                problems.append(f"search index {entity}: {exc}")
        return problems

    def backup(self, target: Path | None) -> Path:
        """A verified copy at `target` (default: beside the file), through the backup API."""
        if target is None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            target = self.path.with_name(f"{self.path.stem}-backup-{stamp}{self.path.suffix}")
        target = Path(target)
        if target.exists():
            raise StorageUnavailable(str(target), say(m.BACKUP_EXISTS), say(m.HINT_OTHER_NAME))
        self.write_backup(target)
        return target

    @contextmanager
    def erasing(self) -> Iterator[None]:
        """secure_delete zeroes what is deleted, merging each search index rewrites its
        segments without the deleted words (freed pages zeroed too), and a TRUNCATE
        checkpoint copies the log into the file and empties it: the -wal held every
        deleted row's old page."""
        self.db.execute_sql("PRAGMA secure_delete = ON")
        try:
            yield
            for table in FTS_TABLES.values():
                self.db.execute_sql(f"INSERT INTO {table}({table}) VALUES('optimize')")
            self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.db.execute_sql("PRAGMA secure_delete = OFF")

    # --- verified backups, restore, recovery (sqlite_files does the file work) ---------------
    backup_suffix = ".sqlite3"

    def write_backup(self, target: Path) -> CopyCheck:
        db: TurnTakingDatabase = self.db  # type: ignore[assignment]
        db.settle()
        return sqlite_files.write_copy(db.connection(), Path(target))

    def write_backup_apart(self, target: Path, stop: threading.Event) -> CopyCheck:
        return sqlite_files.write_copy_apart(self.path, Path(target), stop)

    def verify_backup(self, path: Path) -> CopyCheck:
        return sqlite_files.verify_copy(Path(path))

    def restore_backup(self, backup: Path) -> None:
        if not self.db.is_closed():
            self.db.close()  # peewee reconnects on the next query, to the restored file
        sqlite_files.replace_with(self.path, Path(backup))

    def move_aside(self) -> Path | None:
        if not self.db.is_closed():
            self.db.close()
        return sqlite_files.move_aside(self.path)
