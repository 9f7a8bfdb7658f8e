"""A contact's personal data under PIPL, in the detail panel: where the record came from and
on what basis it is kept, "Export everything…" and "Erase everywhere…"
(tracker.privacy does the work)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker import privacy
from tracker.errors import BeaconError

from ui.confirm import ask
from ui.context import AppContext
from ui.labels import code_word
from ui.list_model import local_time
from ui.messages import error_message


class PersonDataBar(QWidget):
    """Shown under a contact's title; `exported` and `erased` say what happened."""

    exported = Signal(str)  # the file written
    erased = Signal(str)  # the uid erased

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personData")
        self.context = context
        self.contact_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.provenance_label = QLabel()
        self.provenance_label.setObjectName("provenance")
        self.provenance_label.setWordWrap(True)
        self.provenance_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.provenance_label)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        caption = QLabel(self.tr("This person's data:"))
        caption.setObjectName("provenance")
        buttons.addWidget(caption)
        self.export_button = QPushButton(self.tr("Export everything…"))
        self.export_button.setToolTip(self.tr("Export everything about this person: the record, "
                                              "emails, phones, activities, deals, conferences "
                                              "and history, as JSON or a workbook (recorded in "
                                              "the audit log)"))
        self.export_button.clicked.connect(self.choose_export)
        self.erase_button = QPushButton(self.tr("Erase everywhere…"))
        self.erase_button.setObjectName("dangerButton")
        self.erase_button.setToolTip(self.tr("Erase this person everywhere: from every record, "
                                             "the history and the search index; this cannot "
                                             "be undone"))
        self.erase_button.clicked.connect(self.confirm_erase)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        read_only = bool(context.store.read_only)
        self.erase_button.setEnabled(not read_only)

    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        if contact_id is None:
            self.provenance_label.clear()
            return
        try:
            found = privacy.provenance(contact_id)
        except BeaconError:
            self.provenance_label.clear()
            return
        self.provenance_label.setText(self.provenance_text(found))

    def provenance_text(self, found: privacy.Provenance) -> str:
        when = local_time(found.created_at)
        where = {
            "seed": self.tr("the market article"),
            "import": self.tr("imported from %1").replace("%1", found.detail),
            "vcard": self.tr("a vCard (%1)").replace("%1", found.detail),
        }.get(found.source, self.tr("typed in"))
        return (self.tr("Where from: %1, by %2 on %3 · Kept on the basis of: %4")
                .replace("%1", where).replace("%2", found.created_by or "?")
                .replace("%3", when).replace("%4", code_word(found.basis).lower()))

    def _uid(self) -> str | None:
        if self.contact_id is None:
            return None
        from tracker.models import Contact

        contact = Contact.get_or_none(Contact.id == self.contact_id)
        return None if contact is None else str(contact.uid)

    def choose_export(self) -> Path | None:
        uid = self._uid()
        if uid is None:
            return None
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export everything about this person"), str(Path.home()),
            self.tr("JSON (*.json);;Excel workbook (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in privacy.EXPORT_FORMATS:
            path = path.with_suffix(".xlsx" if "xlsx" in chosen else ".json")
        return self.export_to(uid, path)

    def export_to(self, uid: str, path: Path) -> Path | None:
        try:
            privacy.write_export(uid, path)
        except BeaconError as error:
            QMessageBox.warning(self, self.tr("Export everything about this person"),
                                error_message(error))
            return None
        self.exported.emit(str(path))
        return path

    def confirm_erase(self) -> QMessageBox | None:
        uid = self._uid()
        if uid is None:
            return None
        from tracker import details

        name = details.record_label("contact", self.contact_id or 0)
        self.erase_box = ask(
            self, QMessageBox.Icon.Warning, self.tr("Erase this person everywhere"),
            self.tr("Erase %1 everywhere?").replace("%1", name),
            self.tr("Their record, their own activities, their emails and phones, and their "
                    "name wherever other records, the history and import reports mention it "
                    "are removed for good; deals and notes keep the rest of their text. This "
                    "cannot be undone. Backups made before keep them until they are thinned "
                    "out; restoring one erases them again."),
            self.tr("Erase everywhere"), QMessageBox.ButtonRole.DestructiveRole,
            lambda: self.erase(uid))
        return self.erase_box

    def erase(self, uid: str) -> bool:
        try:
            self.context.run(lambda: privacy.erase_person(uid).changes)
        except BeaconError as error:
            QMessageBox.warning(self, self.tr("Erase this person everywhere"),
                                error_message(error))
            return False
        self.erased.emit(uid)
        return True
