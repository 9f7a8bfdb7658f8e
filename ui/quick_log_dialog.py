"""Log contacts met at a conference, one after another: type, Enter, next person.

Every save is one call of tracker.services.conferences.log_contact_met through
context.run, so it is announced to every view and undone as one step. Problems
show under their field and what was typed stays; a dropped or opened .vcf
fills the form card by card.

While a person is typed, tracker.identity looks for them in Beacon; the panel beside
the form (ui.same_person_panel) names who and why, and Enter first asks: "it's them:
update" or "someone else: log as new". Enter on an offered organization picks it and
never logs the person half-typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.details import reference_label
from tracker.errors import BeaconError, ImportFileError, UndoRefused, ValidationError
from tracker.identity import (
    CompanyProbe,
    PersonProbe,
    complete_names,
    contact_candidates,
    organization_candidates,
    warm_up,
)
from tracker.services.conferences import (
    PossibleDuplicate,
    SamePerson,
    conference_heading,
    contact_absorption,
    existing_organization,
    log_contact_met,
)
from tracker.vcards.reading import Card, is_vcard, named_cards

from ui.context import AppContext
from ui.labels import column_title
from ui.messages import error_message, shown
from ui.record_picker import RecordCompleter
from ui.same_person_panel import SamePersonPanel

# Which input shows a problem the core reports for a field.
PROBLEM_INPUT = {"name": "name", "name_zh": "name", "title": "title",
                 "organization": "organization", "emails": "email", "email": "email",
                 "phones": "phone", "phone": "phone", "wechat_id": "wechat", "notes": "note",
                 "body": "note", "subject": "note"}
INPUTS = ("name", "organization", "title", "email", "phone", "wechat", "note")


@dataclass
class LoggedPerson:
    operation: str
    label: str
    typed: dict[str, str]
    extra: dict[str, Any] = field(default_factory=dict)


class QuickLogDialog(QDialog):
    logged = Signal(int)  # contact id

    def __init__(self, context: AppContext, conference_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conference_id = conference_id
        self.people: list[LoggedPerson] = []
        self.queued_cards: list[Card] = []
        self._extra: dict[str, Any] = {}  # values from a vCard the form has no input for
        self._source = "manual"
        self.setObjectName("quickLogDialog")
        self.setAcceptDrops(True)
        name, detail = conference_heading(conference_id)
        self.conference_name = name
        self.setWindowTitle(self.tr("Log contacts met at %1").replace("%1", name))
        self.setMinimumWidth(860)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(10)
        heading = QLabel(self.tr("Log contacts met at %1").replace("%1", name))
        heading.setObjectName("dialogTitle")
        heading.setWordWrap(True)
        outer.addWidget(heading)
        hint = QLabel(self.tr("Enter logs the person and clears the form for the next one. "
                              "Drop a business-card vCard (.vcf) here to fill the form."))
        if detail:
            hint.setText(detail + " · " + hint.text())
        hint.setObjectName("emptyHint")
        hint.setWordWrap(True)
        outer.addWidget(hint)

        body = QHBoxLayout()
        body.setSpacing(20)
        outer.addLayout(body, 1)
        form_box = QWidget()
        grid = QGridLayout(form_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        body.addWidget(form_box, 3)
        titles = {"name": self.tr("Name *"), "organization": self.tr("Organization"),
                  "title": column_title("title", "contact"), "email": self.tr("Email"),
                  "phone": self.tr("Phone"), "wechat": self.tr("WeChat ID"),
                  "note": self.tr("Note")}
        placeholders = {"name": self.tr("Li Ming or 李明"),
                        "organization": self.tr("Type to pick one, or a new name"),
                        "email": "name@example.com", "phone": "+86 138 0013 8000",
                        "note": self.tr("One line: what you talked about")}
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        row = 0
        for key in INPUTS:
            label = QLabel(titles[key])
            label.setObjectName("fieldLabel")
            editor = QLineEdit()
            editor.setObjectName(f"quick_{key}")
            editor.setPlaceholderText(placeholders.get(key, ""))
            editor.returnPressed.connect(self.log_contact)
            editor.textEdited.connect(self.look_up)
            label.setBuddy(editor)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            grid.addWidget(label, row, 0)
            grid.addWidget(editor, row, 1)
            grid.addWidget(error, row + 1, 1)
            self.inputs[key] = editor
            self.errors[key] = error
            row += 2
            if key == "name":
                self.name_preview = QLabel()
                self.name_preview.setObjectName("emptyHint")
                self.name_preview.hide()
                grid.addWidget(self.name_preview, row, 1)
                row += 1
            if key == "organization":
                self.same_organization = QCheckBox(self.tr("Same organization for the next "
                                                           "person"))
                grid.addWidget(self.same_organization, row, 1)
                row += 1
        self.organization_completer = RecordCompleter("organization",
                                                      self.inputs["organization"], self)
        self.organization_completer.picked.connect(lambda _: self.look_up())
        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        grid.addWidget(self.general_error, row, 0, 1, 2)
        grid.setRowStretch(row + 1, 1)

        side = QVBoxLayout()
        side.setSpacing(6)
        self.same_person = SamePersonPanel()
        self.same_person.update_chosen.connect(self._them)
        self.same_person.new_chosen.connect(self._someone_else)
        self.same_person.candidate_changed.connect(self._show_absorption)
        self.same_person.organization_chosen.connect(self._use_organization)
        side.addWidget(self.same_person)
        self._decision: SamePerson | None = None
        self._organization_looked_up = ""
        self.session_title = QLabel()
        self.session_title.setObjectName("sectionTitle")
        side.addWidget(self.session_title)
        self.session_list = QListWidget()
        self.session_list.setObjectName("quickLogSession")
        self.session_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side.addWidget(self.session_list, 1)
        self.undo_button = QPushButton(self.tr("Undo last"))
        self.undo_button.clicked.connect(self.undo_last)
        side.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addLayout(side, 2)

        self.status_label = QLabel()
        self.status_label.setObjectName("emptyHint")
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.vcard_button = QPushButton(self.tr("Open vCard…"))
        self.vcard_button.clicked.connect(self.choose_vcard)
        buttons.addWidget(self.vcard_button)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.log_button = QPushButton(self.tr("Log contact"))
        self.log_button.setObjectName("primaryButton")
        self.log_button.setToolTip(self.tr("Enter"))
        self.log_button.clicked.connect(self.log_contact)
        for button in (self.vcard_button, self.close_button, self.log_button, self.undo_button):
            button.setAutoDefault(False)  # Enter in a field logs; it never presses a button
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.log_button)
        outer.addLayout(buttons)
        self._show_session()
        self.inputs["name"].setFocus()
        QTimer.singleShot(0, warm_up)  # the first key's check then needs no loading

    # --- logging ---------------------------------------------------------------------

    def typed(self) -> dict[str, str]:
        return {key: editor.text().strip() for key, editor in self.inputs.items()}

    def values(self) -> dict[str, Any]:
        """What was typed, as the contact fields tracker takes."""
        typed = self.typed()
        return {**self._extra, "name": typed["name"], "organization": typed["organization"],
                "title": typed["title"], "email": typed["email"], "phone": typed["phone"],
                "wechat_id": typed["wechat"]}

    def log_contact(self) -> bool:
        typed = self.typed()
        self.clear_problems()
        values = self.values()
        if self._decision is None and self.same_person.has_candidates:
            self._ask_same_person()
            return False
        label = typed["name"] or typed["email"]
        updating = self._decision is not None and self._decision.contact_id is not None
        try:
            changes = self.context.run(
                log_contact_met, self.conference_id, values, typed["note"],
                subject=self.tr("Met at %1").replace("%1", self.conference_name),
                source=self._source, decision=self._decision or SamePerson(None),
                labels=self._aside_labels(),
                undo_label=self.tr("Log %1 met at %2").replace("%1", label)
                .replace("%2", self.conference_name))
        except ValidationError as error:
            self._decision = None
            self.show_problems(error)
            return False
        except PossibleDuplicate as possible:  # someone logged them meanwhile
            self._decision = None
            self.same_person.show_candidates(possible.candidates)
            self._ask_same_person()
            return False
        except BeaconError as error:
            self._decision = None
            self.general_error.setText(error_message(error))
            self.general_error.show()
            return False

        shown = " · ".join(p for p in (typed["name"], typed["organization"]) if p)
        if updating:
            shown = self.tr("%1 (updated)").replace("%1", shown)
        self.people.append(LoggedPerson(changes.operation, shown, typed, dict(self._extra)))
        contact_id = next((i for e, i in changes.created + changes.updated if e == "contact"), 0)
        self.status_label.setText(self.tr("Logged %1.").replace("%1", shown))
        self._clear_form()
        self._show_session()
        self.logged.emit(contact_id)
        if self.queued_cards:
            self._fill_from_card(self.queued_cards.pop(0))
        return True

    def _clear_form(self) -> None:
        keep = self.inputs["organization"].text() if self.same_organization.isChecked() else ""
        for editor in self.inputs.values():
            editor.clear()
        self.inputs["organization"].setText(keep)
        self._extra = {}
        self._source = "manual"
        self.look_up()
        self.inputs["name"].setFocus()

    # --- already in Beacon? ------------------------------------------------------------

    def look_up(self, *_: object) -> None:
        """Look for the person being typed (and the organization) as they are typed."""
        self._decision = None
        values = self.values()
        latin, chinese = complete_names(values["name"], str(values.get("name_zh") or ""))
        self.name_preview.setText(self.tr("Saved as %1").replace(
            "%1", " · ".join(p for p in (latin, chinese) if p)))
        self.name_preview.setVisible(bool(chinese))
        organization = values["organization"].strip()
        try:
            org_id = existing_organization(organization) if organization else None
        except BeaconError:
            org_id = None
        probe = PersonProbe.from_values({**values, "organization": org_id})
        self.same_person.show_candidates(contact_candidates(probe, limit=3))
        chosen = self.same_person.chosen_id()
        if chosen is not None:
            self._show_absorption(chosen)
        if organization != self._organization_looked_up:  # only when it was typed
            self._organization_looked_up = organization
            near = [] if not organization or org_id is not None else [
                c for c in organization_candidates(CompanyProbe(name=organization), limit=1)
                if not c.exact]
            self.same_person.show_organization(near[0] if near else None)

    def _show_absorption(self, contact_id: int) -> None:
        self.same_person.show_absorption(contact_absorption(contact_id, self.values()))

    def _ask_same_person(self) -> None:
        first = self.same_person.candidates[0]
        self.status_label.setText(self.tr("%1 may already be in Beacon: choose \"It's them\" "
                                          "or \"Someone else\".").replace("%1", first.label))
        self.same_person.focus_choice()

    def _them(self, contact_id: int, choices: dict[str, str]) -> None:
        self._decision = SamePerson(contact_id, choices)
        if not self.log_contact():
            self.same_person.focus_choice()

    def _someone_else(self) -> None:
        self._decision = SamePerson(None)
        self.log_contact()

    def _use_organization(self, organization_id: int) -> None:
        label = reference_label("organization", [organization_id]).get(organization_id)
        if label is not None:
            self.inputs["organization"].setText(label[1])
            self.look_up()

    def _aside_labels(self) -> dict[str, str]:
        """How a value typed but not taken is headed in the note (in this language)."""
        labels = {key: column_title(key, "contact") for key in (
            "name", "name_zh", "title", "organization", "wechat_id", "city")}
        labels["aside"] = self.tr("Also given")
        return labels

    def undo_last(self) -> None:
        """Take back the newest person logged here (if nothing else was changed since)."""
        if not self.people:
            return
        person = self.people[-1]
        if self.context.undo.next_operation != person.operation:
            self.status_label.setText(self.tr("Something else was changed after %1; use "
                                              "Edit > Undo in the window.")
                                      .replace("%1", person.label))
            return
        try:
            self.context.undo.undo()
        except (UndoRefused, BeaconError) as error:
            self.status_label.setText(error_message(error))
            return
        self.people.pop()
        if not any(self.typed().values()) or self.typed() == {
                **dict.fromkeys(INPUTS, ""), "organization": person.typed["organization"]}:
            for key, editor in self.inputs.items():  # back in the form, to correct and log again
                editor.setText(person.typed.get(key, ""))
            self._extra = dict(person.extra)
            self.look_up()
        self.status_label.setText(self.tr("Undone: %1.").replace("%1", person.label))
        self._show_session()
        self.inputs["name"].setFocus()

    def _show_session(self) -> None:
        self.session_list.clear()
        for person in self.people:
            self.session_list.addItem(person.label)
        if self.people:
            self.session_list.scrollToBottom()
        self.session_title.setText(self.tr("Logged this session (%1)")
                                   .replace("%1", str(len(self.people))))
        self.undo_button.setEnabled(bool(self.people))

    # --- problems --------------------------------------------------------------------

    def show_problems(self, error: ValidationError) -> None:
        general: list[str] = []
        first: QLineEdit | None = None
        for problem in error.problems:
            key = PROBLEM_INPUT.get(problem.field)
            if key is None:
                general.append(f"{problem.field}: {shown(problem.message)}")
                continue
            label = self.errors[key]
            label.setText(shown(problem.message) if label.isHidden() else
                          f"{label.text()}; {shown(problem.message)}")
            label.show()
            if first is None:
                first = self.inputs[key]
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if first is not None:
            first.setFocus()
            first.selectAll()

    def problem_at(self, key: str) -> str | None:
        label = self.errors[key]
        return None if label.isHidden() else label.text()

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.hide()

    # --- business-card vCards --------------------------------------------------------

    def choose_vcard(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a business-card vCard"), "",
                                              self.tr("vCard files (*.vcf *.vcard)"))
        if path:
            self.load_vcard(Path(path))

    def load_vcard(self, path: Path) -> bool:
        """Fill the form from the file's first card; Enter logs it and brings the next."""
        try:
            cards = named_cards(path)
        except ImportFileError as error:
            self.general_error.setText(error_message(error))
            self.general_error.show()
            return False
        if not cards:
            self.general_error.setText(self.tr("%1: no card has a name or an email address.")
                                       .replace("%1", path.name))
            self.general_error.show()
            return False
        self.clear_problems()
        self.queued_cards = cards[1:]
        self._fill_from_card(cards[0])
        if self.queued_cards:
            self.status_label.setText(self.tr("%1 cards from %2: check each and press Enter.")
                                      .replace("%1", str(len(cards))).replace("%2", path.name))
        else:
            self.status_label.setText(self.tr("Card from %1: check it and press Enter.")
                                      .replace("%1", path.name))
        return True

    def _fill_from_card(self, card: Card) -> None:
        texts = {"name": card.name, "organization": card.organization, "title": card.title,
                 "email": ", ".join(card.emails), "phone": ", ".join(card.phones),
                 "wechat": card.wechat_id, "note": " ".join(card.notes.split())}
        for key, editor in self.inputs.items():
            editor.setText(texts[key])
        self._extra = {k: v for k, v in (("name_zh", card.name_zh), ("city", card.city))
                       if v}
        self._extra["basis"] = "business_card"
        self._source = "vcard"
        self.look_up()
        self.inputs["name"].setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field logs (returnPressed); it never reaches a button that merely
        had the focus before (QDialog would press it)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() and is_vcard(u.toLocalFile()) for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            self.load_vcard(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()
