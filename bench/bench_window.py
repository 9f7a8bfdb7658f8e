"""How fast the Opportunities list opens and searches on 100,000 opportunities (offscreen).

Run: QT_QPA_PLATFORM=offscreen python -m bench.bench_window [N]
Prints the time from creating the page to its first rendered screen, and per
keystroke while typing search terms, each beside a baseline measured in the same
run: a plain sqlite3 SELECT of the first 50 rows (the least any list must do).
Targets: first screen within 0.3 s, each keystroke within 50 ms.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from ui.app import create_application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.record_pages import OpportunitiesPage  # noqa: E402
from ui.settings import Settings  # noqa: E402

from bench.large_db import build_database  # noqa: E402
from bench.opening import close_database, open_database  # noqa: E402

OUT = Path(__file__).parent / "out"
BASELINE_SQL = """
SELECT o.id, o.title, org.name, s.name, o.status, o.value_minor, o.currency, o.expected_close,
       o.owner
FROM opportunity o LEFT JOIN organization org ON org.id = o.organization_id
JOIN stage s ON s.id = o.stage_id
WHERE o.deleted_at IS NULL ORDER BY o.expected_close, o.id LIMIT 50
"""
TERMS = ("lentiviral", "wang", "CAR-T vector", "王")


def _baseline(path: Path, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        conn = sqlite3.connect(str(path))
        rows = conn.execute(BASELINE_SQL).fetchall()
        conn.close()
        times.append(time.perf_counter() - start)
        assert len(rows) == 50
    return statistics.median(times)


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"beacon-{n // 1000}k.sqlite3"
    if not path.exists():
        start = time.perf_counter()
        build_database(path, n)
        print(f"built {path} in {time.perf_counter() - start:.1f} s")
    app = create_application()
    open_database(path)
    scratch = tempfile.TemporaryDirectory()
    settings = Settings(QSettings(str(Path(scratch.name) / "s.ini"), QSettings.Format.IniFormat))
    context = AppContext.create(path, settings)
    baseline = _baseline(path)
    print(f"baseline: sqlite3 SELECT of the first 50 rows (joins, sorted): "
          f"{baseline * 1000:.1f} ms")

    first_screens = []
    for _ in range(5):
        start = time.perf_counter()
        page = OpportunitiesPage(context)
        page.resize(1228, 860)
        page.show()
        app.processEvents()
        page.grab()  # the first screen, painted
        first_screens.append(time.perf_counter() - start)
        total = page.model.total
        page.close()
        page.deleteLater()
        app.processEvents()
    first = statistics.median(first_screens)
    print(f"first screen of {total:,} opportunities: median {first * 1000:.0f} ms "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in first_screens)} ms; "
          f"{first / baseline:.1f}x baseline; target 300 ms)")

    page = OpportunitiesPage(context)
    page.resize(1228, 860)
    page.show()
    app.processEvents()
    worst_all = 0.0
    for term in TERMS:
        page.search_box.clear()
        app.processEvents()
        times = []
        for end in range(1, len(term) + 1):
            start = time.perf_counter()
            page.search_box.setText(term[:end])  # one keystroke's text change
            app.processEvents()
            page.table.viewport().grab()
            times.append(time.perf_counter() - start)
        worst = max(times)
        worst_all = max(worst_all, worst)
        print(f"typing {term!r}: per keystroke {', '.join(f'{t * 1000:.0f}' for t in times)} ms "
              f"-> {page.model.total:,} shown; worst {worst * 1000:.0f} ms "
              f"({worst / baseline:.1f}x baseline; target 50 ms)")
    print(f"summary: first screen {first * 1000:.0f} ms, worst keystroke "
          f"{worst_all * 1000:.0f} ms, baseline {baseline * 1000:.1f} ms")
    page.close()
    close_database()
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
