"""Reminders in the window: the catch-up on start, Done and Snooze from the notification,
the reminders list with keys, and Ctrl+Z after a Done."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tracker import reminders
from tracker.models import Activity, Opportunity
from tracker.services import records
from tracker.services.activities import add_activity
from tracker.services.context import today, utcnow

from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def _task(subject: str, days_ago: int) -> int:
    return add_activity("task", subject=subject,
                        due_on=today() - dt.timedelta(days=days_ago)).first_created


def _button(widget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text
                and b.isVisible())


def test_tasks_that_fell_due_while_closed_are_announced_on_the_next_start(context, qtbot
                                                                          ) -> None:
    first = open_window(context, qtbot)
    qtbot.waitUntil(lambda: reminders.last_seen() is not None)
    first.close()
    # Beacon was closed three days ago; meanwhile three tasks fell due (one before closing
    # was already announced then).
    reminders.mark_seen(utcnow() - dt.timedelta(days=3))
    earlier = _task("Announced before closing", 5)
    reminders.mark_notified([r for r in reminders.agenda() if r.record_id == earlier])
    fell_due = [_task("Send the CDA to Juventas", 2), _task("Call Dr Wang", 1),
                _task("Book Bio-Europe", 0)]

    window = open_window(context, qtbot)
    qtbot.waitUntil(lambda: window.reminders.toast is not None
                    and window.reminders.toast.isVisible())
    toast = window.reminders.toast
    assert toast.headline.text() == "3 tasks became due while Beacon was closed"
    assert window.statusBar().currentMessage() == toast.headline.text()
    assert {r.record_id for r in toast.reminders} == set(fell_due)
    assert QApplication.activeWindow() is not toast  # the keyboard stays in the window

    # Done from the notification, with the mouse; Ctrl+Z in the window brings it back.
    first_row = toast.reminders[0]
    qtbot.mouseClick(_button(toast, "Done"), Qt.MouseButton.LeftButton)
    assert Activity.get_by_id(first_row.record_id).done
    assert first_row.key not in {r.key for r in toast.reminders}
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert not Activity.get_by_id(first_row.record_id).done

    # Snoozed from the notification: quiet for an hour, then announced again.
    second = toast.reminders[0]
    snooze = _button(toast, "Snooze")
    snooze.menu().actions()[0].trigger()  # "For 1 hour"
    assert second.key not in {r.key for r in toast.reminders}
    assert second.key not in {r.key for r in reminders.to_notify()}
    later = reminders.to_notify(utcnow() + dt.timedelta(minutes=61))
    assert second.key in {r.key for r in later}
    # Nothing else is announced again by the next minute's check.
    assert window.reminders.check() == []


def test_reminders_list_marks_chosen_reminders_done_with_keys(context, qtbot) -> None:
    deal = records.create("opportunity", {
        "title": "Juventas CDMO partnership", "next_step": "Send the CDA",
        "next_step_due": today() - dt.timedelta(days=1)}).first_created
    _task("Call Dr Wang", 0)
    window = open_window(context, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.reminders_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(r, 2).text() for r in range(2)] == ["Send the CDA", "Call Dr Wang"]
    assert table.item(0, 1).text() == "1 day late" and table.item(1, 1).text() == "Due today"
    assert dialog.summary.text() == "1 overdue, 1 due today"
    table.setFocus()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 2)).center())
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(dialog.chosen()) == 2
    qtbot.keyClick(table, Qt.Key.Key_D, CTRL)
    assert table.rowCount() == 0 and dialog.empty.isVisible()
    assert Opportunity.get_by_id(deal).next_step == ""
    # Both as one step: one Ctrl+Z brings both back.
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert {r.subject for r in reminders.agenda()} == {"Send the CDA", "Call Dr Wang"}
