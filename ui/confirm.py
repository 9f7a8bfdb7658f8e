"""A window-modal question with one action and Cancel (the default): restore a backup,
erase a person. The action runs when its button is clicked; the box is returned so
tests click it as a person would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, icon: QMessageBox.Icon, title: str, question: str, detail: str,
        action: str, role: QMessageBox.ButtonRole, then: Callable[[], object]) -> QMessageBox:
    box = QMessageBox(icon, title, question, parent=parent)
    box.setInformativeText(detail)
    button = box.addButton(action, role)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda clicked: then() if clicked is button else None)
    box.open()
    return box
