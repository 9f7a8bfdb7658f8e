"""PostgreSQL: a team's shared server (psycopg 3 under peewee's PostgresqlDatabase).

Writes run at READ COMMITTED; a record's version check is a compare-and-swap in the
UPDATE itself (tracker.services.records), so two colleagues saving the same record
cannot both win. Errors are classified by SQLSTATE class. Search documents are
tsvectors built by tracker.storage.pg_search (same matches as SQLite's FTS5). The
schema version and Beacon's mark live in the `beacon_meta` table (SQLite keeps
them in the file header).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee as pw

from tracker import messages as m
from tracker.errors import StorageUnavailable
from tracker.messages import say
from tracker.storage.dialect import (
    SEARCH_ENTITIES,
    UNSEEN,
    ChangeNote,
    ChangeSignal,
    CopyCheck,
    Dialect,
    Term,
)
from tracker.storage.pg_search import tsquery_text, tsvector_text

if TYPE_CHECKING:
    from tracker.storage.pg_team import TeamAdmin

CHANGE_CHANNEL = "beacon_change"  # notified by the triggers of migration 7
SEARCH_TABLES = {entity: f"{entity}_search" for entity in SEARCH_ENTITIES}
APPLICATION = "beacon"
MIGRATION_LOCK = 0x4265636E  # an advisory lock held while one client upgrades the schema
LOCK_TIMEOUT = "5s"  # a write waiting longer for a colleague's lock is reported as busy
STATEMENT_PARAMS = 60000  # bind parameters per statement stay well under 65,535


class _ServerDatabase(pw.PostgresqlDatabase):
    def _initialize_connection(self, conn: Any) -> None:
        with conn.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")


def driver_error(error: BaseException) -> BaseException:
    if error.args and isinstance(error.args[0], BaseException):
        return error.args[0]
    return error.__cause__ or error.__context__ or error


_LOG_ROWS = ("SELECT id, entity, record_id, action, operation FROM change_log "
             "WHERE id = ANY(%s)")
_BATCH_ROWS = "SELECT id, entity, uid, undone_at IS NOT NULL FROM import_batch WHERE id = ANY(%s)"


class NotifySignal(ChangeSignal):
    """LISTEN on a connection of its own: the triggers of migration 7 notify every change-log
    row and import batch at commit, in commit order, whoever wrote it."""

    def __init__(self, dialect: PostgresDialect) -> None:
        import psycopg

        self._dialect = dialect
        self._connection: Any = None
        try:
            self._connection = psycopg.connect(autocommit=True, **dialect.connect_params())
            self._connection.execute(f"LISTEN {CHANGE_CHANNEL}")
        except psycopg.Error as exc:
            self.close()
            raise dialect.problem(exc) or dialect._cannot_connect(exc) from exc

    def __del__(self) -> None:
        # A window dropped without being closed (its Python side collected) must not leave
        # its listening connection open until the process ends.
        self.close()

    def fileno(self) -> int | None:
        return int(self._connection.fileno())

    def take(self) -> list[ChangeNote]:
        """The changes announced since the last call that this login may see: a notice
        names only the change-log row or import batch written (schema 11), read here
        through row-level security, in the order announced."""
        import psycopg

        try:
            arrived = [json.loads(n.payload) for n in self._connection.notifies(timeout=0)]
            logs = self._rows(_LOG_ROWS, [int(n["log"]) for n in arrived if "log" in n])
            batches = self._rows(_BATCH_ROWS, [int(n["import"]) for n in arrived
                                               if "import" in n])
        except psycopg.Error as exc:
            problem = self._dialect.problem(exc)
            if problem is None:
                raise
            raise problem from exc
        notes = []
        for notice in arrived:
            if (log := logs.get(notice.get("log"))) is not None:
                entity, record_id, action, operation = log
                notes.append(ChangeNote(str(entity), record_id, str(action), str(operation or "")))
            elif (batch := batches.get(notice.get("import"))) is not None:
                entity, uid, undone = batch
                notes.append(ChangeNote(str(entity), None, "undo-import" if undone else "import",
                                        batch_uid=str(uid)))
            elif "e" in notice:  # a row this login may not read (now): its kind is reloaded
                notes.append(ChangeNote(str(notice["e"]), None, UNSEEN))
        return notes

    def _rows(self, query: str, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        """Rows by id, as this login may see them (the others are not there for it)."""
        if not ids:
            return {}
        return {row[0]: row[1:] for row in self._connection.execute(query, (ids,))}

    def close(self) -> None:
        if self._connection is not None and not self._connection.closed:
            self._connection.close()


class PostgresDialect(Dialect):
    name = "postgresql"

    def make_database(self) -> pw.Database:
        from tracker.storage import credentials

        url = str(self.target.url)
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://"):]
        extra: dict[str, Any] = {}
        if self.target.password is not None:
            extra["password"] = self.target.password
        elif credentials.password_in(url) is None:
            password = credentials.stored_password(url)
            if password is not None:
                extra["password"] = password  # libpq reads ~/.pgpass itself
        self._user: str | None = None
        self._row_security_of: dict[str, bool] = {}
        return _ServerDatabase(url, prefer_psycopg3=True, autoconnect=True,
                               connect_timeout=10, application_name="Beacon", **extra)

    def connect_params(self) -> dict[str, Any]:
        """What a second connection of this store needs (the change listener)."""
        db: Any = self.db
        return {"conninfo": db.database, **db.connect_params}

    def session_user(self) -> str | None:
        if self._user is None:
            self._user = str(self.db.execute_sql("SELECT session_user").fetchone()[0])
        return self._user

    def watch(self) -> ChangeSignal:
        return NotifySignal(self)

    def team(self) -> TeamAdmin:
        from tracker.storage.pg_team import TeamAdmin

        return TeamAdmin(self.db)

    def create_if_missing(self) -> bool:
        """Make the database the address names (a team's first `beacon team init`)."""
        import psycopg

        from tracker.storage.pg_team import create_database_if_missing

        db: Any = self.db
        try:
            return create_database_if_missing(db.database, db.connect_params.get("password"))
        except psycopg.Error as exc:
            raise self.problem(exc) or self._cannot_connect(exc) from exc

    # --- connecting ----------------------------------------------------------------------
    def _connect(self) -> None:
        try:
            self.db.connect(reuse_if_open=True)
        except pw.DatabaseError as exc:
            raise self._cannot_connect(exc) from exc

    def _cannot_connect(self, exc: BaseException) -> StorageUnavailable:
        original = driver_error(exc)
        pgconn = getattr(original, "pgconn", None)
        if pgconn is not None and getattr(pgconn, "needs_password", False):
            return StorageUnavailable(self.target.label, say(m.DB_SERVER_PASSWORD),
                                      say(m.HINT_SERVER_PASSWORD))
        # libpq gives no code for a failed connection; whether the server answers at all
        # tells "down or wrong address" from "refused this login" without reading its words.
        if self._server_unreachable():
            return StorageUnavailable(self.target.label, say(m.DB_SERVER_UNREACHABLE),
                                      say(m.HINT_SERVER_UNREACHABLE))
        return StorageUnavailable(self.target.label, say(m.DB_CANNOT_CONNECT),
                                  say(m.HINT_CANNOT_CONNECT))

    def _server_unreachable(self) -> bool:
        import socket
        from urllib.parse import urlsplit

        parts = urlsplit(str(self.target.url))
        if not parts.hostname or parts.hostname.startswith("/"):
            return False  # a local socket: nothing to probe
        try:
            with socket.create_connection((parts.hostname, parts.port or 5432), timeout=3):
                return False
        except OSError:
            return True

    @contextmanager
    def migration_lock(self) -> Iterator[None]:
        self._connect()
        self.db.execute_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        try:
            yield
        finally:
            if not self.db.is_closed():
                self.db.execute_sql("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))

    def prepare(self, *, latest: int) -> int:
        self._connect()
        found = self.db.execute_sql("SELECT to_regclass('beacon_meta') IS NOT NULL").fetchone()[0]
        if not found:
            if self.db.get_tables():
                raise StorageUnavailable(self.target.label, say(m.DB_SERVER_FOREIGN),
                                         say(m.HINT_SERVER_DATABASE))
            with self.db.atomic():
                self.db.execute_sql('CREATE TABLE beacon_meta ("key" VARCHAR(64) PRIMARY KEY, '
                                    '"value" TEXT NOT NULL)')
                self.db.execute_sql("INSERT INTO beacon_meta VALUES ('application', %s), "
                                    "('schema_version', '0')", (APPLICATION,))
            self.created = True
            return 0
        meta = dict(self.db.execute_sql('SELECT "key", "value" FROM beacon_meta').fetchall())
        if meta.get("application") != APPLICATION:
            raise StorageUnavailable(self.target.label, say(m.DB_SERVER_FOREIGN),
                                     say(m.HINT_SERVER_DATABASE))
        version = int(meta.get("schema_version", 0))
        if version > latest:
            raise StorageUnavailable(self.target.label, say(m.DB_NEWER, version=version,
                                                            latest=latest), say(m.HINT_UPDATE))
        self.created = version == 0
        return version

    # --- transactions and errors ---------------------------------------------------------
    def transaction(self, immediate: bool) -> AbstractContextManager[Any]:
        db: Any = self.db
        return db.atomic()  # type: ignore[no-any-return]

    @property
    def driver_errors(self) -> tuple[type[BaseException], ...]:
        import psycopg

        return (pw.DatabaseError, psycopg.DatabaseError)

    def problem(self, error: BaseException) -> StorageUnavailable | None:
        original = driver_error(error)
        state = getattr(original, "sqlstate", None)
        where = self.target.label
        if state is None:
            import psycopg

            if isinstance(original, psycopg.OperationalError | psycopg.InterfaceError):
                return StorageUnavailable(where, say(m.DB_CONNECTION_LOST),
                                          say(m.HINT_CONNECTION_LOST))
            return None
        state = str(state)
        if state[:2] == "08" or state in ("57P01", "57P02", "57P03"):
            return StorageUnavailable(where, say(m.DB_CONNECTION_LOST), say(m.HINT_CONNECTION_LOST))
        if state in ("55P03", "40001", "40P01", "57014") or state[:2] == "53" and state != "53100":
            return StorageUnavailable(where, say(m.DB_SERVER_BUSY), say(m.HINT_LOCKED))
        if state == "53100":
            return StorageUnavailable(where, say(m.DISK_FULL_SERVER), say(m.HINT_SERVER_ADMIN))
        if state == "25006":
            return StorageUnavailable(where, say(m.DB_READ_ONLY), say(m.HINT_SERVER_ADMIN))
        if state in ("XX001", "XX002"):
            return StorageUnavailable(where, say(m.DB_DAMAGED_SERVER), say(m.HINT_SERVER_ADMIN))
        if state == "42501":
            return StorageUnavailable(where, say(m.DB_NOT_ALLOWED), say(m.HINT_SERVER_ADMIN))
        if state[:2] == "28":
            return StorageUnavailable(where, say(m.DB_CANNOT_CONNECT), say(m.HINT_CANNOT_CONNECT))
        return None  # constraint violations (23), SQL errors (42): bugs

    # --- bulk writing --------------------------------------------------------------------
    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                    *, new_ids: bool, same: Mapping[str, Any] | None = None) -> list[int]:
        """COPY, after taking the ids from the table's sequence in one query."""
        if not rows:
            return []
        ids: list[int] = []
        names = list(columns)
        if same:
            names += same
            shared = tuple(same.values())
            rows = [(*row, *shared) for row in rows]
        if new_ids:
            ids = [row[0] for row in self.db.execute_sql(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                (f'"{table}"', len(rows))).fetchall()]
            names = ["id", *names]
        if new_ids:
            self._copy_rows(table, names,
                            [(record_id, *row) for record_id, row in zip(ids, rows, strict=True)])
        else:
            self._copy_rows(table, names, rows)
        return ids

    # --- search --------------------------------------------------------------------------
    def index_many(self, entity: str, documents: Sequence[tuple[int, str]]) -> None:
        if not documents:
            return
        self._copy_rows(SEARCH_TABLES[entity], ["record_id", "body", "doc"],
                        [(record_id, text, tsvector_text(text)) for record_id, text in documents],
                        casts={"doc": "tsvector"})

    def _copy_rows(self, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]],
                   casts: dict[str, str] | None = None) -> None:
        """COPY; where row-level security applies to this login (a team member's deals,
        which COPY refuses), one pipelined INSERT statement run for every row."""
        quoted = ", ".join(f'"{c}"' for c in names)
        cursor = self.db.cursor()
        if self._row_security(table):
            casts = casts or {}
            marks = ", ".join(f"CAST(%s AS {casts[c]})" if c in casts else "%s" for c in names)
            cursor.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', rows)
            return
        with cursor.copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)

    def _row_security(self, table: str) -> bool:
        known = self._row_security_of.get(table)
        if known is None:
            known = bool(self.db.execute_sql("SELECT row_security_active(%s)",
                                             (f'"{table}"',)).fetchone()[0])
            self._row_security_of[table] = known
        return known

    def unindex_many(self, entity: str, record_ids: Sequence[int]) -> None:
        if record_ids:
            self.db.execute_sql(f'DELETE FROM "{SEARCH_TABLES[entity]}" WHERE record_id = ANY(%s)',
                                (list(record_ids),))

    def matching_ids(self, entity: str, terms: Sequence[Term]) -> pw.Node:
        return pw.SQL(f'(SELECT record_id FROM "{SEARCH_TABLES[entity]}" '
                      "WHERE doc @@ CAST(%s AS tsquery))", (tsquery_text(terms) or "",))

    def count_matches(self, entity: str, terms: Sequence[Term], limit: int | None = None) -> int:
        bounded = f" LIMIT {int(limit)}" if limit is not None else ""
        sql = (f'SELECT count(*) FROM (SELECT 1 FROM "{SEARCH_TABLES[entity]}" '
               f"WHERE doc @@ CAST(%s AS tsquery){bounded}) AS found")
        return int(self.db.execute_sql(sql, (tsquery_text(terms) or "",)).fetchone()[0])

    def matches_first(self, sql: str) -> str:
        """OFFSET 0 keeps the matching subquery whole: the planner collects the matches
        from the GIN index, then sorts them (walking the sort index and testing each
        deal took 20 ms for 'wan' on 20,000 deals)."""
        return sql.replace("WHERE doc @@ CAST(%s AS tsquery))",
                           "WHERE doc @@ CAST(%s AS tsquery) OFFSET 0)", 1)

    def indexed_text(self, entity: str, record_id: int) -> str | None:
        row = self.db.execute_sql(f'SELECT body FROM "{SEARCH_TABLES[entity]}" '
                                  "WHERE record_id = %s", (record_id,)).fetchone()
        return None if row is None else str(row[0])

    # --- queries -------------------------------------------------------------------------
    def month_key(self, date: Any) -> pw.Node:
        # The format inline: a bound parameter would make the GROUP BY a different
        # expression from the SELECT's to the server.
        return pw.fn.to_char(date, pw.SQL("'YYYY-MM'"))

    def days_between(self, later_date: Any, earlier_time: Any) -> pw.Node:
        return later_date - pw.Cast(earlier_time, "date")

    # --- schema --------------------------------------------------------------------------
    def schema_version(self) -> int:
        row = self.db.execute_sql(
            "SELECT \"value\" FROM beacon_meta WHERE \"key\" = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def set_schema_version(self, version: int) -> None:
        self.db.execute_sql("UPDATE beacon_meta SET \"value\" = %s WHERE \"key\" = "
                            "'schema_version'", (str(version),))

    def foreign_key_problems(self) -> list[str]:
        return []  # the server enforces foreign keys at every statement

    # --- maintenance ---------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """What can be checked from a client: the schema's mark and that every table reads.
        Page-level checks (amcheck) need the server's administrator."""
        problems: list[str] = []
        for table in self.db.get_tables():
            try:
                self.db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()
            except pw.DatabaseError as exc:
                problem = self.problem(exc)
                if problem is None:
                    raise
                problems.append(f"table {table}: {problem.reason}")
        return problems

    # --- backups with pg_dump / pg_restore (tracker/storage/pg_dumps.py) -----------------
    backup_suffix = ".dump"

    def backup(self, target: Path | None) -> Path:
        if target is None:
            raise StorageUnavailable(self.target.label, say(m.BACKUP_ON_SERVER),
                                     say(m.HINT_SERVER_BACKUP))
        if target.exists():
            raise StorageUnavailable(str(target), say(m.BACKUP_EXISTS),
                                     say(m.HINT_DELETE_OR_CHOOSE))
        self.write_backup(target)
        return target

    def write_backup(self, target: Path) -> CopyCheck:
        from tracker.storage.pg_dumps import write_dump

        return write_dump(self.connect_params(), target)

    def verify_backup(self, path: Path) -> CopyCheck:
        from tracker.storage.pg_dumps import verify_dump

        return verify_dump(path)

    def restore_backup(self, backup: Path) -> None:
        from tracker.storage.pg_dumps import restore_dump

        self.db.close()  # its own session must not hold what the restore replaces
        restore_dump(self.connect_params(), backup)

