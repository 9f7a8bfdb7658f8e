"""What differs between engines, behind one interface (peewee's SchemaMigrator.from_database
does the same for schema changes). Only tracker/storage and tracker/migrations see a Dialect;
everything above asks the Store.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee as pw

from tracker import messages as m
from tracker.errors import StorageUnavailable
from tracker.messages import say
from tracker.storage.locations import Target

if TYPE_CHECKING:
    from tracker.storage.pg_team import TeamAdmin

# A search as the user typed it, in engine-neutral pieces (tracker.search.query_terms):
# ("phrase", ["细", "胞"]) matches the characters side by side, ("prefix", "lim") a word start.
Term = tuple[str, Any]

SEARCH_ENTITIES = ("organization", "contact", "opportunity", "conference", "incentive",
                   "activity")


# A note's action when the change is one this login may not read, or not any more (a deal a
# colleague changed in "own", one moved out of its sight, deals an undone import deleted):
# which record is not said, so the window reloads that kind's lists.
UNSEEN = "unseen"


@dataclass(frozen=True)
class ChangeNote:
    """A change another connection committed: a record's (entity, id, change-log action,
    operation), or an import batch made or undone (`batch_uid`, record_id None)."""

    entity: str
    record_id: int | None
    action: str
    operation: str = ""
    batch_uid: str | None = None


class ChangeSignal(ABC):
    """How a window learns that others changed the database (Store.watch()).

    `fileno()` is a socket that becomes readable when something arrives (PostgreSQL's
    LISTEN connection), or None: then `take()` is called on a timer (SQLite's
    `PRAGMA data_version`, a few microseconds). `take()` never waits.
    """

    def fileno(self) -> int | None:
        return None

    @abstractmethod
    def take(self) -> list[ChangeNote]:
        """What other connections committed since the last call (empty: nothing)."""

    def close(self) -> None:
        return None


@dataclass(frozen=True)
class CopyCheck:
    """What a verified backup holds: its schema version and the rows of each table."""

    schema: int
    counts: dict[str, int]


class Dialect(ABC):
    """One engine's way of connecting, writing, bulk inserting, searching and checking."""

    name: str

    def __init__(self, target: Target) -> None:
        self.target = target
        self.db: pw.Database = self.make_database()
        self.created = False  # set by prepare(): a brand-new database (to be seeded)

    # --- connecting ------------------------------------------------------------------------
    @abstractmethod
    def make_database(self) -> pw.Database: ...

    @abstractmethod
    def prepare(self, *, latest: int) -> int:
        """Connect, creating or refusing as needed; return the schema version found (0: new)."""

    def create_if_missing(self) -> bool:
        """Make the database itself where that is a separate step (a server's CREATE
        DATABASE); a file is made when it is opened. True when made."""
        return False

    @abstractmethod
    def migration_lock(self) -> AbstractContextManager[None]:
        """Held while the schema is checked and upgraded (two clients opening one server)."""

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def discard(self) -> None:  # noqa: B027  (only a file can be deleted)
        """Delete a database this open created and could not make usable (SQLite only)."""

    # --- transactions and errors ---------------------------------------------------------
    @abstractmethod
    def transaction(self, immediate: bool) -> AbstractContextManager[Any]:
        """The write transaction: read-modify-write never works from a stale snapshot."""

    @abstractmethod
    def problem(self, error: BaseException) -> StorageUnavailable | None:
        """The user-facing problem a driver error is (by its code), or None for a bug."""

    @contextmanager
    def long_write(self) -> Iterator[None]:
        """Many transactions in a row from this thread (an import's chunks)."""
        yield

    def writer_waiting(self) -> bool:
        """Whether another writer waits for a lock a long writer holds between its commits
        (only SQLite has one lock for the whole database)."""
        return False

    @property
    def driver_errors(self) -> tuple[type[BaseException], ...]:
        """Errors the driver raises past peewee (bulk paths use the raw connection)."""
        return (pw.DatabaseError,)

    def session_user(self) -> str | None:
        """The server login writes are made as (None: a file, where BEACON_USER or the
        operating system's login names who changed what)."""
        return None

    # --- live changes and team mode ------------------------------------------------------
    @abstractmethod
    def watch(self) -> ChangeSignal:
        """A signal of changes committed by other connections from now on."""

    def team(self) -> TeamAdmin:
        """Team operations (roles, visibility): only a PostgreSQL server has them."""
        raise StorageUnavailable(str(self.target), say(m.TEAM_NEEDS_SERVER),
                                 say(m.HINT_TEAM_SERVER))

    # --- bulk writing --------------------------------------------------------------------
    def stored(self, value: Any) -> Any:
        """A value as the driver binds it (converted once for a batch, not once a row)."""
        return value

    @abstractmethod
    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                    *, new_ids: bool, same: Mapping[str, Any] | None = None) -> list[int]:
        """Insert many rows; with `new_ids`, give each a new id and return them in order.
        `same`: columns every row holds the same value in (a batch's times and uid), given
        once rather than in each row."""

    # --- search ---------------------------------------------------------------------------
    @abstractmethod
    def index_many(self, entity: str, documents: Sequence[tuple[int, str]]) -> None:
        """Add search documents (record id, text from tracker.search.index_text)."""

    @abstractmethod
    def unindex_many(self, entity: str, record_ids: Sequence[int]) -> None: ...

    def reindex(self, entity: str, record_id: int, text: str) -> None:
        self.unindex_many(entity, [record_id])
        self.index_many(entity, [(record_id, text)])

    @abstractmethod
    def matching_ids(self, entity: str, terms: Sequence[Term]) -> pw.Node:
        """A subquery of the ids of live records matching every term (for `id IN (...)`)."""

    @abstractmethod
    def count_matches(self, entity: str, terms: Sequence[Term], limit: int | None = None) -> int:
        ...

    @abstractmethod
    def indexed_text(self, entity: str, record_id: int) -> str | None:
        """The document a record is found by (tests compare bulk and one-by-one writes)."""

    # --- queries -------------------------------------------------------------------------
    @abstractmethod
    def month_key(self, date: Any) -> pw.Node:
        """'YYYY-MM' of a date column (the forecast's buckets)."""

    @abstractmethod
    def days_between(self, later_date: Any, earlier_time: Any) -> pw.Node:
        """Whole days from a timestamp's date to a date."""

    def walk_sort_index(self, sql: str, table: str, index: str) -> str:
        """A first screen of a very common search term: the engine may be told to walk the
        sort column's index (SQLite's planner would sort every match)."""
        return sql

    def matches_first(self, sql: str) -> str:
        """A first screen of a rare search term: the engine may be told to collect the few
        matches first and sort them (PostgreSQL would walk the sort index testing each)."""
        return sql

    # --- schema --------------------------------------------------------------------------
    @abstractmethod
    def schema_version(self) -> int: ...

    @abstractmethod
    def set_schema_version(self, version: int) -> None: ...

    def before_upgrade(self, current: int, target: int) -> Path | None:
        """Called before an existing schema is upgraded (SQLite: a copy beside the file)."""
        return None

    @abstractmethod
    def foreign_key_problems(self) -> list[str]: ...

    # --- maintenance ---------------------------------------------------------------------
    @abstractmethod
    def integrity_problems(self) -> list[str]:
        """Problems found, as sentences; empty when sound."""

    @abstractmethod
    def backup(self, target: Path | None) -> Path: ...

    # --- verified backups and restore (tracker.backups decides when and where) -------------
    backup_suffix = ".backup"

    def write_backup(self, target: Path) -> CopyCheck:
        """A consistent copy at `target`, verified before it counts (refused when damaged)."""
        raise StorageUnavailable(self.target.label, say(m.BACKUP_ON_SERVER),
                                 say(m.HINT_SERVER_BACKUP))

    def write_backup_apart(self, target: Path, stop: threading.Event) -> CopyCheck:
        """`write_backup` from another thread, through a connection of its own; setting
        `stop` ends it with BackupStopped and no file left."""
        raise StorageUnavailable(self.target.label, say(m.BACKUP_ON_SERVER),
                                 say(m.HINT_SERVER_BACKUP))

    def verify_backup(self, path: Path) -> CopyCheck:
        raise StorageUnavailable(str(path), say(m.BACKUP_ON_SERVER), say(m.HINT_SERVER_BACKUP))

    def restore_backup(self, backup: Path) -> None:
        """Put a verified backup in place of the database (the connection reopens after)."""
        raise StorageUnavailable(str(backup), say(m.BACKUP_ON_SERVER),
                                 say(m.HINT_SERVER_BACKUP))

    def move_aside(self) -> Path | None:
        """Move a damaged database (with its logs) out of the way; None on a server."""
        return None

    def tables(self) -> Iterator[str]:
        yield from self.db.get_tables()

    # --- erasing a person (tracker.privacy) --------------------------------------------------
    def is_search_table(self, table: str) -> bool:
        """Search documents are rebuilt from the records, never edited in place."""
        return table.endswith("_search") or "_fts" in table

    def text_columns(self, table: str) -> list[str]:
        return [c.name for c in self.db.get_columns(table)
                if any(t in c.data_type.upper() for t in ("CHAR", "TEXT"))]

    @contextmanager
    def erasing(self) -> Iterator[None]:
        """Around an erasure: what is deleted inside must leave no bytes behind once it
        ends (SQLite: secure_delete, search segments merged, the -wal emptied)."""
        yield


def engine_of(db: pw.Database) -> str:
    """'sqlite' or 'postgresql': which frozen SQL a migration step runs on this database."""
    return "postgresql" if isinstance(db, pw.PostgresqlDatabase) else "sqlite"
