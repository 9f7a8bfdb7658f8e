"""The panel beside a list: one record's fields edited in place, its links and its timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker import details
from tracker.errors import BeaconError, NotFound, StaleRecord, StorageUnavailable, ValidationError
from tracker.services import activities, records
from tracker.services.context import Changes

from ui.context import AppContext
from ui.errors import show_error
from ui.labels import entity_name
from ui.list_model import local_time
from ui.messages import error_message
from ui.task_actions import set_task_done

RELATIONS = {
    "organization": QT_TRANSLATE_NOOP("DetailPanel", "Organization"),
    "client": QT_TRANSLATE_NOOP("DetailPanel", "Client"),
    "contact": QT_TRANSLATE_NOOP("DetailPanel", "Primary contact"),
    "deals": QT_TRANSLATE_NOOP("DetailPanel", "Deals"),
    "people": QT_TRANSLATE_NOOP("DetailPanel", "People"),
    "conferences": QT_TRANSLATE_NOOP("DetailPanel", "Met at"),
    "contacts": QT_TRANSLATE_NOOP("DetailPanel", "Contacts met here"),
    "opportunity": QT_TRANSLATE_NOOP("DetailPanel", "Opportunity"),
    "conference": QT_TRANSLATE_NOOP("DetailPanel", "Conference"),
    "incentive": QT_TRANSLATE_NOOP("DetailPanel", "Incentive program"),
}
WITH_TIMELINE = ("organization", "contact", "opportunity", "conference", "incentive")


class DetailPanel(QWidget):
    open_requested = Signal(str, int)  # entity, id: navigate to a linked record
    delete_requested = Signal()

    def __init__(self, context: AppContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entity = entity
        self.record_id: int | None = None
        self.version: int | None = None
        self.pending_dialog: QDialog | None = None
        self._choices_stale = True  # filled when the first record is shown, not at start
        self.setObjectName("detailPanel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        body = QWidget()
        body.setObjectName("detailBody")
        self.scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(10)

        self.empty_label = QLabel(self.tr("Choose a row in the list to see it here."))
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        self._body_layout = layout
        self.content: QWidget | None = None  # the record's widgets, built for the first record
        self.quick_log_dialog: QDialog | None = None
        layout.addStretch(1)
        context.bus.changed.connect(self._on_changed)
        self.show_record(None)

    def _build_content(self) -> None:
        """The form, links and timeline: built when the first record is shown, so a list
        opens without them (a form of every field costs a few hundredths of a second)."""
        from ui.record_form import RecordForm
        from ui.timeline import TimelineView

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(10)
        self._body_layout.insertWidget(1, self.content)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title_label = QLabel()
        self.title_label.setObjectName("detailTitle")
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("detailSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.source_label = QLabel()
        self.source_label.setObjectName("detailSource")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        titles.addWidget(self.source_label)
        header.addLayout(titles, 1)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.clicked.connect(self.delete_requested)
        header.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        content.addLayout(header)
        self.person_bar = None
        if self.entity == "contact":  # where from, on what basis; export, erase (PIPL)
            from ui.person_data import PersonDataBar

            self.person_bar = PersonDataBar(self.context)
            self.person_bar.erased.connect(lambda _uid: self.show_record(None))
            content.addWidget(self.person_bar)
        if self.entity == "conference":  # its own row: beside the title it squeezes long names
            self.quick_log_button = QPushButton(self.tr("Log contacts met here…"))
            self.quick_log_button.setToolTip(self.tr("Log people met at this conference, "
                                                     "one after another"))
            self.quick_log_button.clicked.connect(self.open_quick_log)
            content.addWidget(self.quick_log_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.form = RecordForm(self.entity)
        self.form.edited.connect(self._update_buttons)
        for editor in self.form.editors.values():
            if isinstance(editor.widget, QLineEdit):
                editor.widget.returnPressed.connect(self.save)
        content.addWidget(self.form)

        buttons = QHBoxLayout()
        self.dirty_label = QLabel(self.tr("Unsaved changes"))
        self.dirty_label.setObjectName("dirtyHint")
        buttons.addWidget(self.dirty_label)
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        content.addLayout(buttons)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)

        self.links_title = self._section(content, self.tr("Linked records"))
        self.links_box = QVBoxLayout()
        self.links_box.setSpacing(4)
        content.addLayout(self.links_box)
        self.timeline_title = self._section(content, self.tr("Timeline"))
        self.timeline = TimelineView()
        self.timeline.add_requested.connect(self._add_activity)
        self.timeline.done_toggled.connect(self._toggle_done)
        content.addWidget(self.timeline)
        has_timeline = self.entity in WITH_TIMELINE
        self.timeline_title.setVisible(has_timeline)
        self.timeline.setVisible(has_timeline)
        self._link_labels: list[QLabel] = []

    def _section(self, layout: QVBoxLayout, title: str) -> QLabel:
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        layout.addWidget(label)
        return label

    # --- showing ---------------------------------------------------------------------

    def show_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.pending_dialog = None
        if record_id is None:
            if self.content is not None:
                self.content.hide()
            self.empty_label.show()
            self.version = None
            return
        if self.content is None:
            self._build_content()
        try:
            values = details.record_values(self.entity, record_id)
        except NotFound:
            self.show_record(None)
            return
        if self._choices_stale:
            self.form.reload_choices()
            self._choices_stale = False
        self.empty_label.hide()
        self.content.show()
        self.version = int(values["version"])
        self.form.load(values)
        self._show_header(values)
        if self.person_bar is not None:
            self.person_bar.show_contact(record_id)
        self._show_links()
        self._show_timeline()
        self._update_buttons()

    def _show_header(self, values: dict[str, Any]) -> None:
        self.title_label.setText(details.record_label(self.entity, int(values["id"])))
        changed = local_time(values.get("updated_at"))
        kind = entity_name(self.entity)
        self.subtitle_label.setText(
            self.tr("%1 · changed %2 by %3").replace("%1", kind[:1].upper() + kind[1:])
            .replace("%2", changed).replace("%3", str(values.get("updated_by") or "")))
        self.source_label.setText(self._source_text(values))
        self.source_label.setVisible(bool(self.source_label.text()))

    def _source_text(self, values: dict[str, Any]) -> str:
        """Where the record came from: the article's sentence for seeded records."""
        source = str(values.get("source") or "")
        detail = str(values.get("source_detail") or "")
        if source == "seed" and detail:
            return self.tr('From the market article: "%1"').replace("%1", detail)
        if source == "import":
            return self.tr("Imported %1").replace("%1", detail).strip()
        if source == "vcard":
            return self.tr("From a vCard %1").replace("%1", detail).strip()
        return ""

    def _show_links(self) -> None:
        for label in self._link_labels:
            self.links_box.removeWidget(label)
            label.hide()  # deleteLater runs later; hidden now so it never paints over the new
            label.deleteLater()
        self._link_labels = []
        if self.record_id is None:
            return
        groups: dict[str, list[details.Link]] = {}
        for link in details.links(self.entity, self.record_id):
            groups.setdefault(link.relation, []).append(link)
        for relation, items in groups.items():
            anchors = ", ".join(
                f'<a href="{link.entity}:{link.id}">{_escape(link.label)}</a>' for link in items)
            title = self.tr(RELATIONS.get(relation, relation))
            label = QLabel(f"<b>{_escape(title)}</b>&nbsp;&nbsp;{anchors}")
            label.setObjectName("linkLine")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.linkActivated.connect(self._link_clicked)
            self.links_box.addWidget(label)
            self._link_labels.append(label)
        if not groups:
            label = QLabel(self.tr("No linked records."))
            label.setObjectName("emptyHint")
            self.links_box.addWidget(label)
            self._link_labels.append(label)

    def _link_clicked(self, href: str) -> None:
        entity, _, record_id = href.partition(":")
        self.open_requested.emit(entity, int(record_id))

    def _show_timeline(self) -> None:
        if self.record_id is not None and self.entity in WITH_TIMELINE:
            self.timeline.set_entries(details.timeline_entries(self.entity, self.record_id))

    def has_unsaved_edits(self) -> bool:
        return self.content is not None and self.record_id is not None and self.form.is_dirty()

    def _update_buttons(self) -> None:
        dirty = self.form.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.dirty_label.setVisible(dirty)

    # --- editing ---------------------------------------------------------------------

    def revert(self) -> None:
        if self.record_id is not None:
            self.show_record(self.record_id)

    def save(self) -> bool:
        """Write what changed; problems go under their fields, conflicts to a question."""
        if self.record_id is None:
            return False
        changed = self.form.changed_values()
        if not changed:
            return True
        try:
            self.context.run(records.update, self.entity, self.record_id, self.version, changed,
                             undo_label=self.tr("Edit %1").replace("%1", entity_name(self.entity)),
                             initiator=self)
        except ValidationError as error:
            self.form.show_problems(error)
            return False
        except StaleRecord as error:
            self._conflict(error)
            return False
        except (StorageUnavailable, NotFound) as error:
            show_error(self, self.tr("Could not save"), error)
            return False
        self.show_record(self.record_id)
        return True

    def _conflict(self, error: StaleRecord) -> None:
        """Someone else saved first: review who changed what, field by field (keep mine or
        take theirs); every typed value stays until the user chooses."""
        if error.actual is None:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Changed elsewhere"))
            box.setText(self.tr("This %1 was deleted in another window since you opened it.")
                        .replace("%1", entity_name(self.entity)))
            box.setInformativeText(self.tr("What you typed is still in the form."))
            box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
            self.pending_dialog = box
            box.open()
            return
        from tracker.conflicts import changes_since

        from ui.conflict_dialog import ConflictReviewDialog

        fresh = details.record_values(self.entity, int(self.record_id or 0))
        review = ConflictReviewDialog(self.form, fresh, changes_since(
            self.entity, int(self.record_id or 0), int(self.version or 0)), self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._resolve(fresh, review.taken_from_them())
        review.finished.connect(finished)
        self.pending_dialog = review
        review.open()

    def _resolve(self, fresh: dict[str, Any], taken: set[str]) -> None:
        """Theirs in the fields chosen and in those not edited here, mine in the rest; then
        save against the version just read (a newer save is reviewed again)."""
        if self.record_id is None:
            return
        untouched = {e.field.key for e in self.form.editors.values()} - self.form.changed_fields()
        self.form.load_fields(fresh, untouched | taken)
        self.form.rebase(fresh)
        self.version = int(fresh["version"])
        self._show_header(fresh)
        self._update_buttons()
        if self.form.is_dirty():
            self.save()
        else:
            self.show_record(self.record_id)

    def open_quick_log(self) -> QDialog | None:
        """The conference's "Log contacts met here" dialog (window-modal, not blocking)."""
        if self.entity != "conference" or self.record_id is None:
            return None
        from ui.quick_log_dialog import QuickLogDialog

        dialog = QuickLogDialog(self.context, self.record_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.quick_log_dialog = dialog
        dialog.open()
        return dialog

    # --- timeline --------------------------------------------------------------------

    def _add_activity(self, kind: str, text: str, due: Any) -> None:
        if self.record_id is None:
            return
        links = details.activity_links_of(self.entity, self.record_id)
        subject, body = (text, "") if kind == "task" else ("", text)
        try:
            self.context.run(activities.add_activity, kind, subject=subject, body=body,
                             due_on=due, undo_label=self.tr("Add activity"), **links)
        except ValidationError as error:
            self.timeline.show_error(error_message(error))
            return
        except BeaconError as error:
            show_error(self, self.tr("Could not add the activity"), error)
            return
        self.timeline.added()

    def _toggle_done(self, activity_id: int, version: int, done: bool) -> None:
        if not set_task_done(self, self.context, activity_id, version, done):
            self._show_timeline()

    # --- changes from anywhere -------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        touched = changes.entities()
        if touched & {"organization", "contact", "conference", "opportunity"}:
            self._choices_stale = True
        if changes.initiator is self:  # its own save: it shows the record again itself
            return
        if self.record_id is None:
            return
        key = (self.entity, self.record_id)
        if key in changes.deleted:
            self.show_record(None)
            return
        if key in changes.updated and not self.form.is_dirty():
            self.show_record(self.record_id)
            return
        if "activity" in touched:
            self._show_timeline()
        if touched - {"activity"}:
            self._show_links()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
