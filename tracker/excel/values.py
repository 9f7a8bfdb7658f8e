"""Cell values as people write them, turned into what Beacon's validation takes.

Dates: Excel date cells, serial numbers, 2024-03-05, 5/3/2024 (day or month
first, decided per column), 2024/3/5, 2024年3月5日. Money: 1200000, 1,200,000,
¥1,200,000, RMB 1.2m, US$250k, 120万 -> (Decimal, currency). Full-width digits
and spaces (Chinese input methods) are folded first. Nothing goes through float
except what Excel itself stored as a number.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from tracker import messages as m
from tracker import validation as v
from tracker.catalogue.words import CURRENCY_WORDS, status_of
from tracker.chinese import fold_width
from tracker.errors import ValidationError
from tracker.messages import say

EXCEL_EPOCH = dt.date(1899, 12, 30)
MONEY_DIGITS = 18  # no deal is worth 10^18; validation.money_minor names the exact limit
MONEY_LIMIT = 10.0 ** MONEY_DIGITS
SPACES = " \t\r\n\u3000\u00a0\u200b\ufeff"
_SPACES = SPACES
_SERIAL_TEXT = re.compile(r"^\d{5}(\.\d+)?$")
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")
_CURRENCY_WORDS = tuple((w, c) for w, c in CURRENCY_WORDS if not w.isalpha() or w.isupper()
                        or not w.isascii())  # symbols, codes and Chinese words in amounts
_MULTIPLIERS = (
    ("亿", Decimal(10) ** 8), ("千万", Decimal(10) ** 7), ("百万", Decimal(10) ** 6),
    ("十万", Decimal(10) ** 5), ("万", Decimal(10) ** 4), ("千", Decimal(10) ** 3),
    ("million", Decimal(10) ** 6),
    ("mn", Decimal(10) ** 6), ("bn", Decimal(10) ** 9), ("m", Decimal(10) ** 6),
    ("k", Decimal(10) ** 3), ("b", Decimal(10) ** 9),
)
# Amounts written with a decimal comma (1.234,56; 12,5; 1.234.567): never English numbers.
_DECIMAL_COMMA = re.compile(r"\d\.\d{3}(\.\d{3})*,\d{1,2}(?!\d)|^[^\d,.]*\d+,\d{1,2}(?![\d,.])|"
                            r"\d\.\d{3}\.\d{3}(?![\d,])")
# Amounts only English separators make (1,234.56; 1,234,567).
_DECIMAL_POINT = re.compile(r"\d,\d{3}(,\d{3})*\.\d{1,2}(?!\d)|\d,\d{3},\d{3}(?![\d.])")
# Google Contacts separates several values of one cell with " ::: ".
_LIST_SPLIT = re.compile(r"\s*:::\s*|[;,，；、\n/]+")


def clean_text(value: Any) -> str:
    """A cell as text: integers without `.0`, dates in ISO, outer spaces (also full-width) cut."""
    if value.__class__ is str:  # most cells: a million calls in a 100,000-row import
        return value.strip(_SPACES)  # type: ignore[no-any-return]
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ") if value.time() != dt.time() else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip(_SPACES)


def one_line(value: Any) -> str:
    """A cell's text on one line: its lines joined with ", " (a multi-line address)."""
    return ", ".join(line.strip(_SPACES) for line in clean_text(value).splitlines()
                     if line.strip(_SPACES))


_GARBLED = re.compile(r"^[?？\ufffd\s]{2,}$")


def garbled(text: str) -> bool:
    """Only question marks (or U+FFFD): a name whose text was lost when the file was saved in
    an encoding that could not hold it (李明 -> ??). Two of these are never one record."""
    return ("?" in text or "？" in text or "\ufffd" in text) and bool(_GARBLED.match(text))


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip(_SPACES))


def distinct_texts(values: Iterable[Any]) -> list[str]:
    """Each distinct cell's text (clean_text), once, in the order first written: each
    distinct cell cleaned once (a column of 100,000 rows names a few hundred companies),
    told apart by type as well (1, 1.0 and True are one dict key, not one text)."""
    cells = list(values)
    try:
        distinct: Iterable[Any] = dict.fromkeys(cells)
    except TypeError:  # an unhashable cell
        return list(dict.fromkeys(map(clean_text, cells)))
    if bool in set(map(type, cells)):  # TRUE and 1 are one key, not one text
        distinct = [cell for _, cell in dict.fromkeys((cell.__class__, cell) for cell in cells)]
    return list(dict.fromkeys(clean_text(cell) for cell in distinct))


def day_first_for(values: Iterable[Any]) -> bool:
    """Whether a column writes dates day first (5/3/2024 = 5 March): decided by any value
    whose first number cannot be a month, or whose second cannot be."""
    # each text once, in order (distinct cells first: a column holds a few hundred dates)
    cells = list(values)
    try:
        distinct: Iterable[Any] = dict.fromkeys(cells)
    except TypeError:  # an unhashable cell
        distinct = cells
    texts = dict.fromkeys(v for v in distinct if isinstance(v, str))
    for value in texts:
        match = _NUMERIC_DATE.match(fold_width(value).strip())
        if match is None or len(match[1]) == 4:
            continue
        first, second = int(match[1]), int(match[2])
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    return True


def parse_date(field: str, value: Any, *, day_first: bool = True) -> dt.date | None:
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 19_000_101 <= value <= 21_001_231 and float(value).is_integer():  # 20240305
            return v.date(field, str(int(value)))
        if 1 <= value < 2958466:  # Excel's serial day numbers (a date cell without its format)
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValidationError.single(field, say(m.NOT_DATE, value=value), value)
    text = fold_width(str(value)).strip(_SPACES)
    if _SERIAL_TEXT.match(text) and 20_000 <= float(text) < 80_000:  # 45808: 2025-05-30,
        return EXCEL_EPOCH + dt.timedelta(days=int(float(text)))  # a date cell saved as text
    return v.date(field, text, day_first=day_first)


