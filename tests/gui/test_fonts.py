"""Type that reads right: English text and its punctuation in a Latin font, Chinese in a
Chinese one (each character takes the first family of the interface font that has it)."""

from __future__ import annotations

import pytest

from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from ui.fonts import CHINESE_FAMILIES, LATIN_FAMILIES

pytestmark = pytest.mark.gui


def _families_drawing(text: str) -> list[str]:
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]


def _installed(families: list[str]) -> list[str]:
    known = set(QFontDatabase.families())
    return [f for f in families if f in known]


def test_latin_punctuation_is_drawn_in_a_latin_font_and_chinese_in_a_chinese_one(
        window) -> None:
    families = QApplication.font().families()
    latin = [families.index(f) for f in LATIN_FAMILIES if f in families]
    chinese = [families.index(f) for f in CHINESE_FAMILIES if f in families]
    assert max(latin) < min(chinese)  # every Latin family before every Chinese one
    installed_latin = _installed(LATIN_FAMILIES)
    if not installed_latin or not _installed(CHINESE_FAMILIES):
        pytest.skip("needs a Latin and a Chinese font installed")
    assert set(_families_drawing("Master’s degree in Biology…")) == {installed_latin[0]}
    mixed = _families_drawing("李明 — Master’s degree")
    assert installed_latin[0] in mixed and any(f in CHINESE_FAMILIES for f in mixed)
