"""Pictures of windows for `beacon screenshots`: dialogs over the dimmed window, blank checks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

MIN_COLOURS = 12  # a blank or single-fill picture has a handful
DIM = QColor(15, 23, 42, 90)  # the veil a modal dialog casts over the window


def distinct_colours(image: QImage, step: int = 7) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
            if len(colours) > 200:
                return len(colours)
    return len(colours)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    """The dialog drawn centred over the dimmed window, as a person sees it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):  # a size chosen is kept
        dialog.adjustSize()
    settle(app)
    base = window.grab()
    top = dialog.grab()
    painter = QPainter(base)
    painter.fillRect(base.rect(), DIM)
    painter.drawPixmap(QPoint((base.width() - top.width()) // 2,
                              (base.height() - top.height()) // 3), top)
    painter.end()
    return base
