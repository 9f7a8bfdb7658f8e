"""Rows under a header that are not records: a second header row (English under Chinese),
a hint row (必填，从下拉选择), a row of only a row number (序号), a totals row under the
table (合计, Total: a word and sums). They are listed as skipped with their reason, never as
errors, and never imported as a deal called 合计."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tracker.catalogue.fields import IMPORT_ENTITIES
from tracker.catalogue.headers import field_for, read_header
from tracker.excel import values as cells

# Only the first rows under a header are read for these: templates put them there.
FIRST_ROWS = 5
_HINT = re.compile(r"必填|选填|可选|非必填|从下拉|下拉选择|下拉框|请选择|请输入|请填写|格式[:：为]|"
                   r"如[:：]|例[:：如]|示例|填写说明|单位[:：]|\brequired\b|\boptional\b|"
                   r"\be\.g\.|\bfor example\b|\bexample:|\bformat:|\bplease (choose|select|"
                   r"enter)\b", re.IGNORECASE)


TOTAL_WORDS = frozenset({"合计", "总计", "小计", "总额", "汇总", "共计", "累计", "总合计", "合计金额",
                         "total", "totals", "grand total", "subtotal", "sub total", "sum",
                         "summe", "gesamt", "totaal", "合計", "總計", "小計"})
_TOTAL_START = re.compile(r"\s*(合\s*计|总|小|汇|共|累|合|總|小|total|grand|sub|sum|gesamt|totaal)",
                          re.IGNORECASE)
_NUMBER_LIKE = re.compile(r"^[-+(]?[^\d\s]{0,4}\s*[\d.,\s']+\s*[^\d\s]{0,4}[)%]?$|^[-—–/]+$")


def totals_word(raw: Sequence[Any]) -> str | None:
    """The word of a totals row (合计 and sums beside it), or None. The word is the row's
    first filled cell; every other filled cell is a number (or a dash)."""
    # every row of a file comes here: the cheap look first (its first filled cell a word)
    first = None
    for cell in raw:
        if cell is not None and cell != "":
            first = cell
            break
    if not isinstance(first, str) or len(first) > 24 or not _TOTAL_START.match(first):
        return None
    filled = [c for c in raw if not cells.is_blank(c)]
    if not filled or not isinstance(filled[0], str):
        return None
    word = re.sub(r"[\s:：()（）]+", " ", cells.clean_text(filled[0])).strip()
    key = " ".join(re.sub(r"[-_]", " ", word.casefold()).split()).replace("合 计", "合计")
    key = re.sub(r"\s*(万元|元|usd|cny|rmb|eur)$", "", key)
    if key not in TOTAL_WORDS and key.replace(" ", "") not in TOTAL_WORDS:
        return None
    rest = filled[1:]
    if not all(isinstance(c, int | float) and not isinstance(c, bool)
               or (isinstance(c, str) and _NUMBER_LIKE.match(cells.clean_text(c)))
               for c in rest):
        return None
    return cells.clean_text(filled[0])


# A line written on the sheet about the table (under it, mostly): 注：…, 制表人：…, Source: …
_SHEET_NOTE = re.compile(
    r"^\s*(?:[※*]|(?:注|备注|说明|附注|注意|提示|填表说明|制表人?|制表日期|制表时间|审核人?|审批人?|"
    r"填表人|填报人|填表日期|填报日期|打印日期|打印时间|导出日期|导出时间|数据来源|统计时间|统计日期|"
    r"截止日期|单位|notes?|source|prepared by|printed(?: on| at)?|exported(?: on| at)?|"
    r"generated(?: on| at)?|as of|totals?)\s*[:：])", re.IGNORECASE)


def sheet_note(raw: Sequence[Any]) -> str | None:
    """The text of a row that is a note written on the sheet (注：金额单位为万元; 制表人：张三,
    审核：李四; Source: CRM export), not a record: every filled cell is such a line."""
    if len(raw) - raw.count(None) - raw.count("") > 3:  # every row comes here: cheap first
        return None
    texts = [t for t in _texts(raw) if isinstance(t, str)]
    filled = [c for c in raw if not cells.is_blank(c)]
    if not texts or len(texts) != len(filled):
        return None
    if not all(_SHEET_NOTE.match(t) for t in texts):
        return None
    return texts[0] if len(texts[0]) <= 40 else texts[0][:39] + "…"


def _texts(raw: Sequence[Any]) -> list[str]:
    return [cells.clean_text(c) for c in raw if not cells.is_blank(c)]


def is_header_again(raw: Sequence[Any], header_cells: Sequence[Any]) -> bool:
    """The header written once more, or in another language: most of the row's cells are
    the header's own texts or headers Beacon knows (Customername, MobilePhone under
    客户姓名, 手机号)."""
    texts = _texts(raw)
    if len(texts) < 2:
        return False
    own = {cells.clean_text(c).casefold() for c in header_cells if not cells.is_blank(c)}
    known = sum(t.casefold() in own or (read_header(t).number is None and any(
        field_for(t, e) is not None for e in IMPORT_ENTITIES)) for t in texts)
    return known >= max(2, 0.6 * len(texts))


def is_hint_row(raw: Sequence[Any]) -> bool:
    """What to write in each column (必填，从下拉选择; required, e.g. 2026-06-30)."""
    texts = [t for t in _texts(raw) if isinstance(t, str)]
    if len(texts) < 2:
        return False
    return sum(bool(_HINT.search(t)) for t in texts) >= max(2, 0.6 * len(texts))
