"""Edit a pipeline's stages: name, order, probability, stale limit; add and delete stages.

Each change is saved as soon as it is made (through tracker.services.pipelines),
like a move on the board; deleting a stage that holds deals first asks where
they go.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import BeaconError
from tracker.services.context import Changes
from tracker.services.pipelines import (
    add_stage,
    create_pipeline,
    deals_in_stage,
    delete_stage,
    pipelines,
    rename_pipeline,
    reorder_stages,
    stages_of,
    update_stage,
)

from ui.context import AppContext
from ui.messages import error_message

NAME, PROBABILITY, STALE = range(3)


class MoveDealsDialog(QDialog):
    """Deleting a stage that holds deals: which stage do they move to?"""

    def __init__(self, stage_name: str, count: int, targets: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete stage"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        text = self.tr("%1 holds %2 deals. Move them to:").replace("%1", stage_name).replace(
            "%2", str(count))
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.target = QComboBox(self)
        for stage_id, name in targets:
            self.target.addItem(name, stage_id)
        layout.addWidget(self.target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Move deals and delete"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons


class StageEditorDialog(QDialog):
    def __init__(self, context: AppContext, pipeline_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pipeline_id = pipeline_id
        self.move_dialog: MoveDealsDialog | None = None
        self.setWindowTitle(self.tr("Pipelines and stages"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pipeline:"), self))
        self.pipeline_box = QComboBox(self)
        self.pipeline_box.currentIndexChanged.connect(self._pipeline_chosen)
        top.addWidget(self.pipeline_box, 1)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Pipeline name"))
        self.name_edit.editingFinished.connect(self._rename_pipeline)
        top.addWidget(self.name_edit, 1)
        layout.addLayout(top)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Probability"),
                                              self.tr("Stale after (working days)")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROBABILITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STALE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._name_edited)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add stage"), self)
        self.add_button.clicked.connect(self.add_stage)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button = QPushButton(self.tr("Delete stage…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.new_pipeline_button = QPushButton(self.tr("New pipeline"), self)
        self.new_pipeline_button.clicked.connect(self.new_pipeline)
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_pipeline_button)
        layout.addLayout(buttons)

        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._load_pipelines()

    # --- loading ------------------------------------------------------------------------
    def _load_pipelines(self) -> None:
        self.pipeline_box.blockSignals(True)
        self.pipeline_box.clear()
        for pipeline in pipelines():
            self.pipeline_box.addItem(pipeline.name, pipeline.id)
        self.pipeline_box.setCurrentIndex(max(0, self.pipeline_box.findData(self.pipeline_id)))
        self.pipeline_box.blockSignals(False)
        self.name_edit.setText(self.pipeline_box.currentText())
        self._load_stages()

    def _pipeline_chosen(self, index: int) -> None:
        self.pipeline_id = int(self.pipeline_box.itemData(index))
        self.name_edit.setText(self.pipeline_box.currentText())
        self._load_stages()

    def _load_stages(self, select: int | None = None) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row, stage in enumerate(stages_of(self.pipeline_id)):
            self.table.insertRow(row)
            item = QTableWidgetItem(stage.name)
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            self.table.setItem(row, NAME, item)
            probability = QSpinBox(self.table)
            probability.setRange(0, 100)
            probability.setSuffix(" %")
            probability.setValue(stage.probability)
            probability.editingFinished.connect(
                lambda s=stage.id, w=probability: self._save(update_stage, s,
                                                             probability=w.value()))
            self.table.setCellWidget(row, PROBABILITY, probability)
            stale = QSpinBox(self.table)
            stale.setRange(0, 365)
            stale.setSpecialValueText(self.tr("never"))
            stale.setValue(stage.stale_days or 0)
            stale.editingFinished.connect(
                lambda s=stage.id, w=stale: self._save(update_stage, s,
                                                       stale_days=w.value() or None))
            self.table.setCellWidget(row, STALE, stale)
        self.table.blockSignals(False)
        if select is not None:
            self.table.selectRow(select)

    # --- saving -------------------------------------------------------------------------
    def _save(self, service: Callable[..., Changes], *args: Any, **kwargs: Any) -> bool:
        try:
            self.context.run(service, *args, **kwargs)
        except BeaconError as error:
            self.message.setText(error_message(error))
            return False
        self.message.setText("")
        return True

    def stage_id_at(self, row: int) -> int:
        item = self.table.item(row, NAME)
        assert item is not None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _name_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != NAME:
            return
        if not self._save(update_stage, int(item.data(Qt.ItemDataRole.UserRole)),
                          name=item.text()):
            self._load_stages(item.row())

    def _rename_pipeline(self) -> None:
        name = self.name_edit.text().strip()
        if name and name != self.pipeline_box.currentText() and self._save(
                rename_pipeline, self.pipeline_id, name):
            self._load_pipelines()

    def add_stage(self) -> None:
        existing = {s.name for s in stages_of(self.pipeline_id)}
        name, number = self.tr("New stage"), 2
        base = name
        while name in existing:
            name, number = f"{base} {number}", number + 1
        if self._save(add_stage, self.pipeline_id, name, 50, 21):
            self._load_stages(self.table.rowCount())
            row = self.table.rowCount() - 1
            item = self.table.item(row, NAME)
            if item is not None:
                self.table.editItem(item)

    def move_selected(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        order = [self.stage_id_at(r) for r in range(self.table.rowCount())]
        order[row], order[target] = order[target], order[row]
        if self._save(reorder_stages, self.pipeline_id, order):
            self._load_stages(target)

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        stage_id = self.stage_id_at(row)
        count = deals_in_stage(stage_id)
        if count == 0:
            if self._save(delete_stage, stage_id):
                self._load_stages(max(0, row - 1))
            return
        item = self.table.item(row, NAME)
        targets = [(s.id, s.name) for s in stages_of(self.pipeline_id) if s.id != stage_id]
        dialog = MoveDealsDialog(item.text() if item else "", count, targets, self)
        self.move_dialog = dialog
        dialog.accepted.connect(lambda: self._delete_moving(stage_id,
                                                            dialog.target.currentData(), row))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _delete_moving(self, stage_id: int, target: int, row: int) -> None:
        if self._save(delete_stage, stage_id, target):
            self._load_stages(max(0, row - 1))

    def new_pipeline(self) -> None:
        names = {p.name for p in pipelines()}
        name, number = self.tr("New pipeline"), 2
        base = name
        while name in names:
            name, number = f"{base} {number}", number + 1
        try:
            changes = self.context.run(create_pipeline, name, ((self.tr("Lead"), 10, 30),))
        except BeaconError as error:
            self.message.setText(error_message(error))
            return
        self.pipeline_id = changes.first_created
        self._load_pipelines()
        self.name_edit.setFocus()
        self.name_edit.selectAll()
