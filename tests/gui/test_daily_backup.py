"""The day's backup is made once the window is on screen, off the window's thread: the
status bar says so quietly, closing the window stops it without a trace, and damage it
finds is told in the window with the way back that loses nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from tracker import backups
from tracker.errors import StorageUnavailable
from tracker.storage import sqlite_files

from ui.context import AppContext
from ui.settings import Settings

pytestmark = [pytest.mark.gui, pytest.mark.sqlite_only]


class AtFirstPaint(QObject):
    """Calls `then` when the window paints its first frame."""

    def __init__(self, then) -> None:
        super().__init__()
        self.then, self.done = then, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            self.then()
        return False


@pytest.fixture
def started(context: AppContext, qtbot):
    """The window as `beacon` starts it (ui/app.py): shown, its first frame still to come."""
    from ui.app import WindowSwitcher, create_application

    create_application()
    switcher = WindowSwitcher(context.store, context.settings)
    qtbot.addWidget(switcher.window)  # closed after the test, whatever happens
    return switcher.window


def test_the_first_start_of_a_day_shows_the_window_then_backs_up(started, qtbot) -> None:
    window = started
    store = window.context.store
    at_first_paint: list[list[backups.Backup]] = []
    watcher = AtFirstPaint(lambda: at_first_paint.append(backups.listing(store)))
    window.installEventFilter(watcher)
    said_while_running: list[str] = []
    window.daily_backup.started.connect(
        lambda: said_while_running.append(window.daily_backup.label.text()))
    with qtbot.waitSignal(window.daily_backup.finished, timeout=30_000) as made:
        pass  # the first frame, then the backup on its thread
    assert at_first_paint == [[]]  # the window was on screen before any backup existed
    assert said_while_running == ["Making today's backup…"]
    backup = made.args[0]
    assert isinstance(backup, backups.Backup) and backup.reason == "daily"
    assert [b.path for b in backups.listing(store)] == [backup.path]
    assert store.dialect.verify_backup(backup.path).counts["opportunity"] == 2
    assert backup.counts["opportunity"] == 2
    label = window.daily_backup.label
    assert label.isVisible() and label.text() == "Today's backup is made and verified"
    assert not window.banner.isVisible()
    # A second window the same day (the language switched, say) makes no second one.
    assert not backups.daily_due(store)


def a_backup_of_yesterday(store) -> tuple[backups.Backup, dict[Path, bytes]]:
    """A verified backup dated yesterday (today's is still due), and its files' bytes."""
    import datetime as dt
    import json

    made = backups.make("manual", store)
    note = made.path.with_name(made.name + ".json")
    note.write_text(json.dumps({**json.loads(note.read_text()), "created_at": (
        made.created_at - dt.timedelta(days=1)).isoformat()}))
    old = backups.listing(store)
    assert [b.path for b in old] == [made.path] and backups.daily_due(store)
    return old[0], {path: path.read_bytes() for path in (made.path, note)}


def test_closing_the_window_during_the_backup_leaves_no_file(
        context, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy is held once it is written and before it is checked: the window answers
    keys meanwhile; it closes then, the copy stops, its half-made file goes, and the
    backups made before are untouched."""
    from ui.app import WindowSwitcher, create_application

    store = context.store
    folder = store.path.parent / backups.FOLDER
    yesterday, old_files = a_backup_of_yesterday(store)
    written = threading.Event()
    verify = sqlite_files.verify_copy

    def held(path: Path, expected=None, stop: threading.Event | None = None):
        written.set()
        assert stop is not None
        stop.wait()  # until the window closes
        return verify(path, expected, stop)

    monkeypatch.setattr(sqlite_files, "verify_copy", held)
    create_application()
    window = WindowSwitcher(store, context.settings).window
    qtbot.addWidget(window)  # a failure below still closes it, which lets the copy go
    qtbot.waitUntil(written.is_set, timeout=30_000)
    partial = sorted(set(folder.iterdir()) - set(old_files))
    assert [p.name.endswith(".partial") for p in partial] == [True]
    assert window.daily_backup.running
    assert window.daily_backup.label.text() == "Making today's backup…"
    # The window does not wait for the copy: a search typed now filters the list.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    deals = window.current_page()
    qtbot.keyClicks(deals.search_box, "juventas")
    assert deals.model.total == 1 and window.daily_backup.running
    window.close()  # stops the copy and waits for its thread
    assert not window.daily_backup.running and not window.isVisible()
    assert sorted(folder.iterdir()) == sorted(old_files)  # nothing half-made left
    assert {path: path.read_bytes() for path in old_files} == old_files
    assert [b.path for b in backups.listing(store)] == [yesterday.path]
    assert backups.daily_due(store)  # the next start makes it
    assert store.dialect.integrity_problems() == []


def test_a_backup_that_cannot_be_made_is_told_in_words(context, qtbot) -> None:
    """A file where the backups folder goes: the window opens all the same, and the banner
    says that today's backup was not made, why, and what to do."""
    import shutil

    from ui.app import WindowSwitcher, create_application

    store = context.store
    folder = store.path.parent / backups.FOLDER
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("not a folder")
    create_application()
    window = WindowSwitcher(store, context.settings).window
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.daily_backup.finished, timeout=30_000) as failed:
        pass  # the first frame, then the backup on its thread
    assert isinstance(failed.args[0], StorageUnavailable)
    qtbot.waitUntil(window.banner.isVisible)
    assert window.banner.text() == (
        f"Today's backup was not made: {folder}: a file is where the backups folder goes, "
        "so no backup was written (move or rename that file, then try again)")
    assert not window.daily_backup.label.isVisible()
    assert folder.read_text() == "not a folder"  # left as it was
    assert store.dialect.integrity_problems() == []


