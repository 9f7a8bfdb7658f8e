"""Outlook's CSV export writes Priority "Normal", Private "False", Gender "Unspecified" and
birthdays "0/0/00" for every contact whose person left them empty. In columns kept in the
notes those are the program's blank, not information: left out of the notes and counted
once per column in the report. A value a person chose (High, True, Female) is kept."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from tracker.excel.batches import apply_import, report
from tracker.excel.importer import ImportOptions, plan_import
from tracker.excel.report_lines import report_lines
from tracker.storage import Store

from .helpers import contact
from .test_report_language import run
from .test_unknown_columns import run_cli

# Outlook's own headers and order (a part of its 90-odd columns)
HEADERS = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company",
           "Department", "Job Title", "Business Phone", "Anniversary", "Birthday",
           "Categories", "E-mail Address", "E-mail Type", "E-mail Display Name", "Gender",
           "Hobby", "Notes", "Priority", "Private", "Sensitivity"]
ROWS = [
    ["", "Ming", "", "Li", "", "Shanghai Cell Therapy", "", "BD Director", "", "0/0/00",
     "0/0/00", "", "li@sct.example", "SMTP", "Li Ming (li@sct.example)", "Unspecified",
     "Go", "", "Normal", "False", "Normal"],
    ["Dr.", "Anna", "", "Schmidt", "", "Heidelberg Bio", "", "CSO", "", "0/0/00",
     "3/14/1980", "", "anna@hb.example", "SMTP", "Anna Schmidt (anna@hb.example)",
     "Female", "", "Met at BIO", "High", "True", "Private"],
    ["", "Wei", "", "Zhang", "", "", "", "", "", "0/0/00", "0/0/00", "",
     "zhang@x.example", "SMTP", "", "Unspecified", "", "", "Normal", "False", "Normal"],
]


def outlook_csv(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:  # as Outlook writes it
        csv.writer(out, quoting=csv.QUOTE_ALL).writerows([HEADERS, *ROWS])
    return path


def test_outlook_s_blanks_stay_out_of_the_notes_and_are_counted(db: Store,
                                                                tmp_path: Path) -> None:
    path = outlook_csv(tmp_path)
    plan = plan_import(path, ImportOptions())
    result = report(plan, None, dry_run=True)
    mapping: dict[str, Any] = result["mapping"]
    assert mapping["program_defaults"] == [
        {"column": "Anniversary", "count": 3, "values": ["0/0/00"]},
        {"column": "Birthday", "count": 2, "values": ["0/0/00"]},
        {"column": "Gender", "count": 2, "values": ["Unspecified"]},
        {"column": "Priority", "count": 2, "values": ["Normal"]},
        {"column": "Private", "count": 2, "values": ["False"]}]
    # a column holding only its program's blanks keeps nothing in the notes
    assert "Anniversary" not in mapping["kept_in_notes"]
    assert {"Birthday", "Gender", "Hobby", "Priority", "Private"} <= set(
        mapping["kept_in_notes"])
    lines = report_lines(result, "en")
    assert ("  2 values of 'Priority' were the exporting program's default ('Normal') and "
            "were left out") in lines
    assert ("  3 values of 'Anniversary' were the exporting program's default ('0/0/00') "
            "and were left out") in lines
    assert result["warnings"] == []
    apply_import(plan)
    assert contact("Ming Li")["notes"] == "Hobby: Go"
    assert contact("Wei Zhang")["notes"] == ""
    anna = contact("Anna Schmidt")["notes"].splitlines()
    assert anna[0] == "Met at BIO"
    assert {"Birthday: 3/14/1980", "Gender: Female", "Priority: High",
            "Private: True"} <= set(anna)
    assert not any(line.startswith("Anniversary") for line in anna)
    again = plan_import(path, ImportOptions())
    assert again.counts["create"] == again.counts["update"] == again.counts["error"] == 0
    assert again.counts["unchanged"] == 3


def test_the_command_line_reports_them_in_json_and_in_chinese(tmp_path: Path) -> None:
    path = outlook_csv(tmp_path)
    db_path = tmp_path / "cli.sqlite3"
    # Sensitivity is Outlook's bookkeeping (ignored); kept in the notes, its blank is one too
    said = run_cli(db_path, "import", str(path), "--dry-run", "--json",
                   "--map", "Sensitivity=note")
    assert said.returncode == 0, said.stderr
    entries = json.loads(said.stdout)["mapping"]["program_defaults"]
    assert {"column": "Sensitivity", "count": 2, "values": ["Normal"]} in entries
    chinese = run(db_path, "import", str(path), "--dry-run", language="zh_CN")
    assert chinese.returncode == 0, chinese.stderr
    assert ("'Priority' 列中有 2 个值是导出程序为空字段填写的默认值（'Normal'），未写入备注"
            in chinese.stdout)


def test_the_chinese_outlook_s_blanks_too(db: Store, tmp_path: Path) -> None:
    path = tmp_path / "联系人.csv"
    path.write_text("名,姓,电子邮件地址,性别,优先级,生日,爱好\n"
                    "明,李,li@sct.example,未指定,普通,0/0/00,围棋\n"
                    "娜,王,wang@x.example,女,高,1985/3/1,\n", encoding="utf-8-sig")
    plan = plan_import(path, ImportOptions())
    assert [e["column"] for e in report(plan, None, dry_run=True)["mapping"][
        "program_defaults"]] == ["性别", "优先级", "生日"]
    apply_import(plan)
    assert contact("李明")["notes"] == "爱好: 围棋"
    assert set(contact("王娜")["notes"].splitlines()) == {"性别: 女", "优先级: 高",
                                                        "生日: 1985/3/1"}
