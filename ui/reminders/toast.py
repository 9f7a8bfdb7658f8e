"""The notification: a small window at the screen's corner with each reminder's Done,
Snooze and Open, and a way to the full list. It never takes the keyboard from the window."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.reminders import Reminder

from ui.reminders.wording import snooze_choices


class ReminderActions(Protocol):
    """What the toast's buttons ask for (ui.reminders.center.ReminderCenter does it)."""

    def done(self, chosen: list[Reminder], parent: QWidget | None = None) -> bool: ...
    def snooze(self, chosen: list[Reminder], until: dt.datetime,
               parent: QWidget | None = None) -> bool: ...
    def open(self, reminder: Reminder) -> None: ...
    def summary(self, reminder: Reminder) -> str: ...
    def show_list(self) -> None: ...

SHOWN = 3  # reminders with their own buttons; the rest are in the list
STYLE = """
QFrame#reminderToast { background: #ffffff; border: 1px solid #cbd5e1; border-radius: 10px; }
QLabel#toastHeadline { font-weight: 600; font-size: 11pt; color: #111827; }
QLabel#toastSubject { font-weight: 600; color: #1f2937; }
QLabel#toastWhen { color: #6b7280; }
QLabel#toastWhen[overdue="true"] { color: #b91c1c; }
QFrame#toastRow { border-top: 1px solid #eef0f3; }
"""


class ReminderToast(QFrame):
    def __init__(self, center: ReminderActions, window: QWidget) -> None:
        super().__init__(window, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.center = center
        self.window_ = window
        self.setObjectName("reminderToast")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(STYLE)
        self.setFixedWidth(400)
        self.reminders: list[Reminder] = []
        self._return_to: QWindow | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_moved)
            self._focus_moved(app.focusWindow())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 12)
        layout.setSpacing(8)
        head = QHBoxLayout()
        self.headline = QLabel()
        self.headline.setObjectName("toastHeadline")
        self.headline.setWordWrap(True)
        head.addWidget(self.headline, 1)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close (the reminders stay in the list)"))
        close.clicked.connect(self.hide)
        head.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        layout.addLayout(self.rows)
        self.all_button = QPushButton()
        self.all_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.all_button.clicked.connect(self._show_list)
        layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_reminders(self, reminders: list[Reminder], headline: str) -> None:
        new = {r.key for r in reminders}
        self.reminders = list(reminders) + [r for r in self.reminders if r.key not in new]
        self.headline.setText(headline)
        self._fill()
        self._show_quietly()

    def _show_quietly(self) -> None:
        self.show()
        self._place()

    def _focus_moved(self, window: QWindow | None) -> None:
        if window is not None and window is not self.windowHandle():
            self._return_to = window

    def event(self, event: QEvent) -> bool:
        """Never the keyboard's window: where the platform activates it anyway (on show, on
        a click), the window that had the keyboard gets it back, so Ctrl+Z and typing go on
        there. Its buttons work by mouse without it."""
        if event.type() == QEvent.Type.WindowActivate:
            target = self._return_to
            if target is not None and shiboken6.isValid(target) and target.isVisible():
                target.requestActivate()
            elif self.window_.isVisible():
                self.window_.activateWindow()
        return super().event(event)

    def _fill(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for reminder in self.reminders[:SHOWN]:
            row = self._row(reminder)
            self.rows.addWidget(row)
            row.show()
        self.all_button.setText(self.tr("Show all reminders (%1)").replace(
            "%1", str(len(self.reminders))))
        self.adjustSize()

    def _row(self, reminder: Reminder) -> QFrame:
        row = QFrame()
        row.setObjectName("toastRow")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        subject = QLabel(reminder.subject)
        subject.setObjectName("toastSubject")
        subject.setWordWrap(True)
        when = QLabel(self.center.summary(reminder))
        when.setObjectName("toastWhen")
        when.setProperty("overdue", reminder.overdue)
        when.setWordWrap(True)
        layout.addWidget(subject)
        layout.addWidget(when)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        done = QPushButton(self.tr("Done"))
        done.setObjectName("toastDone")
        done.clicked.connect(lambda: self._done(reminder))
        snooze = QPushButton(self.tr("Snooze"))
        snooze.setObjectName("toastSnooze")
        menu = QMenu(snooze)
        for label, until in snooze_choices():
            menu.addAction(label).triggered.connect(
                lambda _c=False, u=until: self._snooze(reminder, u))
        snooze.setMenu(menu)
        opener = QPushButton(self.tr("Open"))
        opener.clicked.connect(lambda: self.center.open(reminder))
        for button in (done, snooze, opener):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return row

    def _forget(self, reminder: Reminder) -> None:
        self.reminders = [r for r in self.reminders if r.key != reminder.key]
        if not self.reminders:
            self.hide()
            return
        self._fill()
        self._place()

    def _done(self, reminder: Reminder) -> None:
        if self.center.done([reminder], self.window_):
            self._forget(reminder)

    def _snooze(self, reminder: Reminder, until: dt.datetime) -> None:
        if self.center.snooze([reminder], until, self.window_):
            self._forget(reminder)

    def _show_list(self) -> None:
        self.hide()
        self.center.show_list()

    def _place(self) -> None:
        """The bottom right of the screen the window is on."""
        screen = self.window_.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.adjustSize()
        self.move(QPoint(area.right() - self.width() - 16, area.bottom() - self.height() - 16))
