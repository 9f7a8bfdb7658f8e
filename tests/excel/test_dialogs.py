"""The import wizard and the export dialog, driven with clicks and keys."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QWizard

from tracker.excel.reading import open_workbook, read_sheet
from tracker.models import Contact, Opportunity, Organization
from tracker.queries import ListQuery
from tracker.services import records
from tracker.services.pipelines import find_stage

from ui.context import AppContext
from ui.settings import Settings

from .helpers import write_xlsx

# The offscreen platform warns on every QWizard resize; nothing a user would see.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
SHOTS = os.environ.get("BEACON_SHOTS")  # a folder: also keep the PNGs there for review


@pytest.fixture
def context(db: Path, tmp_path: Path) -> AppContext:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext.create(db, Settings(store))


def shoot(widget: Any, name: str, tmp_path: Path) -> Path:
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 5000
    return path


def deals_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "leads.xlsx", [
        ["                   客户商机表"], [],
        ["商机名称", "客户名称", "阶段", "金额", "预计成交日期", "备注"],
        ["CAR-T 工艺开发", "上海细胞治疗有限公司", "Proposal", "120万", "2025年3月5日", ""],
        ["Vector supply", "Acme Bio Co., Ltd.", "Lead", "US$250k", "5/3/2025", "met at BIO"],
        ["Bad deal", "Acme Bio", "Signed maybe", "lots", "2025-04-01", ""],
        ["TCR-T licensing", "北京免疫科技", "Qualified", "RMB 1.2m", "2025/6/30", "=1+1"],
    ])


def next_page(qtbot: Any, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def choose_currency(qtbot: Any, wizard: Any, code: str) -> None:
    """On the values step, answer "Amounts are in …" with the keyboard."""
    page = wizard.values_page
    assert wizard.currentPage() is page and page.currency_box.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # asked first
    page.currency_box.setFocus()
    qtbot.keyClicks(page.currency_box, code)
    assert page.currency_box.currentData() == code
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def to_preview(qtbot: Any, wizard: Any) -> Any:
    """Next onto the preview, then until its dry run (on a worker thread) has finished."""
    next_page(qtbot, wizard)
    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    qtbot.waitUntil(lambda: not preview.busy and preview.checking.isHidden(), timeout=20000)
    return preview


def test_import_wizard_end_to_end(qtbot: Any, context: AppContext, tmp_path: Path) -> None:
    from ui.importing.wizard import ImportWizard

    path = deals_file(tmp_path)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    shoot(wizard, "import-1-file", tmp_path)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.sheet_page
    assert wizard.sheet_page.header_spin.value() == 3  # under the merged title and a blank row
    assert wizard.sheet_page.entity_box.currentData() == "opportunity"
    shoot(wizard, "import-2-sheet", tmp_path)
    next_page(qtbot, wizard)
    page = wizard.mapping_page
    assert page.mapping() == {"商机名称": "title", "客户名称": "organization", "阶段": "stage",
                              "金额": "value", "预计成交日期": "expected_close", "备注": "notes"}
    notes_box = page.table.cellWidget(5, 2)
    assert isinstance(notes_box, QComboBox)
    notes_box.setFocus()
    qtbot.keyClick(notes_box, Qt.Key.Key_Home)  # "Ignore"
    assert page.mapping()["备注"] is None
    shoot(wizard, "import-3-mapping", tmp_path)
    next_page(qtbot, wizard)
    values = wizard.values_page
    assert wizard.currentPage() is values  # the stage values, and how amounts are read
    assert not values.currency_box.isVisible()  # a Chinese template: CNY
    assert "CNY" in values.money_note.text()
    shown = {values.table.item(r, 1).text(): values.table.cellWidget(r, 3).currentText()
             for r in range(values.table.rowCount())}
    assert shown == {"Proposal": "Proposal", "Lead": "Lead", "Signed maybe": "Keep in the notes",
                     "Qualified": "Qualified"}
    signed = values.table.cellWidget(2, 3)
    signed.setFocus()
    qtbot.keyClicks(signed, "Contr")  # Contracting
    assert signed.currentData() == "Contracting"
    shoot(wizard, "import-4-values", tmp_path)
    next_page(qtbot, wizard)
    shoot(wizard, "import-4-options", tmp_path)
    preview = to_preview(qtbot, wizard)
    assert "4 to create" in preview.summary.text() and "0 with errors" in preview.summary.text()
    assert "Values kept in the notes (orange, not imported into their fields): 1." in (
        preview.summary.text())
    bad_row = next(r for r in range(preview.table.rowCount())
                   if preview.table.item(r, 0).text() == "6")
    amount_cell = preview.table.item(bad_row, 5)
    assert amount_cell.toolTip().startswith("lots is not an amount of money")
    assert amount_cell.background().color().name() == "#ffe0b2"  # a warning, not an error
    shoot(wizard, "import-5-preview", tmp_path)
    assert Opportunity.select().count() == 0  # the dry run wrote nothing
    with qtbot.waitSignal(wizard.imported, timeout=20000) as blocker:
        next_page(qtbot, wizard)
    result = blocker.args[0]
    assert result.counts["create"] == 4 and result.counts["error"] == 0
    assert Opportunity.select().count() == 4
    bad = Opportunity.get(Opportunity.title == "Bad deal")
    assert bad.stage.name == "Contracting" and bad.notes == "金额: lots"
    assert Organization.get(Organization.name == "北京免疫科技").batch_uid == result.batch_uid
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.FinishButton).isEnabled())
    shoot(wizard, "import-6-report", tmp_path)
    assert not wizard.run_page.errors_button.isVisible()  # no row was left out
    report = wizard.run_page.problems  # what happened to each row that did not simply land
    assert [report.item(r, 2).text() for r in range(report.rowCount())] == [
        "lots is not an amount of money (expected 1200000, ¥1,200,000, RMB 1.2m or 120万); "
        "kept in the notes as written"]
    assert report.item(0, 0).text() == "6" and report.item(0, 1).text() == "金额"
    qtbot.mouseClick(wizard.run_page.undo_button, Qt.MouseButton.LeftButton)
    assert Opportunity.select().count() == 0 and Organization.select().count() == 0
    assert "undone" in wizard.run_page.status.text()


def test_import_wizard_refuses_a_broken_file_on_its_page(qtbot: Any, context: AppContext,
                                                         tmp_path: Path) -> None:
    from ui.importing.wizard import ImportWizard

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a workbook")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(broken))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.error.isVisible()
    assert "broken.xlsx" in wizard.file_page.error.text()
    shoot(wizard, "import-0-refused", tmp_path)


def test_import_wizard_remembers_the_mapping(qtbot: Any, context: AppContext,
                                             tmp_path: Path) -> None:
    from ui.importing.wizard import ImportWizard

    path = write_xlsx(tmp_path / "people.xlsx", [["Who", "Mail"], ["李明", "li@sct.cn"]])
    for attempt in range(2):
        wizard = ImportWizard(context)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.keyClicks(wizard.file_page.path_edit, str(path))
        next_page(qtbot, wizard)
        box = wizard.sheet_page.entity_box
        box.setFocus()
        qtbot.keyClicks(box, "C")  # Contacts
        assert box.currentData() == "contact"
        next_page(qtbot, wizard)
        page = wizard.mapping_page
        if attempt == 0:
            assert page.mapping() == {"Who": "note", "Mail": "emails"}  # unknown: kept
            assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
            person = page.table.cellWidget(0, 2)
            person.setFocus()
            qtbot.keyClicks(person, "N")  # Name
            assert page.mapping()["Who"] == "name"
            next_page(qtbot, wizard)  # options
            to_preview(qtbot, wizard)
            next_page(qtbot, wizard)  # import
            qtbot.waitUntil(lambda w=wizard: w.run_page.result is not None, timeout=20000)
        else:
            assert page.mapping() == {"Who": "name", "Mail": "emails"}
            assert "last time" in page.note.text()
    assert Contact.get(Contact.name_zh == "李明")


def test_export_dialog_exports_what_i_see(qtbot: Any, context: AppContext, tmp_path: Path,
                                          seeded: Path) -> None:
    from ui.export_dialog import ExportDialog

    for n in range(30):
        records.create("opportunity", {"title": f"Deal {n}", "stage": find_stage("Lead").id,
                                       "value": str(1000 * n), "currency": "CNY"})
    query = ListQuery("opportunity", search="Deal")
    dialog = ExportDialog(context, query=query, columns=["title", "stage", "value"])
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "mine.xlsx"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(target))
    assert dialog.this_list.isChecked()
    shoot(dialog, "export-1-ready", tmp_path)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert dialog.written == {"opportunity": 30}
    assert "Saved mine.xlsx" in dialog.status.text()
    shoot(dialog, "export-2-done", tmp_path)
    rows = read_sheet(open_workbook(target), "Opportunities").rows
    assert rows[0] == ["Title", "Stage", "Value", "Beacon ID", "Version"] and len(rows) == 31


def test_export_dialog_cancel_leaves_no_file(qtbot: Any, context: AppContext, tmp_path: Path,
                                             seeded: Path) -> None:
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "everything.xlsx"
    dialog.path_edit.setText(str(target))
    assert dialog.everything.isChecked() and dialog.this_list.isHidden()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.close_button.text() == "Cancel"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running,
                    timeout=20000)
    qtbot.waitUntil(lambda: "cancelled" in dialog.status.text())
    assert not target.exists() and not list(tmp_path.glob(".*.part"))
    shoot(dialog, "export-3-cancelled", tmp_path)


def test_import_wizard_splits_odoo_partners_into_companies_and_people(
        qtbot: Any, context: AppContext, tmp_path: Path) -> None:
    from ui.importing.wizard import ImportWizard

    from .helpers import sample

    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit,
                    str(sample("malakhA-coffice__odoo13__base_import__o2m_customers_contacts.csv")))
    next_page(qtbot, wizard)
    assert wizard.sheet_page.entity_box.currentData() == "contact"
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page.mapping()
    assert (mapping["Is a company"], mapping["Related company"]) == ("is_company", "organization")
    next_page(qtbot, wizard)
    preview = to_preview(qtbot, wizard)
    assert "3 are companies (organizations) and 5 people (contacts)" in preview.summary.text()
    actions = {preview.table.item(r, 2).text(): preview.table.item(r, 1).text()
               for r in range(preview.table.rowCount())}
    assert actions["Aurora Shelves"] == "new organization" and actions["Roger Martins"] == "new"
    shoot(wizard, "import-7-odoo-partners", tmp_path)
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        next_page(qtbot, wizard)
    roger = Contact.get(Contact.name == "Roger Martins")
    assert roger.organization.name == "Aurora Shelves"
    assert Organization.select().count() == 3


def test_import_wizard_takes_vcards_straight_to_the_options(
        qtbot: Any, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A .vcf skips the sheet and column pages; the preview shows each card's properties and
    a card without a name is listed by its number."""
    from ui.importing.wizard import ImportWizard

    cards = tmp_path / "conference.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李明\r\nORG:上海细胞治疗有限公司\r\n"
        "EMAIL:li.ming@example.cn\r\nTEL:+86 138 0013 8000\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nTITLE:Booth staff\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nTEL:1234\r\nEND:VCARD\r\n",
        encoding="utf-8")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(cards))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.options_page
    preview = to_preview(qtbot, wizard)
    assert "2 to create" in preview.summary.text() and "1 with errors" in preview.summary.text()
    table = preview.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = {table.item(r, 0).text(): [table.item(r, c).text() if table.item(r, c) else ""
                                      for c in range(table.columnCount())]
            for r in range(table.rowCount())}
    assert headers[:3] == ["Card", "Action", "Name"] and "WeChat ID" not in headers  # unused
    assert rows["1"][headers.index("Name")] == "李明"
    assert rows["1"][headers.index("Organization")] == "上海细胞治疗有限公司"
    assert rows["3"][headers.index("Name")] == "Anna Schmidt"
    assert "neither a name" in rows["2"][-1] and "1234" in rows["3"][-1]
    shoot(wizard, "import-8-vcards", tmp_path)
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        next_page(qtbot, wizard)
    errors = tmp_path / "errors.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(errors), ""))
    qtbot.waitUntil(lambda: wizard.run_page.errors_button.isVisible())
    qtbot.mouseClick(wizard.run_page.errors_button, Qt.MouseButton.LeftButton)
    rows = read_sheet(open_workbook(errors)).rows
    assert rows[0][-1] == "Problems" and "neither a name" in rows[1][-1]
    li = Contact.get(Contact.name_zh == "李明")
    assert li.organization.name == "上海细胞治疗有限公司" and li.source == "vcard"
    qtbot.waitUntil(lambda: wizard.run_page.undo_button.isVisible())
    qtbot.mouseClick(wizard.run_page.undo_button, Qt.MouseButton.LeftButton)
    assert Contact.select().count() == 0


