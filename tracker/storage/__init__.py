"""Beacon's storage seam: the one place that knows which database engine it talks to.

Beacon runs on SQLite (one file on a laptop, the default) or on a team's PostgreSQL
server. Everything engine-specific lives in this package: connecting, the write
transaction, bulk inserts that return ids, search, date bucketing, backups, integrity
checks and maintenance (one `Dialect` per engine: `sqlite.py`, `postgres.py`), plus
the numbered migrations in `tracker/migrations`. Code outside it never imports
sqlite3 or psycopg, never checks `isinstance(db, SqliteDatabase)`, and never writes
raw SQL with `?` or `%s` placeholders: it writes portable peewee queries and asks the
Store for the rest.

How to use it
-------------
- **Opening.** The composition root opens one Store and passes it down:
  `store = open_store(args.db)` (a path, a `postgresql://user@host/db` URL, or None
  for the default file), `store.close()` at the end. `ui/app.py` hands it to
  `AppContext.store`; CLI handlers get it from `tracker.cli.open_for(args)`. Tests get
  one from the `db`/`seeded` fixtures (which run on both engines).
- **Models** are bound to the open Store's database (`binding.py`), so peewee queries
  (`Opportunity.select()...`) just work. Code that needs the Store and was not handed
  it (service functions, queries) asks `active()`. Several stores may be open in one
  process (a command run inside a test, a throwaway database): the models follow the
  newest, `store.activated()` binds another while inside, and closing one goes back
  to the one before.
- **Writing.** Every change is one transaction: `with writing():` (or
  `store.writing()`). On SQLite that is BEGIN IMMEDIATE, on PostgreSQL a READ
  COMMITTED transaction; a record's version check is a compare-and-swap in the UPDATE
  (`tracker.services.records`). Errors the user can act on (locked/busy, read-only,
  disk full, damaged, connection lost) come out as `StorageUnavailable` with a message
  template; constraint violations and SQL errors are bugs and propagate as they are.
- **Bulk.** `store.insert_rows(table, columns, rows, new_ids=True)` returns the new
  ids in order (executemany on SQLite, COPY on PostgreSQL). Search documents:
  `tracker.search.index_many/reindex/unindex_many`.
- **A lookup run for every row** (imports): `store.run(key, build, params)` compiles a
  portable peewee query once per store and reruns it with new parameters.
- **A batch's caches** (an import's lookups, normalized values, linked names) live on
  the store, per thread: `store.batch_of_writes()`, `store.batch`,
  `store.names_remembered()` (wrapped by `tracker.services.entities.remembered_*`).
- **Search**: `tracker.search` builds the text and the engine-neutral terms; the
  dialect matches them (FTS5 on SQLite, a tsvector + GIN index on PostgreSQL, with
  the same matches: Chinese characters anywhere, full pinyin, initials, word prefixes).
  `store.matching_ids(entity, terms)` is a subquery for `Model.id.in_(...)`.
- **Dates in SQL**: `store.month_key(column)`, `store.days_between(date, timestamp)`.
- **Maintenance**: `store.check()`, `store.backup(path)`; SQLite file operations
  (creating 0600, inspecting, copies before upgrades) live in `sqlite.py` with hooks
  for backup and recovery work.
- **Migrations** (`tracker/migrations/mNNNN_*.py`, `upgrade(db, migrator)`): use
  `migrator` (peewee's `SchemaMigrator.from_database`, portable) for columns and
  indexes; SQL that differs per engine goes in `NNNN_name.sqlite.sql` /
  `NNNN_name.postgresql.sql` read with `tracker.migrations.engine_sql(db, "NNNN_name")`.
  Each needs an upgrade test on both engines.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tracker.storage import credentials
from tracker.storage.binding import active, is_open
from tracker.storage.locations import Target, data_dir, default_db_path, target_of
from tracker.storage.store import Batch, Store, create_database, open_store


@contextmanager
def writing(immediate: bool = True) -> Iterator[None]:
    """One write transaction on the open Store (see Store.writing)."""
    with active().writing(immediate):
        yield


__all__ = ["Batch", "Store", "Target", "active", "credentials", "create_database", "data_dir",
           "default_db_path", "is_open", "open_store", "target_of", "writing"]
