"""Beside the quick log's form: "already in Beacon?" while a person is being typed.

Shows the contacts tracker.identity finds with its reasons; for the one chosen, the
values that differ from what was typed, each with a choice; and the two ways on:
"It's them: update" and "Someone else: log as new". The panel holds no rules: the
candidates, reasons and conflicts come from tracker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.identity import Candidate
from tracker.identity.absorb import Absorption

from ui.labels import column_title
from ui.messages import shown


class SamePersonPanel(QFrame):
    """Candidates and the person's choice; emits what they chose."""

    update_chosen = Signal(int, dict)  # contact id, {field: "typed" | "stored"}
    new_chosen = Signal()
    candidate_changed = Signal(int)  # the owner answers with show_absorption
    organization_chosen = Signal(int)  # an organization Beacon has, for the one typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("samePersonPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.candidates: list[Candidate] = []
        self._choices: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self.title = QLabel(self.tr("Already in Beacon?"))
        self.title.setObjectName("sectionTitle")
        layout.addWidget(self.title)
        self.people_box = QVBoxLayout()
        self.people_box.setSpacing(2)
        layout.addLayout(self.people_box)
        self.people_group = QButtonGroup(self)
        self.people_group.idClicked.connect(self._candidate_clicked)
        self.conflicts_box = QGridLayout()
        self.conflicts_box.setHorizontalSpacing(0)
        self.conflicts_box.setColumnMinimumWidth(0, 16)  # the choices under their field
        self.conflicts_box.setColumnStretch(1, 1)
        self.conflicts_box.setVerticalSpacing(2)
        layout.addLayout(self.conflicts_box)
        self.adds_label = QLabel()
        self.adds_label.setObjectName("emptyHint")
        self.adds_label.setWordWrap(True)
        layout.addWidget(self.adds_label)
        buttons = QHBoxLayout()
        self.same_button = QPushButton(self.tr("&It's them: update"))
        self.same_button.setObjectName("primaryButton")
        self.same_button.clicked.connect(self._update_clicked)
        self.new_button = QPushButton(self.tr("Someone &else: log as new"))
        self.new_button.clicked.connect(self.new_chosen)
        for button in (self.same_button, self.new_button):
            button.setAutoDefault(True)  # Enter presses the one that has the focus
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.organization_label = QLabel()
        self.organization_label.setObjectName("emptyHint")
        self.organization_label.setWordWrap(True)
        layout.addWidget(self.organization_label)
        self.organization_button = QPushButton()
        self.organization_button.setAutoDefault(True)
        self.organization_button.clicked.connect(
            lambda: self.organization_chosen.emit(self._organization_id))
        layout.addWidget(self.organization_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._organization_id = 0
        self.show_candidates([])
        self.show_organization(None)

    # --- people ------------------------------------------------------------------------

    @property
    def has_candidates(self) -> bool:
        return bool(self.candidates)

    def chosen_id(self) -> int | None:
        index = self.people_group.checkedId()
        return self.candidates[index].record_id if 0 <= index < len(self.candidates) else None

    def show_candidates(self, candidates: list[Candidate]) -> None:
        previous = self.chosen_id()
        self.candidates = candidates
        for button in self.people_group.buttons():
            self.people_group.removeButton(button)
        _clear(self.people_box)
        for index, candidate in enumerate(candidates):
            radio = QRadioButton(candidate.label.replace("&", "&&"))  # not a mnemonic
            radio.setObjectName("samePersonCandidate")
            self.people_group.addButton(radio, index)
            reasons = QLabel(self.tr(", ").join(shown(r.text) for r in candidate.reasons))
            reasons.setObjectName("candidateReasons")  # no padding: see style.qss
            reasons.setWordWrap(True)
            reasons.setContentsMargins(22, 0, 0, 4)
            self.people_box.addWidget(radio)
            self.people_box.addWidget(reasons)
            if candidate.record_id == previous or (index == 0 and previous not in {
                    c.record_id for c in candidates}):
                radio.setChecked(True)
        for widget in (self.title, self.same_button, self.new_button, self.adds_label):
            widget.setVisible(bool(candidates))
        if not candidates:
            self.show_absorption(None)
        self._update_visibility()

    def _candidate_clicked(self, index: int) -> None:
        self.candidate_changed.emit(self.candidates[index].record_id)

    def show_absorption(self, absorption: Absorption | None) -> None:
        """What "it's them" would do for the chosen candidate: a choice per conflict."""
        self._choices = {}
        _clear(self.conflicts_box)
        if absorption is None:
            self.adds_label.clear()
            return
        for row, conflict in enumerate(absorption.conflicts):
            title = QLabel(self.tr("%1 differs:").replace(
                "%1", column_title(conflict.field, "contact")))
            title.setObjectName("fieldLabel")
            group = QButtonGroup(self)
            typed = QRadioButton(self.tr("%1 (typed)").replace(
                "%1", conflict.typed_text.replace("&", "&&")))
            stored = QRadioButton(self.tr("%1 (in Beacon)").replace(
                "%1", conflict.stored_text.replace("&", "&&")))
            group.addButton(typed, 0)
            group.addButton(stored, 1)
            is_name = conflict.field in ("name", "name_zh")
            (stored if is_name else typed).setChecked(True)
            tip = (self.tr("The other spelling is kept as another name.") if is_name else
                   self.tr("A value typed but not taken is kept in the note."))
            for radio in (typed, stored):
                radio.setToolTip(tip)
            self.conflicts_box.addWidget(title, 3 * row, 0, 1, 2)
            self.conflicts_box.addWidget(typed, 3 * row + 1, 1)
            self.conflicts_box.addWidget(stored, 3 * row + 2, 1)
            self._choices[conflict.field] = group
        adds = [f"{column_title(k, 'contact')}: {v}" for k, v in absorption.fills.items()
                if k != "organization"]
        adds += [f"{column_title(k, 'contact')}: {', '.join(v)}"
                 for k, v in absorption.added.items()]
        self.adds_label.setText(self.tr("Adds %1").replace("%1", "; ".join(adds))
                                if adds else "")

    def choices(self) -> dict[str, str]:
        return {name: "typed" if group.checkedId() == 0 else "stored"
                for name, group in self._choices.items()}

    def _update_clicked(self) -> None:
        chosen = self.chosen_id()
        if chosen is not None:
            self.update_chosen.emit(chosen, self.choices())

    def focus_choice(self) -> None:
        self.same_button.setFocus()

    # --- the organization typed --------------------------------------------------------

    def show_organization(self, candidate: Candidate | None) -> None:
        """A near organization Beacon has for the name typed (never taken silently)."""
        self._organization_id = 0 if candidate is None else candidate.record_id
        if candidate is not None:
            self.organization_label.setText(
                self.tr("%1 is in Beacon (%2).").replace("%1", candidate.label)
                .replace("%2", self.tr(", ").join(shown(r.text) for r in candidate.reasons)))
            self.organization_button.setText(self.tr("&Use %1").replace(
                "%1", candidate.label.replace("&", "&&")))
        self.organization_label.setVisible(candidate is not None)
        self.organization_button.setVisible(candidate is not None)
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(bool(self.candidates) or bool(self._organization_id))


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
