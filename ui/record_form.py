"""The fields of one record as editors, with each validation message under its field.

Used by the detail panel (edit in place) and the new-record dialog. The form
knows nothing of storage: it turns editors into the values a tracker service
takes, and shows the ValidationError a service raises where the user typed.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker import details
from tracker.errors import ValidationError
from tracker.services.money import CURRENCIES

from ui.field_message import FieldMessage
from ui.fields import FIELDS, PROBLEM_FIELD, FieldDef
from ui.labels import code_word, column_title, seeded_name
from ui.messages import shown
from ui.record_picker import RecordCompleter


def grouped(value: Any) -> str:
    """An amount with thousands separators (1,200,000.50); text that is no number stays."""
    text = "" if value is None else str(value).strip()
    try:
        number = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return text
    if not number.is_finite():
        return text
    return f"{number:,}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


class FieldEditor(QWidget):
    """One field's editor: reads and writes the plain values tracker takes."""

    edited = Signal()

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._widget: QWidget
        self._currency: QComboBox | None = None
        self._boxes: dict[str, QCheckBox] = {}
        kind = field.kind
        if kind in ("long", "lines"):  # lines: one value a line (names may hold commas)
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(72 if kind == "long" else 52)
            if field.placeholder:
                edit.setPlaceholderText(_tr(field.placeholder))
            edit.textChanged.connect(self.edited)
            self._widget = edit
        elif kind in ("choice", "reference", "stage"):
            combo = QComboBox()
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            if kind == "reference":
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                combo.setCompleter(None)  # the picker finds records as the lists do
                self.picker = RecordCompleter(field.target, combo.lineEdit(), self,
                                              insert_label=True)
                self.picker.picked.connect(self._pick)
                combo.lineEdit().setPlaceholderText(
                    QCoreApplication.translate("RecordForm", "Type to find…"))
                combo.editTextChanged.connect(self.edited)
            combo.currentIndexChanged.connect(self.edited)
            self._widget = combo
            if kind != "reference":  # references are filled by the form's owner, when needed
                self.reload_choices()
        elif kind == "choices":
            for code in field.codes:
                box = QCheckBox(code_word(code))
                box.toggled.connect(self.edited)
                layout.addWidget(box)
                self._boxes[code] = box
            layout.addStretch(1)
            self._widget = QWidget()
        elif kind == "bool":
            box = QCheckBox()
            box.toggled.connect(self.edited)
            self._widget = box
        else:
            line = QLineEdit()
            if field.placeholder:
                line.setPlaceholderText(_tr(field.placeholder))
            if kind == "list":
                line.setToolTip(QCoreApplication.translate(
                    "RecordForm", "Several values: separate them with commas"))
            line.textEdited.connect(self.edited)
            if kind == "money":  # 1200000 reads 1,200,000 once typed
                line.editingFinished.connect(lambda: line.setText(grouped(line.text())))
            self._widget = line
        if kind != "choices":
            layout.addWidget(self._widget, 1)
        if kind == "money":
            self._currency = QComboBox()
            self._currency.addItem("—", None)
            for code, *_ in CURRENCIES:
                self._currency.addItem(code, code)
            self._currency.currentIndexChanged.connect(self.edited)
            layout.addWidget(self._currency)
        self.setFocusProxy(self._boxes[field.codes[0]] if self._boxes else self._widget)

    @property
    def widget(self) -> QWidget:
        return self._widget

    def _pick(self, record_id: int) -> None:
        """A record chosen in the picker becomes the combo's choice (its id)."""
        combo = self._widget
        if isinstance(combo, QComboBox):
            found = combo.findData(record_id)
            if found >= 0:
                combo.setCurrentIndex(found)

    def reload_choices(self, cache: dict[str, list[tuple[int, str]]] | None = None) -> None:
        """Refill a list of choices (organizations change while the form is open)."""
        combo = self._widget
        if not isinstance(combo, QComboBox) or self.field.kind == "money":
            return
        current = self.values().get(self.field.key)
        combo.blockSignals(True)
        combo.clear()
        kind = self.field.kind
        if kind == "choice":
            if not self.field.required:
                combo.addItem("—", "")
            for code in self.field.codes:
                combo.addItem(code_word(code), code)
        elif kind == "stage":
            for stage_id, pipeline, stage in details.stage_choices():
                combo.addItem(f"{seeded_name(pipeline)} · {seeded_name(stage)}", stage_id)
        else:
            cache = {} if cache is None else cache
            if self.field.target not in cache:
                cache[self.field.target] = details.reference_choices(self.field.target)
            combo.addItem("", None)
            for record_id, label in cache[self.field.target]:
                combo.addItem(label, record_id)
        combo.blockSignals(False)
        self._set(current)

    def values(self) -> dict[str, Any]:
        """{field: value} as tracker takes it (money gives value and currency)."""
        key = self.field.key
        widget = self._widget
        kind = self.field.kind
        if kind == "long" and isinstance(widget, QPlainTextEdit):
            return {key: widget.toPlainText().strip()}
        if kind == "lines" and isinstance(widget, QPlainTextEdit):
            return {key: [line.strip() for line in widget.toPlainText().splitlines()
                          if line.strip()]}
        if kind == "choices":
            return {key: [code for code, box in self._boxes.items() if box.isChecked()]}
        if kind == "bool" and isinstance(widget, QCheckBox):
            return {key: widget.isChecked()}
        if isinstance(widget, QComboBox):
            if kind == "reference":
                text = widget.currentText().strip()
                if not text:
                    return {key: None}
                found = widget.findText(text, Qt.MatchFlag.MatchFixedString)
                return {key: widget.itemData(found) if found >= 0 else text}
            return {key: widget.currentData()}
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if kind == "money":
            assert self._currency is not None
            return {"value": text.replace(",", ""), "currency": self._currency.currentData()}
        if kind == "list":
            return {key: [part.strip() for part in text.split(",") if part.strip()]}
        return {key: text}

    def load(self, record: dict[str, Any]) -> None:
        self.blockSignals(True)
        try:
            if self.field.kind == "money":
                assert self._currency is not None
                self._currency.setCurrentIndex(max(0, self._currency.findData(
                    record.get("currency"))))
                self._set(record.get("value"))
            else:
                self._set(record.get(self.field.key))
        finally:
            self.blockSignals(False)

    def _set(self, value: Any) -> None:
        widget = self._widget
        kind = self.field.kind
        if kind == "choices":
            chosen = value if isinstance(value, list) else [
                v for v in str(value or "").split(",") if v]
            for code, box in self._boxes.items():
                box.setChecked(code in chosen)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("\n".join(map(str, value)) if isinstance(value, list) else
                                "" if value is None else str(value))
        elif isinstance(widget, QComboBox):
            found = widget.findData(value if value not in (None, "") else (
                "" if kind == "choice" else None))
            if found < 0 and kind == "reference" and value not in (None, ""):
                widget.setEditText(str(value))
            else:
                widget.setCurrentIndex(max(found, 0))
        elif isinstance(widget, QLineEdit):
            if kind == "money":
                widget.setText(grouped(value))
            elif isinstance(value, list):
                widget.setText(", ".join(str(v) for v in value))
            else:
                widget.setText("" if value is None else str(value))
            widget.setCursorPosition(0)  # show the start of a long title, not its end


