"""Help > About Beacon: version, data folder and database, and a link that opens the folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from tracker import __version__
from tracker.storage.locations import data_dir

pytestmark = pytest.mark.gui


class FileManager(QObject):
    """Stands in for the desktop's file manager: remembers what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_about_names_the_version_and_opens_the_data_folder(window, qtbot, seeded) -> None:
    window.about_action.trigger()  # Help > About Beacon
    dialog = window.findChild(QObject, "aboutDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert __version__ in dialog.version_label.text()
    # A file's folder; this computer's data folder when the database is a team server.
    folder = seeded.path.parent if seeded.path is not None else data_dir()
    assert dialog.folder_label.text() == str(folder)
    assert dialog.database_label.text() == seeded.label

    files = FileManager()
    QDesktopServices.setUrlHandler("file", files, "open")
    try:
        link = dialog.open_link
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(8, link.height() // 2))
        qtbot.waitUntil(lambda: files.opened != [])
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert Path(files.opened[0].toLocalFile()) == folder
    assert dialog.problem_label.isHidden()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_window_gets_beacons_icon_once_shown(window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: not QApplication.windowIcon().isNull())
    assert QApplication.windowIcon().availableSizes()[0].width() == 16
