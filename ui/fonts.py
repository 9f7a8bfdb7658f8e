"""The interface font, per script; and a Chinese font for machines that have none.

Latin families come first and the Chinese ones after them, so each character takes the
first family that has it: English text and its punctuation (’ … “ ”) in a Latin font,
Chinese in a Chinese one. With a CJK font first (as before), "Master’s degree" showed as
"Master ’ s" and "…" as a wide centred glyph, because CJK fonts carry those characters
too, drawn full-width.

The bundled Chinese font (for machines that have none, e.g. a fresh Linux desktop):

Installers carry one (ui/resources/fonts/, put there by packaging/build.sh on Linux);
it is registered only when no installed font writes Simplified Chinese, so a system's
own (Microsoft YaHei, PingFang, Noto CJK) always wins. A source checkout has none and
relies on the system (packaging/setup.sh installs fonts-wqy-microhei).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from ui.resources_path import resources_dir


def ensure_chinese_font(folder: Path | None = None) -> list[str]:
    """Register the bundled font if the system has no Chinese one; its families, if so."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return []
    folder = folder or resources_dir() / "fonts"
    families: list[str] = []
    for font in sorted(folder.glob("*.tt[cf]")) if folder.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


# Windows, macOS, Linux (Noto, DejaVu, Liberation): whichever the machine has.
LATIN_FAMILIES = ["Segoe UI", "Helvetica Neue", "Noto Sans", "DejaVu Sans", "Liberation Sans"]
CHINESE_FAMILIES = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
                    "WenQuanYi Micro Hei"]


def interface_font(point_size: float = 10.0) -> QFont:
    """Latin text in a Latin font, Chinese in a Chinese one (the bundled one last)."""
    font = QFont()
    font.setFamilies(LATIN_FAMILIES + CHINESE_FAMILIES + ensure_chinese_font())
    font.setPointSizeF(point_size)
    return font
