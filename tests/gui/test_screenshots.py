"""`beacon screenshots DIR` writes one picture per view and dialog, none blank."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from ui.pages import PAGES
from ui.picture import MIN_COLOURS, distinct_colours

pytestmark = pytest.mark.gui


def test_screenshots_of_every_view_and_dialog(tmp_path: Path, qapp, capsys) -> None:
    from ui.launcher import main

    out = tmp_path / "shots"
    assert main(["screenshots", str(out)]) == 0
    names = {p.stem for p in out.glob("*.png")}
    expected = {info.key for info in PAGES} | {
        "search_anywhere", "delete_confirmation", "conflict_review", "contacts_search_empty",
        "connect_dialog", "connect_failed", "team_status_bar",
        "export_dialog", "import_wizard", "import_values", "import_values_template",
        "import_preview", "import_sheets", "import_matches", "import_mapping",
        "import_mapping_system",
        "import_report", "board_stage_editor",
        "board_exchange_rates",
        "board_lost_reason", "board_generated", "dashboard_generated", "about", "icon",
        # the working day (issue 14): reminders, import history, bulk edit, saved views,
        # a form holding three messages
        "reminders", "reminder_notification", "import_history", "bulk_edit_menu",
        "saved_views", "form_three_messages",
        *(f"new_{e}" for e in ("opportunity", "organization", "contact", "conference",
                               "incentive", "activity"))}
    assert expected <= names
    for path in out.glob("*.png"):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1440, 900), path.name
        assert distinct_colours(image) >= MIN_COLOURS, path.name
    assert str(out / "opportunities.png") in capsys.readouterr().out
    # The Chinese set (ui/translation_screenshots.py), drawn with the zh_CN translator.
    chinese = {"zh_opportunities", "zh_contacts", "zh_board", "zh_dashboard",
               "zh_dashboard_lower", "zh_new_contact",
               "zh_export_dialog", "zh_import_wizard", "zh_import_values",
               "zh_import_values_template", "zh_import_preview", "zh_import_sheets",
               "zh_import_matches", "zh_import_mapping", "zh_import_mapping_system",
               "zh_import_report",
               "zh_about",
               "zh_connect_dialog", "zh_connect_failed", "zh_team_status_bar",
               "zh_conflict_review"}
    assert chinese <= names
    assert QImage(str(out / "zh_board.png")) != QImage(str(out / "board.png"))