def decimal_comma_for(values: Iterable[Any]) -> bool:
    """Whether a column writes amounts with a decimal comma (1.234,56; 12,5), as European
    spreadsheets do: decided by values that can only be read one way, none the other."""
    comma = point = False
    for value in values:
        if isinstance(value, str):
            text = fold_width(value)
            comma = comma or bool(_DECIMAL_COMMA.search(text))
            point = point or bool(_DECIMAL_POINT.search(text))
    return comma and not point


def _separators(raw: str, decimal_comma: bool) -> str:
    """The amount's digits with the thousands separators out and a point for decimals."""
    raw = re.sub(r"[ \u00a0\u202f\u2009']", "", raw)  # 1 234,56 and 1'234.50 too
    if decimal_comma or _DECIMAL_COMMA.search(raw):
        return raw.replace(".", "").replace(",", ".")
    return raw.replace(",", "")


def parse_money(field: str, value: Any, unit: Decimal = Decimal(1), *,
                decimal_comma: bool = False) -> tuple[Decimal | None, str | None]:
    """An amount with its currency if the cell names one (¥, RMB, US$, €, 元). `unit`: what
    the column's header says its amounts count in (10000 for 万元), applied unless the cell
    names its own multiplier (120万). `decimal_comma`: the column writes 1.234,56 (a
    value only that reading allows, 1.234,56 or 12,5, is read so anyway)."""
    if is_blank(value):
        return None, None
    if isinstance(value, bool):
        raise ValidationError.single(field, say(m.NOT_MONEY, value=value), value)
    if isinstance(value, int):
        if abs(value) >= 10 ** MONEY_DIGITS:
            raise ValidationError.single(field, say(m.TOO_LARGE, value=value), value)
        return _scaled(Decimal(value), unit), None
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) >= MONEY_LIMIT:
            raise ValidationError.single(field, say(m.TOO_LARGE, value=value), value)
        return _scaled(Decimal(repr(value)), unit), None
    raw = fold_width(str(value)).strip(_SPACES)
    text = _separators(raw, decimal_comma)
    currency = None
    for word, code in _CURRENCY_WORDS:
        folded = fold_width(word)
        if text.upper().startswith(folded.upper()):
            currency, text = code, text[len(folded):]
            break
        if text.upper().endswith(folded.upper()):
            currency, text = code, text[: -len(folded)]
            break
    factor = unit
    lowered = text.lower()
    for suffix, multiplier in _MULTIPLIERS:
        if lowered.endswith(suffix) and lowered[: -len(suffix)][-1:].isdigit():
            factor, text = multiplier, text[: -len(suffix)]
            break
    if currency is None:  # 120万元, 1.2m RMB: a currency after the multiplier
        for word, code in _CURRENCY_WORDS:
            if text.upper().endswith(fold_width(word).upper()):
                currency, text = code, text[: -len(fold_width(word))]
                break
    amount = v.decimal_number(field, text, raw, m.NOT_MONEY_EXPECTED) * factor
    if amount.adjusted() >= MONEY_DIGITS:
        raise ValidationError.single(field, say(m.TOO_LARGE, value=raw), value)
    return _scaled(amount, Decimal(1)), currency


def _scaled(amount: Decimal, unit: Decimal) -> Decimal:
    amount = amount * unit
    return amount.normalize() if amount == amount.to_integral_value() else amount


def money_text(amount: Decimal) -> str:
    """The plain text validation.money_minor takes (no exponent)."""
    return format(amount.quantize(Decimal(1)) if amount == amount.to_integral_value()
                  else amount, "f")


def parse_percent(field: str, value: Any) -> int | None:
    if is_blank(value):
        return None
    if isinstance(value, float) and 0 < value < 1:  # a cell formatted as a percentage
        value = Decimal(repr(value)) * 100
    return v.percent(field, fold_width(clean_text(value)))


def parse_status(field: str, value: Any) -> str:
    text = clean_text(value)
    if not text:
        return ""
    status = status_of(text)
    if status is None:
        raise ValidationError.single(field, say(m.NOT_STATUS, value=text), value)
    return status


def split_list(value: Any) -> list[str]:
    """Several emails or phones in one cell: separated by ; , 、 / or new lines, or a JSON
    array as Krayin writes it ([{"label": "work", "value": "..."}])."""
    if is_blank(value):
        return []
    text = clean_text(value)
    if text.startswith("["):
        try:
            items = json.loads(text)
        except ValueError:
            items = None
        if isinstance(items, list):
            found = [str(i.get("value", "")) if isinstance(i, dict) else str(i) for i in items]
            return [f.strip() for f in found if f.strip()]
    return [part.strip(_SPACES) for part in _LIST_SPLIT.split(text) if part.strip(_SPACES)]


_COMPANY_WORDS = {"1", "true", "yes", "y", "x", "company", "是", "公司", "企业", "单位"}


def says_company(value: Any) -> bool:
    """Whether an 'Is a company' / 'Company type' cell marks the row as a company:
    1, True, yes, 'Company', 是, 公司 (Odoo writes 1/0, True/False or Company/Individual)."""
    if value is None or value is False:
        return False
    if value is True:
        return True
    if isinstance(value, int | float):
        return value == 1
    return clean_text(value).lower() in _COMPANY_WORDS
