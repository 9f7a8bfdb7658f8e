"""Drag handling shared by the stage columns and the Won/Lost zones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from ui.board.card_model import read_mime


def set_drop_highlight(widget: QWidget, on: bool) -> None:
    """Mark a drop target while a card hovers over it (styled by the `dropTarget` property)."""
    widget.setProperty("dropTarget", on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CardDropTarget:
    """Mixin for a QWidget that takes dropped cards: listed before the Qt class."""

    def accepted_card(self, event: QDragMoveEvent | QDropEvent) -> dict[str, int] | None:
        """The dragged card's payload if this target takes it."""
        return read_mime(event.mimeData())

    def card_drop(self, payload: dict[str, int]) -> None:
        raise NotImplementedError

    def _widget(self) -> QWidget:
        widget: Any = self
        return widget  # type: ignore[no-any-return]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.accepted_card(event) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            set_drop_highlight(self._widget(), True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.accepted_card(event) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        set_drop_highlight(self._widget(), False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        set_drop_highlight(self._widget(), False)
        payload = self.accepted_card(event)
        if payload is None:
            event.ignore()
            return
        # CopyAction tells the source view not to remove the row itself: the board
        # follows the database once the move is saved.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.card_drop(payload)
