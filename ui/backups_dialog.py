"""File > Backups…: the verified backups of this database (date, why, size, what they
hold), "Back up now" and "Restore…" (tracker.backups does the work)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker import backups
from tracker.errors import BeaconError

from ui.confirm import ask
from ui.context import AppContext
from ui.messages import error_message, number

REASONS = {
    "daily": QCoreApplication.translate("BackupsDialog", "Daily, at start"),
    "manual": QCoreApplication.translate("BackupsDialog", "Made by hand"),
    "before-import": QCoreApplication.translate("BackupsDialog", "Before an import"),
    "before-undo-import": QCoreApplication.translate("BackupsDialog",
                                                     "Before undoing an import"),
    "before-restore": QCoreApplication.translate("BackupsDialog", "Before a restore"),
    "before-merge": QCoreApplication.translate("BackupsDialog", "Before a merge"),
    "before-undo-merge": QCoreApplication.translate("BackupsDialog", "Before undoing a merge"),
    "before-bulk-delete": QCoreApplication.translate("BackupsDialog", "Before a bulk delete"),
}


def reason_text(reason: str) -> str:
    if reason.startswith("upgrade-to-v"):
        return QCoreApplication.translate("BackupsDialog", "Before an upgrade")
    return REASONS.get(reason, reason)


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return QCoreApplication.translate("BackupsDialog", "%1 KB").replace(
            "%1", number(max(1, round(size / 1024))))
    return QCoreApplication.translate("BackupsDialog", "%1 MB").replace(
        "%1", f"{size / (1024 * 1024):.1f}")


class BackupsDialog(QDialog):
    restored = Signal(object)  # tracker.backups.Restored: the window reloads everything

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(860, 460)
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        store = context.store
        folder = backups.folder_for(store)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if store.is_server:
            self.intro.setText(self.tr(
                "Backups of this team database made with pg_dump, in %1. On a team server "
                "Beacon makes one when you ask; the server's administrator schedules the "
                "rest. Only the database's owner can make or restore them.")
                .replace("%1", str(folder)))
        else:
            self.intro.setText(self.tr(
                "Verified copies of this database, in %1. Beacon makes one each day it starts "
                "and before every import, undo of an import, upgrade and restore, and keeps "
                "the last day's, then one a day for 12 days, one a week for 10 weeks and one "
                "a month for 9 months.").replace("%1", str(folder)))
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Organizations"),
            self.tr("Contacts"), self.tr("Opportunities"), self.tr("Activities")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.confirm_restore())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.confirm_restore)
        layout.addWidget(buttons)
        self.found: list[backups.Backup] = []
        self.backup_button.setEnabled(not store.read_only)
        self.reload()

    def reload(self) -> None:
        self.found = backups.listing(self.context.store)
        self.table.setRowCount(len(self.found))
        for row, backup in enumerate(self.found):
            cells = [backup.created_at.strftime("%Y-%m-%d %H:%M"), reason_text(backup.reason),
                     size_text(backup.size),
                     *(number(backup.counts.get(k, 0)) for k in backups.SHOWN_COUNTS)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(backup.name)
                self.table.setItem(row, column, item)
        if self.found:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> backups.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        store = self.context.store
        self.restore_button.setEnabled(self.selected() is not None and not store.read_only)

    def back_up_now(self) -> backups.Backup | None:
        try:
            made = backups.make("manual", self.context.store)
        except BeaconError as error:
            QMessageBox.warning(self, self.tr("Backups"), error_message(error))
            return None
        self.reload()
        return made

    def confirm_restore(self) -> QMessageBox | None:
        chosen = self.selected()
        if chosen is None or not self.restore_button.isEnabled():
            return None
        self.confirm_box = ask(
            self, QMessageBox.Icon.Question, self.tr("Restore a backup"),
            self.tr("Go back to the backup of %1?").replace(
                "%1", chosen.created_at.strftime("%Y-%m-%d %H:%M")),
            self.tr("Everyone on the team goes back to it: what anyone changed since then is "
                    "replaced by the backup. What is there now is backed up first, so you can "
                    "come back to it from this list.") if self.context.store.is_server else
            self.tr("Everything changed since then is replaced by the backup. What is there "
                    "now is backed up first, so you can come back to it from this list."),
            self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole, lambda: self.restore(chosen))
        return self.confirm_box

    def restore(self, chosen: backups.Backup) -> backups.Restored | None:
        try:
            done = backups.restore(chosen.path, self.context.store)
        except BeaconError as error:
            QMessageBox.warning(self, self.tr("Restore a backup"), error_message(error))
            return None
        self.reload()
        self.restored.emit(done)
        return done
