"""Colleagues' changes shown as they happen: the window's side of tracker.live.

A team server's notifications wake the window through their socket (QSocketNotifier);
a file is looked at on a short timer (`PRAGMA data_version`, microseconds). What arrived
is published on the change bus as the records it names, so each page refreshes those
records (or marks itself stale when hidden) and the detail panel reloads a record the
user is not editing. Changes this window made are not published twice.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from tracker.errors import BeaconError
from tracker.live import LiveFeed
from tracker.services.context import Changes, utcnow

from ui.context import AppContext
from ui.messages import error_message

FILE_POLL_MS = 250  # a change by another process shows within a second
SERVER_POLL_MS = 3000  # a safety net beside the socket
RETRY_MS = 5000  # after the connection to the server was lost
CATCH_UP_MARGIN = dt.timedelta(minutes=5)  # writers' clocks differ from this one


class LiveUpdates(QObject):
    """One per window; `state_changed(True)` while live, False while paused (reason)."""

    state_changed = Signal(bool, str)
    arrived = Signal(object)  # Changes made elsewhere (after they were published)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.feed: LiveFeed | None = None
        self._notifier: QSocketNotifier | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        context.bus.changed.connect(self._made_here)
        self.live = False
        self._paused_at: dt.datetime | None = None

    def start(self) -> None:
        try:
            self.feed = LiveFeed(self.context.store)
        except BeaconError as error:
            self._pause(error_message(error))
            return
        fileno = self.feed.fileno()
        if fileno is not None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.check)
        self._timer.start(FILE_POLL_MS if fileno is None else SERVER_POLL_MS)
        self.live = True
        self.state_changed.emit(True, "")
        if self._paused_at is not None:  # back after a lost connection: what went by unheard
            since, self._paused_at = self._paused_at - CATCH_UP_MARGIN, None
            try:
                missed = self.feed.catch_up(since)
            except BeaconError as error:
                self._pause(error_message(error))
                return
            self._publish(missed)

    def stop(self) -> None:
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self.feed is not None:
            try:
                self.feed.close()
            except Exception:  # a connection already gone  # noqa: BLE001
                pass
            self.feed = None

    def check(self) -> None:
        """Publish what others committed since the last look."""
        if self.feed is None:
            self.stop()
            self.start()  # after a pause: connect again
            return
        if self.context.store.in_transaction():
            return  # the window is writing; look again on the next tick
        try:
            changes = self.feed.take()
        except BeaconError as error:
            self._pause(error_message(error))
            return
        self._publish(changes)

    def _publish(self, changes: Changes | None) -> None:
        if changes is not None:
            self.context.bus.publish(changes)
            self.arrived.emit(changes)

    def _pause(self, reason: str) -> None:
        self.stop()
        if self._paused_at is None:
            self._paused_at = utcnow()
        self.live = False
        self.state_changed.emit(False, reason)
        self._timer.start(RETRY_MS)

    def _made_here(self, changes: Changes) -> None:
        if self.feed is not None:
            self.feed.made_here(changes.operation)
