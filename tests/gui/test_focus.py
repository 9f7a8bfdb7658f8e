"""After any dialog closes, the keyboard is back in the main window: Ctrl+Z works at once."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tracker.models import Organization

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def test_after_a_confirmation_and_a_dialog_ctrl_z_works_without_a_click(window, qtbot
                                                                        ) -> None:
    page = window.show_page("organizations")
    page.table.setFocus()
    first = page.current_id()
    assert first is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.pending_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert Organization.get_by_id(first).deleted_at is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert Organization.get_by_id(first).deleted_at is None

    # A dialog closed with Escape (the import history), then Ctrl+Z on the next change.
    history = window.open_import_history()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is history)
    qtbot.keyClick(history, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
