"""The team-mode pictures of `beacon screenshots`: File > Connect to a team server… (as
opened, and after a server that does not answer), and the status bar of a window on a
team server. The conflict review is drawn with the other dialogs (conflict_review)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QWidget

from tracker.services import records
from tracker.storage import target_of

from ui.picture import over_window, settle

EXAMPLE_SERVER = "postgresql://ana@db.example.com:5432/beacon"


def team_screenshots(window: Any, prefix: str = "") -> list[tuple[str, QPixmap]]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    pictures: list[tuple[str, QPixmap]] = []
    dialog = window.open_connect()
    dialog._fill_from(EXAMPLE_SERVER)
    pictures.append((f"{prefix}connect_dialog", over_window(window, dialog)))
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there: the message a server that is down gets
    dialog.password.setText("secret")
    dialog.try_connect()
    pictures.append((f"{prefix}connect_failed", over_window(window, dialog)))
    dialog.reject()

    status = window.path_label
    target, user = status._target, status._user
    status.show_connection(target_of(EXAMPLE_SERVER), "ana")
    window.show_page("board")
    settle(app)
    pictures.append((f"{prefix}team_status_bar", window.grab()))
    status.show_connection(target, user)
    return pictures


def conflict_review(page: QWidget) -> QDialog | None:
    """Provoke the review of a lost race on the first contact (a colleague changed the city
    and the title was edited on both sides), then leave it unsaved."""
    model = getattr(page, "model", None)
    if model is None or not model.total:
        return None
    record_id = model.id_at(0)
    page.open_record(record_id)  # type: ignore[attr-defined]
    detail = page.detail  # type: ignore[attr-defined]
    title = detail.form.editors["title"].widget
    title.setText(title.text() + " (Greater China)")
    detail.form.edited.emit()
    # Saved behind the panel's back (no change announced), as another window would.
    records.update("contact", record_id, None, {"city": "Suzhou", "languages": "English",
                                                "title": "Head of BD, APAC"}, user="bo")
    detail.save()
    box = detail.pending_dialog
    return box if isinstance(box, QDialog) else None
