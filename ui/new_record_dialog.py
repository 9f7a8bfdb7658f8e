"""New record (Ctrl+N): the fields a person has at hand, checked where they typed them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tracker.errors import BeaconError, ValidationError
from tracker.identity import complete_names
from tracker.services import records

from ui.context import AppContext
from ui.duplicate_hint import DuplicateHint
from ui.errors import show_error
from ui.labels import entity_name
from ui.record_form import RecordForm


class NewRecordDialog(QDialog):
    created = Signal(str, int)  # entity, id: the record to open (made, or found instead)

    def __init__(self, context: AppContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entity = entity
        self.setObjectName("newRecordDialog")
        self.setWindowTitle(self.tr("New %1").replace("%1", entity_name(entity)))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(self.tr("New %1").replace("%1", entity_name(entity)))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        hint = QLabel(self.tr("Fields marked * are required. More fields are in the panel "
                              "beside the list once the record exists."))
        hint.setObjectName("emptyHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.form = RecordForm(entity, quick=True)
        self.form.reload_choices()
        layout.addWidget(self.form)
        # A contact's names as they will be saved, when that is not what was typed: a
        # Chinese name alone gets its pinyin, "Zhang Wei 张伟" in one field is split.
        self.name_preview = QLabel()
        self.name_preview.setObjectName("emptyHint")
        self.name_preview.hide()
        layout.addWidget(self.name_preview)
        if entity == "contact":
            self.form.edited.connect(self._preview_names)
        self.duplicate_hint: DuplicateHint | None = None
        if entity in ("contact", "organization"):
            self.duplicate_hint = DuplicateHint(entity)
            self.duplicate_hint.open_requested.connect(self.open_existing)
            self.form.edited.connect(lambda: self.duplicate_hint and
                                     self.duplicate_hint.look_up(self.form.values()))
            layout.addWidget(self.duplicate_hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("primaryButton")
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.created_id: int | None = None

    def prefill(self, values: dict[str, Any]) -> None:
        self.form.load(values)
        if self.entity == "contact":
            self._preview_names()
        if self.duplicate_hint is not None:
            self.duplicate_hint.look_up(self.form.values())

    def _preview_names(self) -> None:
        values = self.form.values()
        typed = (str(values.get("name") or "").strip(), str(values.get("name_zh") or "").strip())
        saved = complete_names(*typed)
        self.name_preview.setText(self.tr("Saved as %1").replace(
            "%1", " · ".join(p for p in saved if p)))
        self.name_preview.setVisible(bool(saved[1]) and saved != typed)

    def open_existing(self, record_id: int) -> None:
        """The record was in Beacon already: open it instead of making another."""
        self.created_id = None
        self.created.emit(self.entity, record_id)
        self.accept()

    def create(self) -> None:
        values = {k: v for k, v in self.form.values().items() if v not in (None, "", [])}
        if "value" in values and "currency" not in values:
            values["currency"] = None
        try:
            changes = self.context.run(
                records.create, self.entity, values,
                undo_label=self.tr("New %1").replace("%1", entity_name(self.entity)))
        except ValidationError as error:
            self.form.show_problems(error)
            return
        except BeaconError as error:
            show_error(self, self.tr("Could not save"), error)
            return
        self.created_id = changes.first_created
        self.created.emit(self.entity, self.created_id)
        self.accept()
