"""Search anywhere (Ctrl+K): every record type at once; arrows pick, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker import details

from ui.labels import entity_name

EntityRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


class SearchAnywhereDialog(QDialog):
    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchAnywhere")
        self.setWindowTitle(self.tr("Search anywhere"))
        self.setMinimumSize(640, 440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchAnywhereBox")
        self.search_box.setPlaceholderText(
            self.tr("Find people, organizations, deals, conferences… (中文, pinyin, initials)"))
        self.search_box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        layout.addWidget(self.search_box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.search_box.textChanged.connect(self.search)
        self.search_box.installEventFilter(self)
        self.search_box.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.search("")

    def search(self, text: str) -> None:
        self.results.clear()
        hits = details.search_everywhere(text)
        for hit in hits:
            kind = entity_name(hit.entity)
            line = f"{hit.label}   —   {kind[:1].upper() + kind[1:]}"
            if hit.detail:
                line += f" · {hit.detail}"
            item = QListWidgetItem(line)
            item.setData(EntityRole, hit.entity)
            item.setData(IdRole, hit.id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.hint.setText(self.tr("↑ ↓ to choose, Enter to open, Esc to close"))
        elif text.strip():
            self.hint.setText(self.tr("Nothing found for “%1”.").replace("%1", text.strip()))
        else:
            self.hint.setText(self.tr("Type a name, pinyin (liming), initials (lm) or a word."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = (self.results.currentRow() + step) % self.results.count()
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.open_requested.emit(str(item.data(EntityRole)), int(item.data(IdRole)))
        self.accept()

    def start(self) -> None:
        self.search_box.selectAll()
        self.search_box.setFocus()
