"""Insert and search 100,000 opportunities through Beacon, beside plain sqlite3 doing the
same work in the same run.

    .venv/bin/python bench/bench_core.py [--rows 100000]

Beacon's path validates every row, derives pinyin, writes the change log and the FTS5
index; the baseline inserts the same values as ready-made tuples into a bare table and
searches it with LIKE.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.queries import ListQuery  # noqa: E402
from tracker.services import money  # noqa: E402
from tracker.services.bulk import create_many  # noqa: E402
from tracker.services.pipelines import default_pipeline, stages_of  # noqa: E402

from bench import gen_data  # noqa: E402
from bench.opening import close_database, open_database  # noqa: E402

SEARCHES = ["lm", "wangwei", "王", "细胞", "cryo", "retroviral vector"]


def beacon_insert(path: Path, rows: int) -> tuple[dict[str, float], list[int]]:
    open_database(path)
    money.ensure_currencies()
    stage_ids = [s.id for s in stages_of(default_pipeline().id)]
    timings: dict[str, float] = {}
    start = time.perf_counter()
    org_ids = [i for _, i in create_many("organization", gen_data.organizations(rows // 10),
                                         source="import").changes.created]
    timings["organizations"] = time.perf_counter() - start
    start = time.perf_counter()
    contact_ids = [i for _, i in create_many(
        "contact", gen_data.contacts(rows // 5, org_ids), source="import").changes.created]
    timings["contacts"] = time.perf_counter() - start
    start = time.perf_counter()
    opp_ids = [i for _, i in create_many(
        "opportunity", gen_data.opportunities(rows, org_ids, contact_ids, stage_ids),
        source="import").changes.created]
    timings["opportunities"] = time.perf_counter() - start
    start = time.perf_counter()
    create_many("activity", gen_data.activities(rows // 2, opp_ids), source="import")
    timings["activities"] = time.perf_counter() - start
    return timings, opp_ids


def plain_insert(path: Path, rows: int) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("CREATE TABLE opportunity (id INTEGER PRIMARY KEY, title TEXT, organization_id "
                 "INTEGER, contact_id INTEGER, stage_id INTEGER, value_minor INTEGER, "
                 "currency TEXT, expected_close TEXT, owner TEXT, business_line TEXT, "
                 "next_step TEXT)")
    data = [(r["title"], r["organization"], r["primary_contact"], r["stage"],
             int(r["value"] * 100), r["currency"], r["expected_close"], r["owner"],
             r["business_line"], r["next_step"])
            for r in gen_data.opportunities(rows, list(range(1, rows // 10)),
                                            list(range(1, rows // 5)), [1, 2, 3, 4, 5, 6])]
    start = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO opportunity (title, organization_id, contact_id, stage_id, "
                         "value_minor, currency, expected_close, owner, business_line, "
                         "next_step) VALUES (?,?,?,?,?,?,?,?,?,?)", data)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def median_ms(func: object, repeat: int = 7) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", metavar="DIR", help="keep the databases in DIR")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        beacon_path, plain_path = folder / "beacon.sqlite3", folder / "plain.sqlite3"
        for stale in (beacon_path, plain_path):
            stale.unlink(missing_ok=True)
        timings, _ = beacon_insert(beacon_path, args.rows)
        plain = plain_insert(plain_path, args.rows)
        print(f"insert, {args.rows:,} opportunities (+{args.rows // 10:,} organizations, "
              f"{args.rows // 5:,} contacts, {args.rows // 2:,} activities)")
        for what, seconds in timings.items():
            print(f"  beacon {what:<14} {seconds:7.2f} s")
        ratio = timings["opportunities"] / plain
        print(f"  plain sqlite3 opportunities {plain:7.2f} s   (beacon/plain {ratio:.1f}x:"
              " validation, pinyin, change log and FTS5 index included)")
        print("search (median of 7; Beacon = FTS5 ids + first 50 rows; plain = LIKE on title)")
        conn = sqlite3.connect(plain_path)
        for term in SEARCHES:
            query = ListQuery("opportunity", search=term)
            found = len(query.ids())

            def beacon_search(q: ListQuery = query) -> None:
                q.rows_for(q.ids()[:50])

            def plain_search(t: str = term) -> None:
                conn.execute("SELECT id, title FROM opportunity WHERE title LIKE ? "
                             "ORDER BY expected_close", (f"%{t}%",)).fetchall()

            b, p = median_ms(beacon_search), median_ms(plain_search)
            print(f"  {term!r:<20} beacon {b:7.1f} ms ({found:>6,} hits)   plain LIKE {p:6.1f} ms"
                  f"   ratio {b / p:.2f}x")
        conn.close()
        close_database()


if __name__ == "__main__":
    main()
