"""The Chinese translation is complete, keeps every placeholder, and matches the code.

Adding or changing a user-visible string in ui/ makes test_ts_matches_the_code fail
until `packaging/update-translations.sh` is run and the new entries are translated.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("beacon_*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[a-z_]+\}")  # Qt's %1, %n; the core's {value}
TAG = re.compile(r"</?[a-z]+>")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    unfinished: bool


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append(Message(name, message.findtext("source") or "",
                                 tuple(forms) if forms else (translation.text or "",),
                                 translation.get("type") in ("unfinished", "vanished",
                                                             "obsolete")))
    return found


def test_there_is_a_chinese_translation() -> None:
    assert [ts.name for ts in TS_FILES] == ["beacon_zh_CN.ts"]
    assert len(messages(TS_FILES[0])) > 400


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts: Path) -> None:
    missing = [(m.context, m.source) for m in messages(ts)
               if m.unfinished or not all(t.strip() for t in m.translations)]
    assert not missing, f"untranslated in {ts.name}: {missing[:10]}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_placeholders_accelerators_and_markup(ts: Path) -> None:
    problems = []
    for m in messages(ts):
        for text in m.translations:
            if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(("placeholders", m.context, m.source, text))
            if TAG.findall(m.source) != TAG.findall(text):
                problems.append(("markup", m.context, m.source, text))
            accelerator = re.search(r"&(\w)", m.source)
            if accelerator and f"(&{accelerator.group(1).upper()})" not in text:
                problems.append(("accelerator, as (&F)", m.context, m.source, text))
            if m.source.endswith("…") != text.endswith("…"):
                problems.append(("trailing …", m.context, m.source, text))
    assert not problems, problems


def test_chinese_uses_one_word_per_term() -> None:
    """The glossary's words, wherever the English term stands alone."""
    glossary = {"Opportunity": "商机", "Opportunities": "商机", "Organization": "机构",
                "Contact": "联系人", "Stage": "阶段", "Pipeline": "管道", "Won": "赢单",
                "Lost": "输单", "Weighted": "加权", "Next step": "下一步", "Owner": "负责人",
                "Overdue": "逾期", "Conference": "会议", "Incentive program": "扶持政策"}
    wrong = [(m.context, m.source, m.translations[0]) for m in messages(TS_FILES[0])
             if m.source in glossary and m.translations[0] != glossary[m.source]]
    assert not wrong, wrong


def test_exported_words_are_the_window_s_words() -> None:
    """An export writes kinds and statuses as tracker/catalogue/codes.py words them; in
    Chinese those are the window's own translations (ui/labels.py), so a manager reads in
    the workbook what the window shows. "Email" as an activity kind is 邮件 (a message),
    where the window's shared label is the column's 邮箱 (an address); both read back."""
    from tracker.catalogue.codes import WORDS, code_of

    window = {m.source: m.translations[0] for m in messages(TS_FILES[0])
              if m.context == "Labels"}
    differ = [(code, english, chinese, window.get(english))
              for code, (english, chinese, *_) in WORDS.items()
              if window.get(english) != chinese and code != "email"]
    assert not differ, differ
    assert code_of(window["Email"], ("email",)) == "email"


def _lupdate() -> Path:
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32"
                                              else "lupdate")
    if not binary.exists():
        pytest.fail("lupdate is missing from PySide6-Essentials")
    return binary


def test_ts_matches_the_code(tmp_path: Path) -> None:
    """Every string lupdate finds in ui/, tracker/messages.py and the field catalogue's labels
    is in the .ts, and nothing
    else is."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS_FILES[0], fresh)
    sources = sorted([*(str(p) for p in (ROOT / "ui").rglob("*.py")),
                      str(ROOT / "tracker" / "messages.py"),
                      str(ROOT / "tracker" / "catalogue" / "fields.py")])
    result = subprocess.run([str(_lupdate()), "-no-obsolete", "-silent", *sources, "-ts",
                             str(fresh)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    committed = {(m.context, m.source) for m in messages(TS_FILES[0])}
    current = {(m.context, m.source) for m in messages(fresh)}
    assert current == committed, (
        "run packaging/update-translations.sh and translate the new entries: "
        f"new {sorted(current - committed)[:10]}, gone {sorted(committed - current)[:10]}")


def test_no_literal_hides_behind_a_private_wrapper() -> None:
    """lupdate reads tr()/translate()/QT_TRANSLATE_NOOP, not `_tr("text")`: mark such texts."""
    hidden = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id.startswith("_t") and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not hidden, hidden


def test_the_translation_compiles_into_the_cache_once(tmp_path: Path) -> None:
    from ui.translation import compiled_translation

    qm = compiled_translation("zh_CN", cache=tmp_path)
    assert qm is not None and qm.parent == tmp_path and qm.stat().st_size > 10_000
    stamp = qm.stat().st_mtime_ns
    assert compiled_translation("zh_CN.UTF-8", cache=tmp_path) == qm
    assert compiled_translation("zh", cache=tmp_path) == qm
    assert qm.stat().st_mtime_ns == stamp
    assert compiled_translation("en", cache=tmp_path) is None
    assert compiled_translation("de_DE", cache=tmp_path) is None


def test_translations_ship_with_the_package() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "translations/*" in config["tool"]["setuptools"]["package-data"]["ui.resources"]
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "*.qm" in ignored


def test_the_core_s_reasons_are_shown_in_chinese(qapp: object, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A reason tracker gives in English (the CLI's and the tests' words) is shown in the
    Chinese interface in Chinese, with its values filled in."""
    from PySide6.QtWidgets import QApplication

    from tracker import validation
    from tracker.errors import ValidationError

    from ui.messages import error_message, shown
    from ui.translation import install_language

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with pytest.raises(ValidationError) as caught:
        validation.date("expected_close", "next Tuesday")
    reason = caught.value.problems[0].message
    assert reason == "next Tuesday is not a date (expected 2024-03-05, 2024/3/5 or 2024年3月5日)"
    app = QApplication.instance()
    assert app is not None
    from tracker import messages as m
    from tracker.errors import ImportFileError, StaleRecord, StorageUnavailable
    from tracker.excel.reading import open_workbook

    from ui.errors import error_text

    empty = tmp_path / "leads.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError) as refused:
        open_workbook(empty)
    assert str(refused.value) == "leads.xlsx: the file is empty"
    install_language(app, "zh_CN")
    try:
        assert error_message(refused.value) == "leads.xlsx: 文件为空"
        stale = StaleRecord("opportunity", "01ab", 2, 3)
        assert str(stale).startswith("opportunity 01ab was changed by someone else")
        assert error_message(stale) == "opportunity 01ab 已被他人修改：当前版本为 3，您修改的是版本 2"
        locked = StorageUnavailable("/data/beacon.sqlite3", m.say(m.DB_LOCKED),
                                    m.say(m.HINT_LOCKED))
        assert error_text(locked) == ("数据库被其他程序锁定。", "请关闭另一个 Beacon 窗口或稍候，然后"
                                                      "重试\n\n/data/beacon.sqlite3")
        assert shown(reason) == "“next Tuesday”不是日期（应为 2024-03-05、2024/3/5 或 2024年3月5日）"
        assert error_message(caught.value).startswith("expected_close: “next Tuesday”不是日期")
        assert shown("plain text") == "plain text"
    finally:
        install_language(app, "en")
    assert shown(reason) == reason
