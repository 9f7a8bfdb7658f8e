"""A main window over a seeded database, with settings in a temporary ini file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.context import AppContext
from ui.settings import Settings


@pytest.fixture
def context(seeded: Path, tmp_path: Path) -> AppContext:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext.create(seeded, Settings(store))


def open_window(context: AppContext, qtbot) -> QWidget:
    """A main window shown and holding the keyboard, as Beacon starts."""
    from ui.app import build_main_window, create_application

    create_application()
    main = build_main_window(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


@pytest.fixture
def window(context: AppContext, qtbot) -> Iterator[object]:
    main = open_window(context, qtbot)
    yield main
    main.close()


def type_chinese(widget: QWidget, text: str) -> None:
    """Type Chinese as an input method commits it (qtbot.keyClicks handles Latin-1 only)."""
    widget.setFocus()
    for char in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


def press(qtbot, widget: QWidget, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)
