"""The composition root: opens the database, builds the context, shows the main window.

Nothing else in ui/ opens the database or makes a QApplication; views get what
they need through AppContext.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker.errors import BeaconError
from tracker.opening import check_on_start, open_data
from tracker.storage import Store

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.resources_path import resources_dir
from ui.settings import Settings
from ui.translation import install_translation

FONT_FAMILIES = ["Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC",
                 "Noto Sans", "WenQuanYi Micro Hei", "DejaVu Sans"]


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The one QApplication, with Beacon's names, font, style sheet and translation.

    `language` is the View > Language setting ("" or None: the system's); BEACON_LANG wins.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Beacon")
    app.setApplicationName("Beacon")
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10.0)
    app.setFont(font)
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    install_translation(app, language)
    return app


def build_main_window(context: AppContext) -> MainWindow:
    return MainWindow(context)


def open_store(where: str | None) -> Store:
    """The one Store of this window: a file or a postgresql:// server, seeded on first run,
    backed up once a day (which checks the whole file; a damaged one is recovered)."""
    return check_on_start(open_data(where))


def run_app(where: str | None) -> int:
    app = create_application(language=Settings().get("ui/language"))
    try:
        store = open_store(where)
    except BeaconError as error:
        box = QMessageBox(QMessageBox.Icon.Critical, app.translate("App", "Beacon cannot start"),
                          str(error))
        box.exec()
        return 2
    try:
        context = AppContext.create(store)
        window = build_main_window(context)
        window.show()
        return int(app.exec())
    finally:
        store.close()
