"""The application icon as a person meets it, for `beacon screenshots` (icon.png): at 16, 32
and 256 px on a light and a dark background, with 16 and 32 also magnified to judge."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from ui.app_icon import icon_pixmap

SHOWN = ((16, 1), (32, 1), (256, 1), (16, 8), (32, 4))  # size, magnification


def icon_sheet(width: int, height: int) -> QPixmap:
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#f6f7fb"))
    painter = QPainter(sheet)
    painter.fillRect(0, height // 2, width, height - height // 2, QColor("#1f2430"))
    for top in (height // 4 - 128, height // 2 + height // 4 - 128):
        x = 60
        for size, scale in SHOWN:
            side = size * scale
            picture = icon_pixmap(size).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.FastTransformation)
            painter.drawPixmap(QRect(x, top + (256 - side) // 2, side, side), picture)
            x += side + 80
    painter.end()
    return QPixmap.fromImage(sheet)
