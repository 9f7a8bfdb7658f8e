"""The line above the pages that says what state the data is in: read-only, recovered from
a backup after damage, restored, or today's backup not made (a full disk)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

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
        if store.backup_problem is not None:
            lines.append(self.tr("Today's backup was not made: %1")
                         .replace("%1", error_message(store.backup_problem)))
        self.setProperty("level", "warning" if store.read_only or store.backup_problem
                         or store.recovered else "")
        self._show(lines)

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