def big_csv(tmp_path: Path) -> Path:
    import csv

    path = tmp_path / "big.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Deal Name", "Company", "Amount"])
        writer.writerows([f"Deal {n}", f"Company {n % 300}", 1000 + n] for n in range(30_000))
    return path


def test_the_dry_run_reads_off_the_window_and_cancel_stops_it(qtbot: Any, context: AppContext,
                                                              tmp_path: Path) -> None:
    """30,000 rows: the preview shows a progress bar while a worker thread checks them (the
    window keeps answering); Cancel stops the check, then the wizard closes, nothing written."""
    from ui.importing.wizard import ImportWizard

    path = big_csv(tmp_path)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    for _ in range(3):
        next_page(qtbot, wizard)
    choose_currency(qtbot, wizard, "USD")  # the file names none
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    assert preview.busy and preview.checking.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()  # waits for the worker to stop before closing
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20000)
    assert not preview.busy and wizard.choices.plan is None
    assert Opportunity.select().count() == 0


def test_back_during_the_dry_run_then_next_shows_the_new_check(qtbot: Any, context: AppContext,
                                                               tmp_path: Path) -> None:
    from ui.importing.wizard import ImportWizard

    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(big_csv(tmp_path)))
    for _ in range(3):
        next_page(qtbot, wizard)
    choose_currency(qtbot, wizard, "EUR")
    for _ in range(2):
        next_page(qtbot, wizard)
    first = wizard.preview_page.task
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.options_page
    wizard.options_page.create_only.setChecked(True)
    preview = to_preview(qtbot, wizard)
    assert preview.task is not first
    qtbot.waitUntil(lambda: first is not None and not first.running, timeout=20000)
    assert wizard.choices.plan is not None and wizard.choices.plan.mode == "create"
    assert preview.summary.text().startswith("30,000 to create")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # "Import"


