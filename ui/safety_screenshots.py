"""Screenshots of data safety: File > Backups…, a contact's personal data (where from,
export, erase and its confirmation), and the read-only banner."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from tracker import backups
from tracker.storage import open_store

from ui.context import AppContext
from ui.picture import over_window, settle


def safety_screenshots(window: Any, scratch: Path, size: tuple[int, int]
                       ) -> list[tuple[str, QPixmap]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shots: list[tuple[str, QPixmap]] = []
    store = window.context.store
    if store.path is not None:
        backups.make("before-import", store)
    dialog = window.open_backups()
    settle(app)
    shots.append(("backups", over_window(window, dialog)))
    dialog.reject()

    page = window.show_page("contacts")
    if page.model.total:
        page.open_record(page.model.id_at(0))
        settle(app)
        shots.append(("contact_person_data", window.grab()))
        box = page.detail.person_bar.confirm_erase()
        if box is not None:
            settle(app)
            shots.append(("contact_erase_confirmation", over_window(window, box)))
            box.reject()
    if store.path is not None:
        shots.append(("read_only_banner", _read_only_window(window, scratch, size)))
    return shots


def _read_only_window(window: Any, scratch: Path, size: tuple[int, int]) -> QPixmap:
    """A copy of the database opened read-only (a file no one may write), in its own window."""
    from ui.app import build_main_window

    copy = scratch / "read-only" / "beacon.sqlite3"
    copy.parent.mkdir(exist_ok=True)
    backups.make("manual", window.context.store)
    shutil.copy(backups.listing(window.context.store)[0].path, copy)
    copy.chmod(0o444)
    store = open_store(copy)
    if not store.read_only:  # an administrator writes anyway: show the banner as it would be
        store.dialect.read_only = "file"  # type: ignore[attr-defined]
    context = AppContext.create(store, window.context.settings)
    other = build_main_window(context)
    other.resize(*size)
    other.show_page("contacts")
    other.show()
    settle(QApplication.instance())  # type: ignore[arg-type]
    picture = other.grab()
    other.close()
    store.close()
    return picture
