"""A save refused because someone saved the record first: review it field by field.

For each field both changed: the value when you opened it (Original), theirs now with
who and when (Theirs), and what you typed (Mine), with a choice to keep yours or take
theirs. Fields only they changed are taken (listed, so nothing changes unseen); fields
only you changed keep what you typed. Nothing typed is lost: Keep editing closes the
review and leaves the form as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.conflicts import TheirChange

from ui.labels import column_title, entity_name
from ui.list_model import local_time
from ui.record_form import RecordForm

MINE, THEIRS = 0, 1


class ConflictReviewDialog(QDialog):
    """`choices()` after accept: field -> MINE or THEIRS, for the fields both changed."""

    def __init__(self, form: RecordForm, fresh: dict[str, Any],
                 theirs: dict[str, TheirChange], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictReview")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(720)
        self.form = form
        entity = form.entity
        original = form.loaded_values()
        now = form.as_loaded(fresh)
        mine = form.values()
        differing = form.fields_differing(fresh)
        edited = form.changed_fields()
        if theirs:  # the change log names the fields others changed; trust it over a diff
            differing &= set(theirs)
        differing = {k for k in differing
                     if _shown(original, k, form) != _shown(now, k, form)}
        both = sorted(k for k in differing & edited
                      if _shown(now, k, form) != _shown(mine, k, form))
        only_theirs = sorted(differing - edited)
        self.only_mine = sorted(edited - differing)
        self.both = both
        self.groups: dict[str, QButtonGroup] = {}

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setSpacing(12)
        people = sorted({c.user for c in theirs.values() if c.user}) or [self.tr("someone")]
        headline = QLabel(self.tr("%1 saved this %2 while you were editing it. Choose what to "
                                  "keep for each field both of you changed; nothing is saved "
                                  "until you press Save.")
                          .replace("%1", ", ".join(people)).replace("%2", entity_name(entity)))
        headline.setObjectName("conflictHeadline")
        headline.setWordWrap(True)
        headline.setMinimumWidth(680)  # wrapped for the dialog's width, not a narrow guess
        layout.addWidget(headline)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        for column, title in enumerate((self.tr("Field"), self.tr("Original"), self.tr("Theirs"),
                                        self.tr("Mine"), self.tr("Keep"))):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, column)
        row = 1
        for key in both:
            grid.addWidget(QLabel(column_title(key, entity)), row, 0)
            grid.addWidget(self._value(key, original), row, 1)
            grid.addWidget(self._value(key, now, theirs.get(key)), row, 2)
            grid.addWidget(self._value(key, mine), row, 3)
            keep_mine = QRadioButton(self.tr("Mine"))
            take_theirs = QRadioButton(self.tr("Theirs"))
            keep_mine.setObjectName(f"keepMine_{key}")
            take_theirs.setObjectName(f"takeTheirs_{key}")
            group = QButtonGroup(self)
            group.addButton(keep_mine, MINE)
            group.addButton(take_theirs, THEIRS)
            keep_mine.setChecked(True)
            self.groups[key] = group
            choice = QWidget()
            choice_row = QVBoxLayout(choice)
            choice_row.setContentsMargins(0, 0, 0, 0)
            choice_row.setSpacing(0)
            choice_row.addWidget(keep_mine)
            choice_row.addWidget(take_theirs)
            grid.addWidget(choice, row, 4)
            row += 1
        for key in only_theirs:
            grid.addWidget(QLabel(column_title(key, entity)), row, 0)
            grid.addWidget(self._value(key, original), row, 1)
            grid.addWidget(self._value(key, now, theirs.get(key)), row, 2)
            grid.addWidget(self._muted(self.tr("not changed by you")), row, 3)
            grid.addWidget(self._muted(self.tr("Theirs")), row, 4)
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        if self.only_mine:
            kept = QLabel(self.tr("Your other changes are kept: %1.").replace(
                "%1", ", ".join(column_title(k, entity) for k in self.only_mine)))
            kept.setObjectName("conflictKept")
            kept.setWordWrap(True)
            layout.addWidget(kept)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_editing_button = self.buttons.addButton(
            self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _value(self, key: str, values: dict[str, Any],
               change: TheirChange | None = None) -> QLabel:
        text = _shown(values, key, self.form) or self.tr("(empty)")
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if change is not None:
            label.setText(text + "\n" + self.tr("by %1, %2").replace("%1", change.user).replace(
                "%2", local_time(change.at)))
        return label

    @staticmethod
    def _muted(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("emptyHint")
        return label

    def choices(self) -> dict[str, int]:
        return {key: group.checkedId() for key, group in self.groups.items()}

    def taken_from_them(self) -> set[str]:
        """Fields whose stored value the form takes: theirs chosen, or not edited here."""
        return {key for key, choice in self.choices().items() if choice == THEIRS}


def _shown(values: dict[str, Any], key: str, form: RecordForm | None = None) -> str:
    """A field's value as the form shows it (a choice's name, not its id)."""
    if key == "value":
        amount = values.get("value")
        currency = values.get("currency")
        return f"{currency} {amount}".strip() if amount not in (None, "") else ""
    value = values.get(key)
    if form is not None:
        named = form.display_text(key, value)
        if named is not None:
            return named
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
