"""`beacon screenshots DIR`: every main view and dialog as a PNG at 1440x900, offscreen.

Made to be looked at: each picture is checked for being more than a blank
fill, and the command fails loudly if one is.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tracker.db import close_database
from tracker.services import records

from ui.context import AppContext
from ui.settings import Settings

WIDTH, HEIGHT = 1440, 900
MIN_COLOURS = 12  # a blank or single-fill picture has a handful
DIM = QColor(15, 23, 42, 90)  # the veil a modal dialog casts over the window


def distinct_colours(image: QImage, step: int = 7) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
            if len(colours) > 200:
                return len(colours)
    return len(colours)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    """The dialog drawn centred over the dimmed window, as a person sees it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    dialog.adjustSize()
    _settle(app)
    base = window.grab()
    top = dialog.grab()
    painter = QPainter(base)
    painter.fillRect(base.rect(), DIM)
    painter.drawPixmap(QPoint((base.width() - top.width()) // 2,
                              (base.height() - top.height()) // 3), top)
    painter.end()
    return base


def write_screenshots(directory: str, db: str | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import build_main_window, create_application, open_data

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    scratch = tempfile.TemporaryDirectory(prefix="beacon-shots-")
    db_path = db or str(Path(scratch.name) / "beacon.sqlite3")
    app = create_application()
    path = open_data(db_path)
    settings = Settings(QSettings(str(Path(scratch.name) / "settings.ini"),
                                  QSettings.Format.IniFormat))
    context = AppContext.create(path, settings)
    window = build_main_window(context)
    window.resize(WIDTH, HEIGHT)
    window.show()
    _settle(app)
    written: list[Path] = []

    def save(name: str, picture: QPixmap) -> None:
        target = out / f"{name}.png"
        if not picture.save(str(target)):
            raise RuntimeError(f"could not write {target}")
        colours = distinct_colours(picture.toImage())
        if colours < MIN_COLOURS:
            raise RuntimeError(f"{target} looks blank ({colours} colours)")
        written.append(target)

    from ui.pages import PAGES

    for info in PAGES:
        page = window.show_page(info.key)
        opener: Callable[[int], bool] | None = getattr(page, "open_record", None)
        model = getattr(page, "model", None)
        if opener is not None and model is not None and model.total:
            first_id = model.id_at(0)
            if first_id is not None:
                opener(first_id)
        _settle(app)
        save(info.key, window.grab())

    contacts = window.show_page("contacts")
    contacts.search_box.setText("lm")
    _settle(app)
    save("contacts_search_empty", window.grab())
    contacts.search_box.setText("")

    for entity in ("opportunity", "organization", "contact", "conference", "incentive",
                   "activity"):
        dialog = window.new_record(entity)
        save(f"new_{entity}", _over_window(window, dialog))
        dialog.reject()

    window.show_page("organizations")
    search = window.search_anywhere()
    search.search_box.setText("car")
    save("search_anywhere", _over_window(window, search))
    search.reject()

    organizations = window.show_page("organizations")
    organizations.delete_current()
    box = organizations.pending_dialog
    assert isinstance(box, QMessageBox)
    save("delete_confirmation", _over_window(window, box))
    box.reject()

    contact_page = window.show_page("contacts")
    conflict = _conflict_message(contact_page)
    if conflict is not None:
        save("conflict_message", _over_window(window, conflict))
        conflict.reject()

    window.close()
    close_database()
    scratch.cleanup()
    for target in written:
        print(target)
    return 0


def _conflict_message(page: QWidget) -> QDialog | None:
    """Provoke the 'changed elsewhere' question on the first contact, then leave it unsaved."""
    model = getattr(page, "model", None)
    if model is None or not model.total:
        return None
    record_id = model.id_at(0)
    page.open_record(record_id)  # type: ignore[attr-defined]
    detail = page.detail  # type: ignore[attr-defined]
    title = detail.form.editors["title"].widget
    title.setText(title.text() + " (Greater China)")
    detail.form.edited.emit()
    # Saved behind the panel's back (no change announced), as another window would.
    records.update("contact", record_id, None, {"city": "Suzhou", "languages": "English"})
    detail.save()
    box = detail.pending_dialog
    return box if isinstance(box, QDialog) else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory")
    parser.add_argument("--db")
    args = parser.parse_args(argv)
    return write_screenshots(args.directory, args.db)


if __name__ == "__main__":
    sys.exit(main())
