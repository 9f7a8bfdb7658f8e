"""Filter drop-downs whose first entry is "All ..." and whose others come from the data."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill(box: QComboBox, values: Iterable[str]) -> None:
    """Replace every choice after the first, keeping the current one if it is still there."""
    chosen = box.currentData()
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    for value in values:
        box.addItem(value, value)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.blockSignals(False)
