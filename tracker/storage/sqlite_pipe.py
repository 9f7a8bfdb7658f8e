"""An import's inserts written by a second thread while Python builds the next rows.

An import spends about as long in SQLite (table and index pages, the FTS5 index) as in
its own Python (building rows and search text), and the two can run side by side on two
cores: sqlite3 lets go of the GIL while SQLite runs a statement. executemany cannot be
overlapped so (it holds the GIL to bind every row, between short steps), but one
INSERT ... SELECT runs in one step. So the rows of a chunk are first copied into a
temporary table by executemany (cheap: it has no index), and a second thread moves
them into place with one INSERT ... SELECT per table while the importer goes on with
the next chunk (bench/bench_excel.py).

It is the same connection and the same transaction, and nothing reads or writes beside
the handed-over statements: every other use of the connection (a query, a commit, a
rollback, closing it) first waits for them (TurnTakingDatabase.settle), and a failure
of theirs (a full disk, a constraint) is raised there, in the importer's thread.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

# Fewer rows than this are written as they come (a window's save, a small import): the
# thread is for chunks of an import.
MIN_ROWS = 200
# While the writer thread runs, a finished statement waits at most this long for the GIL
# (Python's default of 5 ms a statement would keep the thread waiting longer than the
# statements it runs between chunks take).
SWITCH_S = 0.0002
SHARED_FROM = 8  # a table with this many columns or more: shared values given once
# Values whose equality is sameness as SQLite stores them (1 == 1.0 == True in Python, not
# in a column).
_PLAIN = frozenset({str, type(None)})


class _SwitchInterval:
    """Python's switch interval, lowered while any pipe's thread runs and put back when the
    last one is done (two imports on two threads share the one interval)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.before = 0.0

    def lower(self) -> None:
        with self.lock:
            if self.running == 0:
                self.before = sys.getswitchinterval()
                sys.setswitchinterval(SWITCH_S)
            self.running += 1

    def restore(self) -> None:
        with self.lock:
            self.running -= 1
            if self.running == 0:
                sys.setswitchinterval(self.before)


_SWITCH = _SwitchInterval()


class PipedWrites:
    """Inserts handed over in order: each chunk of rows to a temporary table, then moved
    into place by a second thread. One per connection (and so per thread)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.pending: list[tuple[str, tuple[str, ...], Sequence[Sequence[Any]], int | None,
                                 dict[str, Any]]] = []
        self.thread: threading.Thread | None = None
        self.error: BaseException | None = None
        self.next_ids: dict[str, int] = {}  # a table -> the id its next new row gets
        self.lowered = False  # this pipe's thread counts in _SWITCH

    @property
    def busy(self) -> bool:
        return bool(self.pending) or self.thread is not None

    def reserve(self, table: str, count: int) -> int | None:
        """The first of `count` new ids for a table whose latest new rows are still handed
        over (one more than the largest, as SQLite gives them); None when it has none."""
        first = self.next_ids.get(table)
        if first is not None:
            self.next_ids[table] = first + count
        return first

    def add(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
            first_id: int | None = None, same: Mapping[str, Any] | None = None) -> None:
        """Rows for `table`, written later: with ids from `first_id` on when it is given,
        and the `same` columns' values in every row."""
        if first_id is not None:
            self.next_ids[table] = first_id + len(rows)
        same = dict(same or {})
        columns = tuple(columns)
        if len(columns) >= SHARED_FROM and rows:
            # columns every row of the chunk holds the same value in (a deals sheet leaves
            # half of them empty) are given once, not copied row by row (while the thread
            # still writes the chunk before)
            first = rows[0]
            kept = [i for i, cells in enumerate(zip(*rows, strict=True))
                    if cells.count(first[i]) != len(cells)
                    or first[i].__class__ not in _PLAIN] or [0]  # a table needs a column
            if len(kept) < len(columns):
                varying = set(kept)
                same.update((columns[i], first[i]) for i in range(len(columns))
                            if i not in varying)
                pick = itemgetter(*kept) if len(kept) > 1 else None
                rows = [pick(row) for row in rows] if pick is not None else [
                    tuple(row[i] for i in kept) for row in rows]
                columns = tuple(columns[i] for i in kept)
        self.pending.append((table, columns, rows, first_id, same))

    def launch(self) -> None:
        """Copy the pending rows to their temporary tables and start moving them."""
        self.wait()
        if not self.pending:
            return
        connection = self.connection
        statements: list[tuple[str, tuple[Any, ...]]] = []
        for position, (table, columns, rows, first_id, same) in enumerate(self.pending):
            stage = f"beacon_stage_{position}_{len(columns)}"
            staged = [f"c{i}" for i in range(len(columns))]
            # untyped columns: a value reaches the table as bound, its affinity applied there
            connection.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} ({', '.join(staged)})")
            connection.execute(f"DELETE FROM temp.{stage}")  # its rowids start at 1 again
            connection.executemany(
                f"INSERT INTO temp.{stage} VALUES ({', '.join('?' for _ in staged)})", rows)
            names = [*(["id"] if first_id is not None else []), *columns, *same]
            chosen = [*([f"rowid + {first_id - 1}"] if first_id is not None else []), *staged,
                      *("?" for _ in same)]
            quoted = ", ".join(f'"{name}"' for name in names)
            statements.append((f'INSERT INTO "{table}" ({quoted}) SELECT {", ".join(chosen)} '
                               f"FROM temp.{stage} ORDER BY rowid", tuple(same.values())))
            statements.append((f"DELETE FROM temp.{stage}", ()))
        self.pending.clear()
        self._start(statements, optional=False)

    def later(self, sql: str) -> None:
        """A statement whose failure does not matter (a checkpoint), run on the second
        thread; the connection's next use waits for it."""
        self.settle()
        self._start([(sql, ())], optional=True)

    def _start(self, statements: list[tuple[str, tuple[Any, ...]]], *, optional: bool) -> None:
        thread = threading.Thread(target=self._run, args=(statements, optional),
                                  name="beacon-sqlite-writes", daemon=True)
        thread.start()
        self.thread = thread
        if not self.lowered:
            _SWITCH.lower()
            self.lowered = True

    def _run(self, statements: list[tuple[str, tuple[Any, ...]]],
             optional: bool = False) -> None:
        try:
            for sql, params in statements:
                self.connection.execute(sql, params)
        except BaseException as error:  # noqa: BLE001  (raised in the importer's thread)
            if not (optional and isinstance(error, sqlite3.OperationalError)):
                self.error = error

    def wait(self) -> None:
        """Until the thread is done; its error, if it had one, raised here."""
        if self.thread is not None:
            self.thread.join()
            self.thread = None
        if self.lowered:
            self.lowered = False
            _SWITCH.restore()
        if self.error is not None:
            error, self.error = self.error, None
            self.pending.clear()
            self.next_ids.clear()
            raise error

    def settle(self) -> None:
        """Everything handed over written (before any other statement runs)."""
        if self.pending:
            self.launch()
        self.wait()
        self.next_ids.clear()

    def drop(self) -> None:
        """A rollback: wait for the thread, forget what was not yet written, and raise no
        error of its (the transaction is being undone because of one already)."""
        self.pending.clear()
        self.next_ids.clear()
        try:
            self.wait()
        except Exception:  # noqa: BLE001, S110  (the rollback must still run)
            pass
