"""The Store: one open database, whatever its engine, and everything engine-specific
reached through it (see the package docstring)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee as pw

from tracker.errors import StorageUnavailable
from tracker.storage import binding
from tracker.storage.dialect import ChangeSignal, Dialect, Term
from tracker.storage.locations import Target, target_of

if TYPE_CHECKING:
    from tracker.storage.pg_team import TeamAdmin



@dataclass
class Batch:
    """What a batch of writes (an import) remembers while it runs, on this thread only.

    `lookups`: linked records, stages, currencies found by id or uid (nothing else can
    change them inside the batch's transaction; misses are not kept, as a later row may
    create them). `normalized`: validated values per entity, field and value, each with the
    value's type (1, 1.0 and True are equal as dict keys, not as cells; tracker.services.
    records: None for a field not remembered).
    `names`: names of linked records while search text is built.
    """

    lookups: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    normalized: dict[str, dict[str, dict[Any, tuple[type, Any]] | None]] = field(
        default_factory=dict)
    names: dict[tuple[str, int], list[str | None]] | None = None


def _dialect_for(target: Target) -> Dialect:
    if target.is_server:
        from tracker.storage.postgres import PostgresDialect

        return PostgresDialect(target)
    from tracker.storage.sqlite import SqliteDialect

    return SqliteDialect(target)


class Store:
    """An open Beacon database. Built once by the composition root (ui/app.py, the CLI)."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self.db: pw.Database = dialect.db
        self.target = dialect.target
        self._local = threading.local()
        self._statements: dict[Hashable, str] = {}
        self.closed = False
        self.recovered: Any = None  # tracker.backups.Restored when opening recovered it
        self.backup_problem: StorageUnavailable | None = None  # today's backup failed

    # --- opening and closing -------------------------------------------------------------
    @classmethod
    def open(cls, where: str | Path | Target | None = None, *, migrate: bool = True) -> Store:
        """Open (creating if missing) the database a path or postgresql:// URL names, and
        bring its schema up to date; models are bound to it until it closes."""
        from tracker.migrations import LATEST_VERSION, upgrade

        store = cls(_dialect_for(target_of(where)))
        try:
            with store.dialect.migration_lock():
                version = store.dialect.prepare(latest=LATEST_VERSION)
                binding.bind(store)
                if migrate and version < LATEST_VERSION:
                    upgrade(store.dialect, version)
        except store.dialect.driver_errors as error:  # a full disk while creating or upgrading
            store.close()
            store.dialect.discard()
            found = store.dialect.problem(error)
            if found is None:
                raise
            raise found from error
        except BaseException:
            store.close()
            store.dialect.discard()  # a database made just now and left unusable: gone
            raise
        return store

    @property
    def created(self) -> bool:
        """This open made the database (it is empty until seeded)."""
        return self.dialect.created

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None on a server."""
        return self.target.path

    @property
    def read_only(self) -> str:
        """"file" or "folder" when the database could only be opened for reading."""
        return str(getattr(self.dialect, "read_only", ""))

    def discard(self) -> None:
        """Close and delete a database this open created (seeding it failed)."""
        self.close()
        self.dialect.discard()

    @property
    def is_server(self) -> bool:
        return self.target.is_server

    @property
    def label(self) -> str:
        """What the status bar shows: the file, or user@host/database."""
        return self.target.label

    @property
    def user(self) -> str | None:
        """The server login (changes are recorded as this user), or None for a file."""
        return self.dialect.session_user()

    def close(self) -> None:
        """Close this thread's connection and unbind the models (back to the store opened
        before, if any is still open)."""
        if self.closed:
            return
        self.closed = True
        binding.unbind(self)
        try:
            self.dialect.close()
        except self.dialect.driver_errors:
            pass

    @contextmanager
    def activated(self) -> Iterator[Store]:
        """Bind the models to this store while inside (another store opened later in this
        process, a second window or a test's 'other program', keeps its own binding)."""
        binding.bind(self)
        try:
            yield self
        finally:
            binding.release(self)

    def close_thread_connection(self) -> None:
        """A worker thread's own connection (peewee keeps one per thread)."""
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __str__(self) -> str:
        """The path or URL, as `--db` takes it."""
        return str(self.target)

    def __repr__(self) -> str:
        return f"Store({self.dialect.name}: {self.label})"

    # --- writing -------------------------------------------------------------------------
    @contextmanager
    def writing(self, immediate: bool = True) -> Iterator[None]:
        """One write transaction. Errors the user can act on (locked, read-only, disk full,
        damaged, connection lost) become StorageUnavailable; anything else is a bug and
        propagates as it is."""
        try:
            with self.dialect.transaction(immediate):
                yield
        except self.dialect.driver_errors as exc:
            found = self.dialect.problem(exc)
            if found is None:
                raise
            raise found from exc

    def problem(self, error: BaseException) -> StorageUnavailable | None:
        """The user-facing problem a driver error is, or None when it is a bug."""
        return self.dialect.problem(error)

    @contextmanager
    def long_write(self) -> Iterator[None]:
        """Many transactions in a row from this thread (an import's chunks): SQLite copies
        its log into the file once, at the end, instead of after every commit."""
        with self.dialect.long_write():
            yield

    def writer_waiting(self) -> bool:
        """Whether another writer waits for the lock (see tracker/storage/sqlite_lock.py)."""
        return self.dialect.writer_waiting()

    def in_transaction(self) -> bool:
        return bool(self.db.in_transaction())

    # --- a batch's caches ------------------------------------------------------------------
    @property
    def batch(self) -> Batch | None:
        """The batch open on this thread, if any."""
        stack: list[Batch] = getattr(self._local, "batches", [])
        return stack[-1] if stack else None

    @contextmanager
    def batch_of_writes(self) -> Iterator[Batch]:
        """Remember lookups for the block (an import's dry run or apply); nested blocks get
        fresh lookups but share normalized values and names."""
        outer = self.batch
        batch = Batch(normalized=outer.normalized if outer else {},
                      names=outer.names if outer else None)
        stack: list[Batch] = self._local.__dict__.setdefault("batches", [])
        stack.append(batch)
        try:
            yield batch
        finally:
            stack.pop()

    @contextmanager
    def names_remembered(self) -> Iterator[None]:
        """Remember linked names until the outermost such block ends (an import's chunks)."""
        batch = self.batch
        if batch is not None and batch.names is not None:
            yield
            return
        if batch is None:
            with self.batch_of_writes() as fresh:
                fresh.names = {}
                yield
            return
        batch.names = {}
        try:
            yield
        finally:
            batch.names = None

    # --- statements run many times -----------------------------------------------------------
    def run(self, key: Hashable, build: Callable[[], pw.Query],
            params: Sequence[Any]) -> Any:
        """Run a portable peewee query compiled once per store with new parameters (a lookup
        made for every row of an import, where building the query costs more than running
        it). `build` makes the query with placeholder values in the order `params` gives."""
        sql = self._statements.get(key)
        if sql is None:
            sql, _ = build().sql()
            self._statements[key] = sql
        return self.db.execute_sql(sql, params)

    def run_many(self, key: Hashable, build: Callable[[], pw.Query],
                 rows: Sequence[Sequence[Any]]) -> None:
        sql = self._statements.get(key)
        if sql is None:
            sql, _ = build().sql()
            self._statements[key] = sql
        self.db.cursor().executemany(sql, rows)

    def cursor(self, query: pw.Query) -> Any:
        """A peewee query's raw cursor (100,000 ids: 3x faster than peewee's row wrapping)."""
        return self.db.execute(query)

    # --- bulk, search, dates ----------------------------------------------------------------
    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                    *, new_ids: bool = False, same: Mapping[str, Any] | None = None) -> list[int]:
        return self.dialect.insert_rows(table, columns, rows, new_ids=new_ids, same=same)

    def stored(self, value: Any) -> Any:
        return self.dialect.stored(value)

    def matching_ids(self, entity: str, terms: Sequence[Term]) -> pw.Node:
        return self.dialect.matching_ids(entity, terms)

    def month_key(self, date: Any) -> pw.Node:
        return self.dialect.month_key(date)

    def days_between(self, later_date: Any, earlier_time: Any) -> pw.Node:
        return self.dialect.days_between(later_date, earlier_time)

    # --- live changes and team mode ------------------------------------------------------
    def watch(self) -> ChangeSignal:
        """Changes other connections commit from now on (tracker.live turns them into
        Changes for the window)."""
        return self.dialect.watch()

    def team(self) -> TeamAdmin:
        """Roles, visibility and logins of a team server (StorageUnavailable on a file)."""
        return self.dialect.team()

    # --- maintenance -----------------------------------------------------------------------
    def check(self) -> list[str]:
        """Problems found, as sentences; empty when the database is sound."""
        from tracker.migrations import LATEST_VERSION

        problems = self.dialect.integrity_problems()
        version = self.dialect.schema_version()
        if version != LATEST_VERSION:
            problems.append(f"schema: at version {version}, expected {LATEST_VERSION}")
        return problems

    def backup(self, target: Path | None = None) -> Path:
        """A consistent copy (SQLite: the backup API; default: beside the file)."""
        return self.dialect.backup(target)


def create_database(where: str | Path | Target) -> bool:
    """Make an empty database where a separate step makes one (a team server's CREATE
    DATABASE, for `beacon team init`); True when made, False when it was there."""
    dialect = _dialect_for(target_of(where))
    try:
        return dialect.create_if_missing()
    finally:
        dialect.close()


def open_store(where: str | Path | Target | None = None, *, migrate: bool = True) -> Store:
    return Store.open(where, migrate=migrate)
