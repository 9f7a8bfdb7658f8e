"""Excel export and import of 100,000 opportunities beside their baselines, in one run.

    /work/venv/bin/python bench/bench_excel.py [--rows 100000] [--keep DIR]

Each step runs in its own subprocess so its time and peak memory (ru_maxrss) are
its own: Beacon's export against plain openpyxl write-only writing the same rows,
Beacon's import (read, validate, match, write: create mode into an empty database)
against plain python-calamine reading the same file, and pandas where installed.
Targets: export within 1.3x of openpyxl write-only; import within 4x of calamine, and
within 2x of the SQLite floor (calamine reading the file plus plain executemany of the rows
Beacon wrote, both measured in the same run).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The columns Beacon's export writes, so the baseline writes the same cells.
COLUMNS = ("Title", "Organization", "Client", "Primary contact", "Pipeline", "Stage", "Status",
           "Value", "Currency", "Probability", "Expected close", "Owner", "Business line",
           "Approach", "Modality", "Next step", "Next step due", "Lost reason", "Notes",
           "Beacon ID", "Version")


def build_database(path: Path, rows: int) -> None:
    """100,000 opportunities over 2,000 organizations, written with executemany."""
    from tracker.services import money
    from tracker.services.context import new_uid, utcnow
    from tracker.services.pipelines import default_pipeline

    from bench.opening import close_database, open_database

    open_database(path)
    money.ensure_currencies()
    pipeline = default_pipeline()
    stages = [(s.id, s.name) for s in pipeline.stages]
    close_database()
    rng = random.Random(7)
    now = utcnow().isoformat(sep=" ")
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO organization (uid, created_at, updated_at, created_by, updated_by, "
            "version, source, source_detail, name, name_zh, kind, country, city, modalities, "
            "website, notes, name_key) VALUES (?, ?, ?, 'bench', 'bench', 1, 'manual', '', ?, "
            "?, 'drug_developer', 'China', '上海', '', '', '', ?)",
            [(new_uid(), now, now, f"Biotech {n:04d} Co., Ltd.", f"生物科技{n:04d}有限公司",
              f"biotech{n:04d}") for n in range(2000)])
        owners = ["王芳", "李明", "Zhang Wei", "Anna Müller", "陈静"]
        connection.executemany(
            "INSERT INTO opportunity (uid, created_at, updated_at, created_by, updated_by, "
            "version, source, source_detail, title, organization_id, pipeline_id, stage_id, "
            "status, lost_reason, value_minor, currency, probability, expected_close, owner, "
            "business_line, approach, modality, next_step, next_step_due, notes) VALUES "
            "(?, ?, ?, 'bench', 'bench', 1, 'manual', '', ?, ?, ?, ?, 'open', '', ?, ?, ?, ?, ?, "
            "?, '', ?, ?, NULL, ?)",
            [(new_uid(), now, now, f"CAR-T 工艺开发 {n:06d}", 1 + n % 2000, pipeline.id,
              stages[n % len(stages)][0], rng.randrange(10_000, 50_000_000) * 100,
              "CNY" if n % 4 else "USD", None if n % 3 else 40,
              f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", owners[n % len(owners)],
              "Cell therapy CDMO", "CAR-T" if n % 2 else "TCR-T",
              f"Follow up with the CMC team about batch {n}", "" if n % 5 else "Met at BIO China")
             for n in range(rows)])
    connection.close()


def empty_database(path: Path) -> None:
    from tracker.services import money
    from tracker.services.pipelines import default_pipeline

    from bench.opening import close_database, open_database

    open_database(path)
    money.ensure_currencies()
    default_pipeline()
    close_database()


# --- steps (each runs in a child process) ------------------------------------------------

def step_beacon_export(db: Path, xlsx: Path) -> dict[str, object]:
    from tracker.excel.exporter import ExportRequest, export_workbook
    from tracker.queries import ListQuery

    from bench.opening import open_database

    open_database(db)
    counts = export_workbook(xlsx, ExportRequest({"opportunity": ListQuery("opportunity")}))
    return {"rows": counts["opportunity"]}


def step_openpyxl_write(db: Path, xlsx: Path) -> dict[str, object]:
    """The baseline: the same rows from SQLite, appended as plain values of the same types
    (dates as dates, amounts as Decimal), with none of Beacon's formatting."""
    import datetime as dt
    from decimal import Decimal

    from openpyxl import Workbook

    connection = sqlite3.connect(db)
    query = ("SELECT o.title, g.name, c.name, pc.name, p.name, s.name, o.status, "
             "o.value_minor, o.currency, o.probability, o.expected_close, o.owner, "
             "o.business_line, o.approach, o.modality, o.next_step, o.next_step_due, "
             "o.lost_reason, o.notes, o.uid, o.version FROM opportunity o "
             "LEFT JOIN organization g ON g.id = o.organization_id "
             "LEFT JOIN organization c ON c.id = o.client_id "
             "LEFT JOIN contact pc ON pc.id = o.primary_contact_id "
             "JOIN pipeline p ON p.id = o.pipeline_id "
             "JOIN stage s ON s.id = o.stage_id ORDER BY o.expected_close, o.id")
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Opportunities")
    sheet.append(list(COLUMNS))
    count = 0
    for row in connection.execute(query):
        values = list(row)
        if values[7] is not None:
            values[7] = Decimal(values[7]).scaleb(-2)
        for index in (10, 16):
            if values[index]:
                values[index] = dt.date.fromisoformat(values[index])
        sheet.append(values)
        count += 1
    book.save(xlsx)
    return {"rows": count}


