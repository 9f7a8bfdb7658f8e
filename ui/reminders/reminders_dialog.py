"""Every reminder that is due (or soon due), with Done, Snooze and Open for the chosen ones."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker import reminders
from tracker.reminders import Reminder
from tracker.services.context import Changes, utcnow

from ui.reminders.center import ReminderCenter
from ui.reminders.wording import due_text, kind_text, snooze_choices, snoozed_text
from ui.tables import read_only_table

LATE = QColor("#b91c1c")
AHEAD_DAYS = 7
RELEVANT = frozenset({"activity", "opportunity"})


class RemindersDialog(QDialog):
    def __init__(self, center: ReminderCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.center = center
        self.setObjectName("remindersDialog")
        self.setWindowTitle(self.tr("Reminders"))
        self.setMinimumSize(900, 440)
        self.resize(1000, 520)
        self.shown: list[Reminder] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        top.addWidget(self.summary, 1)
        self.ahead = QCheckBox(self.tr("Also the next %1 days").replace("%1", str(AHEAD_DAYS)))
        self.ahead.toggled.connect(self.reload)
        top.addWidget(self.ahead)
        layout.addLayout(top)
        headers = [self.tr("Due"), self.tr("When"), self.tr("What"), self.tr("Kind"),
                   self.tr("About"), self.tr("Owner"), self.tr("Snoozed")]
        self.table = read_only_table(headers, 2, many=True)
        self.table.setObjectName("remindersTable")
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open_row(row))
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nothing is due. Tasks with a due date and deals' next "
                                    "steps show here when their day comes."))
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("primaryButton")
        self.done_button.setToolTip(self.tr("Tick the chosen tasks done (Ctrl+D); Ctrl+Z "
                                            "undoes"))
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentRow()))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.done_button, self.snooze_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.mark_done)
        center.changed.connect(self.reload)
        center.announced.connect(lambda *_: self.reload())
        center.context.bus.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        chosen = {r.key for r in self.chosen()}
        now = utcnow()
        self.shown = reminders.agenda(days_ahead=AHEAD_DAYS if self.ahead.isChecked() else 0)
        self.table.setRowCount(len(self.shown))
        for row, reminder in enumerate(self.shown):
            cells = (reminder.due_on.isoformat(), due_text(reminder), reminder.subject,
                     kind_text(reminder), reminder.related, reminder.owner,
                     snoozed_text(reminder, now))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 4) and text:
                    item.setToolTip(text)
                if column == 1 and reminder.overdue:
                    item.setForeground(QBrush(LATE))
                self.table.setItem(row, column, item)
        self.table.setColumnWidth(4, min(self.table.sizeHintForColumn(4), 280))
        for row, reminder in enumerate(self.shown):
            if reminder.key in chosen:
                self.table.selectRow(row)
        overdue = sum(1 for r in self.shown if r.overdue)
        due_today = sum(1 for r in self.shown if r.days_late == 0)
        self.summary.setText(self.tr("%1 overdue, %2 due today").replace(
            "%1", str(overdue)).replace("%2", str(due_today)))
        self.table.setVisible(bool(self.shown))
        self.empty.setVisible(not self.shown)
        self._update_buttons()

    def chosen(self) -> list[Reminder]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.shown[row] for row in rows if row < len(self.shown)]

    def _update_buttons(self) -> None:
        any_chosen = bool(self.chosen())
        for button in (self.done_button, self.snooze_button):
            button.setEnabled(any_chosen)
        self.open_button.setEnabled(len(self.chosen()) == 1)

    def mark_done(self) -> None:
        self.center.done(self.chosen(), self)

    def _fill_snooze_menu(self) -> None:
        self.snooze_menu.clear()
        for label, until in snooze_choices():
            self.snooze_menu.addAction(label).triggered.connect(
                lambda _c=False, u=until: self.snooze(u))

    def snooze(self, until: dt.datetime) -> None:
        self.center.snooze(self.chosen(), until, self)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            self.center.open(self.shown[row])

    def _on_changed(self, changes: Changes) -> None:
        if changes.entities() & RELEVANT and self.isVisible():
            self.reload()
