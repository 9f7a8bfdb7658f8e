"""Filters that fit a record type (stage, owner, city, kind, due, tags), one drop-down each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from tracker import details
from tracker.queries import ME
from tracker.services.context import current_user
from tracker.services.tags import all_tags

from ui.flow_layout import FlowLayout
from ui.labels import code_word, seeded_name


@dataclass(frozen=True)
class FilterSpec:
    key: str  # the ListQuery filter key
    any_text: str  # source text (context "FilterBar") of the "no filter" entry
    source: str  # codes, values, stages, tags, due, conferences
    codes: tuple[str, ...] = ()
    values_column: str = ""  # for `values`: the column whose distinct values are offered


def _tr(text: str) -> str:
    return QCoreApplication.translate("FilterBar", text)


class LazyCombo(QComboBox):
    """Fills its choices when first opened or focused: a page opens without those queries."""

    def __init__(self, fill: Any) -> None:
        super().__init__()
        self._fill = fill
        self.stale = True

    def ensure_filled(self) -> None:
        if self.stale:
            self.stale = False
            self._fill(self)

    def showPopup(self) -> None:  # noqa: N802  (Qt override)
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event: Any) -> None:
        self.ensure_filled()
        super().focusInEvent(event)


class FilterBar(QWidget):
    filter_changed = Signal(str, object)  # key, value (None: any)

    def __init__(self, entity: str, specs: tuple[FilterSpec, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.specs = specs
        self.combos: dict[str, LazyCombo] = {}
        layout = FlowLayout(self)  # wraps onto a second row in a narrow window
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        for spec in specs:
            combo = LazyCombo(lambda c, s=spec: self._fill(c, s))
            combo.setObjectName(f"filter_{spec.key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(
                lambda _i, key=spec.key: self._changed(key))
            layout.addWidget(combo)
            self.combos[spec.key] = combo
        self.refresh_options()

    def _options(self, spec: FilterSpec) -> list[tuple[str, Any]]:
        if spec.source == "codes":
            return [(code_word(code), code) for code in spec.codes]
        if spec.source == "values":
            values = [(code_word(v), v) for v in details.filter_values(
                self.entity, spec.values_column or spec.key)]
            if spec.key == "owner":  # "me" follows whoever runs Beacon (saved views too)
                values.insert(0, (QCoreApplication.translate("FilterBar", "Me (%1)")
                                  .replace("%1", current_user()), ME))
            return values
        if spec.source == "stages":
            stages = details.stage_choices()
            one_pipeline = len({pipeline for _, pipeline, _ in stages}) == 1
            return [(seeded_name(stage) if one_pipeline
                     else f"{seeded_name(pipeline)} · {seeded_name(stage)}", stage_id)
                    for stage_id, pipeline, stage in stages]
        if spec.source == "tags":
            return [(tag, tag) for tag in all_tags()]
        if spec.source == "conferences":
            return [(label, record_id)
                    for record_id, label in details.reference_choices("conference")]
        return []

    def refresh_options(self) -> None:
        """Forget each drop-down's choices (new owners, cities, tags); refilled when opened."""
        for spec in self.specs:
            combo = self.combos[spec.key]
            if combo.currentData() is None:
                combo.blockSignals(True)
                combo.clear()
                combo.addItem(_tr(spec.any_text), None)
                combo.blockSignals(False)
                combo.stale = True
            else:
                self._fill(combo, spec)

    def _fill(self, combo: QComboBox, spec: FilterSpec) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_tr(spec.any_text), None)
        for text, value in self._options(spec):
            combo.addItem(text, value)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _changed(self, key: str) -> None:
        self.filter_changed.emit(key, self.combos[key].currentData())

    def values(self) -> dict[str, Any]:
        return {key: combo.currentData() for key, combo in self.combos.items()
                if combo.currentData() is not None}

    def set_value(self, key: str, value: Any) -> None:
        combo = self.combos[key]
        if value is not None:
            combo.ensure_filled()
        combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)

    def clear(self) -> None:
        for key in self.combos:
            self.set_value(key, None)
