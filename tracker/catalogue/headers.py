"""Reading a column header the way a person does, and finding the field it names.

A header is folded (full width to ASCII, case, spaces and punctuation aside) after
taking off what is not its name: required marks (`(必填)`, `（必填）`, `*`, `required`),
Google's numbering and parts (`E-mail 2 - Value`, `Phone 1 - Type`), a Pipedrive
record-type prefix (`Deal - Title`), a kind of email or phone (`email_work`,
`Home Phone`) and a unit (`预计金额（万元）`, `Amount (USD)`, `Revenue in thousands`).
The unit is kept: it scales the amounts and names their currency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from tracker.catalogue import aliases as a
from tracker.catalogue.fields import find_field
from tracker.catalogue.words import money_unit
from tracker.chinese import fold_width

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_MARKS = re.compile(r"[(\[]\s*(必填|必须|必输|required|mandatory|选填|可选|非必填|optional)\s*[)\]]"
                    r"|^\s*\*+|\*+\s*$|\s(required|optional)\s*$|^(必填|选填)[:：]?|(必填|选填)$",
                    re.IGNORECASE)
_REQUIRED = re.compile(r"必填|必须|必输|required|mandatory|\*", re.IGNORECASE)
_PAREN = re.compile(r"^(.*?)\s*[(\[]([^()\[\]]*)[)\]]\s*$")
_PARTS = re.compile(r"\s+[-–—]\s+")
_NUMBER = re.compile(r"(?<![\w])\d{1,2}(?![\w])|(?<=[\u4e00-\u9fff])\d{1,2}$")
_UNIT_SUFFIX = re.compile(r"^(.*?)\s*(in\s+)?((?:rmb|人民币)?[十百千万亿]*(?:美元|欧元|元)(?:人民币)?|"
                          r"usd|cny|rmb|eur|thousands|millions)$", re.IGNORECASE)
_TAIL = re.compile(r"[\s,，/_、]+")
KIND_WORD_RANK = 200  # added to the rank of a header read without its kind word


def fold(text: object) -> str:
    """What headers and aliases are compared by: `Deal Name` = `deal_name` = `ＤＥＡＬ　ＮＡＭＥ`."""
    return _NON_WORD.sub("", fold_width(str(text or "")).casefold())


@dataclass(frozen=True)
class Header:
    """A header as read: its name's forms to look up, and what the rest of it says."""

    text: str
    names: tuple[str, ...]  # folded forms to look up, the most literal first
    required: bool = False  # carried a required mark: 客户名称(必填)
    number: int | None = None  # Google's and Outlook's numbering: E-mail 2 - Value
    describing: bool = False  # describes another column (Phone 1 - Type): not imported
    prefix: str = ""  # the record type a Pipedrive prefix names: Deal - Title
    unit: Decimal | None = None  # amounts are in units of this much: 万元 -> 10000
    currency: str | None = None  # the currency the header names: 金额(美元) -> USD
    unit_text: str = ""  # the unit as written, for the report

    @property
    def folded(self) -> str:
        return self.names[0] if self.names else ""