def test_preview_asks_which_rows_are_records_beacon_has(qtbot: Any, context: AppContext,
                                                       tmp_path: Path) -> None:
    """'Downs Group' may be 'Downs PLC': a new company unless the user says it is that one;
    the dry run runs again with the choice, and the import updates that company."""
    from ui.importing.wizard import ImportWizard

    downs = records.create("organization", {"name": "Downs PLC"}).first_created
    path = write_xlsx(tmp_path / "companies.xlsx", [["Company name", "City"],
                                                    ["Downs Group", "Leeds"],
                                                    ["Acme Bio", "Suzhou"]])
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    for _ in range(3):
        next_page(qtbot, wizard)
    preview = to_preview(qtbot, wizard)
    assert preview.summary.text().startswith("2 to create")
    matches = preview.matches
    assert matches.isVisible() and matches.table.rowCount() == 1
    assert matches.table.item(0, 2).text().startswith("Downs PLC (same name after removing")
    shoot(wizard, "import-9-matches", tmp_path)
    choice = matches.table.cellWidget(0, 3)
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # "It is Downs PLC"
    qtbot.waitUntil(lambda: not preview.busy and preview.choices.plan is not None,
                    timeout=20000)
    assert preview.summary.text().startswith("1 to create, 1 to update")
    assert preview.choices.confirmed == {2: downs}
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        next_page(qtbot, wizard)
    assert Organization.get_by_id(downs).city == "Leeds"
    assert Organization.select().count() == 2


