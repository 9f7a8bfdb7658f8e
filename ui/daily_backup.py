"""Today's backup, made once the window is on screen, off the window's thread.

Writing and verifying a copy of the whole file takes seconds at 100,000 deals, so a start
never waits for it: the composition root (ui/app.py) starts it after the first frame; the
status bar says quietly that it runs and when it is done; a failure (a full disk) goes to
the banner, and so does damage, which only a read of the whole file finds (opening looks
at the cheap signs only): the banner then says how to go back to the newest good copy
without losing the damaged file. Closing the window stops the copy and waits for it (a
fraction of a second); the half-written file is deleted (tracker.storage.sqlite_files).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from tracker import backups
from tracker.errors import BackupStopped, StorageUnavailable
from tracker.storage import Store

from ui.background import BackgroundTask

DONE_SHOWN_MS = 10_000  # how long "Today's backup is made" stays in the status bar


class DailyBackup(QObject):
    started = Signal()
    # The Backup made (None: one was there already), or the StorageUnavailable that stopped
    # it, which is also put on store.backup_problem for the banner to word, and `failed`.
    finished = Signal(object)
    failed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.task: BackgroundTask | None = None
        self.label = QLabel()  # for the status bar
        self.label.setObjectName("backupStatus")
        self.label.hide()
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(DONE_SHOWN_MS)
        self._hide_timer.timeout.connect(self.label.hide)
        self._closing = False

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(self) -> None:
        """Make today's backup unless there is one (a team server: say who backs it up)."""
        store = self.store
        if self._closing or self.running:
            return
        if store.is_server:
            self._say(self.tr("This team server is backed up on the server, by whoever runs "
                              "it"), fade=True)
            return
        if not backups.daily_due(store):
            return
        task = BackgroundTask(lambda _progress, _cancelled: backups.daily(
            store, stop=task.cancel_event), self, store=store)
        task.succeeded.connect(self._made)
        task.failed.connect(self._failed)
        self.task = task
        self._say(self.tr("Making today's backup…"))
        task.start()
        self.started.emit()

    def stop(self) -> None:
        """The window closes: stop the copy and wait until its thread has ended."""
        self._closing = True
        self._hide_timer.stop()
        if self.task is not None:
            self.task.stop()
            self.task = None

    def _made(self, made: object) -> None:
        self.task = None
        if made is None:  # another window or a command made today's meanwhile
            self.label.hide()
        else:
            self._say(self.tr("Today's backup is made and verified"), fade=True)
        self.finished.emit(made)

    def _failed(self, error: object) -> None:
        self.task = None
        if isinstance(error, BackupStopped):  # a restore or an erasure needed the file
            self.label.hide()
            QTimer.singleShot(0, self, self.start)  # made again after it, if still due
            return
        if not isinstance(error, StorageUnavailable):
            raise error if isinstance(error, BaseException) else RuntimeError(error)
        self.label.hide()
        self.store.backup_problem = error
        self.failed.emit()
        self.finished.emit(error)

    def _say(self, text: str, *, fade: bool = False) -> None:
        self.label.setText(text)
        self.label.show()
        if fade:
            self._hide_timer.start()
        else:
            self._hide_timer.stop()
