"""What the main window asks of a sidebar page, and what a page asks of the window.

Every page is a `Page`: the window connects the same four signals and calls the
same few methods on each, with no `hasattr`/`getattr` probing. A page that has no
use for one keeps the default (no record to open, nothing to search, export all).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from tracker.queries import ListQuery


@dataclass(frozen=True)
class ExportScope:
    """What a page shows, for File > Export: its query (search, filters, sort) and columns."""

    query: ListQuery
    columns: list[str]


class Page(QWidget):
    open_record_requested = Signal(str, int)  # entity, id: show that record on its own page
    new_requested = Signal(str)  # entity: open the new-record form
    export_requested = Signal()  # export what this page shows (see export_scope)
    status_message = Signal(str)  # a passing note for the status bar

    def open_record(self, record_id: int) -> bool:
        """Select and show a record of this page's type; False if it no longer exists."""
        return False

    def current_id(self) -> int | None:
        """The record this page has open, if any."""
        return None

    def focus_search(self) -> None:
        """Put the cursor in the page's search box (Ctrl+F)."""

    def delete_current(self) -> None:
        """Ask to delete the open record (Edit > Delete record)."""

    def has_unsaved_edits(self) -> bool:
        """True while a form on the page holds edits not saved yet."""
        return False

    def export_scope(self) -> ExportScope | None:
        """What File > Export should offer as 'what this list shows'; None: everything."""
        return None
