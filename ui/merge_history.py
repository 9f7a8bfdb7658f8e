"""Edit > Merge history…: every merge of two records into one (when, who, which record
went into which) and "Undo this merge", which puts both records and every link back, or
says why it cannot (a record changed again since)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from tracker.errors import BeaconError
from tracker.identity.merge import merge_history, merge_operation, undo_merge

from ui.context import AppContext
from ui.history_dialog import MUTED, HistoryDialog
from ui.labels import entity_plural
from ui.list_model import local_time
from ui.messages import error_message


class MergeHistoryDialog(HistoryDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, "mergeHistory")
        self.context = context
        self.merges: list[dict[str, Any]] = []
        self.build(
            title=self.tr("Merge history"),
            intro=self.tr("Every merge of two records into one. Undoing a merge puts both "
                          "records and every link back, unless they were changed since."),
            headers=[self.tr("When"), self.tr("By"), self.tr("Record type"),
                     self.tr("Merged away"), self.tr("Into"), self.tr("State")], stretch=4,
            empty=self.tr("No records were merged in this database yet. Edit > Find "
                          "duplicates… lists records that may be one."),
            undo=self.tr("Undo this merge"))
        self.reload()

    def reload(self) -> None:
        chosen = self.chosen()
        self.merges = merge_history()
        self.table.setRowCount(len(self.merges))
        for row, entry in enumerate(self.merges):
            state = (self.tr("Undone %1").replace("%1", local_time(entry["undone_at"]))
                     if entry["undone_at"] else self.tr("In effect"))
            cells = (local_time(entry["at"]), entry["user"], entity_plural(entry["entity"]),
                     entry["other_label"], entry["survivor_label"], state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry["undone_at"]:
                    item.setForeground(QBrush(MUTED))
                if column in (3, 4):
                    item.setToolTip(entry["other" if column == 3 else "survivor"])
                if column == 0:
                    item.setToolTip(entry["merge"])
                self.table.setItem(row, column, item)
        rows = [r for r, e in enumerate(self.merges) if chosen and e["merge"] == chosen["merge"]]
        self.show_rows(len(self.merges), rows[0] if rows else None)

    def chosen(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.merges[row] if 0 <= row < len(self.merges) else None

    def _update_buttons(self) -> None:
        entry = self.chosen()
        self.undo_button.setEnabled(entry is not None and not entry["undone_at"])
        self.message.hide()

    def undo_chosen(self) -> bool:
        entry = self.chosen()
        if entry is None or entry["undone_at"]:
            return False
        operation = merge_operation(entry["merge"])
        try:
            self.context.run(undo_merge, entry["merge"])
        except BeaconError as error:
            self.message.setText(self.tr("The merge cannot be undone: %1").replace(
                "%1", error_message(error)))
            self.message.show()
            return False
        if operation:
            self.context.undo.discard(operation)  # Ctrl+Z would find it undone already
        self.reload()
        return True
