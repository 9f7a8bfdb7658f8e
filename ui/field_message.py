"""The message under a field: as tall as its wrapped text needs, so it never squeezes the
field above it or gets cut off; and when the user starts correcting the field, it empties
but keeps its room until the next save, so nothing moves under the mouse."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FieldMessage(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.show()
        self._fit()

    def fade(self) -> None:
        """The field is being corrected: no message, same room (nothing below moves)."""
        if self.isVisible() and self.text():
            self.setMinimumHeight(self.height())
            self.setText("")

    def collapse(self) -> None:
        self.setText("")
        self.setMinimumHeight(0)
        self.hide()

    def _fit(self) -> None:
        if not self.text():
            return
        width = self.width() if self.width() > 40 else max(self.sizeHint().width(), 200)
        needed = self.heightForWidth(width)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def hasHeightForWidth(self) -> bool:  # noqa: N802  (Qt override)
        """Its height is a plain minimum (set by _fit at each width): form layouts that
        trade heights for widths squeezed the fields above messages (a phone field 22 px
        high, its message cut off)."""
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
