"""Type-ahead for a field that names a record (organization, contact, conference, deal):
it offers what the lists would find for the text typed (tracker.pickers: characters,
full pinyin, initials, a syllable inside a name, English prefixes).

Enter or Tab on an offered record picks it and never reaches the form: without this a
QLineEdit receives the same Enter after the completer and its owner submits the form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from tracker.pickers import Choice, choices

IdRole = Qt.ItemDataRole.UserRole + 1
ValueRole = Qt.ItemDataRole.UserRole + 2


class RecordCompleter(QCompleter):
    """A completer over tracker.pickers.choices for one line edit."""

    picked = Signal(int)  # the record id chosen

    def __init__(self, entity: str, editor: QLineEdit, parent: QWidget | None = None, *,
                 insert_label: bool = False) -> None:
        super().__init__(parent)
        self.entity = entity
        self.editor = editor
        self.insert_label = insert_label  # a combo box's items are labels; a field, names
        self.offered: list[Choice] = []
        self.choice_model = QStandardItemModel(self)
        self.setModel(self.choice_model)
        self.setCompletionRole(ValueRole)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(10)
        self.setWidget(editor)
        self.activated[str].connect(self._activated)  # type: ignore[index]
        editor.textEdited.connect(self.refresh)

    def refresh(self, text: str) -> None:
        """Offer the records `text` finds (called as the user types)."""
        self.offered = choices(self.entity, text)
        self.choice_model.clear()
        for choice in self.offered:
            item = QStandardItem(choice.label)
            item.setData(choice.record_id, IdRole)
            item.setData(choice.label if self.insert_label else choice.value, ValueRole)
            item.setEditable(False)
            self.choice_model.appendRow(item)
        if self.offered:
            self.complete()
        else:
            self.popup().hide()

    def _activated(self, text: str) -> None:
        for choice in self.offered:
            if text in (choice.value, choice.label):
                self.picked.emit(choice.record_id)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter, Return or Tab on the list picks the highlighted (or first) record and is
        eaten: the form under it never sees that key."""
        if (watched is self.popup() and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
                and self.popup().isVisible() and self.choice_model.rowCount()):
            index = self.popup().currentIndex()
            row = index.row() if index.isValid() else 0
            value = str(self.choice_model.item(row).data(ValueRole))
            self.popup().hide()
            self.editor.setText(value)
            self.picked.emit(int(self.choice_model.item(row).data(IdRole)))
            if event.key() == Qt.Key.Key_Tab:  # move on, as Tab does
                QTimer.singleShot(0, self.editor.focusNextChild)
            return True
        return super().eventFilter(watched, event)
