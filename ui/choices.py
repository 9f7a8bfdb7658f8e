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


def fit_to_choices(box: QComboBox, most: int = 220) -> None:
    """A combo that shrinks when room is short (its minimum is its minimum contents length)
    grows, when there is room, only as far as its longest choice (at most `most` px), so a
    bar gives its room to the choices before a search box and "All business lines" is not
    cut to "All business" at 1280x720."""
    metrics = box.fontMetrics()
    chrome = box.minimumSizeHint().width() - metrics.horizontalAdvance(
        "x" * box.minimumContentsLength())
    widest = max((metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count())),
                 default=0)
    box.setMaximumWidth(max(box.minimumSizeHint().width(), min(widest + chrome + 4, most)))
