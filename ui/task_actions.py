"""Ticking a task done or not done, the same from a list and from a timeline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tracker.errors import BeaconError
from tracker.services import activities

from ui.context import AppContext
from ui.errors import show_error


def set_task_done(parent: QWidget, context: AppContext, activity_id: int, version: int,
                  done: bool) -> bool:
    """Save the tick (undoable); on a problem say so over `parent` and return False."""
    label = (QCoreApplication.translate("TaskActions", "Mark done") if done
             else QCoreApplication.translate("TaskActions", "Mark not done"))
    try:
        context.run(activities.complete_activity, activity_id, version, done, undo_label=label)
    except BeaconError as error:
        show_error(parent, QCoreApplication.translate("TaskActions", "Could not change the task"),
                   error)
        return False
    return True
