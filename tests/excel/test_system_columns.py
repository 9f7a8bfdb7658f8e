"""Other programs' bookkeeping columns (Salesforce's OWNERID and SYSTEMMODSTAMP, HubSpot's
Create Date, Zoho's Modified Time, Odoo's Created on, 创建人) are left out by default and
named in the report as "ignored (system column)"; the user may keep one in the notes. The
external-id column stays the key: a second import changes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox

from tracker.excel.batches import apply_import, report
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Organization
from tracker.storage import Store

from .helpers import REALWORLD, contact, imported_file, write_xlsx
from .test_unknown_columns import run_cli

SYSTEM = ["Create Date", "Last Activity Date", "Created By", "Modified Time", "Created on",
          "创建人", "更新时间", "JigsawContactId", "SESSION_ID__C"]
PEOPLE = [
    ["Record ID", "First Name", "Last Name", "Email", *SYSTEM, "Favourite drink",
     "ORACLE_ID__C"],
    ["501", "Heiko", "Mustermann", "heiko@example.de", "2024-03-01 10:00", "2024-05-02",
     "Anna Admin", "2024-05-03 11:12", "2024-03-01", "管理员", "2024-05-03", "J-88",
     "N.YuELnZvc", "Oolong", "4-203974"],
]


def test_salesforce_accounts_keep_their_data_not_their_bookkeeping(db: Store) -> None:
    path = REALWORLD / "sf_dataloader_accountData.csv"
    plan = plan_import(path, ImportOptions())  # (five names the file holds as ??????)
    mapping = report(plan, None, dry_run=True)["mapping"]
    apply_import(plan)
    again = plan_import(path, ImportOptions())
    assert again.counts["create"] == again.counts["update"] == 0
    assert mapping["system_columns"] == [
        "ISDELETED", "MASTERRECORDID", "OWNERID", "CREATEDDATE", "CREATEDBYID",
        "LASTMODIFIEDDATE", "LASTMODIFIEDBYID", "SYSTEMMODSTAMP", "LASTACTIVITYDATE",
        "SESSION_ID__C"]
    assert mapping["columns"]["ID"] == "external_id"  # the key, not bookkeeping
    assert "OWNERID" not in mapping["not_imported"] + mapping["kept_in_notes"]
    assert {"BILLINGSTREET", "INDUSTRY", "ORACLE_ID__C"} <= set(mapping["kept_in_notes"])
    gravity = Organization.get(Organization.name == "Gravity Investments")
    assert gravity.notes.splitlines() == [
        "BILLINGSTREET: 00045742 150 Palmer Drive", "BILLINGSTATE: CO",
        "BILLINGPOSTALCODE: 80525", "ORACLE_ID__C: 4-203974"]
    assert gravity.city == "FORT COLLINS"


def test_crm_audit_columns_are_named_and_left_out(db: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "contacts.xlsx", PEOPLE)
    plan = imported_file(path)
    mapping = report(plan, None, dry_run=True)["mapping"]
    assert mapping["system_columns"] == SYSTEM
    assert mapping["kept_in_notes"] == ["Favourite drink", "ORACLE_ID__C"]
    assert mapping["not_imported"] == []
    heiko = contact("Heiko Mustermann")
    assert heiko["notes"] == "Favourite drink: Oolong\nORACLE_ID__C: 4-203974"
    assert heiko["emails"] == ["heiko@example.de"]


def test_a_system_column_can_be_kept_in_the_notes(db: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "contacts.xlsx", PEOPLE)
    plan = plan_import(path, ImportOptions(mapping={"Created on": "note"}))
    assert "Created on" not in report(plan, None, dry_run=True)["mapping"]["system_columns"]
    apply_import(plan)
    assert contact("Heiko Mustermann")["notes"].splitlines() == [
        "Created on: 2024-03-01", "Favourite drink: Oolong", "ORACLE_ID__C: 4-203974"]


def test_the_command_line_names_system_columns_and_keeps_one_when_asked(tmp_path: Path
                                                                        ) -> None:
    path = write_xlsx(tmp_path / "contacts.xlsx", PEOPLE)
    db_path = tmp_path / "cli.sqlite3"
    said = run_cli(db_path, "import", str(path), "--dry-run")
    assert said.returncode == 0, said.stderr
    assert ("columns ignored (system columns: the other program's ids and timestamps; "
            "--map \"HEADER=note\" keeps one in the notes): 'Create Date', "
            "'Last Activity Date', 'Created By'") in said.stdout
    kept = run_cli(db_path, "import", str(path), "--json", "--map", "创建人=note")
    assert kept.returncode == 0, kept.stderr
    mapping: dict[str, Any] = json.loads(kept.stdout)["mapping"]
    assert "创建人" in mapping["kept_in_notes"] and "创建人" not in mapping["system_columns"]


@pytest.mark.gui
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_mapping_page_shows_system_columns_ignored(qtbot: Any, db: Path,
                                                       tmp_path: Path) -> None:
    from ui.context import AppContext
    from ui.importing.wizard import ImportWizard
    from ui.settings import Settings

    from .test_dialogs import next_page

    context = AppContext.create(db, Settings(QSettings(str(tmp_path / "settings.ini"),
                                                       QSettings.Format.IniFormat)))
    path = write_xlsx(tmp_path / "contacts.xlsx", PEOPLE)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.mapping_page
    index = page.headers.index("Modified Time")
    box = page.table.cellWidget(index, 2)
    assert isinstance(box, QComboBox)
    assert box.currentText() == "Ignore (system column)" and box.currentData() is None
    favourite = page.table.cellWidget(page.headers.index("Favourite drink"), 2)
    assert favourite.currentText() == "Keep in notes"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the next choice: keep it in the notes
    assert page.mapping()["Modified Time"] == "note"


def test_outlook_s_technical_columns_stay_out_of_the_notes(db: Store, tmp_path: Path) -> None:
    """Outlook writes how each address is sent and shown (SMTP, "Li Ming (li@...)") and its
    item's sensitivity beside every contact; the person's own extra columns are kept."""
    rows = [["First Name", "Last Name", "E-mail Address", "E-mail Type", "E-mail Display Name",
             "E-mail 2 Address", "E-mail 2 Type", "Sensitivity", "Internet Free Busy", "Hobby"],
            ["Ming", "Li", "li@sct.example", "SMTP", "Li Ming (li@sct.example)",
             "ming@home.example", "SMTP", "Normal", "", "Go"]]
    plan = plan_import(write_xlsx(tmp_path / "outlook.xlsx", rows), ImportOptions())
    assert report(plan, None, dry_run=True)["mapping"]["system_columns"] == [
        "E-mail Type", "E-mail Display Name", "E-mail 2 Type", "Sensitivity",
        "Internet Free Busy"]
    apply_import(plan)
    li = contact("Ming Li")
    assert li["notes"] == "Hobby: Go"
    assert li["emails"] == ["li@sct.example", "ming@home.example"]


def test_hubspot_s_property_names_keep_the_record_id_as_key(db: Store, tmp_path: Path) -> None:
    """HubSpot's exports by property name: hs_object_id is the Record ID (the key a second
    import updates by), createdate and hs_lastmodifieddate its bookkeeping."""
    rows = [["hs_object_id", "firstname", "lastname", "email", "createdate",
             "hs_lastmodifieddate", "hubspot_owner_id"],
            ["51", "Heiko", "Mustermann", "heiko@example.de", "2024-03-01T10:00:00Z",
             "2024-05-03T11:12:00Z", "9921"]]
    path = write_xlsx(tmp_path / "hubspot.xlsx", rows)
    plan = imported_file(path)
    mapping = report(plan, None, dry_run=True)["mapping"]
    assert mapping["columns"]["hs_object_id"] == "external_id"
    assert mapping["system_columns"] == ["createdate", "hs_lastmodifieddate", "hubspot_owner_id"]
    heiko = contact("Heiko Mustermann")
    assert heiko["external_ids"] == ["hubspot:51"] and heiko["notes"] == ""
