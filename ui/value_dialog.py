"""Asking for one value: an editable drop-down of the values already in use (an owner, a
tag, a saved view's name), with OK and Cancel. Opened with open(); `chosen` says what."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class ValueDialog(QDialog):
    """One value for every chosen record: an editable list of the values already in use."""

    chosen = Signal(str)

    def __init__(self, title: str, prompt: str, choices: list[str],
                 parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.box = QComboBox()
        self.box.setEditable(True)
        self.box.addItems(choices)
        self.box.setCurrentIndex(-1)
        self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if text:
            self.box.setEditText(text)
        layout.addWidget(self.box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.accepted.connect(lambda: self.chosen.emit(self.box.currentText().strip()))
