"""`beacon import`'s report in Chinese: with --language zh_CN (or BEACON_LANG=zh_CN, the
language the window takes for one run) every line the command prints, its summary,
headings and each row's reason, is a message template in Chinese; English otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tracker import messages as m
from tracker.messages import say
from tracker.translations import cli_language, translated

from .helpers import write_xlsx

ROWS = [["姓名", "邮箱", "电话", "客户星级", "创建时间"],
        ["李明", "li@sct.example", "1234", "★★★", "2024-03-01"],
        ["王芳", "wang@sct.example", "138 0013 8000", "", "2024-03-02"]]


def run(db_path: Path, *args: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BEACON_LANG": language}
    return subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(db_path), *args],
                          capture_output=True, text=True, timeout=300, check=False, env=env)


def test_the_import_report_speaks_chinese_when_asked(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "客户.xlsx", ROWS)
    db_path = tmp_path / "cli.sqlite3"
    for said in (run(db_path, "import", str(path), "--dry-run", "--language", "zh_CN"),
                 run(db_path, "import", str(path), "--dry-run", language="zh_CN")):
        assert said.returncode == 0, said.stderr
        lines = said.stdout.splitlines()
        assert lines[0] == ("客户.xlsx（Sheet1），联系人，模式 upsert：将新建 2 条，更新 0 条，"
                            "0 条不变，跳过 0 条，0 行有错误")
        assert ("  第 2 行，列 '电话'：警告：“1234”不是有效的电话号码（不带 +国家代码的号码按 CN "
                "号码解读）；已按原文保留在备注中") in lines
        assert ("  以“列名: 值”保留在备注中的列（Beacon 没有对应字段；--ignore-column 列名 "
                "可不导入某列）：'客户星级'") in lines
        assert ("  已忽略的列（系统列：其他程序的 ID 和时间戳；--map \"列名=note\" 可将某列保留在"
                "备注中）：'创建时间'") in lines
    english = run(db_path, "import", str(path), "--dry-run")
    assert english.stdout.splitlines()[0] == (
        "客户.xlsx (Sheet1), contact, mode upsert: 2 would be created, 0 updated, 0 unchanged, "
        "0 skipped, 0 row(s) with errors")
    assert ("  row 2, column '电话': warning: 1234 is not a valid phone number (numbers without "
            "+country code are read as CN); kept in the notes as written") in english.stdout
    done = run(db_path, "import", str(path), "--language", "zh_CN")
    assert done.stdout.splitlines()[0].endswith("：新建 2 条，更新 0 条，0 条不变，跳过 0 条，0 行有错误")
    assert done.stdout.splitlines()[-1].startswith("批次 ")


def test_messages_are_translated_with_their_values() -> None:
    reason = say(m.KEPT_IN_NOTES, reason=say(m.NOT_PHONE, value="abc"))
    assert translated(reason, "en") == "abc is not a phone number; kept in the notes as written"
    assert translated(reason, "zh_CN") == "“abc”不是电话号码；已按原文保留在备注中"
    assert translated("plain text", "zh_CN") == "plain text"
    assert (cli_language("zh_CN"), cli_language("zh-CN.UTF-8"), cli_language("de")) == (
        "zh_CN", "zh_CN", "en")
