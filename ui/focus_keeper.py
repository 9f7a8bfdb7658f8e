"""Keyboard focus comes back to the main window whenever one of its dialogs closes, so
Ctrl+Z, Ctrl+Q and typing work at once, without a click (some platforms leave no window
active after a dialog closes, or activate another application's window).

When the main window loses the keyboard to one of its own dialogs (any dialog, opened by
the window, a page or another dialog), that dialog is watched; when it hides and none of
Beacon's dialogs is left open, the main window takes the keyboard back. Only the main
window's and its dialogs' own events pass through here.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class FocusKeeper(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._watched: set[int] = set()
        window.installEventFilter(self)

    def _belongs(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        return parent is not None and parent.window() in (self.window, *self._open_dialogs())

    def _open_dialogs(self) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible() and id(w) in self._watched]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowDeactivate:
            self._watch_active()  # the window that took the keyboard, if active already
            QTimer.singleShot(0, self, self._watch_active)  # or once the platform says which
        elif kind == QEvent.Type.Hide and watched is not self.window and isinstance(
                watched, QDialog) and watched.isWindow():
            QTimer.singleShot(0, self, self._give_back)
        return False

    def _watch_active(self) -> None:
        active = QApplication.activeWindow()
        if isinstance(active, QDialog) and id(active) not in self._watched and \
                self._belongs(active):
            key = id(active)
            self._watched.add(key)
            active.installEventFilter(self)
            active.destroyed.connect(lambda _o=None: self._watched.discard(key))

    def _give_back(self) -> None:
        if not shiboken6.isValid(self.window):
            return
        if not self.window.isVisible() or self.window.isMinimized() or self._open_dialogs():
            return
        if QApplication.activeWindow() is None or not QApplication.activeWindow().isVisible():
            self.window.activateWindow()


def bring_forward(window: QWidget) -> None:
    """Show the window in front with the keyboard (restored if it was minimized)."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
