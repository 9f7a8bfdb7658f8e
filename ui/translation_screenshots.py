"""The Chinese pictures of `beacon screenshots` (zh_*.png): the same window, translated.

Made after the English set, in the same application and database: the Chinese
translator is installed, a new main window is built (pages word themselves when
made), and the English translator is put back afterwards.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QScrollArea

from ui.context import AppContext
from ui.list_page import RecordListPage
from ui.picture import over_window, settle
from ui.translation import install_language, installed_language


def chinese_screenshots(context: AppContext, size: tuple[int, int]) -> list[tuple[str, QPixmap]]:
    from ui.app import build_main_window

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = installed_language()
    if install_language(app, "zh_CN") != "zh_CN":
        raise RuntimeError("the Chinese translation could not be compiled or loaded")
    pictures: list[tuple[str, QPixmap]] = []
    window = build_main_window(context)
    try:
        window.resize(*size)
        window.show()
        settle(app)
        for key in ("opportunities", "contacts", "board", "dashboard"):
            page = window.show_page(key)
            if isinstance(page, RecordListPage) and page.model.total:
                first_id = page.model.id_at(0)
                if first_id is not None:
                    page.open_record(first_id)
            settle(app)
            pictures.append((f"zh_{key}", window.grab()))
            scroll = page.findChild(QScrollArea) if key == "dashboard" else None
            if scroll is not None:  # its lower half: top deals and what is overdue
                scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
                settle(app)
                pictures.append(("zh_dashboard_lower", window.grab()))
        window.show_page("contacts")
        dialog = window.new_record("contact")
        pictures.append(("zh_new_contact", over_window(window, dialog)))
        dialog.prefill({"name": "李明", "emails": ["li.ming@"], "phones": ["1234"]})
        dialog.create()  # refused: the reasons under the fields, in Chinese
        pictures.append(("zh_new_contact_problems", over_window(window, dialog)))
        dialog.reject()
        window.show_page("opportunities")
        export = window.open_export()
        pictures.append(("zh_export_dialog", over_window(window, export)))
        export.reject()
        wizard = window.open_import()
        pictures.append(("zh_import_wizard", over_window(window, wizard)))
        wizard.reject()
        from ui.importing.screenshots import import_screenshots

        with tempfile.TemporaryDirectory(prefix="beacon-zh-") as folder:
            pictures += import_screenshots(window, window.open_import, Path(folder), "zh_")
        from ui.identity_screenshots import duplicates_dialogs, same_person_quick_log

        same_person = same_person_quick_log(window)
        if same_person is not None:
            pictures.append(("zh_quick_log_same_person", over_window(window, same_person)))
            same_person.reject()
        for name, duplicates in duplicates_dialogs(window):
            pictures.append((f"zh_{name}", over_window(window, duplicates)))
            duplicates.reject()
        from ui.identity_screenshots import merge_history_dialog

        for name, history in merge_history_dialog(window, demo=False):
            pictures.append((f"zh_{name}", over_window(window, history)))
        about = window.open_about()
        pictures.append(("zh_about", over_window(window, about)))
        about.reject()
        from ui.team_screenshots import conflict_review, team_screenshots

        pictures.extend(team_screenshots(window, "zh_"))
        contacts = window.show_page("contacts")
        review = conflict_review(contacts)
        if review is not None:
            pictures.append(("zh_conflict_review", over_window(window, review)))
            review.reject()
            contacts.detail.revert()
    finally:
        window.close()
        window.deleteLater()
        install_language(app, previous)
    return pictures
