"""File > Import history…: every import batch (file, when, who, what it created and
changed), and "Undo this import" with the reason when it cannot be undone. When a merge
since then holds the batch's records, "Undo the merge" takes that merge back first (newest
first), after which the import can be undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import BeaconError, UndoRefused
from tracker.excel.batches import undo_import
from tracker.excel.history import BatchSummary, import_history
from tracker.identity.merge import merge_operation, undo_merge

from ui.context import AppContext
from ui.labels import entity_plural
from ui.list_model import local_time
from ui.messages import error_message, number
from ui.tables import read_only_table

MUTED = QColor("#9ca3af")


class ImportHistoryDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("importHistory")
        self.setWindowTitle(self.tr("Import history"))
        self.setMinimumSize(980, 420)
        self.batches: list[BatchSummary] = []
        self.blocking_merges: list[str] = []  # merges the chosen import waits on, newest first
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every import is one batch: undoing it deletes what it created "
                               "and puts back what it changed, unless those records were "
                               "edited since."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        headers = [self.tr("When"), self.tr("File"), self.tr("Records"), self.tr("By"),
                   self.tr("Created"), self.tr("Updated"), self.tr("Skipped"),
                   self.tr("Errors"), self.tr("State")]
        self.table = read_only_table(headers, 1)
        self.table.setObjectName("importHistoryTable")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nothing was imported into this database yet. File > "
                                    "Import… brings in workbooks and vCards."))
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.note = QLabel()  # what was done, when it is not a problem
        self.note.setObjectName("emptyHint")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setObjectName("dangerButton")
        self.undo_button.clicked.connect(self.undo_chosen)
        self.undo_merge_button = QPushButton(self.tr("Undo the merge"))
        self.undo_merge_button.clicked.connect(self.undo_blocking_merges)
        self.undo_merge_button.hide()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.undo_merge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        chosen = self.chosen()
        self.batches = import_history()
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            state = (self.tr("Undone %1").replace("%1", local_time(batch.undone_at))
                     if batch.undone_at else self.tr("In the data"))
            cells = (local_time(batch.created_at), batch.file_name,
                     entity_plural(batch.entity), batch.created_by, number(batch.created),
                     number(batch.updated), number(batch.skipped), number(batch.errors), state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 4 <= column <= 7:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if batch.undone:
                    item.setForeground(QBrush(MUTED))
                if column == 1:
                    item.setToolTip(f"{batch.file_name}\n{batch.uid}")
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.batches))
        self.empty.setVisible(not self.batches)
        rows = [r for r, b in enumerate(self.batches) if chosen and b.uid == chosen.uid]
        self.table.selectRow(rows[0] if rows else 0)
        self._update_buttons()

    def chosen(self) -> BatchSummary | None:
        row = self.table.currentRow()
        return self.batches[row] if 0 <= row < len(self.batches) else None

    def _update_buttons(self) -> None:
        batch = self.chosen()
        self.undo_button.setEnabled(batch is not None and not batch.undone)
        self._clear_message()  # a message was about the batch chosen before

    def undo_chosen(self) -> bool:
        batch = self.chosen()
        if batch is None or batch.undone:
            return False
        try:
            self.context.run(undo_import, batch.uid)
        except BeaconError as error:
            self.message.setText(self.tr("“%1” cannot be undone: %2").replace(
                "%1", batch.file_name).replace("%2", error_message(error)))
            self.message.show()
            self.note.hide()
            self.blocking_merges = error.merges if isinstance(error, UndoRefused) else []
            self.undo_merge_button.setText(self.tr("Undo the merge") if len(
                self.blocking_merges) < 2 else self.tr("Undo %n merge(s)", "",
                                                       len(self.blocking_merges)))
            self.undo_merge_button.setVisible(bool(self.blocking_merges))
            return False
        self.context.undo.discard(batch.uid)
        self._clear_message()
        self.reload()
        return True

    def undo_blocking_merges(self) -> bool:
        """Take back the merges the chosen import waits on, newest first; the import can
        then be undone with its own button (two decisions, two clicks)."""
        for merge in self.blocking_merges:
            operation = merge_operation(merge)
            try:
                self.context.run(undo_merge, merge)
            except BeaconError as error:
                self.message.setText(self.tr("The merge cannot be undone: %1").replace(
                    "%1", error_message(error)))
                self.undo_merge_button.hide()
                return False
            if operation:
                self.context.undo.discard(operation)
        self._clear_message()
        batch = self.chosen()
        self.note.setText(self.tr("The merge was undone: both records are back. “%1” can be "
                                  "undone now.").replace("%1", batch.file_name if batch else ""))
        self.note.show()
        return True

    def _clear_message(self) -> None:
        self.blocking_merges = []
        self.undo_merge_button.hide()
        self.message.hide()
        self.note.hide()
