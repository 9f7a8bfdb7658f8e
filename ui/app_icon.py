"""Beacon's icon for windows and dialogs, drawn from resources/icons/*.svg at each size.

16 and 24 px come from beacon-small.svg (drawn for small sizes), the rest from
beacon.svg; packaging/icons.py builds the PNG/ICO/ICNS files installers need the same way.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ui.resources_path import resources_dir

SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL = 24  # and below: the small drawing


def icon_file(size: int) -> str:
    name = "beacon-small.svg" if size <= SMALL else "beacon.svg"
    return str(resources_dir() / "icons" / name)


def icon_pixmap(size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(icon_file(size)).render(painter)
    painter.end()
    return QPixmap.fromImage(image)


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(icon_pixmap(size))
    return icon
