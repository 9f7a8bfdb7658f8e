"""Announces reminders while Beacon runs, catches up on start, and does what their buttons ask.

No server job: when the window is up the center asks tracker.reminders what is due and
not yet announced (`start`, then every minute), shows it in a toast over the desktop
and, where the desktop has one, the system tray, and records what it announced. Done
and snooze work the same from the toast, the tray and the reminders list.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from tracker import reminders
from tracker.errors import BeaconError
from tracker.reminders import Reminder
from tracker.services.context import utcnow

from ui.context import AppContext
from ui.errors import show_error
from ui.focus_keeper import bring_forward
from ui.reminders.wording import about_text, catch_up_text, due_text

CHECK_EVERY_MS = 60_000


def beacon_icon() -> QIcon:
    """The window's icon, or a drawn one until Beacon has its own."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2563eb"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(4, 4, 56, 56)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(34)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "B")
    painter.end()
    return QIcon(pixmap)


class ReminderCenter(QObject):
    announced = Signal(list, str)  # reminders just announced, the headline
    changed = Signal()  # a reminder was done or snoozed: lists refresh
    open_requested = Signal(str, int)  # entity, id
    list_requested = Signal()  # show every reminder

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.headline = ""
        self.last_announced: list[Reminder] = []
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.toast: QWidget | None = None
        self.tray: QSystemTrayIcon | None = None
        self._started = False

    # --- announcing ---------------------------------------------------------------------

    def start(self) -> str:
        """Catch up on what fell due while Beacon was closed; then check every minute."""
        if self._started:
            return self.headline
        self._started = True
        now = utcnow()
        since = reminders.last_seen()
        pending = reminders.to_notify(now)
        fell_due = reminders.fell_due_since(pending, since)
        reminders.mark_seen(now)
        self._make_tray()
        self.timer.start()
        if pending:
            self._announce(pending, catch_up_text(fell_due, pending))
        return self.headline

    def check(self) -> list[Reminder]:
        """Announce what came due since the last look (a new day, a snooze run out)."""
        try:
            pending = reminders.to_notify()
        except BeaconError:
            return []  # the database is busy or gone for a moment: the next minute asks again
        if pending:
            self._announce(pending, catch_up_text([], pending))
        return pending

    def _announce(self, pending: list[Reminder], headline: str) -> None:
        reminders.mark_notified(pending)
        self.headline = headline
        self.last_announced = pending
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            lines = [f"{r.subject} ({due_text(r)})" for r in pending[:3]]
            self.tray.showMessage(headline, "\n".join(lines), self.tray.icon(), 15_000)
        self._show_toast(pending, headline)
        self.announced.emit(pending, headline)

    def _show_toast(self, pending: list[Reminder], headline: str) -> None:
        from ui.reminders.toast import ReminderToast

        if self.toast is None:
            self.toast = ReminderToast(self, self.window)
        assert isinstance(self.toast, ReminderToast)
        self.toast.show_reminders(pending, headline)

    def _make_tray(self) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.tray = QSystemTrayIcon(self.window.windowIcon() if not
                                    self.window.windowIcon().isNull() else beacon_icon(), self)
        self.tray.setToolTip(self.tr("Beacon"))
        menu = QMenu(self.window)
        menu.addAction(self.tr("Reminders…")).triggered.connect(self.list_requested)
        menu.addAction(self.tr("Show Beacon")).triggered.connect(self.raise_window)
        self.tray.setContextMenu(menu)
        self.tray.messageClicked.connect(self.list_requested)
        self.tray.activated.connect(self._tray_activated)
        self.tray.show()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.raise_window()

    def raise_window(self) -> None:
        bring_forward(self.window)

    def stop(self) -> None:
        """The window closes: from now on what falls due fell due while Beacon was closed."""
        self.timer.stop()
        if self._started:
            try:
                reminders.mark_seen()
            except BeaconError:
                pass
        if self.toast is not None:
            self.toast.close()
        if self.tray is not None:
            self.tray.hide()

    # --- what the buttons ask -----------------------------------------------------------

    def done(self, chosen: list[Reminder], parent: QWidget | None = None) -> bool:
        """Tick tasks done and record next steps as done, as one undoable step."""
        if not chosen:
            return False
        label = (self.tr("Done: %1").replace("%1", chosen[0].subject) if len(chosen) == 1
                 else self.tr("Done: %1 reminders").replace("%1", str(len(chosen))))
        try:
            self.context.run(reminders.complete, [(r.key, r.version) for r in chosen],
                             undo_label=label)
        except BeaconError as error:
            show_error(parent or self.window, self.tr("Could not mark it done"), error)
            return False
        self.changed.emit()
        return True

    def snooze(self, chosen: list[Reminder], until: dt.datetime,
               parent: QWidget | None = None) -> bool:
        try:
            reminders.snooze([r.key for r in chosen], until)
        except BeaconError as error:
            show_error(parent or self.window, self.tr("Could not snooze"), error)
            return False
        self.changed.emit()
        return True

    def open(self, reminder: Reminder) -> None:
        """A next step or a deal's task opens the deal; other tasks open themselves."""
        self.raise_window()
        if reminder.opportunity_id is not None:
            self.open_requested.emit("opportunity", reminder.opportunity_id)
        else:
            self.open_requested.emit(reminder.entity, reminder.record_id)

    def show_list(self) -> None:
        self.list_requested.emit()

    @staticmethod
    def summary(reminder: Reminder) -> str:
        return f"{due_text(reminder)} · {about_text(reminder)}"