def test_sheet_list_imports_sheets_with_the_same_columns_together(qtbot: Any,
                                                                  context: AppContext,
                                                                  tmp_path: Path) -> None:
    from openpyxl import Workbook

    from ui.importing.wizard import ImportWizard

    book = Workbook()
    north = book.active
    assert north is not None
    north.title = "North"
    for row in (["Name", "Email"], ["Li Ming", "li@a.cn"], ["Wang Fang", "wf@a.cn"]):
        north.append(row)
    south = book.create_sheet("South")
    for row in (["Name", "Email"], ["Zhang Wei", "zw@b.cn"]):
        south.append(row)
    book.create_sheet("填写说明").append(["字段", "说明"])
    path = tmp_path / "departments.xlsx"
    book.save(path)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    next_page(qtbot, wizard)
    sheets = wizard.sheet_page.sheet_list
    assert [sheets.item(i).text() for i in range(sheets.count())] == [
        "North · 2 rows", "South · 1 rows", "填写说明 · 0 rows"]
    assert not sheets.item(2).flags() & Qt.ItemFlag.ItemIsUserCheckable  # other columns
    sheets.setFocus()
    qtbot.keyClick(sheets, Qt.Key.Key_Down)  # to South: shown, and ticked with North
    assert wizard.choices.sheets == ["North", "South"]
    shoot(wizard, "import-10-sheets", tmp_path)
    next_page(qtbot, wizard)  # mapping
    next_page(qtbot, wizard)  # options
    preview = to_preview(qtbot, wizard)
    assert preview.summary.text().startswith("3 to create")
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        next_page(qtbot, wizard)
    assert Contact.select().count() == 3


