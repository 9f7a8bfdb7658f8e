"""Under a New contact / New organization form: who or what Beacon already has that the
record being typed may be (tracker.identity), with a way to open it instead. Creating
it anyway stays the person's choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from tracker.identity import (
    Candidate,
    CompanyProbe,
    PersonProbe,
    contact_candidates,
    organization_candidates,
    warm_up,
)

from ui.messages import shown


class DuplicateHint(QFrame):
    open_requested = Signal(int)  # the existing record to open instead

    def __init__(self, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.setObjectName("duplicateHint")
        self.candidates: list[Candidate] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.text = QLabel()
        self.text.setObjectName("formError")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.open_button = QPushButton()
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(
            lambda: self.open_requested.emit(self.candidates[0].record_id))
        layout.addWidget(self.open_button)
        self.hide()
        QTimer.singleShot(0, warm_up)  # the first key's check then needs no loading

    def look_up(self, values: dict[str, Any]) -> None:
        """Show what Beacon has for these form values (contact or organization fields)."""
        if self.entity == "contact":
            found = contact_candidates(PersonProbe.from_values(values), limit=3)
        else:
            found = organization_candidates(CompanyProbe.from_values(values), limit=3)
        self.candidates = found
        if not found:
            self.hide()
            return
        lines = [f"{c.label} — {self.tr(', ').join(shown(r.text) for r in c.reasons)}"
                 for c in found]
        self.text.setText(self.tr("Already in Beacon? %1").replace("%1", "\n".join(lines)))
        self.open_button.setText(self.tr("&Open %1 instead").replace(
            "%1", found[0].label.replace("&", "&&")))
        self.show()