class RecordForm(QWidget):
    """Every field of one record type, a message under each field that has a problem."""

    edited = Signal()

    def __init__(self, entity: str, *, quick: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.editors: dict[str, FieldEditor] = {}
        self._errors: dict[str, FieldMessage] = {}
        self._loaded: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        outer.addLayout(form)
        for field in FIELDS[entity]:
            if quick and not field.quick:
                continue
            editor = FieldEditor(field)
            editor.edited.connect(self._on_edited)
            error = FieldMessage()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            title = column_title(field.key, self.entity) + (" *" if field.required else "")
            label = QLabel(title)
            label.setObjectName("fieldLabel")
            label.setBuddy(editor.widget)
            form.addRow(label, holder)
            self.editors[field.key] = editor
            self._errors[field.key] = error

    def _on_edited(self) -> None:
        editor = self.sender()
        if isinstance(editor, FieldEditor):
            self._errors[editor.field.key].fade()
        self.edited.emit()

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for editor in self.editors.values():
            result.update(editor.values())
        return result

    def load(self, record: dict[str, Any]) -> None:
        for editor in self.editors.values():
            editor.load(record)
        self._loaded = self.values()
        self.clear_problems()

    def load_fields(self, record: dict[str, Any], keys: set[str]) -> None:
        """Take stored values for these fields only, keeping what was typed in the others."""
        for key in keys:
            editor = self.editors.get(key)
            if editor is not None:
                editor.load(record)
        fresh = dict(self._loaded)
        for editor in self.editors.values():
            if editor.field.key in keys:
                fresh.update(editor.values())
        self._loaded = fresh

    def _as_loaded(self, record: dict[str, Any]) -> dict[str, Any]:
        """The values the editors would give if `record` were loaded, editors untouched."""
        probe = RecordForm(self.entity)
        values: dict[str, Any] = {}
        for key, editor in probe.editors.items():
            if key in self.editors:
                editor.load(record)
                values.update(editor.values())
        probe.deleteLater()
        return values

    def as_loaded(self, record: dict[str, Any]) -> dict[str, Any]:
        return self._as_loaded(record)

    def loaded_values(self) -> dict[str, Any]:
        """What the editors held when the record was loaded (the conflict's Original)."""
        return dict(self._loaded)

    def display_text(self, key: str, value: Any) -> str | None:
        """A choice's name as its list shows it (an organization, a stage), or None."""
        editor = self.editors.get(key)
        widget = editor.widget if editor is not None else None
        if not isinstance(widget, QComboBox) or value in (None, ""):
            return None
        found = widget.findData(value)
        return widget.itemText(found) if found >= 0 else None

    def rebase(self, record: dict[str, Any]) -> None:
        """What is stored is now `record`; edits typed since stay in the editors."""
        self._loaded = self._as_loaded(record)

    def fields_differing(self, record: dict[str, Any]) -> set[str]:
        """Fields whose stored value in `record` differs from what the form was loaded with."""
        other = self._as_loaded(record)
        changed = {k for k, v in other.items() if self._loaded.get(k) != v}
        if changed & {"value", "currency"}:
            changed = (changed - {"currency"}) | {"value"}
        return changed

    def changed_values(self) -> dict[str, Any]:
        """Only what the user changed since load, so a save never rewrites other fields."""
        current = self.values()
        changed = {k: v for k, v in current.items() if self._loaded.get(k) != v}
        if "value" in changed or "currency" in changed:
            changed["value"] = current.get("value")
            changed["currency"] = current.get("currency")
        return changed

    def changed_fields(self) -> set[str]:
        changed = set(self.changed_values())
        if changed & {"value", "currency"}:
            changed = (changed - {"currency"}) | {"value"}
        return changed

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    def reload_choices(self) -> None:
        cache: dict[str, list[tuple[int, str]]] = {}  # organization and client share one list
        for editor in self.editors.values():
            editor.reload_choices(cache)

    def clear_problems(self) -> None:
        self.general_error.hide()
        for label in self._errors.values():
            label.collapse()

    def show_problems(self, error: ValidationError) -> None:
        """Each problem under its field; problems of fields not shown go on top."""
        self.clear_problems()
        general: list[str] = []
        first: QWidget | None = None
        for problem in error.problems:
            key = PROBLEM_FIELD.get(problem.field, problem.field)
            label = self._errors.get(key)
            if label is None:
                general.append(f"{column_title(problem.field, self.entity)}: "
                               f"{shown(problem.message)}")
                continue
            label.say(shown(problem.message))
            if first is None:
                first = self.editors[key]
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        self._make_room()
        if first is not None:
            first.setFocus()

    def _make_room(self) -> None:
        """A dialog grows to hold its messages rather than squeezing its fields."""
        window = self.window()
        if not isinstance(window, QDialog) or window is self:
            return
        window.layout().activate() if window.layout() is not None else None
        wanted = window.sizeHint().height()
        screen = window.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().height() - 40)
        if window.height() < wanted:
            window.resize(window.width(), wanted)

    def problem_at(self, key: str) -> str | None:
        label = self._errors.get(key)
        return label.text() if label is not None and not label.isHidden() and label.text() \
            else None
