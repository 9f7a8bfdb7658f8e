"""The main window only composes: sidebar, pages from ui.pages (each a ui.page.Page), menus,
status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tracker import details
from tracker.errors import BeaconError, UndoRefused
from tracker.services.context import Changes
from tracker.storage.locations import data_dir

from ui.connection_status import ConnectionStatus
from ui.context import AppContext
from ui.daily_backup import DailyBackup
from ui.errors import show_error
from ui.focus_keeper import FocusKeeper
from ui.labels import entity_name, entity_plural
from ui.language_menu import LanguageMenu
from ui.live import LiveUpdates
from ui.page import Page
from ui.pages import DEFAULT_PAGE, PAGES, page_for_entity, page_info, page_title
from ui.reminders.center import ReminderCenter
from ui.sidebar import Sidebar, SidebarViews
from ui.store_banner import StoreBanner
from ui.translation import install_language

if TYPE_CHECKING:  # dialogs load when first opened (Excel, vCards, pinyin): start-up is lists
    from ui.about_dialog import AboutDialog
    from ui.connect_dialog import ConnectDialog
    from ui.export_dialog import ExportDialog
    from ui.importing.wizard import ImportWizard
    from ui.new_record_dialog import NewRecordDialog
    from ui.search_anywhere import SearchAnywhereDialog

NEW_ORDER = ("opportunity", "organization", "contact", "conference", "incentive", "activity")


class MainWindow(QMainWindow):
    reopen_requested = Signal(object)  # after a restore: build the window again
    # Another database was opened from the File menu (a tracker Store, or None for this
    # computer's file): the composition root (ui/app.py) rebuilds the window on it.
    database_chosen = Signal(object)
    # The interface's language changed: the composition root builds the window again (its
    # pages word themselves when made) over the same context, page and size.
    language_switched = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        context.startup.hold()  # counts and the like wait for the first frame (start-up time)
        context.startup.after_first_frame(self._set_icon)
        self._first_frame = False
        self.pages: dict[str, Page] = {}
        self.new_record_dialog: NewRecordDialog | None = None
        self.search_dialog: SearchAnywhereDialog | None = None
        self.setWindowTitle(self.tr("Beacon"))
        self.resize(1440, 900)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        sidebar_box = QWidget()
        sidebar_box.setObjectName("sidebarBox")
        sidebar_box.setFixedWidth(212)
        side = QVBoxLayout(sidebar_box)
        side.setContentsMargins(0, 16, 0, 12)
        side.setSpacing(8)
        brand = QLabel(self.tr("Beacon"))
        brand.setObjectName("brand")
        side.addWidget(brand)
        self.sidebar = Sidebar(PAGES)
        side.addWidget(self.sidebar, 1)
        search_hint = QLabel(self.tr("Ctrl+K  search anywhere\nCtrl+N  new record"))
        search_hint.setObjectName("sidebarHint")
        side.addWidget(search_hint)
        layout.addWidget(sidebar_box)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.banner = StoreBanner()  # read-only, recovered, today's backup not made
        self.banner.show_state(context.store)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)

        self.focus_keeper = FocusKeeper(self)
        self.views = SidebarViews(self, context)
        self.reminders = ReminderCenter(context, self)
        self.reminders.open_requested.connect(self.open_record)
        self.reminders.list_requested.connect(self.open_reminders)
        self.reminders_dialog: QWidget | None = None
        self.duplicates_dialog: QWidget | None = None
        context.startup.after_first_frame(self.reminders.start)
        self.reminders.announced.connect(self._reminders_announced)
        self.live = LiveUpdates(context, self)
        context.startup.after_first_frame(self.live.start)
        self.connect_dialog: ConnectDialog | None = None
        self.daily_backup = DailyBackup(context.store, self)  # started by ui/app.py
        self.daily_backup.failed.connect(lambda: self.banner.show_state(context.store))
        self._build_menus()
        self._build_status_bar()
        context.bus.changed.connect(self._on_changed)
        context.undo.available.connect(self._undo_available)
        undo_next = context.undo.next_label  # a window built again keeps the undo history
        self._undo_available(undo_next is not None, undo_next or "")
        self._restore()

    # --- menus -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_menu = QMenu(self.tr("&New"), self)
        for entity in NEW_ORDER:
            action = self.new_menu.addAction(entity_name(entity).capitalize())
            action.triggered.connect(lambda _c=False, e=entity: self.new_record(e))
        self.file_menu.addMenu(self.new_menu)
        self.new_action = QAction(self.tr("New record"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.new_record(None))
        self.file_menu.addAction(self.new_action)
        self.file_menu.addSeparator()
        self.import_action = self.file_menu.addAction(self.tr("&Import…"))
        self.import_action.triggered.connect(self.open_import)
        self.history_action = self.file_menu.addAction(self.tr("Import &history…"))
        self.history_action.triggered.connect(self.open_import_history)
        self.export_action = self.file_menu.addAction(self.tr("&Export…"))
        self.backups_action = self.file_menu.addAction(self.tr("&Backups…"))
        self.backups_action.triggered.connect(self.open_backups)
        self.export_action.triggered.connect(self.open_export)
        self.file_menu.addSeparator()
        self.connect_action = self.file_menu.addAction(self.tr("&Connect to a team server…"))
        self.connect_action.triggered.connect(self.open_connect)
        self.local_action = self.file_menu.addAction(self.tr("Use the database on this "
                                                             "&computer"))
        self.local_action.triggered.connect(lambda: self.database_chosen.emit(None))
        self.local_action.setVisible(self.context.store.is_server)
        self.push_action = self.file_menu.addAction(self.tr("Copy records from a database "
                                                            "&file…"))
        self.push_action.setToolTip(self.tr("Move a laptop's records to the team server, with "
                                            "their history"))
        self.push_action.triggered.connect(self.open_push)
        self.push_action.setVisible(self.context.store.is_server)
        self.team_action = self.file_menu.addAction(self.tr("&Team…"))
        self.team_action.triggered.connect(self.open_team)
        self.team_action.setVisible(self.context.store.is_server)
        self.file_menu.addSeparator()
        quit_action = self.file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.edit_menu.addAction(self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.delete_action = self.edit_menu.addAction(self.tr("&Delete record…"))
        self.delete_action.triggered.connect(self.delete_current)
        self.edit_menu.addSeparator()
        self.search_action = self.edit_menu.addAction(self.tr("&Search anywhere…"))
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.search_anywhere)
        self.find_action = self.edit_menu.addAction(self.tr("&Find in list"))
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.duplicates_action = self.edit_menu.addAction(self.tr("Find d&uplicates…"))
        self.duplicates_action.triggered.connect(lambda: self.open_duplicates())
        self.find_action.triggered.connect(self._focus_list_search)

        self.view_menu = bar.addMenu(self.tr("&View"))
        for number, info in enumerate(PAGES, start=1):
            action = self.view_menu.addAction(page_title(info))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, key=info.key: self.show_page(key))
        self.view_menu.addSeparator()
        self.reminders_action = self.view_menu.addAction(self.tr("&Reminders…"))
        self.reminders_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.reminders_action.triggered.connect(self.open_reminders)
        self.view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.context.settings, self, live=True)
        self.language_menu.chosen.connect(self.switch_language)
        self.view_menu.addMenu(self.language_menu)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self.help_menu.addAction(self.tr("&About Beacon"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("statusCounts")
        self.path_label = ConnectionStatus(self.context.store)
        self.live.state_changed.connect(self.path_label.set_live)
        status.addPermanentWidget(self.daily_backup.label)
        status.addPermanentWidget(self.counts_label)
        status.addPermanentWidget(self.path_label)
        self.context.startup.after_first_frame(self._update_counts)

    def _update_counts(self) -> None:
        counts = details.record_counts()
        self.counts_label.setText("   ".join(
            f"{entity_plural(entity)} {count:,}" for entity, count in counts.items()))

    # --- pages -----------------------------------------------------------------------

    def page(self, key: str) -> Page:
        """The page for this sidebar key, made on first use (pages not shown cost nothing)."""
        if key not in self.pages:
            info = page_info(key)
            if info is None:
                raise KeyError(key)
            page = info.factory(self.context, self.stack)
            page.open_record_requested.connect(self.open_record)
            page.new_requested.connect(self.new_record)
            page.export_requested.connect(self.open_export)
            page.status_message.connect(self._show_status)
            self.stack.addWidget(page)
            self.pages[key] = page
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if self._sidebar_key(self.sidebar.currentItem()) != key:
            item = next((self.sidebar.item(row) for row in range(self.sidebar.count())
                         if self._sidebar_key(self.sidebar.item(row)) == key), None)
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentItem(item)
            self.sidebar.blockSignals(False)
        self.context.settings.set("window/page", key)
        return page

    @staticmethod
    def _sidebar_key(item: QListWidgetItem | None) -> str | None:
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return key if isinstance(key, str) else None

    def _sidebar_changed(self, row: int) -> None:
        item = self.sidebar.item(row)
        key = self._sidebar_key(item)
        if key is not None:
            self.show_page(key)
        uid = Sidebar.view_uid(item)
        if uid is not None:
            self.views.open_view(uid)

    def current_key(self) -> str:
        return self._sidebar_key(self.sidebar.currentItem()) or DEFAULT_PAGE

    def current_page(self) -> Page:
        return self.page(self.current_key())

    def open_record(self, entity: str, record_id: int) -> None:
        """Navigate to the record's list and open it in the detail panel."""
        info = page_for_entity(entity)
        if info is None:
            return
        if not self.show_page(info.key).open_record(record_id):
            self._show_status(self.tr("That %1 no longer exists.").replace(
                "%1", entity_name(entity)))

    # --- actions ---------------------------------------------------------------------

    def new_record(self, entity: str | None = None) -> NewRecordDialog:
        from ui.new_record_dialog import NewRecordDialog

        if entity is None:
            info = page_info(self.current_key())
            entity = (info.entity if info else None) or "opportunity"
        dialog = NewRecordDialog(self.context, entity, self)
        dialog.created.connect(self.open_record)
        dialog.finished.connect(self.activateWindow)
        self._prefill_from_current(dialog, entity)
        self.new_record_dialog = dialog
        dialog.open()
        return dialog

    def _prefill_from_current(self, dialog: NewRecordDialog, entity: str) -> None:
        """A contact or deal made while an organization is open belongs to it."""
        info = page_info(self.current_key())
        if info is None or info.entity != "organization" or entity == "organization":
            return
        current = self.current_page().current_id()
        if current is not None and "organization" in dialog.form.editors:
            dialog.prefill({"organization": current})

    def search_anywhere(self) -> SearchAnywhereDialog:
        from ui.search_anywhere import SearchAnywhereDialog

        if self.search_dialog is None:
            self.search_dialog = SearchAnywhereDialog(self)
            self.search_dialog.open_requested.connect(self.open_record)
            self.search_dialog.finished.connect(self.activateWindow)
        self.search_dialog.open()
        self.search_dialog.start()
        return self.search_dialog

    def _focus_list_search(self) -> None:
        self.current_page().focus_search()

    def delete_current(self) -> None:
        self.current_page().delete_current()

    def undo(self) -> None:
        label = self.context.undo.next_label
        try:
            changes = self.context.undo.undo()
        except UndoRefused as error:
            show_error(self, self.tr("Cannot undo"), error)
            return
        except BeaconError as error:
            show_error(self, self.tr("Cannot undo"), error)
            return
        if changes is not None and label:
            self._show_status(self.tr("Undone: %1").replace("%1", label))

    def _undo_available(self, available: bool, label: str) -> None:
        self.undo_action.setEnabled(available)
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", label) if available
                                 else self.tr("&Undo"))

    def open_import(self) -> ImportWizard:
        from ui.importing.wizard import ImportWizard

        wizard = ImportWizard(self.context, self)
        wizard.open()
        return wizard

    def open_export(self) -> ExportDialog:
        """Export what the current list shows (its search, filters and columns), or everything."""
        from ui.export_dialog import ExportDialog

        scope = self.current_page().export_scope()
        dialog = ExportDialog(self.context, self, query=scope.query if scope else None,
                              columns=scope.columns if scope else None)
        dialog.open()
        return dialog

    def switch_language(self, code: str) -> None:
        """Speak the chosen language now; while a form holds unsaved edits, from the next
        start (rebuilding the pages would drop what was typed)."""
        if any(page.has_unsaved_edits() for page in self.pages.values()):
            self.language_menu.notify_next_start(code)
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_language(app, code or QLocale.system().name())
        self.save_settings()
        QTimer.singleShot(0, self, self.language_switched.emit)  # once the menu has closed

    def open_backups(self) -> QWidget:
        from ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context, self)
        dialog.restored.connect(self._restored)
        dialog.finished.connect(self.activateWindow)
        self.backups_dialog = dialog
        dialog.open()
        return dialog

    def _restored(self, done: object) -> None:
        """Everything may differ after a restore: the window is built again on the restored
        file (ui.app reopens it), and the new one says what happened."""
        self.reopen_requested.emit(done)

    def open_import_history(self) -> QWidget:
        from ui.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.context, self)
        dialog.finished.connect(self.activateWindow)
        self.import_history_dialog = dialog
        dialog.open()
        return dialog

    @staticmethod
    def _set_icon() -> None:
        """Every window's icon; Qt's SVG module takes a tenth of a second to load."""
        from ui.app_icon import app_icon

        QApplication.setWindowIcon(app_icon())

    def open_duplicates(self, *, background: bool = True) -> QWidget:
        """Duplicates of the records the current page lists (contacts unless organizations)."""
        from ui.duplicates_dialog import DuplicatesDialog

        page_entity = getattr(self.current_page(), "ENTITY", "contact")
        dialog = DuplicatesDialog(self.context, "organization" if page_entity == "organization"
                                  else "contact", self, background=background)
        dialog.finished.connect(self.activateWindow)
        self.duplicates_dialog = dialog
        dialog.open()
        return dialog

    def open_about(self) -> AboutDialog:
        from ui.about_dialog import AboutDialog

        store = self.context.store
        # A file's folder (its backups sit beside it); on a team server, this computer's.
        folder = store.path.parent if store.path is not None else data_dir()
        dialog = AboutDialog(folder, store.label, self)
        dialog.finished.connect(self.activateWindow)
        dialog.open()
        return dialog

    def open_connect(self) -> ConnectDialog:
        """File > Connect to a team server…; on success the window moves to that server."""
        from ui.connect_dialog import ConnectDialog

        store = self.context.store
        last = str(self.context.settings.get("database/server") or "")
        dialog = ConnectDialog(self, last_url=str(store.target.url) if store.is_server
                               else last)
        dialog.accepted.connect(lambda: self.database_chosen.emit(dialog.store))
        self.connect_dialog = dialog
        dialog.open()
        return dialog

    def open_team(self) -> QDialog | None:
        from ui.team_dialog import TeamDialog

        try:
            dialog = TeamDialog(self.context, self)
        except BeaconError as error:  # a server without `beacon team init`
            show_error(self, self.tr("Team"), error)
            return None
        dialog.open()
        return dialog

    def open_push(self) -> None:
        from ui.team_push import choose_and_push

        choose_and_push(self, self.context)

    def open_reminders(self) -> QWidget:
        from ui.reminders.reminders_dialog import RemindersDialog

        if self.reminders_dialog is None:
            self.reminders_dialog = RemindersDialog(self.reminders, self)
            self.reminders_dialog.finished.connect(self.activateWindow)
        else:
            self.reminders_dialog.reload()  # type: ignore[attr-defined]
        self.reminders_dialog.show()
        self.reminders_dialog.raise_()
        self.reminders_dialog.activateWindow()
        return self.reminders_dialog

    def _reminders_announced(self, _announced: list[object], headline: str) -> None:
        if headline:
            self._show_status(headline)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_changed(self, changes: Changes) -> None:
        if changes.created or changes.deleted:
            self._update_counts()

    # --- remembered between runs -----------------------------------------------------

    def _restore(self) -> None:
        settings = self.context.settings
        geometry = settings.get("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.get("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        key = str(settings.get("window/page") or DEFAULT_PAGE)
        self.show_page(key if page_info(key) is not None else DEFAULT_PAGE)

    def save_settings(self) -> None:
        settings = self.context.settings
        settings.set("window/geometry", self.saveGeometry())
        settings.set("window/state", self.saveState())
        settings.set("window/page", self.current_key())
        settings.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_frame:
            self._first_frame = True
            QTimer.singleShot(0, self.context.startup.release)  # once the frame is on screen

    def closeEvent(self, event: QCloseEvent) -> None:
        self.daily_backup.stop()  # waits (a fraction of a second) for the copy to let go
        self.reminders.stop()
        self.live.stop()
        self.save_settings()
        super().closeEvent(event)
