"""Phone numbers in imported rows: read for the row's country when it names one.

A number with + or 00 is international. One without a country code is read for the
country the row names (a Country column, a card's address), else as a Chinese number;
tracker.validation.phone refuses to make a +86 number of one that is not written as a
Chinese number is (a US `(415) 293-3313` is not Dandong 0415). What cannot be read stays
as typed in the record's notes, with a warning; it is never rewritten into a +86 number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from tracker import validation as v
from tracker.catalogue.headers import fold
from tracker.chinese import fold_width

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


def import_phone(field: str, text: str, region: str | None) -> str:
    """A cell's number in E.164 (with ;ext= when it has an extension), read for `region`
    when the row names a country; raises ValidationError when it is not a valid number."""
    return v.phone(field, text, region or v.DEFAULT_PHONE_REGION)
