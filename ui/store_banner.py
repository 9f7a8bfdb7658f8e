"""The line above the pages that says what state the data is in: read-only, recovered from
a backup after damage, restored, today's backup not made (a full disk), or damage that
today's backup found (ui/daily_backup.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tracker import backups
from tracker.storage import Store

from ui.messages import error_message


class StoreBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeBanner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_state(self, store: Store) -> None:
        """What the user must know about the store as it was opened."""
        lines = []
        if store.read_only == "file":
            lines.append(self.tr("Read-only: Beacon cannot write to this database file, so you "
                                 "can look but not change anything. To work on it, copy it to a "
                                 "folder you can write to and open the copy."))
        elif store.read_only == "folder":
            lines.append(self.tr("Read-only: Beacon cannot write in the folder this database is "
                                 "in, so you can look but not change anything. To work on it, "
                                 "copy it to a folder you can write to and open the copy."))
        if store.recovered is not None:
            done = store.recovered
            lines.append(self.tr("The database was damaged. Beacon moved it to %1 and put back "
                                 "the backup of %2: changes made after that are only in the "
                                 "damaged file.")
                         .replace("%1", str(done.moved_aside))
                         .replace("%2", done.backup.created_at.strftime("%Y-%m-%d %H:%M")))
        if store.backup_problem is not None and store.backup_problem.kind == "damaged":
            lines.append(self._damage_found(store))
        elif store.backup_problem is not None:
            lines.append(self.tr("Today's backup was not made: %1")
                         .replace("%1", error_message(store.backup_problem)))
        self.setProperty("level", "warning" if store.read_only or store.backup_problem
                         or store.recovered else "")
        self._show(lines)

    def _damage_found(self, store: Store) -> str:
        """Today's backup read the whole file and found it damaged: what to do, and what
        each step keeps (the damaged file is never deleted)."""
        found = self.tr("The database is damaged: Beacon found it while making today's "
                        "backup, so no backup was made.")
        newest = next(iter(backups.listing(store)), None)
        found += "" if found.endswith("。") else " "  # Chinese sentences run on, no space
        if newest is None:
            return found + self.tr(
                "There is no earlier backup to go back to. Keep this file (do not delete "
                "or replace it); File > Export… saves what can still be read.")
        return found + self.tr(
            "To go back to the newest good copy (%1), choose it under File > Backups… and "
            "click Restore…: Beacon keeps the damaged file beside the database, and changes "
            "made after %1 (and any made now) stay only in that file.").replace(
                "%1", newest.created_at.strftime("%Y-%m-%d %H:%M"))

    def show_restored(self, when: str, kept: str) -> None:
        self.setProperty("level", "info")
        text = self.tr("Restored the backup of %1.").replace("%1", when)
        if kept:
            text += " " + self.tr("What was there before is kept as %1.").replace("%1", kept)
        self._show([text])

    def _show(self, lines: list[str]) -> None:
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
        self.style().unpolish(self)
        self.style().polish(self)
