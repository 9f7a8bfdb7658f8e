"""File > Copy records from a database file…: move a laptop's records to the team server
(tracker.team.push), then say what arrived; lists and the board show the new records."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tracker.errors import BeaconError
from tracker.storage import default_db_path
from tracker.team.push import push

from ui.context import AppContext
from ui.errors import show_error
from ui.labels import entity_plural


def choose_and_push(parent: QWidget, context: AppContext) -> QMessageBox | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, parent.tr("Copy records from a database file"), str(default_db_path()),
        parent.tr("Beacon database (*.sqlite3);;All files (*)"))
    return push_file(parent, context, path) if path else None


def push_file(parent: QWidget, context: AppContext, path: str) -> QMessageBox:
    """Copy the file's records the server lacks; a message says what arrived."""
    try:
        report = push(path, context.store)
    except BeaconError as error:
        return show_error(parent, parent.tr("Could not copy the records"), error)
    context.bus.publish(report.changes)
    box = QMessageBox(parent)
    box.setObjectName("pushReport")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(parent.tr("Records copied to the team server"))
    added = ", ".join(f"{entity_plural(entity)} {count}" for entity, count in
                      report.added.items())
    box.setText(parent.tr("Copied to %1: %2.").replace("%1", report.target).replace(
        "%2", added or parent.tr("nothing new")))
    box.setInformativeText(parent.tr(
        "%1 history entries came with them. Records the server already had (%2) were left "
        "as they are there.").replace("%1", str(report.history)).replace(
        "%2", str(sum(report.already.values()))))
    box.open()
    return box
