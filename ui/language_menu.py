"""View > Language: English or Chinese, kept in the settings and applied at once.

Pages build their words once, when made, so the window applies a new language by being
built again over the same data, undo history and place (MainWindow.language_switched).
Only while a form holds unsaved edits does the change wait for the next start, and the
notice says so in both the current and the chosen language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ui.settings import Settings
from ui.translation import LANGUAGES, SYSTEM, translate_in

RESTART_NOTICE = QT_TRANSLATE_NOOP("LanguageMenu",
                                   "The new language is used from the next time Beacon starts.")


class LanguageMenu(QMenu):
    chosen = Signal(str)  # a language code ("" for the system's), stored in the settings

    def __init__(self, settings: Settings, parent: QWidget, *, live: bool = False) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self.settings = settings
        self.live = live  # the window applies the choice at once
        self.pending_notice: QMessageBox | None = None
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.choices: dict[str, QAction] = {}
        current = str(settings.get("ui/language") or SYSTEM)
        names = {SYSTEM: self.tr("System default"), **LANGUAGES}
        for code, name in names.items():
            action = self.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.group.addAction(action)
            self.choices[code] = action
            if code == SYSTEM:
                self.addSeparator()
        self.group.triggered.connect(self._chosen)

    def _chosen(self, action: QAction) -> None:
        code = str(action.data() or SYSTEM)
        if code == str(self.settings.get("ui/language") or SYSTEM):
            return
        self.settings.set("ui/language", code)
        self.settings.sync()
        if self.live:
            self.chosen.emit(code)
            return
        self.notify_next_start(code)

    def notify_next_start(self, code: str) -> None:
        """The language is stored but this window keeps its own until the next start."""
        text = self.tr(RESTART_NOTICE)
        other = translate_in(code or QLocale.system().name(), "LanguageMenu", RESTART_NOTICE)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                          text if other == text else f"{text}\n{other}",
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        self.pending_notice = box
        box.open()

