"""Typed errors from tracker shown as messages a person can act on (never a traceback)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.errors import BeaconError, StorageUnavailable

from ui.messages import error_message, shown


def error_text(error: BeaconError) -> tuple[str, str]:
    """(what went wrong, what to do) for a message box."""
    if isinstance(error, StorageUnavailable):
        hint = shown(error.hint) if error.hint else QCoreApplication.translate(
            "Errors", "Your edit is still in the form; try again when it is fixed.")
        reason = shown(error.reason)
        stop = "." if reason[-1:].isascii() else "。"  # a Chinese reason ends with 。
        return reason[:1].upper() + reason[1:] + stop, hint + "\n\n" + error.path
    return error_message(error), QCoreApplication.translate("Errors",
                                                            "Your edit is still in the form.")


def show_error(parent: QWidget, title: str, error: BeaconError) -> QMessageBox:
    """A window-modal message that does not block the event loop (tests can press its button)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    text, hint = error_text(error)
    box.setText(text)
    box.setInformativeText(hint)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    parent.setProperty("lastErrorText", text)
    box.open()
    return box