@lru_cache(maxsize=4096)
def read_header(text: str) -> Header:
    raw = " ".join(fold_width(str(text or "")).split())
    required = bool(_MARKS.search(raw)) and bool(_REQUIRED.search(raw))
    plain = _MARKS.sub(" ", raw).strip()
    unit: tuple[Decimal, str | None] | None = None
    unit_text = ""
    names: list[str] = []
    inner = _PAREN.match(plain)
    if inner:
        unit = money_unit(inner[2])
        if unit is not None:
            unit_text, plain = inner[2].strip(), inner[1]
        else:
            names.append(fold(plain))  # "Country (Region)" as a whole, then without
            plain = inner[1]
    parts = [p for p in _PARTS.split(plain) if p]
    describing = False
    prefix = ""
    if len(parts) > 1:
        last = fold(parts[-1])
        if last in a.DESCRIBING_PARTS:
            describing = True
            parts = parts[:-1]
        elif last == "value" and (len(parts) > 2 or _NUMBER.search(parts[0])):
            parts = parts[:-1]  # Google's "E-mail 1 - Value"; Pipedrive's "Deal - Value" stays
        first = fold(parts[0])
        entity = next((e for e, words in a.ENTITY_WORDS.items() if first in words), "")
        if entity and len(parts) > 1:
            prefix, parts = entity, parts[1:]
        if len(parts) > 1 and fold(parts[-1]) in a.TYPE_WORDS:
            parts = parts[:-1]
    joined = " ".join(parts).replace("_", " ")
    number = None
    found = _NUMBER.search(joined)
    if found:
        number = int(found[0])
        joined = (joined[:found.start()] + " " + joined[found.end():]).strip()
    if unit is None:
        suffix = _UNIT_SUFFIX.match(joined)
        if suffix and suffix[1].strip():
            unit = money_unit(suffix[3])
            if unit is not None:
                unit_text, joined = suffix[3], suffix[1]
    if unit is None:  # "Amount, $K", "Value USD 000": the last words a money unit
        words = _TAIL.split(joined)
        for count in (3, 2, 1):
            if len(words) > count and (tail := " ".join(words[-count:])) and (
                    found_unit := money_unit(tail)) is not None:
                unit, unit_text, joined = found_unit, tail, " ".join(words[:-count])
                break
    names.insert(0, fold(joined))
    if number is not None:
        names.append(fold(" ".join(parts).replace("_", " ")))  # "Web page 2" as written
    return Header(str(text or ""), tuple(dict.fromkeys(n for n in names if n)), required,
                  number, describing, prefix, unit[0] if unit else None,
                  unit[1] if unit else None, unit_text)


@lru_cache(maxsize=8)
def _aliases(entity: str) -> dict[str, tuple[str, int]]:
    """folded alias -> (field, rank): rank is the alias's place in its list."""
    table: dict[str, tuple[str, int]] = {}
    for key, names in a.ALIASES[entity].items():
        for rank, name in enumerate(names):
            table.setdefault(fold(name), (key, rank if key != "note" else 1000 + rank))
    return table


def _without_type_word(folded: str) -> list[str]:
    found = []
    for word in a.TYPE_WORDS:
        word = fold(word)
        if folded.startswith(word) and len(folded) > len(word):
            found.append(folded[len(word):])
        if folded.endswith(word) and len(folded) > len(word):
            found.append(folded[:-len(word)])
    return found


def field_for(text: str, entity: str) -> tuple[str, int] | None:
    """The field a header names for this record type, with its rank (lower: more specific),
    or None when the header is not known (or describes another column)."""
    header = read_header(text)
    if header.describing or not header.names:
        return None
    if header.prefix and header.prefix != entity:
        link = a.LINKS_BY_PREFIX[entity].get(header.prefix)
        if link is not None and header.folded in ("name", "title", "fullname", ""):
            return link, 0
        carried = a.LINKED_BY_PREFIX[entity].get(header.prefix, {})
        own = _own_field(header, header.prefix) if carried else None
        if own is not None and own[0] in carried:
            return carried[own[0]], own[1]
        return None
    return _own_field(header, entity)


def _own_field(header: Header, entity: str) -> tuple[str, int] | None:
    """The field of `entity` the header's name (and kind word) names."""
    table = _aliases(entity)
    for name in header.names:
        if name in table:
            return table[name]
    for name in header.names:
        for shorter in _without_type_word(name):
            found = table.get(shorter)
            if found is not None and _takes_kinds(entity, found[0]):
                return found[0], found[1] + KIND_WORD_RANK
    return None


def _takes_kinds(entity: str, key: str) -> bool:
    """Fields whose headers may carry a kind word (Work Phone, Home City, email_other)."""
    found = find_field(entity, key)
    return found is not None and (found.many or key in ("city", "country", "website"))
