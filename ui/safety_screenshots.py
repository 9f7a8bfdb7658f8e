"""Screenshots of data safety: the day's backup in the status bar (making, made), File >
Backups…, a contact's personal data (where from, export, erase and its confirmation), and
the banners over a read-only database and over damage the day's backup found."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from tracker import backups
from tracker import messages as m
from tracker.errors import StorageUnavailable
from tracker.messages import say
from tracker.storage import Store, open_store

from ui.context import AppContext
from ui.picture import over_window, settle


def safety_screenshots(window: Any, scratch: Path, size: tuple[int, int]
                       ) -> list[tuple[str, QPixmap]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shots: list[tuple[str, QPixmap]] = []
    store = window.context.store
    if store.path is not None:
        shots.extend(_daily_backup(window))
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
        for backed_up in (True, False):
            shots.append((f"damage_found{'' if backed_up else '_no_backup'}_banner",
                          _damaged_window(window, scratch, size, backed_up)))
        shots.append(("backup_not_made_banner", _not_made_window(window, scratch, size)))
    return shots


def _not_made_window(window: Any, scratch: Path, size: tuple[int, int]) -> QPixmap:
    """The banner when today's backup could not be made (a file where its folder goes)."""
    def not_made(store: Store) -> None:
        assert store.path is not None
        store.backup_problem = StorageUnavailable(
            str(store.path.parent / backups.FOLDER), say(m.BACKUP_FOLDER_IN_THE_WAY),
            say(m.HINT_MOVE_IN_THE_WAY))

    return _window_on_copy(window, scratch / "not-made", size, not_made)


def _daily_backup(window: Any) -> list[tuple[str, QPixmap]]:
    """The status bar while the day's backup is made (on its thread) and once it is."""
    daily = window.daily_backup
    if not backups.daily_due(window.context.store):
        return []
    waiting, done = QEventLoop(), list[object]()
    daily.finished.connect(done.append)
    daily.finished.connect(waiting.quit)
    daily.start()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settle(app)
    running = window.grab()
    if not done:
        waiting.exec()
    daily.finished.disconnect(waiting.quit)
    daily.finished.disconnect(done.append)
    settle(app)
    return [("backup_running", running), ("backup_made", window.grab())]


def _damaged_window(window: Any, scratch: Path, size: tuple[int, int],
                    backed_up: bool) -> QPixmap:
    """The banner over damage the day's backup found (made up: no file is damaged here),
    with a backup to go back to or none."""
    def damaged(store: Store) -> None:
        if backed_up:
            backups.make("manual", store)
        store.backup_problem = StorageUnavailable(
            str(store.path), say(m.BACKUP_OF_DAMAGED), say(m.HINT_DAMAGED_BACKUP),
            kind="damaged")

    folder = scratch / ("damaged" if backed_up else "damaged-no-backup")
    return _window_on_copy(window, folder, size, damaged)


def _read_only_window(window: Any, scratch: Path, size: tuple[int, int]) -> QPixmap:
    """A copy of the database opened read-only (a file no one may write), in its own window."""
    def read_only(store: Store) -> None:
        if not store.read_only:  # an administrator writes anyway: show it as it would be
            store.dialect.read_only = "file"  # type: ignore[attr-defined]

    return _window_on_copy(window, scratch / "read-only", size, read_only, mode=0o444)


def _window_on_copy(window: Any, folder: Path, size: tuple[int, int],
                    prepare: Callable[[Store], None], mode: int = 0o600) -> QPixmap:
    """A copy of the database (its newest backup) in a window of its own, once `prepare`
    has put the store in the state to show."""
    from ui.app import build_main_window

    copy = folder / "beacon.sqlite3"
    copy.parent.mkdir(exist_ok=True)
    backups.make("manual", window.context.store)
    shutil.copy(backups.listing(window.context.store)[0].path, copy)
    copy.chmod(mode)
    store = open_store(copy)
    prepare(store)
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
