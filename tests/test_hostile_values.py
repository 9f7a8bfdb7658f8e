"""Hostile values: absurd numbers, control characters and NUL never end in a traceback,
never reach the database as they are, and never reach the terminal raw."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tracker import validation as v
from tracker.chinese import fold_width
from tracker.errors import ValidationError
from tracker.excel import values as cells
from tracker.excel.importer import ImportOptions, plan_import
from tracker.services import records
from tracker.storage import Store

HOSTILE_NUMBERS = ["1e30", "1E+400", "NaN", "nan", "-inf", "Infinity", "sNaN", "1e999999999",
                   "1e-999999999", "9" * 5000, "1e30万", "１e３０"]


@pytest.mark.parametrize("text", HOSTILE_NUMBERS)
def test_hostile_numbers_are_validation_errors(text: str) -> None:
    for parse in (lambda: cells.parse_money("value", text),
                  lambda: v.money_minor("value", text, 2),
                  lambda: v.percent("probability", text)):
        with pytest.raises(ValidationError) as caught:
            parse()
        assert caught.value.problems[0].message.startswith((text, fold_width(text)))


def test_absurd_floats_and_ints_from_a_workbook_are_refused() -> None:
    for value in (1e300, float("inf"), float("nan"), 10 ** 40):
        with pytest.raises(ValidationError, match="too large"):
            cells.parse_money("value", value)


def test_full_width_digits_are_read_as_digits() -> None:
    assert cells.parse_money("value", "１２３") == (123, None)
    assert v.percent("probability", "５０") == 50
    assert v.money_minor("value", "１２３", 2) == 12300


def test_digit_like_characters_are_not_ids() -> None:
    assert not v.is_key_number("²")
    assert not v.is_key_number("9" * 5000)
    assert not v.is_key_number(True)
    assert v.is_key_number("42") and v.is_key_number(42)


def test_an_import_of_hostile_numbers_reports_each_row(db: Path, tmp_path: Path) -> None:
    source = tmp_path / "deals.csv"
    source.write_text("Title,Organization,Value,Currency,Probability\n"
                      "Deal A,Org,1e30,USD,NaN\n"
                      "Deal B,Org,1E+400,USD,1e30\n"
                      "Deal C,Org,NaN,USD,5\n"
                      "Deal D,Org,１２３,USD,５０\n"
                      "Deal E,Org,1e999999999,USD,\n", encoding="utf-8")
    plan = plan_import(source, ImportOptions(entity="opportunity"))
    # Each row lands without its hostile number, which is kept in its notes and warned about.
    assert plan.problems == [] and plan.counts["create"] == 5
    warnings = {(p.row, p.column): p.reason.removesuffix("; kept in the notes as written")
                for p in plan.warnings}
    assert warnings == {
        (2, "Value"): "1e30 is too large", (2, "Probability"): "NaN is not a number",
        (3, "Value"): "1E+400 is too large", (3, "Probability"): "1e30 is too large",
        (4, "Value"): "NaN is not a number", (6, "Value"): "1e999999999 is too large",
    }
    deal_a = next(r for r in plan.rows if r.row == 2)
    assert deal_a.clean["value_minor"] is None and deal_a.clean["notes"] == (
        "Value: 1e30\nProbability: NaN")
    deal_d = next(r for r in plan.rows if r.row == 5)
    assert deal_d.action == "create" and deal_d.clean["value_minor"] == 12300
    assert deal_d.clean["probability"] == 50


def test_control_characters_leave_single_line_fields(db: Path) -> None:
    changes = records.create("contact", {
        "name": "Li\x1b[31m Ming\x07\u202e", "title": "CEO\r\nand founder",
        "notes": "first line\r\nsecond\tcolumn\x1b[0m\x85",
        "emails": ["li\u202e@example.com"]})
    contact = records.load("contact", changes.created[0][1])
    assert contact.name == "Li[31m Ming"
    assert contact.title == "CEO and founder"
    assert contact.notes == "first line\nsecond\tcolumn[0m"
    assert records.current_value(records.spec_for("contact"), contact, "emails") == [
        "li@example.com"]


def test_nul_refuses_the_cell(db: Path) -> None:
    with pytest.raises(ValidationError, match="NUL") as caught:
        records.create("contact", {"name": "Li\x00Ming"})
    assert caught.value.problems[0].field == "name"
    with pytest.raises(ValidationError, match="NUL"):
        records.create("organization", {"name": "Org", "notes": "a\x00b"})


def test_nul_deep_in_a_csv_is_a_row_error_naming_the_column(db: Path, tmp_path: Path) -> None:
    rows = ["Name,Email"] + [f"Person {i},p{i}@example.com" for i in range(3000)]
    rows.append("Bad\x00Name,bad@example.com")
    source = tmp_path / "people.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert source.stat().st_size > 64 * 1024  # past the binary-file sample
    plan = plan_import(source, ImportOptions(entity="contact"))
    assert [(p.row, p.column) for p in plan.problems] == [(3002, "Name")]
    assert "NUL" in plan.problems[0].reason
    assert plan.counts["create"] == 3000


@pytest.mark.sqlite_only
def test_the_cli_never_prints_control_characters_raw(db: Store) -> None:
    import sqlite3

    records.create("organization", {"name": "Clean"})
    db.close()
    # A record stored raw by an older version (or another program).
    connection = sqlite3.connect(str(db.path))
    connection.execute("UPDATE organization SET name = ?, city = ?",
                       ("Evil\x1b]0;pwned\x07\u202eoc", "Sh\x85anghai"))
    connection.commit()
    connection.close()
    for extra in ([], ["--json"]):
        done = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(db), "list",
                               "organizations", *extra], capture_output=True, check=True)
        raw = done.stdout.decode("utf-8")
        assert "\x1b" not in raw and "\x07" not in raw and "\u202e" not in raw
        assert "\x85" not in raw
        if extra:
            assert json.loads(raw)[0]["name"] == "Evil\x1b]0;pwned\x07\u202eoc"
        else:
            assert "Evil\\u001b]0;pwned\\u0007\\u202eoc" in raw