def test_damage_found_by_the_backup_is_told_in_the_window(
        tmp_path: Path, qtbot) -> None:
    """A bad page opening cannot see: the window opens, its backup finds the damage, the
    banner says how to go back to the newest good copy, and doing so keeps the damaged
    file."""
    from tracker.opening import open_data

    from ui.app import WindowSwitcher, create_application

    from tests.test_backups import corrupt_a_data_page, names, with_a_backup_of_yesterday

    path = tmp_path / "damaged" / "beacon.sqlite3"
    yesterday = with_a_backup_of_yesterday(path)
    corrupt_a_data_page(path)
    damaged = path.read_bytes()
    create_application()
    store = open_data(path, seed=False)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    switcher = WindowSwitcher(store, settings)  # as `beacon` starts: shown, backup waiting
    qtbot.addWidget(switcher.window)
    try:
        window = switcher.window
        with qtbot.waitSignal(window.daily_backup.finished, timeout=30_000) as found:
            pass  # the first frame, then the backup on its thread
        assert found.args[0].kind == "damaged"
        banner = window.banner
        assert banner.isVisible()
        when = yesterday.created_at.strftime("%Y-%m-%d %H:%M")
        assert banner.text() == (
            "The database is damaged: Beacon found it while making today's backup, so no "
            f"backup was made. To go back to the newest good copy ({when}), choose it under "
            "File > Backups… and click Restore…: Beacon keeps the damaged file beside the "
            f"database, and changes made after {when} (and any made now) stay only in that "
            "file.")
        assert path.read_bytes() == damaged  # told, never touched
        assert [p.name for p in path.parent.glob("backups/.*")] == []  # nothing half-made

        # Doing what it says: File > Backups…, the newest, Restore.
        window.backups_action.trigger()
        dialog = window.backups_dialog
        qtbot.waitExposed(dialog)
        assert dialog.selected().path == yesterday.path
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        box = dialog.confirm_box
        assert isinstance(box, QMessageBox)
        restore = next(b for b in box.buttons() if b.text() == "Restore")
        with qtbot.waitSignal(window.reopen_requested) as reopened:
            qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
        done = reopened.args[0]
        with pytest.raises(StorageUnavailable, match="damaged"):  # kept, still itself
            sqlite_files.verify_copy(done.moved_aside)
        assert done.moved_aside.parent == path.parent and path.read_bytes() != damaged
        assert len(names()) == 300
        again = switcher.window
        assert again is not window
        assert "The database is damaged" not in again.banner.text()
        assert str(done.moved_aside) in again.banner.text()
    finally:
        switcher.window.close()
        store.close()
