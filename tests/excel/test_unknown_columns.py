"""Columns Beacon has no field for: their values are kept in each record's notes as
"Header: value" lines and the report names each column once ("kept in notes"); the user may
leave a column out instead (the wizard's "Ignore", --ignore-column, --map "Header=-").
Importing the same file again changes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tracker.excel.batches import apply_import, report
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Contact
from tracker.services import records
from tracker.storage import Store

from .helpers import write_xlsx

ROWS = [
    ["序号", "姓名", "邮箱", "客户星级", "Favourite drink", None, "备注", "Phone 1 - Type"],
    [1, "李明", "li@sct.example", "★★★", "Oolong", "见过两次", "VIP", "Mobile"],
    [2, "王芳", "wang@sct.example", "", "Coffee\nno sugar", None, "", "Work"],
    [3, "张伟", "zhang@sct.example", "VIP", None, None, "VIP", None],
]


def notes_of(name: str) -> str:
    return str(records.snapshot("contact", Contact.get(Contact.name_zh == name))["notes"])


def test_unknown_columns_are_kept_in_the_notes_and_named_once(db: Store, tmp_path: Path
                                                              ) -> None:
    path = write_xlsx(tmp_path / "客户.xlsx", ROWS)
    plan = plan_import(path, ImportOptions())
    mapping = report(plan, None, dry_run=True)["mapping"]
    # a blank header is named by its column; 序号 and "- Type" are not values to keep
    assert mapping["kept_in_notes"] == ["客户星级", "Favourite drink", "Column F"]
    assert mapping["not_imported"] == ["序号"]
    assert plan.warnings == [] and plan.counts["create"] == 3
    apply_import(plan)
    assert notes_of("李明") == "VIP\n客户星级: ★★★\nFavourite drink: Oolong\nColumn F: 见过两次"
    assert notes_of("王芳") == "Favourite drink: Coffee, no sugar"  # on one line
    assert notes_of("张伟") == "VIP"  # the value is already there: not said twice
    before = {c.id: (c.version, c.notes) for c in Contact.select()}
    again = plan_import(path, ImportOptions())
    assert again.counts["create"] == again.counts["update"] == again.counts["error"] == 0
    apply_import(again)
    assert {c.id: (c.version, c.notes) for c in Contact.select()} == before  # nothing grew


def test_a_changed_value_is_added_once_and_an_ignored_column_is_not(db: Store, tmp_path: Path
                                                                   ) -> None:
    """A file without a notes column adds a changed value's line to the record's notes
    (once); a file with one says what the notes are, with its kept lines under them."""
    without_notes = [[c for i, c in enumerate(r) if i != 6] for r in ROWS]
    apply_import(plan_import(write_xlsx(tmp_path / "a.xlsx", without_notes), ImportOptions()))
    changed = [list(r) for r in without_notes]
    changed[1][3] = "★★★★"
    changed[1][4] = "Green tea"
    path = write_xlsx(tmp_path / "b.xlsx", changed)
    for _ in range(2):
        plan = plan_import(path, ImportOptions(mapping={"Favourite drink": None}))
        assert report(plan, None, dry_run=True)["mapping"]["not_imported"] == [
            "序号", "Favourite drink"]
        apply_import(plan)
        assert notes_of("李明").splitlines() == [
            "客户星级: ★★★", "Favourite drink: Oolong", "Column F: 见过两次", "客户星级: ★★★★"]
    with_notes = [list(r) for r in ROWS]
    with_notes[1][3] = "★★★★★"
    apply_import(plan_import(write_xlsx(tmp_path / "c.xlsx", with_notes), ImportOptions()))
    assert notes_of("李明").splitlines() == [
        "VIP", "客户星级: ★★★★★", "Favourite drink: Oolong", "Column F: 见过两次"]


def run_cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(db_path), *args],
                          capture_output=True, text=True, timeout=300, check=False)


def test_the_command_line_keeps_or_leaves_out_a_column(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "客户.xlsx", ROWS)
    db_path = tmp_path / "cli.sqlite3"
    said = run_cli(db_path, "import", str(path), "--dry-run")
    assert said.returncode == 0, said.stderr
    assert ("columns kept in notes as \"Header: value\" (no Beacon field for them; "
            "--ignore-column HEADER leaves one out): '客户星级', 'Favourite drink', "
            "'Column F'") in said.stdout
    for options in (["--ignore-column", "Favourite drink", "--map", "客户星级=-"],
                    ["--map", "Favourite drink=", "--ignore-column", "客户星级"]):
        result = run_cli(db_path, "import", str(path), "--dry-run", "--json", *options)
        assert result.returncode == 0, result.stderr
        mapping: dict[str, Any] = json.loads(result.stdout)["mapping"]
        assert mapping["columns"]["Favourite drink"] is None
        assert mapping["columns"]["客户星级"] is None
        assert mapping["kept_in_notes"] == ["Column F"]
        assert mapping["not_imported"] == ["序号", "客户星级", "Favourite drink"]
    wrong = run_cli(db_path, "import", str(path), "--ignore-column", "No such column")
    assert wrong.returncode != 0 and "No such column" in wrong.stderr


def test_a_mapping_saved_before_unknown_columns_were_kept_drops_nothing(db: Store,
                                                                       tmp_path: Path) -> None:
    """A mapping saved by an earlier Beacon holds null for every column it had no field
    for: those follow today's default (kept in the notes; a system column left out), as
    does a column it does not name; the user's own "Ignore" of a known column stays."""
    from tracker.excel.headers import _mapping_key, remember_mapping
    from tracker.services.settings import put_setting

    rows = [["Who", "Mail", "Phone", "客户星级", "Favourite drink", "Created on"],
            ["李明", "li@sct.example", "+86 138 0013 8000", "★★★", "Oolong", "2024-03-01"]]
    headers = rows[0]
    path = write_xlsx(tmp_path / "people.xlsx", rows)
    put_setting(_mapping_key(headers, "contact"), json.dumps({  # as Beacon saved it then
        "Who": "name", "Mail": "emails", "Phone": None, "客户星级": None,
        "Favourite Drink": None, "Created on": None}))  # (the header as written then)
    plan = plan_import(path, ImportOptions(entity="contact"))
    assert plan.mapping == {"Who": "name", "Mail": "emails", "Phone": None, "客户星级": "note",
                            "Favourite drink": "note", "Created on": None}
    said = report(plan, None, dry_run=True)["mapping"]
    assert (said["not_imported"], said["system_columns"]) == (["Phone"], ["Created on"])
    apply_import(plan)
    assert notes_of("李明") == "客户星级: ★★★\nFavourite drink: Oolong"
    # saved today, the user's "Ignore" of a column with no field is kept as a choice
    remember_mapping(headers, "contact", {**plan.mapping, "客户星级": None})
    again = plan_import(path, ImportOptions(entity="contact"))
    assert again.mapping["客户星级"] is None and again.mapping["Favourite drink"] == "note"
    assert again.mapping["Phone"] is None and again.mapping["Who"] == "name"
