"""The reminders for `beacon screenshots`: the notification over the window, and the list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from tracker.queries import ListQuery
from tracker.services import records
from tracker.services.activities import add_activity
from tracker.services.context import today

from ui.context import AppContext
from ui.picture import over_window, settle


def demo_reminders(context: AppContext) -> None:
    """Made-up tasks and a next step, in the scratch database only (the article has none)."""
    day = today()
    deals = ListQuery("opportunity").ids(limit=2)
    if deals:
        context.run(records.update, "opportunity", deals[0], None,
                    {"next_step": "Send the mutual CDA to the BD team",
                     "next_step_due": day - dt.timedelta(days=2)})
    for subject, days, link in (
            ("Call Dr Wang about the IIT site list", 1, {"opportunity": deals[-1]} if deals
             else {}),
            ("Book meetings for BIO China", 0, {}),
            ("Prepare the Juventas site-visit agenda", -3, {"opportunity": deals[0]} if deals
             else {})):
        context.run(add_activity, "task", subject=subject,
                    due_on=day - dt.timedelta(days=days), **link)


def reminder_screenshots(window: Any) -> list[tuple[str, QPixmap]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    center = window.reminders
    center.check()
    shots: list[tuple[str, QPixmap]] = []
    toast = center.toast
    if toast is not None and toast.isVisible():
        settle(app)
        picture = window.grab()
        painter = QPainter(picture)
        top = toast.grab()
        painter.drawPixmap(QPoint(picture.width() - top.width() - 16,
                                  picture.height() - top.height() - 40), top)
        painter.end()
        shots.append(("reminder_notification", picture))
        toast.hide()
    dialog = window.open_reminders()
    dialog.ahead.setChecked(True)
    shots.append(("reminders", over_window(window, dialog)))
    dialog.close()
    return shots
