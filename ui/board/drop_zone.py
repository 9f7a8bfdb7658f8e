"""The Won and Lost targets under the board: drop a card on one to close the deal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.board.drop_target import CardDropTarget


class DropZone(CardDropTarget, QFrame):
    card_dropped = Signal(int, int)  # opportunity id, version seen

    def __init__(self, kind: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}Zone")
        self.setProperty("zone", kind)
        self.setAcceptDrops(True)
        self.setMinimumHeight(44)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel(text, self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)

    def card_drop(self, payload: dict[str, int]) -> None:
        self.card_dropped.emit(payload["id"], payload["version"])