def step_beacon_import(db: Path, xlsx: Path) -> dict[str, object]:
    from tracker.excel.batches import apply_import
    from tracker.excel.importer import ImportOptions, plan_import

    from bench.opening import open_database

    open_database(db)
    started = time.perf_counter()
    plan = plan_import(xlsx, ImportOptions(entity="opportunity", mode="create"))
    planned = time.perf_counter() - started
    result = apply_import(plan)
    return {"rows": result.counts["create"], "errors": result.counts["error"],
            "plan_seconds": round(planned, 2)}


def step_sqlite_floor(db: Path, xlsx: Path) -> dict[str, object]:
    """The least any import over this schema can take to write: the rows and search text
    Beacon's import wrote (read from `db`), inserted again into an empty database by plain
    executemany in one transaction, foreign keys on, with no Python work per row. Only the
    inserts and the commit are timed."""
    from tracker.storage import active

    from bench.opening import close_database, open_database

    fresh = db.with_name("floor.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{fresh}{suffix}").unlink(missing_ok=True)
    empty_database(fresh)
    source = sqlite3.connect(db)
    tables = [(table, source.execute(f'SELECT * FROM "{table}" WHERE batch_uid IS NOT NULL')
               .fetchall()) for table in ("organization", "opportunity")]
    search = [(f"{table}_fts", source.execute(
        f"SELECT f.rowid, f.body FROM {table}_fts f JOIN {table} t ON t.id = f.rowid "
        "WHERE t.batch_uid IS NOT NULL").fetchall()) for table in ("organization", "opportunity")]
    source.close()
    open_database(fresh)
    connection = active().db.connection()
    started = time.perf_counter()
    with active().db.atomic("IMMEDIATE"):
        for table, rows in tables:
            marks = ", ".join("?" for _ in rows[0])
            connection.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        for table, rows in search:
            connection.executemany(f"INSERT INTO {table}(rowid, body) VALUES (?, ?)", rows)
    timed = time.perf_counter() - started
    close_database()
    return {"rows": len(tables[1][1]), "timed": round(timed, 2)}


def step_calamine_read(db: Path, xlsx: Path) -> dict[str, object]:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(xlsx))
    rows = book.get_sheet_by_name("Opportunities").to_python()
    return {"rows": len(rows) - 1}


def step_pandas_write(db: Path, xlsx: Path) -> dict[str, object]:
    import pandas as pd

    connection = sqlite3.connect(db)
    frame = pd.read_sql_query("SELECT title, value_minor, currency, expected_close, owner, "
                              "next_step, uid, version FROM opportunity", connection)
    frame.to_excel(xlsx, index=False, engine="openpyxl")
    return {"rows": len(frame)}


def step_pandas_read(db: Path, xlsx: Path) -> dict[str, object]:
    import pandas as pd

    frame = pd.read_excel(xlsx, sheet_name="Opportunities", engine="calamine")
    return {"rows": len(frame)}


