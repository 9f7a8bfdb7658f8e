"""Which row holds the headers, and which Beacon field each header means.

Headers are compared after folding: full-width to ASCII, lower case, spaces and
punctuation dropped, so `Deal Name`, `deal_name` and `ＤＥＡＬ　ＮＡＭＥ` are one.
The synonym lists cover English and Chinese headers people type and the export
headers of HubSpot, Pipedrive, Salesforce, Zoho, Odoo and Krayin.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from typing import Any

from tracker.chinese import fold_width
from tracker.models import Setting
from tracker.services.settings import put_setting

IMPORT_ENTITIES = ("opportunity", "organization", "contact")
REQUIRED_FIELDS = {"opportunity": "title", "organization": "name", "contact": "name"}
HEADER_SCAN_ROWS = 30
MAPPING_KEY = "import_mapping"

# Beacon field -> the header Beacon writes on export (the first synonym of each list).
FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "opportunity": {
        "title": ("Title", "deal name", "opportunity name", "opportunity", "deal title",
                  "deal", "lead title", "subject", "项目名称", "商机名称", "机会名称", "商机",
                  "项目", "标题"),
        "organization": ("Organization", "company", "company name", "account name", "account",
                         "organisation", "deal organization", "associated company", "customer",
                         "customer name", "partner", "客户名称", "公司名称", "客户", "公司",
                         "单位名称", "机构", "合作企业名称"),
        "client": ("Client", "end client", "最终客户"),
        "primary_contact": ("Primary contact", "contact", "contact name", "contact person",
                            "deal contact person", "person", "联系人", "客户联系人"),
        "pipeline": ("Pipeline", "销售流程", "管道"),
        "stage": ("Stage", "deal stage", "sales stage", "pipeline stage", "阶段", "销售阶段",
                  "商机阶段"),
        "status": ("Status", "deal status", "状态"),
        "value": ("Value", "amount", "deal value", "expected revenue", "lead value",
                  "amount in company currency", "金额", "预计金额", "合同金额", "商机金额",
                  "签单额"),
        "currency": ("Currency", "deal currency", "currency code", "币种", "货币"),
        "probability": ("Probability", "probability %", "deal probability", "赢率", "概率",
                        "成功率"),
        "expected_close": ("Expected close", "close date", "expected close date",
                           "closing date", "expected closing", "预计成交日期", "预计签约日期",
                           "预计完成日期"),
        "owner": ("Owner", "deal owner", "opportunity owner", "salesperson", "负责人",
                  "业务负责人", "销售负责人", "信息负责人", "跟进人"),
        "business_line": ("Business line", "业务线"),
        "approach": ("Approach", "合作模式"),
        "modality": ("Modality", "技术类型", "疗法"),
        "next_step": ("Next step", "下一步", "下一步计划"),
        "next_step_due": ("Next step due", "下一步日期"),
        "lost_reason": ("Lost reason", "输单原因"),
        "notes": ("Notes", "description", "备注", "说明", "描述"),
    },
    "organization": {
        "name": ("Name", "company name", "company", "organization name", "organization",
                 "account name", "organisation", "客户名称", "公司名称", "企业名称", "单位名称",
                 "名称", "合作企业名称"),
        "name_zh": ("Chinese name", "name zh", "中文名", "中文名称"),
        "kind": ("Kind", "organization kind", "机构类型"),
        "country": ("Country", "country region", "国家", "国家地区"),
        "city": ("City", "城市", "所在城市"),
        "modalities": ("Modalities",),
        "website": ("Website", "web site", "company domain name", "domain", "url", "网址",
                    "网站"),
        "notes": ("Notes", "description", "备注", "说明"),
    },
    "contact": {
        "name": ("Name", "full name", "contact name", "person name", "姓名", "联系人",
                 "客户联系人", "主要负责人"),
        "name_zh": ("Chinese name", "中文名"),
        "title": ("Title", "job title", "job position", "position", "职务", "职位", "头衔"),
        "organization": ("Organization", "company", "company name", "account name",
                         "related company", "organisation", "公司", "公司名称", "客户名称",
                         "单位"),
        "emails": ("Emails", "email", "e mail", "mail", "email address", "work email", "邮箱",
                   "电子邮件", "电子邮箱", "qq email"),
        "phones": ("Phones", "phone", "phone number", "mobile", "mobile phone", "telephone",
                   "contact numbers", "work phone", "电话", "手机", "联系电话", "手机号",
                   "手机号码"),
        "wechat_id": ("WeChat ID", "wechat", "微信", "微信号"),
        "city": ("City", "城市"),
        "languages": ("Languages", "语言"),
        "notes": ("Notes", "description", "备注", "说明"),
        # Odoo's partner files mix people and companies; this column tells them apart.
        "is_company": ("Is a company", "is company", "是否公司", "是否为公司"),
    },
}
# A contact-file column that marks some rows as companies (imported as organizations).
KIND_FIELD = "is_company"
# Odoo 14+ writes "Company Type" with Company / Individual: a kind column when its values say
# so (a list of companies has a "company type" column too, naming hospitals and CROs).
KIND_BY_VALUES = ("company type", "partner type", "客户类型")
KIND_WORDS = {"company", "individual", "person", "公司", "企业", "个人"}
COMMON = {"uid": ("Beacon ID",), "version": ("Version",)}
LIST_FIELDS = {"emails", "phones"}
ENTITY_HEADER_HINTS = {
    "opportunity": ("deal", "opportunity", "商机", "项目", "stage", "amount", "阶段"),
    "contact": ("email", "phone", "job title", "邮箱", "电话", "职务", "wechat", "微信"),
    "organization": ("company", "website", "industry", "公司", "网址"),
}

_DROP = re.compile(r"[\W_]+", re.UNICODE)


def fold_header(header: Any) -> str:
    return _DROP.sub("", fold_width(str(header or "")).lower())


def export_header(entity: str, field: str) -> str:
    if field in COMMON:
        return COMMON[field][0]
    return FIELDS[entity][field][0]


def _synonyms(entity: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for field, names in (*FIELDS[entity].items(), *COMMON.items()):
        for name in names:
            table.setdefault(fold_header(name), field)
    return table


def _is_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    stripped = value.strip()
    return bool(stripped) and not re.fullmatch(r"[-+]?[\d.,]+", stripped)


def find_header_row(rows: Sequence[Sequence[Any]]) -> int:
    """Index of the header row: the row of most text cells, known headers counting triple.

    A merged title above the table fills one cell, a blank row none; the header
    beats both even under frozen panes and merged banners.
    """
    known = {k for entity in IMPORT_ENTITIES for k in _synonyms(entity)}
    best, best_score = 0, -1
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        cells = [c for c in row if c not in (None, "")]
        if len(cells) < 2:
            continue
        score = sum(1 + 3 * (fold_header(c) in known) for c in cells if _is_text(c))
        if score > best_score:
            best, best_score = index, score
    return best


def header_names(row: Sequence[Any]) -> list[str]:
    """Header texts as shown: trimmed, blanks named by column, duplicates numbered."""
    from tracker.excel.reading import column_name

    names: list[str] = []
    seen: dict[str, int] = {}
    for index, value in enumerate(row):
        text = " ".join(str(value).split()) if value not in (None, "") else ""
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        text = text or f"Column {column_name(index)}"
        count = seen.get(text, 0) + 1
        seen[text] = count
        names.append(text if count == 1 else f"{text} ({count})")
    return names


def kind_column(headers: Sequence[str], rows: Sequence[Sequence[Any]] = ()) -> int | None:
    """The column telling companies from people in a partners file: "Is a company", or a
    "Company type" column whose values are only Company / Individual (`rows`: the data)."""
    named = {fold_header(h) for h in FIELDS["contact"][KIND_FIELD]}
    by_values = {fold_header(h) for h in KIND_BY_VALUES}
    for index, header in enumerate(headers):
        folded = fold_header(header)
        if folded in named:
            return index
        if folded in by_values:
            values = {str(r[index]).strip().lower() for r in rows[:500]
                      if index < len(r) and r[index] not in (None, "")}
            if values and values <= KIND_WORDS and values & {"company", "公司", "企业"}:
                return index
    return None


def guess_entity(headers: Sequence[str], rows: Sequence[Sequence[Any]] = ()) -> str:
    if kind_column(headers, rows) is not None:
        return "contact"  # people and companies in one file (Odoo partners)
    best, best_score = "opportunity", -1.0
    for entity in IMPORT_ENTITIES:
        table = _synonyms(entity)
        folded = [fold_header(h) for h in headers]
        score = float(len({table[f] for f in folded if f in table}))
        score += 0.5 * sum(any(fold_header(hint) in f for hint in ENTITY_HEADER_HINTS[entity])
                           for f in folded)
        if score > best_score:
            best, best_score = entity, score
    return best


def guess_mapping(headers: Sequence[str], entity: str) -> dict[str, str | None]:
    """Header -> Beacon field (None: not imported). A field is taken once, except lists."""
    table = _synonyms(entity)
    mapping: dict[str, str | None] = {}
    taken: set[str] = set()
    for header in headers:
        field = table.get(fold_header(re.sub(r"\s\(\d+\)$", "", header)))
        if field is not None and (field not in taken or field in LIST_FIELDS):
            mapping[header] = field
            taken.add(field)
        else:
            mapping[header] = None
    return mapping


def importable_fields(entity: str) -> list[str]:
    return [*FIELDS[entity], *COMMON]


def _mapping_key(headers: Sequence[str], entity: str) -> str:
    digest = hashlib.sha1("\x1f".join(fold_header(h) for h in headers).encode()).hexdigest()
    return f"{MAPPING_KEY}:{entity}:{digest}"


def remember_mapping(headers: Sequence[str], entity: str,
                     mapping: dict[str, str | None]) -> None:
    put_setting(_mapping_key(headers, entity), json.dumps(mapping, ensure_ascii=False))


def remembered_mapping(headers: Sequence[str], entity: str) -> dict[str, str | None] | None:
    row = Setting.get_or_none(Setting.key == _mapping_key(headers, entity))
    if row is None:
        return None
    stored = json.loads(row.value)
    allowed = set(importable_fields(entity))
    return {h: (stored.get(h) if stored.get(h) in allowed else None) for h in headers}


def mapping_for(headers: Sequence[str], entity: str,
                rows: Sequence[Sequence[Any]] = ()) -> dict[str, str | None]:
    """The remembered mapping for these exact headers, else the guess (a "Company type"
    column of Company / Individual values marks companies in a contact file)."""
    remembered = remembered_mapping(headers, entity)
    if remembered is not None:
        return remembered
    mapping = guess_mapping(headers, entity)
    kind = kind_column(headers, rows) if entity == "contact" else None
    if kind is not None and KIND_FIELD not in mapping.values():
        mapping[headers[kind]] = KIND_FIELD
    return mapping
