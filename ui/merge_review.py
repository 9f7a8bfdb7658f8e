"""Two records side by side before a merge: each differing field with a choice, what
both keep (emails, phones, tags, other names...), and the links that move.

The values, defaults and links come from tracker.identity.merge.preview; this widget
only shows them and collects the person's choice per field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.details import reference_label
from tracker.identity.merge import JOINED, MergePreview

from ui.labels import code_word, column_title, entity_name

CODED = ("kind", "basis")


class MergeReview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeReview")
        self.setWidgetResizable(True)
        self.plan: MergePreview | None = None
        self._groups: dict[str, QButtonGroup] = {}
        self._body = QWidget()
        self.setWidget(self._body)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(8)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self._layout.addLayout(self.grid)
        self.joined = QLabel()
        self.joined.setObjectName("emptyHint")
        self.joined.setWordWrap(True)
        self._layout.addWidget(self.joined)
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self._layout.addWidget(self.moves)
        self._layout.addStretch(1)

    def show_plan(self, plan: MergePreview | None) -> None:
        self.plan = plan
        self._groups = {}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the window now, deleted later
                widget.deleteLater()
        if plan is None:
            self.joined.clear()
            self.moves.clear()
            return
        heads = (self.tr("Keeps (survivor)"), self.tr("Goes to the bin"))
        for column, (text, record) in enumerate(zip(heads, (plan.survivor, plan.other),
                                                    strict=True), start=1):
            head = QLabel(f"<b>{text}</b><br>{_label(plan.entity, record)}")
            head.setWordWrap(True)
            self.grid.addWidget(head, 0, column)
        for row, choice in enumerate(plan.fields, start=1):
            title = QLabel(column_title(choice.field, plan.entity))
            title.setObjectName("fieldLabel")
            self.grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            values = (_shown(choice.field, choice.survivor), _shown(choice.field, choice.other))
            if not choice.differs:
                kept = values[0] or values[1]
                cell = QLabel(kept or "—")
                cell.setWordWrap(True)
                self.grid.addWidget(cell, row, 1, 1, 2)
                continue
            group = QButtonGroup(self)
            for column, (side, text) in enumerate(zip(("survivor", "other"), values,
                                                      strict=True), start=1):
                radio = QRadioButton(_one_line(text).replace("&", "&&"))  # no mnemonic
                radio.setToolTip(text)
                radio.setObjectName(f"take_{choice.field}_{side}")
                group.addButton(radio, column)
                radio.setChecked(side == choice.default or (
                    choice.default == "both" and side == "survivor"))
                self.grid.addWidget(radio, row, column)
            if choice.field == "notes":
                both = QRadioButton(self.tr("Keep both notes"))
                both.setObjectName("take_notes_both")
                group.addButton(both, 3)
                both.setChecked(choice.default == "both")
                self.grid.addWidget(both, row + len(plan.fields), 1)
            self._groups[choice.field] = group
        joined = [self.tr("%1: %2").replace("%1", column_title(name, plan.entity)).replace(
                      "%2", self.tr(", ").join(map(str, together)))
                  for name in JOINED[plan.entity]
                  if (together := list(dict.fromkeys([*(plan.survivor.get(name) or []),
                                                      *(plan.other.get(name) or [])])))
                  and name != "conferences"]
        self.joined.setText(self.tr("Both are kept: %1").replace("%1", self.tr("; ").join(
            joined)) if joined else "")
        self.joined.setVisible(bool(joined))  # no empty line above what moves
        moved = [f"{count} × {entity_name(key.split('.')[0])} ({column_title(key.split('.')[1])})"
                 for key, count in plan.links.items()]
        self.moves.setText(self.tr("Moves to the survivor: %1").replace("%1", ", ".join(moved))
                           if moved else self.tr("Nothing else links to the other record."))

    def choices(self) -> dict[str, str]:
        sides = {1: "survivor", 2: "other", 3: "both"}
        return {name: sides[group.checkedId()] for name, group in self._groups.items()
                if group.checkedId() in sides}


def _label(entity: str, record: dict[str, Any]) -> str:
    name = record.get("name") or ""
    second = record.get("name_zh") or ""
    return f"{name} {second}".strip() if second != name else name


def _shown(field: str, value: Any) -> str:
    if value in (None, ""):
        return ""
    if field == "organization":
        found = reference_label("organization", [int(value)]).get(int(value))
        return found[0] if found else str(value)
    if field in CODED:
        return code_word(str(value))
    return str(value)


def _one_line(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"
