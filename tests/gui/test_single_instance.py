"""One window per database: a second `beacon` on the same file brings the first forward."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication, QWidget

from tracker.storage import Target

from ui.focus_keeper import bring_forward
from ui.single_instance import claim, instance_key

from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def test_a_second_beacon_on_the_same_database_raises_the_first(context, qtbot,
                                                               tmp_path: Path) -> None:
    window = open_window(context, qtbot)
    server = claim(context.store.target, window)
    assert server is not None and server.listening
    server.raise_requested.connect(lambda: bring_forward(window))
    window.showMinimized()
    other = QWidget()  # another window has the keyboard meanwhile
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    second = subprocess.Popen([sys.executable, "-m", "ui.launcher", "--db", str(context.store)],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    with qtbot.waitSignal(server.raise_requested, timeout=60000):
        pass
    _out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    assert "Beacon is already open on" in err and "brought forward" in err
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert not window.isMinimized()


def test_each_database_has_its_own_window(context, qtbot, tmp_path: Path) -> None:
    first = claim(context.store.target)
    assert first is not None
    other = Target(path=tmp_path / "other.sqlite3")
    assert instance_key(other) != instance_key(context.store.target)
    second = claim(other)
    assert second is not None and second.listening  # nobody has that one open
    assert claim(context.store.target) is None  # this one is taken
    first.close()
    second.close()
