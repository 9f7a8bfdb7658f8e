"""List, search, board and import on PostgreSQL beside SQLite, in the same run.

    .venv/bin/python bench/bench_engines.py [--rows 100000] [--open 50000] [--repeat 7]
                                            [--import-rows 100000] [--pg URL]

Each engine gets the same generated data (bench.large_db): `--rows` opportunities, of
which `--open` are open (the board shows those). PostgreSQL is a throwaway cluster the
bench starts itself (Debian's package; as `postgres` when run as root), or `--pg URL`
of an empty database. Figures are medians of `--repeat` runs, in milliseconds:

- list: all ids of the opportunity list in its order (the window asks this once), the
  first screen (60 ids and their rows), a sort by title, the record count;
- search: every keystroke of a few searches (ids of the first screen and the count);
- board: open the board (ids per stage, column totals) and its first cards;
- import: `beacon import` of a CSV of `--import-rows` deals into an empty database,
  beside the least the engine needs to store the same rows and search text (SQLite:
  executemany; PostgreSQL: a plain COPY), no Python per row.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.board import Board, cards_for  # noqa: E402
from tracker.models import Opportunity, Organization  # noqa: E402
from tracker.queries import ListQuery  # noqa: E402
from tracker.services.pipelines import default_pipeline  # noqa: E402
from tracker.storage import open_store  # noqa: E402

from bench.large_db import build_database  # noqa: E402

KEYSTROKES = ["w", "wa", "wan", "wang", "l", "li", "lim", "lm", "王", "王伟", "生物", "car-t",
              "lenti", "licensing deal"]


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def first_screen(query: ListQuery) -> None:
    query.rows_for(query.ids(limit=60))


def keystroke(text: str) -> Callable[[], object]:
    def run() -> None:
        query = ListQuery("opportunity", search=text)
        query.ids(limit=60)
        query.count()
    return run


def open_board() -> None:
    board = Board(default_pipeline().id)
    by_stage = board.ids_by_stage()
    board.totals()
    for ids in by_stage.values():
        cards_for(ids[:20])


def measure(where: str, repeat: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    with open_store(where):
        deals = ListQuery("opportunity")
        figures["list: all ids"] = median_ms(deals.ids, repeat)
        figures["list: first screen"] = median_ms(lambda: first_screen(deals), repeat)
        by_title = ListQuery("opportunity", sort="title")
        figures["list: first screen by title"] = median_ms(lambda: first_screen(by_title),
                                                           repeat)
        figures["list: count"] = median_ms(deals.count, repeat)
        for text in KEYSTROKES:
            figures[f"search: {text}"] = median_ms(keystroke(text), repeat)
        figures["board: open"] = median_ms(open_board, repeat)
        figures["board: open deals"] = float(ListQuery(
            "opportunity", filters={"status": "open"}).count())
    return figures


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Title", "Organization", "Value", "Currency", "Expected close", "Owner",
                      "Next step"])
        for n in range(rows):
            out.writerow([f"Lentiviral vector supply {n}", f"Company {n % 2000}",
                          str(10_000 + n), ("CNY", "USD", "EUR")[n % 3],
                          f"2026-{n % 12 + 1:02d}-{n % 27 + 1:02d}", ("Wang Wei", "Li Na")[n % 2],
                          "Send the term sheet"])


def beacon_import(where: str, source: Path) -> float:
    from tracker.excel.batches import apply_import
    from tracker.excel.importer import ImportOptions, plan_import

    with open_store(where):
        prepare_empty()
        start = time.perf_counter()
        apply_import(plan_import(source, ImportOptions(entity="opportunity", mode="create")))
        return time.perf_counter() - start


def prepare_empty() -> None:
    """What a new database holds before anything is imported: currencies, a pipeline."""
    from tracker.services import money

    money.ensure_currencies()
    default_pipeline()


def stored_rows(where: str) -> dict[str, list[tuple[Any, ...]]]:
    """What the import wrote: its organizations and deals, and their search text."""
    from tracker import search

    found: dict[str, list[tuple[Any, ...]]] = {}
    with open_store(where):
        for model in (Organization, Opportunity):
            rows = list(model.select().where(model.batch_uid.is_null(False)).tuples())
            found[model._meta.table_name] = rows
            found[f"{model._meta.table_name} search"] = [
                (row[0], search.indexed_text(model._meta.table_name, row[0])) for row in rows]
    return found


def plain_insert(where: str, rows: dict[str, list[tuple[Any, ...]]]) -> float:
    """The same rows into an empty database with the engine's plainest bulk path, timed
    from the first insert to the commit."""
    from tracker.storage import active
    from tracker.storage.pg_search import tsvector_text

    with open_store(where) as store:
        names = {m._meta.table_name: [f.column_name for f in m._meta.sorted_fields]
                 for m in (Organization, Opportunity)}
        start = time.perf_counter()
        with store.writing():
            if store.is_server:
                cursor = active().db.cursor()
                for table in ("organization", "opportunity"):
                    columns = ", ".join(f'"{c}"' for c in names[table])
                    with cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:
                        for row in rows[table]:
                            copy.write_row(row)
                    with cursor.copy(f'COPY "{table}_search" (record_id, body, doc) '
                                     "FROM STDIN") as copy:
                        for record_id, text in rows[f"{table} search"]:
                            copy.write_row((record_id, text, tsvector_text(text or "")))
            else:
                connection = active().db.connection()
                for table in ("organization", "opportunity"):
                    marks = ", ".join("?" for _ in names[table])
                    connection.executemany(f'INSERT INTO "{table}" VALUES ({marks})',
                                           rows[table])
                    connection.executemany(f"INSERT INTO {table}_fts(rowid, body) VALUES (?, ?)",
                                           rows[f"{table} search"])
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--open", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--pg", metavar="URL", help="an empty PostgreSQL database to use")
    args = parser.parse_args()

    cluster = None
    if args.pg is None:
        from tests.pg_cluster import Cluster

        cluster = Cluster()
        cluster.start()

    def server_database() -> str:
        if cluster is None:
            return str(args.pg)
        return cluster.url(cluster.new_database())

    try:
        with tempfile.TemporaryDirectory(prefix="beacon-bench-") as scratch:
            folder = Path(scratch)
            targets = {"SQLite": str(folder / "big.sqlite3"), "PostgreSQL": server_database()}
            results: dict[str, dict[str, float]] = {}
            for engine, where in targets.items():
                start = time.perf_counter()
                build_database(where, args.rows, open_deals=args.open)
                print(f"{engine}: {args.rows:,} opportunities built in "
                      f"{time.perf_counter() - start:.1f} s", flush=True)
                results[engine] = measure(where, args.repeat)
            source = folder / "deals.csv"
            write_csv(source, args.import_rows)
            imports: dict[str, tuple[float, float]] = {}
            for engine in targets:
                into = str(folder / f"import-{engine}.sqlite3") if engine == "SQLite" \
                    else server_database()
                again = str(folder / f"plain-{engine}.sqlite3") if engine == "SQLite" \
                    else server_database()
                seconds = beacon_import(into, source)
                with open_store(again):  # migrated, empty, like the one imported into
                    prepare_empty()
                imports[engine] = (seconds, plain_insert(again, stored_rows(into)))
    finally:
        if cluster is not None:
            cluster.stop()

    print(f"\n{'ms (median of ' + str(args.repeat) + ')':34} {'SQLite':>10} {'PostgreSQL':>11}"
          f" {'PG/SQLite':>10}")
    for key in results["SQLite"]:
        lite, server = results["SQLite"][key], results["PostgreSQL"][key]
        ratio = f"{server / lite:.1f}x" if lite else ""
        print(f"{key:34} {lite:10.1f} {server:11.1f} {ratio:>10}")
    print(f"\nimport of {args.import_rows:,} deals (s)    Beacon   plain bulk insert   ratio")
    for engine, (beacon, plain) in imports.items():
        print(f"  {engine:28} {beacon:7.1f} {plain:12.1f}        {beacon / plain:5.1f}x")


if __name__ == "__main__":
    main()