STEPS = {"beacon_export": step_beacon_export, "openpyxl_write": step_openpyxl_write,
         "beacon_import": step_beacon_import, "calamine_read": step_calamine_read,
         "sqlite_floor": step_sqlite_floor,
         "pandas_write": step_pandas_write, "pandas_read": step_pandas_read}


def run_child(step: str, db: Path, xlsx: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, __file__, "--step", step, str(db), str(xlsx)],
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{step} failed:\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def child(step: str, db: Path, xlsx: Path) -> None:
    started = time.perf_counter()
    extra = STEPS[step](db, xlsx)
    seconds = float(extra.pop("timed", None) or time.perf_counter() - started)  # type: ignore[arg-type]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"step": step, "seconds": round(seconds, 2),
                      "peak_mb": round(peak_mb), **extra}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="keep the databases and files here")
    parser.add_argument("--step", nargs=3, metavar=("STEP", "DB", "XLSX"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        child(args.step[0], Path(args.step[1]), Path(args.step[2]))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="beacon-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    source, target = folder / "source.sqlite3", folder / "target.sqlite3"
    for path in (source, target):
        path.unlink(missing_ok=True)
    started = time.perf_counter()
    build_database(source, args.rows)
    empty_database(target)
    print(f"{args.rows:,} opportunities generated in {time.perf_counter() - started:.1f} s "
          f"({folder})")
    beacon_file, plain_file = folder / "beacon.xlsx", folder / "plain.xlsx"
    results = {
        "beacon_export": run_child("beacon_export", source, beacon_file),
        "openpyxl_write": run_child("openpyxl_write", source, plain_file),
        "beacon_import": run_child("beacon_import", target, beacon_file),
        "calamine_read": run_child("calamine_read", source, beacon_file),
        "sqlite_floor": run_child("sqlite_floor", target, beacon_file),
    }
    try:
        import pandas  # noqa: F401

        results["pandas_write"] = run_child("pandas_write", source, folder / "pandas.xlsx")
        results["pandas_read"] = run_child("pandas_read", source, beacon_file)
    except ImportError:
        print("pandas is not installed: its rows are left out")
    print(f"\n{'step':<16}{'seconds':>9}{'peak MB':>9}  rows   notes")
    for name, result in results.items():
        notes = {k: v for k, v in result.items() if k not in ("step", "seconds", "peak_mb",
                                                              "rows")}
        print(f"{name:<16}{result['seconds']:>9}{result['peak_mb']:>9}  {result['rows']}  "
              f"{notes or ''}")
    export_ratio = float(results["beacon_export"]["seconds"]) / float(  # type: ignore[arg-type]
        results["openpyxl_write"]["seconds"])  # type: ignore[arg-type]
    import_ratio = float(results["beacon_import"]["seconds"]) / float(  # type: ignore[arg-type]
        results["calamine_read"]["seconds"])  # type: ignore[arg-type]
    print(f"\nexport / openpyxl write-only: {export_ratio:.2f}x (target <= 1.3x) "
          f"{'OK' if export_ratio <= 1.3 else 'OVER'}")
    print(f"import / calamine read:       {import_ratio:.2f}x (target <= 4x) "
          f"{'OK' if import_ratio <= 4 else 'OVER'}")
    seconds = {name: float(result["seconds"]) for name, result in results.items()}  # type: ignore[arg-type]
    floor = (seconds["calamine_read"] + seconds["sqlite_floor"]) / seconds["calamine_read"]
    print(f"floor: calamine read + plain executemany of the rows Beacon wrote: {floor:.2f}x; "
          f"Beacon's own Python work (validate, match, build rows and search text): "
          f"{import_ratio - floor:.2f}x")
    over_floor = seconds["beacon_import"] / (seconds["calamine_read"] + seconds["sqlite_floor"])
    print(f"import / floor (calamine read + plain executemany): {over_floor:.2f}x "
          f"(target <= 2x) {'OK' if over_floor <= 2 else 'OVER'}")
    sizes = {p.name: p.stat().st_size // 1024 for p in (beacon_file, plain_file)}
    print(f"file sizes (KB): {sizes}")
    if not args.keep:
        shutil.rmtree(folder)  # the databases, files and the backups an import makes


if __name__ == "__main__":
    main()
