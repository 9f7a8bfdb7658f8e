"""How long the pipeline board takes with 10,000 open opportunities.

Run: QT_QPA_PLATFORM=offscreen /work/venv/bin/python bench/bench_board.py [--deals 10000]

Prints the median time to open the board (page built, first paint) and to move
a card (service call, change log, column refresh), each beside a baseline
measured in the same run: the raw sqlite3 GROUP BY the totals need, and a raw
UPDATE of one deal's stage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tracker.board import Board  # noqa: E402
from tracker.models import Opportunity  # noqa: E402
from tracker.services import money  # noqa: E402
from tracker.services.context import new_uid  # noqa: E402
from tracker.services.pipelines import default_pipeline, stages_of  # noqa: E402
from tracker.storage import active  # noqa: E402

from ui.board.board_page import BoardPage  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.settings import Settings  # noqa: E402

from bench.opening import open_database  # noqa: E402

COLUMNS = ("uid", "created_at", "updated_at", "created_by", "updated_by", "version", "source",
           "source_detail", "title", "pipeline_id", "stage_id", "status", "lost_reason",
           "value_minor", "currency", "expected_close", "owner", "business_line", "approach",
           "modality", "next_step", "next_step_due", "stage_entered_at", "last_activity_at",
           "notes")


def build(path: Path, deals: int) -> tuple[int, list[int]]:
    """A database with `deals` open opportunities: executemany in one transaction."""
    open_database(path)
    money.ensure_currencies()
    pipeline = default_pipeline()
    stage_ids = [s.id for s in stages_of(pipeline.id)]
    money.set_rate("USD", "CNY", "7.12", dt.date.today())
    money.set_rate("EUR", "CNY", "7.74", dt.date.today())
    rng = random.Random(1)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = []
    for n in range(deals):
        touched = now - dt.timedelta(days=rng.randint(0, 90))
        rows.append((
            new_uid(), str(now), str(now), "bench", "bench", 1, "manual", "bench",
            f"Deal {n:05d} cell therapy partnership", pipeline.id, rng.choice(stage_ids),
            "open", "", rng.randint(1_000, 5_000_000) * 100, rng.choice(("CNY", "USD", "EUR")),
            (dt.date.today() + dt.timedelta(days=rng.randint(-30, 365))).isoformat(),
            rng.choice(("Wang Lei", "Li Na", "Zhang Wei", "Sarah Miller")),
            rng.choice(("CDMO", "Instruments", "Licensing")), "", rng.choice(("CAR-T", "NK")),
            "Follow up", None, str(touched), str(touched), ""))
    connection = active().db.connection()
    marks = ", ".join("?" for _ in COLUMNS)
    with active().db.atomic():
        connection.executemany(
            f"INSERT INTO opportunity ({', '.join(COLUMNS)}) VALUES ({marks})", rows)
        connection.execute("INSERT INTO opportunity_fts(rowid, body) "
                           "SELECT id, title || ' ' || owner FROM opportunity")
    return int(pipeline.id), stage_ids


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--deals", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "bench.sqlite3"
        start = time.perf_counter()
        pipeline_id, stage_ids = build(path, args.deals)
        print(f"built {args.deals} open opportunities in {time.perf_counter() - start:.2f} s")
        store = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        context = AppContext.create(path, Settings(store))
        raw = sqlite3.connect(str(path))

        def raw_totals() -> object:
            return raw.execute(
                "SELECT o.stage_id, o.currency, COUNT(*), SUM(o.value_minor), "
                "SUM(o.value_minor * COALESCE(o.probability, s.probability)) "
                "FROM opportunity o JOIN stage s ON s.id = o.stage_id "
                "WHERE o.pipeline_id = ? AND o.status = 'open' AND o.deleted_at IS NULL "
                "GROUP BY o.stage_id, o.currency", (pipeline_id,)).fetchall()

        def open_board() -> object:
            page = BoardPage(context)
            page.resize(1440, 900)
            page.show()
            app.processEvents()
            image = page.grab()  # forces the first full paint
            page.close()
            page.deleteLater()
            app.processEvents()
            return image

        def construct_only() -> object:
            page = BoardPage(context)
            page.deleteLater()
            app.processEvents()
            return page

        board = Board(pipeline_id)
        baseline_open = median_ms(raw_totals, args.repeat)
        ids_ms = median_ms(board.ids_by_stage, args.repeat)
        totals_ms = median_ms(board.totals, args.repeat)
        construct_ms = median_ms(construct_only, args.repeat)
        open_ms = median_ms(open_board, args.repeat)

        page = BoardPage(context)
        page.resize(1440, 900)
        page.show()
        app.processEvents()
        moves = iter(Opportunity.select(Opportunity.id).where(
            Opportunity.stage == stage_ids[0]).limit(args.repeat * 2).tuples())

        def move_card() -> object:
            (opportunity_id,) = next(moves)
            version = Opportunity.get_by_id(opportunity_id).version
            return page.move_card(opportunity_id, version, stage_ids[1])

        raw_ids = iter(range(1, args.repeat * 2 + 1))

        def raw_move() -> object:
            with raw:
                raw.execute("UPDATE opportunity SET stage_id = ?, version = version + 1 "
                            "WHERE id = ?", (stage_ids[2], next(raw_ids)))
            return None

        baseline_move = median_ms(raw_move, args.repeat)
        move_ms = median_ms(move_card, args.repeat)
        raw.close()

    print(f"\n{args.deals} open opportunities, 6 stages, medians of {args.repeat} runs")
    print(f"{'':34}{'ms':>9}{'x baseline':>12}")
    print(f"{'baseline: raw GROUP BY totals':34}{baseline_open:9.1f}{1:12.1f}")
    print(f"{'Board.ids_by_stage()':34}{ids_ms:9.1f}{ids_ms / baseline_open:12.1f}")
    print(f"{'Board.totals()':34}{totals_ms:9.1f}{totals_ms / baseline_open:12.1f}")
    print(f"{'  of which: page built, no paint':34}{construct_ms:9.1f}"
          f"{construct_ms / baseline_open:12.1f}")
    print(f"{'open the board (build + paint)':34}{open_ms:9.1f}{open_ms / baseline_open:12.1f}")
    print(f"{'baseline: raw UPDATE of a stage':34}{baseline_move:9.1f}{1:12.1f}")
    print(f"{'move a card (save + refresh)':34}{move_ms:9.1f}{move_ms / baseline_move:12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
