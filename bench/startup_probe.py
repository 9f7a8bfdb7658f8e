"""One start-up, timed from inside: `python -m bench.startup_probe beacon|bare [beacon args]`.

Prints `shown <time_ns>` (wall clock, comparable with the parent's) once the main
window has painted its first frame, then closes it, so the parent also sees how
long closing and leaving the interpreter take. Used by bench/bench_startup.py. The
probe imports Qt only where the program it watches would (Qt's import hook makes
every module imported after it slower, so the order matters).
"""

from __future__ import annotations

import sys
import time
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
        window.close()

    window.installEventFilter(FirstPaint(window))


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
