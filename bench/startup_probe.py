"""One start-up, timed from inside: `python -m bench.startup_probe beacon|bare [beacon args]`.

Prints `shown <time_ns>` (wall clock, comparable with the parent's) once the main
window has painted its first frame, then closes it, so the parent also sees how
long closing and leaving the interpreter take. With BEACON_PROBE_BACKUP=1 it keeps the
window open until the day's backup (made on its own thread after the first frame) has
finished, printing `backup <time_ns> <worst_ms>`: when it finished, and the longest the
window's event loop went without running a 10 ms timer meanwhile (how long a key press
could have waited); with BEACON_PROBE_HOLD_S=N it keeps the window open N seconds with the
same timer and prints `held <worst_ms>` (the window's own work after its first frame, for
comparison). Used by bench/bench_startup.py. The
probe imports Qt only where the program it watches would (Qt's import hook makes
every module imported after it slower, so the order matters).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any


def watch_first_paint(window: Any) -> None:
    """Report the first paint of `window`, once it has reached the screen, then close it."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, report)  # after the frame is flushed to the screen
            return False

    def report() -> None:
        print(f"shown {time.time_ns()}", flush=True)
        if os.environ.get("BEACON_PROBE_BACKUP") == "1" and hasattr(window, "daily_backup"):
            wait_for_backup(window)
        elif float(os.environ.get("BEACON_PROBE_HOLD_S", "0")) > 0:
            hold(window, float(os.environ["BEACON_PROBE_HOLD_S"]))
        else:
            window.close()

    window.installEventFilter(FirstPaint(window))


def stall_meter(window: Any) -> tuple[Any, Callable[[], float]]:
    """A 10 ms timer on `window`'s event loop, started, and the longest gap seen (seconds)."""
    from PySide6.QtCore import QTimer

    ticker, last, worst = QTimer(window), [time.monotonic()], [0.0]

    def tick() -> None:
        now = time.monotonic()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    def measured() -> float:
        ticker.stop()
        tick()
        return worst[0]

    ticker.timeout.connect(tick)
    ticker.start(10)
    return ticker, measured


def hold(window: Any, seconds: float) -> None:
    """Keep `window` open `seconds`, then print the event loop's longest stall and close."""
    from PySide6.QtCore import QTimer

    _ticker, measured = stall_meter(window)

    def done() -> None:
        print(f"held {measured() * 1000:.1f}", flush=True)
        window.close()

    QTimer.singleShot(int(seconds * 1000), done)


def wait_for_backup(window: Any) -> None:
    """Close `window` once its day's backup has finished; meanwhile a 10 ms timer measures
    the longest stretch the event loop was kept from running it."""
    _ticker, measured = stall_meter(window)

    def finished(outcome: object) -> None:
        worst = measured()
        if not hasattr(outcome, "reason"):
            print(f"backup failed: {outcome}", file=sys.stderr, flush=True)
            os._exit(3)
        print(f"backup {time.time_ns()} {worst * 1000:.1f}", flush=True)
        window.close()

    window.daily_backup.finished.connect(finished)


def bare() -> int:
    """A bare PySide6 window with a table: the least any Qt list application does."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableWidget(50, 9)
    for row in range(50):
        for column in range(9):
            table.setItem(row, column, QTableWidgetItem(f"cell {row}.{column}"))
    window.setCentralWidget(table)
    window.resize(1440, 900)
    watch_first_paint(window)
    window.show()
    return app.exec()


def beacon(argv: list[str]) -> int:
    """`beacon [argv]` as installed, with the main window watched: ui.app's
    build_main_window is wrapped the moment ui.app is imported, wherever that happens."""
    import importlib.abc
    import importlib.machinery

    class WrapOnImport(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
            if name != "ui.app":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            load = spec.loader.exec_module

            def exec_module(module: Any) -> None:
                load(module)
                build = module.build_main_window

                def build_and_watch(*args: Any, **kwargs: Any) -> Any:
                    window = build(*args, **kwargs)
                    watch_first_paint(window)
                    return window

                module.build_main_window = build_and_watch

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, WrapOnImport())
    from ui.launcher import main

    return main(argv)


if __name__ == "__main__":
    kind, rest = sys.argv[1], sys.argv[2:]
    sys.exit(bare() if kind == "bare" else beacon(rest))
