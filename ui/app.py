"""The composition root: opens the database, builds the context, shows the main window.

Nothing else in ui/ opens the database or makes a QApplication; views get what
they need through AppContext.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker.backups import Restored
from tracker.errors import BeaconError
from tracker.opening import open_data
from tracker.storage import Store, target_of

from ui.context import AppContext
from ui.errors import show_error
from ui.focus_keeper import bring_forward
from ui.fonts import interface_font
from ui.main_window import MainWindow
from ui.messages import error_message
from ui.resources_path import resources_dir
from ui.settings import Settings
from ui.shutdown import CloseOnSignal
from ui.single_instance import InstanceServer, claim
from ui.translation import install_translation


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The one QApplication, with Beacon's names, font, style sheet and translation.

    `language` is the View > Language setting ("" or None: the system's); BEACON_LANG wins.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Beacon")
    app.setApplicationName("Beacon")
    app.setFont(interface_font())  # per script: Latin, then Chinese (and a bundled one)
    style = resources_dir() / "style.qss"
    if style.exists():
        icons = (resources_dir() / "icons").as_posix()  # a url() is read from the cwd
        app.setStyleSheet(style.read_text(encoding="utf-8").replace("url(icons/",
                                                                    f"url({icons}/"))
    install_translation(app, language)
    return app


def build_main_window(context: AppContext) -> MainWindow:
    return MainWindow(context)


def rebuilt(window: MainWindow) -> MainWindow:
    """The same window built again over the same context (data, undo history, settings),
    on the page and at the size it had: how a new interface language takes effect."""
    window.close()  # saves its page and geometry
    again = build_main_window(window.context)
    again.show()
    return again


def open_store(where: str | None) -> Store:
    """The one Store of this window: a file or a postgresql:// server, seeded on first run,
    recovered from its newest backup when opening finds it damaged. The day's backup (which
    reads the whole file, so finds damage opening cannot see) waits for the window."""
    return open_data(where)


class WindowSwitcher(QObject):
    """Keeps one main window open and moves it to another database when the user connects
    to a team server (File > Connect…) or goes back to this computer's file."""

    def __init__(self, store: Store, settings: Settings,
                 instance: InstanceServer | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.store = store
        self.instance = instance
        self.window = self._build(store)
        self._listen(instance)

    def _listen(self, instance: InstanceServer | None) -> None:
        """A second `beacon` on this window's database brings this window forward."""
        self.instance = instance
        if instance is not None:
            instance.raise_requested.connect(lambda: bring_forward(self.window))

    def _build(self, store: Store) -> MainWindow:
        return self._shown(build_main_window(AppContext.create(store, self.settings)))

    def _shown(self, window: MainWindow) -> MainWindow:
        window.database_chosen.connect(self.switch)
        window.language_switched.connect(self.speak_again)
        window.reopen_requested.connect(self.reopen)
        # The day's backup once the window is on screen (a window built again for another
        # language makes it again if the old one's was stopped by closing).
        window.context.startup.after_first_frame(window.daily_backup.start)
        window.show()
        return window

    def speak_again(self) -> None:
        """The language changed: the window is built again in it, over the same data."""
        old = self.window
        old.database_chosen.disconnect(self.switch)
        old.language_switched.disconnect(self.speak_again)
        old.reopen_requested.disconnect(self.reopen)
        self.window = self._shown(rebuilt(old))
        old.deleteLater()

    def reopen(self, done: Restored) -> None:
        """After a restore the same database holds other data: a new window on it (the old
        one's pages, caches and undo history belong to the data as it was)."""
        old_window = self.window
        old_window.database_chosen.disconnect(self.switch)
        old_window.reopen_requested.disconnect(self.reopen)
        old_window.language_switched.disconnect(self.speak_again)
        self.store.backup_problem = None  # what today's backup found is what was replaced
        self.window = self._build(self.store)
        kept = done.safety.path if done.safety else done.moved_aside  # a damaged file: aside
        self.window.banner.show_restored(done.backup.created_at.strftime("%Y-%m-%d %H:%M"),
                                         str(kept or ""))
        old_window.close()
        old_window.deleteLater()

    def switch(self, chosen: Store | None) -> None:
        """Close this window and its database; open the chosen one (None: the file)."""
        if chosen is None:
            try:
                chosen = open_store(None)
            except BeaconError as error:
                show_error(self.window, QCoreApplication.translate("App", "Cannot open"), error)
                return
        self.settings.set("database/server", str(chosen.target.url or ""))
        old_window, old_store = self.window, self.store
        old_window.database_chosen.disconnect(self.switch)
        old_window.close()
        old_window.deleteLater()
        old_store.close()
        self.store = chosen
        self.window = self._build(chosen)
        if self.instance is not None:
            self.instance.close()
        self._listen(claim(chosen.target, self))

    def close(self) -> None:
        self.store.close()


def _remembered_server(where: str | None, settings: Settings) -> str | None:
    """`--db` wins; otherwise the team server the window was connected to last."""
    if where:
        return where
    return str(settings.get("database/server") or "") or None


def run_app(where: str | None) -> int:
    settings = Settings()
    app = create_application(language=settings.get("ui/language"))
    chosen = _remembered_server(where, settings)
    try:
        target = target_of(chosen)
        instance = claim(target, app)
        if instance is None:  # a window has this database: it was asked to come forward
            print(app.translate("App", "Beacon is already open on %1; its window was brought "
                                       "forward.").replace("%1", target.label), file=sys.stderr)
            return 0
        store = open_store(chosen)
    except BeaconError as error:
        if where or not chosen:
            box = QMessageBox(QMessageBox.Icon.Critical,
                              app.translate("App", "Beacon cannot start"), error_message(error))
            box.exec()
            return 2
        # The team server of last time cannot be reached: say so, open this computer's file.
        box = QMessageBox(QMessageBox.Icon.Warning, app.translate("App", "Team server not "
                                                                  "reachable"),
                          error_message(error) + "\n\n" + app.translate(
                              "App", "Beacon opens the database on this computer; File > "
                                     "Connect to a team server… tries again."))
        box.exec()
        try:
            store = open_store(None)
        except BeaconError as local_error:
            QMessageBox(QMessageBox.Icon.Critical, app.translate("App", "Beacon cannot start"),
                        error_message(local_error)).exec()
            return 2
        instance.close()  # listen for this computer's file instead of the server
        instance = claim(store.target, app) or instance
    switcher = WindowSwitcher(store, settings, instance)
    try:
        with CloseOnSignal():  # logout, shutdown, Ctrl+C: windows closed as by the user
            return int(app.exec())
    finally:
        switcher.close()
