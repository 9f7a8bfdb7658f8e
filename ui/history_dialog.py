"""What File > Import history and Edit > Merge history share: past operations newest
first in a read-only table (or a hint when there are none), a button that undoes the
chosen one, and the reason shown under the table when it cannot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.tables import read_only_table

MUTED = QColor("#9ca3af")  # an undone operation's row


class HistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)

    def build(self, *, title: str, intro: str, headers: list[str], stretch: int, empty: str,
              undo: str) -> None:
        """Lay the dialog out, in the subclass's words (its own tr() context)."""
        name = self.objectName()
        self.setWindowTitle(title)
        self.setMinimumSize(980, 420)
        self.rows_layout = QVBoxLayout(self)
        explanation = QLabel(intro)
        explanation.setWordWrap(True)
        self.rows_layout.addWidget(explanation)
        self.table = read_only_table(headers, stretch)
        self.table.setObjectName(f"{name}Table")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.rows_layout.addWidget(self.table, 1)
        self.empty = QLabel(empty)
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rows_layout.addWidget(self.empty)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.rows_layout.addWidget(self.message)
        self.buttons = QHBoxLayout()
        self.undo_button = QPushButton(undo)
        self.undo_button.setObjectName("dangerButton")
        self.undo_button.clicked.connect(self.undo_chosen)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.buttons.addWidget(self.undo_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(close)
        self.rows_layout.addLayout(self.buttons)

    def show_rows(self, count: int, chosen_row: int | None) -> None:
        """After the table is filled: it or the hint, the chosen row (else the newest)."""
        self.table.setVisible(bool(count))
        self.empty.setVisible(not count)
        self.table.selectRow(chosen_row if chosen_row is not None else 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def undo_chosen(self) -> bool:
        raise NotImplementedError
