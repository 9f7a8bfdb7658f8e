"""Phone numbers in imported rows: read for the row's country when it names one.

A number with + or 00 is international. One without a country code is read for the
country the row names (a Country column, a card's address), else as a Chinese number;
tracker.validation.phone refuses to make a +86 number of one that is not written as a
Chinese number is (a US `(415) 293-3313` is not Dandong 0415). In a row naming no country,
such a number written the North American way is read as +1 when it is a valid one
(import_phone). What cannot be read stays as typed in the record's notes, with a warning;
it is never rewritten into a +86 number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from tracker import messages as m
from tracker import validation as v
from tracker.catalogue.headers import fold
from tracker.chinese import fold_width
from tracker.errors import ValidationError
from tracker.messages import say

# Names people write that the phone library's country names do not cover.
_MORE_NAMES = {
    "usa": "US", "us": "US", "u s": "US", "u s a": "US", "united states of america": "US",
    "america": "US", "uk": "GB", "u k": "GB", "britain": "GB", "great britain": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "prc": "CN", "p r china": "CN",
    "mainland china": "CN", "people's republic of china": "CN", "china mainland": "CN",
    "中华人民共和国": "CN", "中国大陆": "CN", "国内": "CN", "大陆": "CN", "内地": "CN",
    "hong kong": "HK", "香港": "HK", "macau": "MO", "macao": "MO", "澳门": "MO",
    "taiwan": "TW", "台湾": "TW", "korea": "KR", "south korea": "KR", "韩国": "KR",
    "holland": "NL", "the netherlands": "NL", "czech republic": "CZ", "russia": "RU",
    "deutschland": "DE", "schweiz": "CH", "suisse": "CH", "españa": "ES", "italia": "IT",
}


def _name_key(text: str) -> str:
    return " ".join(fold_width(text).casefold().replace(".", " ").replace(",", " ").split())


@lru_cache(maxsize=1)
def _regions_by_name() -> dict[str, str]:
    from phonenumbers.geodata.locale import LOCALE_DATA

    found: dict[str, str] = {}
    for region, names in LOCALE_DATA.items():
        if len(region) != 2:
            continue
        for language in ("aa", "zh", "de", "fr", "es", "it", "ja"):
            name = names.get(language, "")
            if name and not name.startswith("*"):
                found.setdefault(_name_key(name), region)
        found.setdefault(region.casefold(), region)
    found.update({_name_key(k): r for k, r in _MORE_NAMES.items()})
    return found


@lru_cache(maxsize=4096)
def region_of_country(text: str) -> str | None:
    """The two-letter region a country cell names (Norway, 美国, USA, DE), or None."""
    key = _name_key(text)
    return _regions_by_name().get(key) if key else None


_COUNTRY_ENDS = ("country", "countryregion", "国家", "国家地区", "国家或地区")
_WORK_STARTS = ("business", "work", "billing", "mailing", "company", "office", "工作", "商务",
                "公司", "单位")


def country_column(headers: Sequence[str], mapping: Mapping[str, str | None]) -> int | None:
    """The column naming a row's country, for its phone numbers: the one mapped to country,
    else Country (国家), else an address's country (Billing Country, Mailing Country,
    Business Country/Region, Address 1 - Country, 工作国家), a work address's first."""
    mapped = next((i for i, h in enumerate(headers) if mapping.get(h) == "country"), None)
    if mapped is not None:
        return mapped
    found: list[tuple[int, int]] = []
    for index, header in enumerate(headers):
        folded = fold(header)
        if folded in _COUNTRY_ENDS:
            found.append((0, index))
        elif folded.endswith(_COUNTRY_ENDS):
            found.append((1 if folded.startswith(_WORK_STARTS) else 2, index))
    return min(found)[1] if found else None


# North American numbering (the US, Canada and the Caribbean share +1), as people there
# write it: the area code in parentheses, or 3-3-4 groups joined by dashes or dots, maybe
# after a 1 (1-415-555-0100). Chinese numbers are never grouped so: mobiles are 3-4-4,
# landlines 0 + area code, and 400 820 5555 is a service number read before this.
_NANP_WRITTEN = re.compile(r"^(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s*\d{3}[\s.-]?\d{4}"
                           r"|\d{3}([.-])\d{3}\1\d{4})$")
_EXTENSION = re.compile(r"(?i)\s*(?:;ext=|ext\.?|x|#)\s*\d+\s*$")


def nanp_written(text: str) -> bool:
    """Whether a number is grouped as North Americans write theirs: (415) 555-0100,
    415-555-0100, 415.555.0100, 1-415-555-0100 (an extension after it aside)."""
    return bool(_NANP_WRITTEN.match(_EXTENSION.sub("", fold_width(text).strip())))


def import_phone(field: str, text: str, region: str | None) -> str:
    """A cell's number in E.164 (with ;ext= when it has an extension), read for `region`
    when the row names a country; raises ValidationError when it is not a valid number.

    A row naming no country reads its numbers as Chinese. One that is not a valid Chinese
    number but is written the North American way ((415) 555-0100, 415-555-0100,
    1-415-555-0100) is read as +1 when it is a valid North American number; when it is
    not (an area code or exchange no one has, 955, 111), or it is grouped only by spaces
    (415 555 0100), it is no certain reading: kept as typed and flagged, never made a
    +86 number."""
    if region is not None:
        return v.phone(field, text, region)
    try:
        return v.phone(field, text, v.DEFAULT_PHONE_REGION)
    except ValidationError as chinese:
        if not nanp_written(text):
            raise
        try:
            number = v.phone(field, text, "US")
        except ValidationError:
            raise ValidationError.single(field, say(m.INVALID_NANP_PHONE, value=text.strip()),
                                           text) from chinese
        if not number.startswith("+1"):
            raise
        return number
