"""Help > About Beacon: the version, where the data is, and a way to open that folder."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from tracker import __version__

from ui.app_icon import icon_pixmap


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_folder = data_folder
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Beacon"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(14)

        head = QGridLayout()
        head.setHorizontalSpacing(18)
        icon = QLabel()
        icon.setPixmap(icon_pixmap(72))
        head.addWidget(icon, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        name = QLabel(self.tr("Beacon"))
        name.setObjectName("dialogTitle")
        head.addWidget(name, 0, 1)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setObjectName("aboutVersion")
        head.addWidget(self.version_label, 1, 1)
        blurb = QLabel(self.tr("Opportunities, organizations and contacts for business "
                               "development in China's cell-therapy sector. Works offline; "
                               "your data stays on this computer."))
        blurb.setWordWrap(True)
        blurb.setObjectName("aboutNote")
        head.addWidget(blurb, 2, 1)
        head.setColumnStretch(1, 1)
        layout.addLayout(head)
        layout.addSpacing(6)

        where = QGridLayout()
        where.setHorizontalSpacing(14)
        where.setVerticalSpacing(6)
        self.folder_label = self._path_row(where, 0, self.tr("Data folder"), str(data_folder))
        self.database_label = self._path_row(where, 1, self.tr("Database"), database)
        open_text = self.tr("Open data folder")
        self.open_link = QLabel(f'<a href="open">{open_text}</a>')
        self.open_link.setObjectName("openDataFolder")
        self.open_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.open_link.linkActivated.connect(lambda _href: self.open_data_folder())
        where.addWidget(self.open_link, 2, 1)
        where.setColumnStretch(1, 1)
        layout.addLayout(where)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("formError")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)

        versions = QLabel(self.tr("Qt %1 · PySide6 %2 · Python %3").replace("%1", qVersion())
                          .replace("%2", pyside_version)
                          .replace("%3", platform.python_version()))
        versions.setObjectName("aboutNote")
        layout.addWidget(versions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _path_row(grid: QGridLayout, row: int, title: str, path: str) -> QLabel:
        caption = QLabel(title)
        caption.setObjectName("fieldLabel")
        value = QLabel(path)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setToolTip(path)
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, row, 1)
        return value

    def open_data_folder(self) -> bool:
        """Show the folder in the system's file manager (Explorer, Finder, Files...)."""
        self.data_folder.mkdir(parents=True, exist_ok=True)
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
        if not opened:
            self.problem_label.setText(self.tr("The data folder could not be opened here. Its "
                                               "path is above: copy it into your file manager."))
            self.problem_label.show()
        return opened
