"""A record's timeline: quick add of a note, call, meeting, email, WeChat or task; done boxes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.details import TimelineEntry
from tracker.models import ACTIVITY_KINDS

from ui.labels import code_word


def _local(stamp: dt.datetime) -> str:
    return stamp.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class TimelineEntryRow(QFrame):
    done_toggled = Signal(int, int, bool)  # activity id, version, done

    def __init__(self, entry: TimelineEntry, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("timelineEntry")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(8)
        badge = QLabel(code_word(entry.kind))
        badge.setObjectName("kindBadge")
        badge.setProperty("kind", entry.kind)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setFixedWidth(72)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        headline = entry.subject or entry.body.split("\n", 1)[0]
        title = QLabel(headline)
        title.setWordWrap(True)
        title.setObjectName("timelineTitle")
        if entry.done:
            title.setProperty("done", True)
        text.addWidget(title)
        if entry.body and entry.body != headline:
            body = QLabel(entry.body)
            body.setWordWrap(True)
            body.setObjectName("timelineBody")
            text.addWidget(body)
        when = QLabel(self._when(entry, today))
        when.setObjectName("timelineWhen")
        if entry.kind == "task" and not entry.done and entry.due_on and entry.due_on < today:
            when.setProperty("overdue", True)
        text.addWidget(when)
        layout.addLayout(text, 1)
        if entry.kind == "task" or entry.due_on is not None:
            self.done_box = QCheckBox(self.tr("Done"))
            self.done_box.setChecked(entry.done)
            self.done_box.toggled.connect(
                lambda done: self.done_toggled.emit(entry.id, entry.version, done))
            layout.addWidget(self.done_box, 0, Qt.AlignmentFlag.AlignTop)

    def _when(self, entry: TimelineEntry, today: dt.date) -> str:
        if entry.due_on is not None and not entry.done:
            if entry.due_on < today:
                return self.tr("Overdue since %1").replace("%1", entry.due_on.isoformat())
            if entry.due_on == today:
                return self.tr("Due today")
            return self.tr("Due %1").replace("%1", entry.due_on.isoformat())
        return _local(entry.at)


class TimelineView(QWidget):
    """Quick add on top, then entries: open tasks first, the rest newest first."""

    add_requested = Signal(str, str, object)  # kind, text, due date (dt.date or None)
    done_toggled = Signal(int, int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        add_row = QHBoxLayout()
        add_row.setSpacing(6)
        self.kind_box = QComboBox()
        for kind in ACTIVITY_KINDS:
            self.kind_box.addItem(code_word(kind), kind)
        self.kind_box.setToolTip(self.tr("What kind of activity"))
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Log a note, call, meeting… and press Enter"))
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setDate(QDate.currentDate().addDays(1))
        self.due_edit.setToolTip(self.tr("Due date of the task"))
        self.due_edit.setVisible(False)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addActivity")
        add_row.addWidget(self.kind_box)
        add_row.addWidget(self.text_edit, 1)
        add_row.addWidget(self.due_edit)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self._entries = QVBoxLayout()
        self._entries.setSpacing(4)
        layout.addLayout(self._entries)
        self.empty_label = QLabel(self.tr("Nothing logged yet. Notes, calls and tasks you add "
                                          "appear here."))
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.rows: list[TimelineEntryRow] = []
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.text_edit.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self.due_edit.installEventFilter(self)  # Enter in the date box adds the task too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.due_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._add()
            return True
        return super().eventFilter(watched, event)

    def _kind_changed(self) -> None:
        is_task = self.kind_box.currentData() == "task"
        self.due_edit.setVisible(is_task)
        self.text_edit.setPlaceholderText(
            self.tr("What needs doing, and by when") if is_task
            else self.tr("Log a note, call, meeting… and press Enter"))

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))

    def _add(self) -> None:
        text = self.text_edit.text().strip()
        if not text:
            self.error_label.setText(self.tr("Type what happened first."))
            self.error_label.show()
            self.text_edit.setFocus()
            return
        self.error_label.hide()
        kind = str(self.kind_box.currentData())
        due = self.due_edit.date().toPython() if kind == "task" else None
        self.add_requested.emit(kind, text, due)

    def added(self) -> None:
        """The activity was saved: clear the line for the next one."""
        self.text_edit.clear()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        for row in self.rows:
            self._entries.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        today = dt.date.today()
        for entry in entries:
            row = TimelineEntryRow(entry, today)
            row.done_toggled.connect(self.done_toggled)
            self._entries.addWidget(row)
            self.rows.append(row)
        self.empty_label.setVisible(not entries)
