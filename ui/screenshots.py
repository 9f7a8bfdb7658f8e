"""`beacon screenshots DIR [--size 1280x720]`: every main view and dialog as a PNG, offscreen
(1440x900 unless a size is given).

Made to be looked at: each picture is checked for being more than a blank
fill, and the command fails loudly if one is.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QMessageBox

from tracker.services import records

from ui.context import AppContext
from ui.picture import MIN_COLOURS, distinct_colours, over_window, settle
from ui.settings import Settings

WIDTH, HEIGHT = 1440, 900
def write_screenshots(directory: str, db: str | None,
                      size: tuple[int, int] = (WIDTH, HEIGHT)) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import build_main_window, create_application, open_store

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    scratch = tempfile.TemporaryDirectory(prefix="beacon-shots-")
    db_path = db or str(Path(scratch.name) / "beacon.sqlite3")
    app = create_application()
    store = open_store(db_path)
    settings = Settings(QSettings(str(Path(scratch.name) / "settings.ini"),
                                  QSettings.Format.IniFormat))
    context = AppContext.create(store, settings)
    window = build_main_window(context)
    width, height = size
    window.resize(width, height)
    window.show()
    settle(app)
    written: list[Path] = []

    def save(name: str, picture: QPixmap) -> None:
        target = out / f"{name}.png"
        if not picture.save(str(target)):
            raise RuntimeError(f"could not write {target}")
        colours = distinct_colours(picture.toImage())
        if colours < MIN_COLOURS:
            raise RuntimeError(f"{target} looks blank ({colours} colours)")
        written.append(target)

    from ui.board.screenshots import board_screenshots
    from ui.list_page import RecordListPage
    from ui.pages import PAGES

    if db is None:
        _demo_conference(context)
    # The board and dashboard alone, their dialogs, and both over a generated pipeline of
    # a few hundred deals; board.png and dashboard.png are then redrawn inside the window.
    written.extend(board_screenshots(out, context, backdrop=window))
    for info in PAGES:
        page = window.show_page(info.key)
        if isinstance(page, RecordListPage) and page.model.total:
            first_id = page.model.id_at(0)
            if first_id is not None:
                page.open_record(first_id)
        settle(app)
        save(info.key, window.grab())

    contacts = window.show_page("contacts")
    contacts.search_box.setText("lm")
    settle(app)
    save("contacts_search_empty", window.grab())
    contacts.search_box.setText("")

    for entity in ("opportunity", "organization", "contact", "conference", "incentive",
                   "activity"):
        dialog = window.new_record(entity)
        save(f"new_{entity}", over_window(window, dialog))
        dialog.reject()

    window.show_page("organizations")
    search = window.search_anywhere()
    search.search_box.setText("car")
    save("search_anywhere", over_window(window, search))
    search.reject()

    organizations = window.show_page("organizations")
    organizations.delete_current()
    box = organizations.pending_dialog
    assert isinstance(box, QMessageBox)
    save("delete_confirmation", over_window(window, box))
    box.reject()

    from ui.team_screenshots import conflict_review, team_screenshots

    contact_page = window.show_page("contacts")
    conflict = conflict_review(contact_page)
    if conflict is not None:
        save("conflict_review", over_window(window, conflict))
        conflict.reject()
        contact_page.detail.revert()  # the pictures after it show the record as stored


    for name, picture in team_screenshots(window):
        save(name, picture)

    window.show_page("opportunities")
    export = window.open_export()
    save("export_dialog", over_window(window, export))
    export.reject()
    wizard = window.open_import()
    save("import_wizard", over_window(window, wizard))
    wizard.reject()
    from ui.importing.screenshots import import_screenshots

    for name, picture in import_screenshots(window, window.open_import, Path(scratch.name)):
        save(name, picture)
    about = window.open_about()
    save("about", over_window(window, about))
    about.reject()
    from ui.safety_screenshots import safety_screenshots

    for name, picture in safety_screenshots(window, Path(scratch.name), (WIDTH, HEIGHT)):
        save(name, picture)
    window.show_page("opportunities")
    from ui.icon_sheet import icon_sheet

    save("icon", icon_sheet(width, height))

    for name, dialog in _quick_log_dialogs(window, Path(scratch.name), logs=db is None):
        save(name, over_window(window, dialog))
        dialog.reject()

    from ui.identity_screenshots import demo_duplicates, duplicates_dialogs, same_person_quick_log

    same_person = same_person_quick_log(window)
    if same_person is not None:
        save("quick_log_same_person", over_window(window, same_person))
        same_person.reject()
    if db is None:
        demo_duplicates(context)
    for name, dialog in duplicates_dialogs(window):
        save(name, over_window(window, dialog))
        dialog.reject()

    from ui.reminders.screenshots import demo_reminders, reminder_screenshots

    if db is None:
        demo_reminders(context)
    for name, picture in reminder_screenshots(window):
        save(name, picture)

    from ui.day_screenshots import working_day_screenshots
    from ui.translation_screenshots import chinese_screenshots

    for name, picture in working_day_screenshots(window, context, demo=db is None):
        save(name, picture)

    for name, picture in chinese_screenshots(context, (width, height)):
        save(name, picture)

    window.close()
    store.close()
    scratch.cleanup()
    for target in written:
        print(target)
    return 0


def _demo_conference(context: AppContext) -> None:
    """The article names no conference: a made-up one, in the scratch database only."""
    from tracker.queries import ListQuery

    if not ListQuery("conference").count():
        context.run(records.create, "conference", {"name": "Cell & Gene Therapy Forum (demo)",
                                      "city": "Shanghai", "venue": "Expo Centre"},
                       source_detail="made up for screenshots")


def _quick_log_dialogs(window: Any, scratch: Path, *, logs: bool) -> list[tuple[str, QDialog]]:
    """The quick log after two people were logged, with a typo caught at its field; and
    the same dialog filled from a dropped business-card vCard."""
    from ui.quick_log_dialog import QuickLogDialog

    page = window.show_page("conferences")
    model = page.model
    if not model.total:
        return []
    page.open_record(model.id_at(0))
    shots: list[tuple[str, QDialog]] = []
    dialog = page.detail.open_quick_log()
    assert isinstance(dialog, QuickLogDialog)
    if logs:
        for typed in ({"name": "Anna Schmidt", "organization": "Miltenyi Biotec",
                       "email": "anna.schmidt@example.com"},
                      {"name": "王芳", "organization": "Juventas", "title": "BD Director",
                       "phone": "+86 139 0013 9000", "wechat": "wangfang_bd"}):
            for key, text in typed.items():
                dialog.inputs[key].setText(text)
            dialog.log_contact()
    for key, text in {"name": "李明", "organization": "Juventas", "title": "CMC lead",
                      "email": "li.ming@juventas", "note": "Asked for media samples"}.items():
        dialog.inputs[key].setText(text)
    dialog.same_organization.setChecked(True)
    dialog.log_contact()  # refused: the email has no domain; shown under its field
    shots.append(("quick_log", dialog))
    card_dialog = page.detail.open_quick_log()
    assert isinstance(card_dialog, QuickLogDialog)
    card = scratch / "business-card.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:张伟\nORG:ImmunoChina\nTITLE:VP Business "
                    "Development\nTEL:+86 137 0013 7000\nEMAIL:zhang.wei@example.cn\n"
                    "X-WECHAT:zhangwei_ic\nADR:;;;北京;;;\nEND:VCARD\n", encoding="utf-8")
    card_dialog.load_vcard(card)
    shots.append(("quick_log_vcard", card_dialog))
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory")
    parser.add_argument("--db")
    args = parser.parse_args(argv)
    return write_screenshots(args.directory, args.db)


if __name__ == "__main__":
    sys.exit(main())
