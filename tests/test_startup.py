"""Start-up loads only what the first screen needs (not timed: bench/bench_startup.py times it).

Pinyin, Excel, vCards, charts and phone metadata load when first used; these tests
run Beacon in a fresh interpreter and read which modules it had loaded.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOT_AT_START = {"pypinyin", "openpyxl", "vobject", "python_calamine", "PySide6.QtCharts",
                "phonenumbers"}

WATCH_FIRST_SCREEN = """
import json, sys
from PySide6.QtCore import QTimer
import ui.app

build = ui.app.build_main_window

def build_and_watch(context):
    window = build(context)

    def report():
        print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
        window.close()

    # queued after the window's own deferred work (counts), which runs first
    context.startup.after_first_frame(lambda: QTimer.singleShot(0, report))
    return window

ui.app.build_main_window = build_and_watch
from ui.launcher import main
sys.exit(main(sys.argv[1:]))
"""


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def _modules(output: str, marker: str = "MODULES ") -> set[str]:
    line = next(line for line in output.splitlines() if line.startswith(marker))
    return set(json.loads(line[len(marker):]))


def test_importing_the_main_window_loads_no_pinyin_excel_or_vcard_library() -> None:
    done = _python("import json, sys, ui.main_window, ui.app, ui.launcher\n"
                   "print('MODULES ' + json.dumps(sorted(sys.modules)))")
    assert done.returncode == 0, done.stderr
    loaded = _modules(done.stdout)
    assert "ui.main_window" in loaded
    assert not NOT_AT_START & loaded


def test_the_first_screen_shows_without_them(tmp_path: Path) -> None:
    """A seeded database, then the window up to its first frame and the counts after it."""
    seeded = _python("import sys; from ui.launcher import main; sys.exit(main(['seed']))")
    assert seeded.returncode == 0, seeded.stderr
    shown = _python(WATCH_FIRST_SCREEN)
    assert shown.returncode == 0, shown.stderr
    loaded = _modules(shown.stdout)
    assert {"ui.list_page", "tracker.queries", "peewee"} <= loaded
    assert not NOT_AT_START & loaded
    assert not {"ui.board.board_page", "ui.dashboard.dashboard_page", "ui.importing.wizard",
                "ui.export_dialog", "ui.record_form"} & loaded  # pages and dialogs not shown


@pytest.mark.skipif(importlib.util.find_spec("psycopg") is None, reason="psycopg not installed")
def test_psycopg_waits_for_a_postgresql_database() -> None:
    """peewee imports psycopg (0.1 s) when it is imported; Beacon defers it to the first
    PostgreSQL database, which then gets the same psycopg 3 adapter peewee would give it."""
    done = _python(
        "import sys, tracker, peewee as pw\n"
        "print('before', 'psycopg' in sys.modules)\n"
        "db = pw.PostgresqlDatabase('postgresql://nobody@127.0.0.1:9/none', prefer_psycopg3=True)\n"
        "from psycopg.pq import TransactionStatus\n"
        "print('adapter', type(db._adapter).__name__, db._adapter.txn_idle is TransactionStatus.IDLE,"
        " pw.Json_pg3 is not None)\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["before", "False", "adapter", "Psycopg3Adapter", "True", "True"]


CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


@pytest.mark.skipif(not CJK_FONT.exists(), reason="fonts-wqy-microhei not installed")
def test_the_bundled_chinese_font_serves_a_system_without_one(tmp_path: Path) -> None:
    """A fontconfig that sees no fonts stands in for a fresh Linux desktop; installers carry
    a Chinese font, and Beacon registers it only there."""
    bundled = tmp_path / "fonts"
    bundled.mkdir()
    (bundled / CJK_FONT.name).symlink_to(CJK_FONT)
    config = tmp_path / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?><fontconfig><dir>{tmp_path / "none"}</dir>'
                      f'<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>')
    done = subprocess.run(
        [sys.executable, "-c",
         "import sys\nfrom pathlib import Path\n"
         "from PySide6.QtGui import QFontDatabase\n"
         "from PySide6.QtWidgets import QApplication\n"
         "from ui.fonts import ensure_chinese_font\n"
         "app = QApplication([])\n"
         "chinese = QFontDatabase.WritingSystem.SimplifiedChinese\n"
         "print('before', len(QFontDatabase.families(chinese)))\n"
         "print('added', *ensure_chinese_font(Path(sys.argv[1])))\n"
         "print('again', *ensure_chinese_font(Path(sys.argv[1])))\n",
         str(bundled)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(config)})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "before 0"
    assert lines[1].startswith("added WenQuanYi Micro Hei")
    assert lines[2] == "again"  # now the system has one: nothing more is added
