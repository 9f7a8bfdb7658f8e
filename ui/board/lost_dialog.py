"""Asks why a deal was lost: a reason is required (it feeds the win/loss review)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class LostReasonDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as lost"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Why was <b>%1</b> lost?").replace("%1", html.escape(title)),
                         self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItems(["", self.tr("Went with a competitor"), self.tr("No budget"),
                              self.tr("Timing: project on hold"), self.tr("No response"),
                              self.tr("Regulatory obstacle"), self.tr("Terms not agreed")])
        self.reason.setCurrentIndex(0)
        line_edit = self.reason.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Pick or type a reason"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark as lost"))
        ok.setEnabled(False)
        self.reason.currentTextChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def reason_text(self) -> str:
        return self.reason.currentText().strip()
