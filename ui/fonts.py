"""A Chinese font for machines that have none (a fresh Linux desktop, a minimal VM).

Installers carry one (ui/resources/fonts/, put there by packaging/build.sh on Linux);
it is registered only when no installed font writes Simplified Chinese, so a system's
own (Microsoft YaHei, PingFang, Noto CJK) always wins. A source checkout has none and
relies on the system (packaging/setup.sh installs fonts-wqy-microhei).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

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
