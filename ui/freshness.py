"""A page that is not on screen when data changes does not reload then: it marks itself
stale and refreshes when it is shown (with colleagues' changes arriving live, eager
reloads of every hidden page would not scale)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class StaleWhileHidden(QObject):
    def __init__(self, page: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self.stale = False
        page.installEventFilter(self)

    def now(self) -> bool:
        """Call on a change the page shows: True if it is on screen (refresh now); else it
        is marked stale and refreshes when shown."""
        if self._page.isVisible():
            return True
        self.stale = True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
