"""Long work (an export, an import) run off the window's thread, with progress and cancel.

Connections are per thread in peewee, so the task gets its own connection to the
same database and closes it when done; the window stays responsive and only
hears progress, the result, or the error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from tracker.storage import Store, active

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Runner(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel: threading.Event, store: Store) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel
        self._store = store

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except Exception as error:  # noqa: BLE001  (handed to the window, which words it)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self._store.close_thread_connection()


class BackgroundTask(QObject):
    """Run `work(progress, cancelled)` in a QThread; signals arrive on the window's thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None,
                 store: Store | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._stopped = False
        self._thread = QThread()
        self._runner = _Runner(work, self._cancel, store or active())
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.succeeded.connect(self._on_succeeded)
        self._runner.failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_event(self) -> threading.Event:
        """Set by `cancel`: for work that waits on an event rather than asks."""
        return self._cancel

    def stop(self) -> None:
        """Cancel and wait until the thread has ended (a window closing): the work must
        hear the cancel soon. Its result or error is then never delivered."""
        self._cancel.set()
        self._stopped = True
        self._stop_thread()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._stop_thread()
        if self._stopped:
            return
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._stop_thread()
        if self._stopped:
            return
        self.failed.emit(error)
        self.finished.emit()
