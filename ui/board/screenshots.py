"""Renders the board, the dashboard and their dialogs to PNG (for `beacon screenshots`).

Two sets: the database the context points at (the seeded article data), and a
generated pipeline of a few hundred deals in a throwaway database, made through
the services, so crowded columns, stale cards and multi-currency totals show.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from tracker.demo_pipeline import generate_pipeline
from tracker.opening import open_data
from tracker.services.pipelines import default_pipeline

from ui.board.board_page import BoardPage
from ui.board.lost_dialog import LostReasonDialog
from ui.board.rates_dialog import RatesDialog
from ui.board.stage_editor import StageEditorDialog
from ui.context import AppContext
from ui.dashboard.dashboard_page import DashboardPage
from ui.picture import over_window
from ui.settings import Settings

SIZE = (1440, 900)


def _render(widget: QWidget, path: Path, size: tuple[int, int] | None = SIZE) -> Path:
    if size is not None:
        widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path), "PNG")
    widget.close()
    widget.deleteLater()
    return path


def _pages(directory: Path, context: AppContext, suffix: str) -> list[Path]:
    shots = [_render(BoardPage(context), directory / f"board{suffix}.png"),
             _render(DashboardPage(context), directory / f"dashboard{suffix}.png")]
    return shots


def board_screenshots(directory: Path, context: AppContext, generated_deals: int = 300,
                      backdrop: QWidget | None = None) -> list[Path]:
    """Write board*.png, dashboard*.png and the board's dialogs; return the files."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    shots = _pages(directory, context, "")
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("board_stage_editor", lambda: StageEditorDialog(context, default_pipeline().id)),
        ("board_exchange_rates", lambda: RatesDialog(context)),
        ("board_lost_reason", lambda: LostReasonDialog(
            "Juventas: partnership with an international corporation")),
    ]
    for name, make in dialogs:
        target = directory / f"{name}.png"
        if backdrop is None:
            shots.append(_render(make(), target, size=None))
        else:  # as a person sees it: over the dimmed main window, at the window's size
            dialog = make()
            over_window(backdrop, dialog).save(str(target), "PNG")
            dialog.deleteLater()
            shots.append(target)

    # A throwaway database of its own, bound while it is open (then the context's again).
    with tempfile.TemporaryDirectory() as scratch, \
            open_data(Path(scratch) / "generated.sqlite3") as store:
        generate_pipeline(generated_deals)
        ini = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        generated = AppContext.create(store, Settings(ini))
        shots += _pages(directory, generated, "_generated")
    return shots
