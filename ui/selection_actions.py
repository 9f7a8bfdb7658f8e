"""Many rows at once in a record list: shift/ctrl selection and the right-click menu (change
stage, owner, business line, tags; export the selection; delete), each one undoable step
through tracker.services.bulk_edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QMenu,
    QMessageBox,
)

from tracker.errors import BeaconError
from tracker.queries import ListQuery
from tracker.services import bulk_edit
from tracker.services.context import Changes
from tracker.services.pipelines import pipelines, stages_of
from tracker.services.tags import all_tags

from ui.errors import show_error
from ui.labels import column_title, entity_plural, seeded_name
from ui.list_model import VersionRole
from ui.messages import plural
from ui.value_dialog import ValueDialog

Item = tuple[int, int | None]


class SelectionActions(QObject):
    """Attached to a record list page: its table selects many rows, and acts on them."""

    def __init__(self, page: Any) -> None:  # a ui.list_page.RecordListPage (which makes us)
        super().__init__(page)
        self.page = page
        self.entity = page.ENTITY
        self.menu: QMenu | None = None
        self.dialog: QDialog | None = None
        table = page.table
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu_at)
        for keys in (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")):
            QShortcut(keys, table, activated=self._menu_at_current)

    # --- what is chosen -----------------------------------------------------------------

    def items(self) -> list[Item]:
        """The chosen rows' records, with the version each row shows."""
        model = self.page.model
        rows = sorted({index.row() for index in
                       self.page.table.selectionModel().selectedRows()})
        found: list[Item] = []
        for row in rows:
            record_id = model.id_at(row)
            if record_id is not None:
                version = model.index(row, 0).data(VersionRole)
                found.append((record_id, int(version) if version is not None else None))
        return found

    def count(self) -> int:
        return len(self.page.table.selectionModel().selectedRows())

    # --- the menu -----------------------------------------------------------------------

    def _menu_at_current(self) -> None:
        table = self.page.table
        rect = table.visualRect(table.currentIndex())
        self._menu_at(rect.center() if rect.isValid() else QPoint(10, 10))

    def _menu_at(self, position: QPoint) -> None:
        menu = self.build_menu()
        if menu is not None:
            menu.popup(self.page.table.viewport().mapToGlobal(position))

    def build_menu(self) -> QMenu | None:
        """The right-click menu for the chosen rows (None when nothing is chosen)."""
        items = self.items()
        if not items:
            return None
        menu = QMenu(self.page.table)
        menu.setObjectName("selectionMenu")
        heading = menu.addAction(plural(self.tr("%n record(s) chosen", "", len(items))))
        heading.setEnabled(False)
        menu.addSeparator()
        if self.entity == "opportunity":
            self._stage_menu(menu)
        fields = bulk_edit.BULK_FIELDS.get(self.entity, ())
        for field in fields:
            action = menu.addAction(self.tr("Change %1…").replace(
                "%1", column_title(field, self.entity).lower()))
            action.setObjectName(f"bulk_{field}")
            action.triggered.connect(lambda _c=False, f=field: self.ask_field(f))
        if self.entity in bulk_edit.TAGGED:
            add = menu.addAction(self.tr("Add tag…"))
            add.setObjectName("bulk_add_tag")
            add.triggered.connect(self.ask_tag)
            tags = all_tags()
            if tags:
                remove = menu.addMenu(self.tr("Remove tag"))
                for tag in tags:
                    remove.addAction(tag).triggered.connect(
                        lambda _c=False, t=tag: self.tag(remove=[t]))
        menu.addSeparator()
        export = menu.addAction(self.tr("Export selection…"))
        export.setObjectName("bulk_export")
        export.triggered.connect(self.export)
        delete = menu.addAction(plural(self.tr("Delete %n record(s)…", "", len(items))))
        delete.setObjectName("bulk_delete")
        delete.triggered.connect(self.ask_delete)
        self.menu = menu
        return menu

    def _stage_menu(self, menu: QMenu) -> None:
        stage_menu = menu.addMenu(self.tr("Move to stage"))
        stage_menu.setObjectName("bulk_stage")
        every = pipelines()
        for pipeline in every:
            target = stage_menu.addMenu(seeded_name(pipeline.name)) if len(every) > 1 \
                else stage_menu
            for stage in stages_of(pipeline.id):
                shown = seeded_name(stage.name)
                action = target.addAction(shown)
                action.setData(stage.id)
                action.triggered.connect(lambda _c=False, s=stage.id, n=shown: self.move(s, n))

    # --- the changes --------------------------------------------------------------------

    def _run(self, service: Callable[..., Changes], *args: Any, label: str, done: str,
             **kwargs: Any) -> bool:
        try:
            self.page.context.run(service, *args, undo_label=label, **kwargs)
        except BeaconError as error:
            show_error(self.page, self.tr("Could not change the chosen records"), error)
            return False
        self.page.status_message.emit(done)
        return True

    def move(self, stage_id: int, stage_name: str) -> bool:
        items = self.items()
        label = plural(self.tr("Move %n deal(s) to %1", "", len(items))).replace(
            "%1", stage_name)
        return self._run(bulk_edit.move_many, items, stage_id, label=label,
                         done=label + self.tr(". Ctrl+Z puts them back."))

    def set_field(self, field: str, value: str) -> bool:
        items = self.items()
        label = plural(self.tr("Set %1 of %n record(s)", "", len(items))).replace(
            "%1", column_title(field, self.entity).lower())
        return self._run(bulk_edit.set_field, self.entity, items, field, value, label=label,
                         done=label + self.tr(". Ctrl+Z puts them back."))

    def tag(self, add: list[str] | None = None, remove: list[str] | None = None) -> bool:
        items = self.items()
        label = plural(self.tr("Tag %n record(s)", "", len(items)))
        return self._run(bulk_edit.tag_many, self.entity, items, add=add or [],
                         remove=remove or [], label=label,
                         done=label + self.tr(". Ctrl+Z puts them back."))

    def delete(self) -> bool:
        items = self.items()
        label = plural(self.tr("Delete %n record(s)", "", len(items)))
        return self._run(bulk_edit.delete_many, self.entity, items, label=label,
                         done=label + self.tr(". Ctrl+Z brings them back."))

    # --- asking first -------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(lambda _r: self.page.table.setFocus())
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_field(self, field: str) -> QDialog:
        name = column_title(field, self.entity).lower()
        dialog = ValueDialog(
            self.tr("Change %1").replace("%1", name),
            plural(self.tr("New %1 for %n chosen record(s):", "", self.count())).replace(
                "%1", name),
            ListQuery(self.entity).distinct_values(field), self.page)
        dialog.chosen.connect(lambda value: self.set_field(field, value))
        return self._open(dialog)

    def ask_tag(self) -> QDialog:
        dialog = ValueDialog(self.tr("Add tag"), plural(self.tr(
            "Tag to add to %n chosen record(s):", "", self.count())), all_tags(), self.page)
        dialog.chosen.connect(lambda tag: self.tag(add=[tag]) if tag else None)
        return self._open(dialog)

    def ask_delete(self) -> QDialog:
        count = self.count()
        box = QMessageBox(self.page)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete %1").replace("%1", entity_plural(self.entity)
                                                        .lower()))
        box.setText(plural(self.tr("Delete %n chosen record(s)?", "", count)))
        box.setInformativeText(self.tr("They disappear from every list. Ctrl+Z brings them "
                                       "all back."))
        delete_button = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self.delete() if box.clickedButton() is delete_button
                             else None)
        return self._open(box)

    def export(self) -> QDialog:
        from ui.export_dialog import ExportDialog

        ids = [record_id for record_id, _ in self.items()]
        query = self.page.model.query
        chosen = replace(query, filters={**query.filters, "ids": ids})
        dialog = ExportDialog(self.page.context, self.page.window(), query=query,
                              columns=self.page.visible_columns(), selection=chosen)
        dialog.finished.connect(lambda _r: self.page.window().activateWindow())
        self.dialog = dialog
        dialog.open()
        return dialog