def test_csv_encoding_is_shown_and_asked_when_not_certain(qtbot: Any, context: AppContext,
                                                          tmp_path: Path) -> None:
    from ui.importing.wizard import ImportWizard

    path = tmp_path / "cz.csv"
    path.write_bytes("\r\n".join(["Name,City", *(f"Dvořák {n},Brno" for n in range(20))])
                     .encode("cp1250"))
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    next_page(qtbot, wizard)
    page = wizard.sheet_page
    assert page.encoding_box.isVisible() and "Not certain" in page.encoding_note.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    shoot(wizard, "import-11-encoding", tmp_path)
    page.encoding_box.setFocus()
    qtbot.keyClicks(page.encoding_box, "cp1250")
    qtbot.keyClick(page.encoding_box, Qt.Key.Key_Return)
    assert wizard.choices.workbook.encoding == "cp1250"
    assert page.table.item(1, 0).text() == "Dvořák 0"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_preview_shows_amounts_in_ten_thousands_as_what_beacon_holds(
        qtbot: Any, context: AppContext, tmp_path: Path) -> None:
    """预计金额（万元）: the preview writes 680 as what the import will hold, CNY 6,800,000."""
    from ui.importing.wizard import ImportWizard

    path = write_xlsx(tmp_path / "deals.xlsx", [["商机名称", "客户名称", "预计金额（万元）"],
                                               ["CAR-T 工艺开发", "上海细胞", 680]])
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    for _ in range(3):  # sheet, mapping, values (how the amounts are read)
        next_page(qtbot, wizard)
    preview = to_preview(qtbot, wizard)
    headers = [preview.table.horizontalHeaderItem(c).text()
               for c in range(preview.table.columnCount())]
    cell = preview.table.item(0, headers.index("预计金额（万元）"))
    assert cell.text() == "680 = CNY 6,800,000"
    assert cell.toolTip() == "Read as CNY 6,800,000 (the header says 万元)"
