"""Field validation shared by the window, the CLI and imports.

Each normaliser takes what a person typed and returns the stored form, or
raises ValidationError naming the field and saying what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set
from decimal import Decimal, DecimalException

from tracker import messages as m
from tracker.chinese import fold_width
from tracker.errors import ValidationError
from tracker.messages import say
from tracker.text_safety import clean_block, clean_line, has_nul

DEFAULT_PHONE_REGION = "CN"
MAX_TEXT = 10_000
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")
# A time of day and a weekday after a date are not part of it: "2026/5/30 星期六 10:11 AM".
_AFTER_DATE = re.compile(r"(?:\s*[,(（]?\s*(?:星期|周|礼拜)[一二三四五六日天][)）]?|"
                         r"\s*[,(]?\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)?)?"
                         r"(?:[ T]+(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*"
                         r"(?:am|pm|上午|下午)?(?:z|\s*(?:utc|gmt)?[+-]\d{2}:?\d{2})?)?\s*$", re.IGNORECASE)
_COMPACT_DATE = re.compile(r"^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")
_CN_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
_MONTH_DAY_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[-\s]+([a-z]+)\.?,?[-\s]+(\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


MAX_DIGITS = 30  # a number with more digits before the point is a mistake or an attack
MONEY_LIMIT = Decimal(10) ** 17  # minor units: what a 64-bit integer column holds, with room


def is_key_number(value: object) -> bool:
    """Whether `value` can be an internal id: an int, or up to 18 ASCII digits (`²` is a
    digit to str.isdigit but not to int(); 5,000 digits make int() raise)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return 0 <= value < 10 ** 18
    return isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 18


def _no_nul(field: str, value: object, text: str) -> None:
    if has_nul(text):
        raise ValidationError.single(field, say(m.HOLDS_NUL), value)


def text(field: str, value: object, *, required: bool = False, max_length: int = 255) -> str:
    """A single-line field: control characters and bidi overrides removed (text_safety)."""
    result = "" if value is None else str(value)
    _no_nul(field, value, result)
    result = clean_line(result).strip()
    if required and not result:
        raise ValidationError.single(field, say(m.REQUIRED), value)
    if len(result) > max_length:
        raise ValidationError.single(
            field, say(m.TOO_LONG, length=len(result), limit=max_length), value)
    return result


def long_text(field: str, value: object) -> str:
    """Notes: tabs and line breaks kept, other control characters removed."""
    result = "" if value is None else str(value)
    _no_nul(field, value, result)
    result = clean_block(result).strip()
    if len(result) > MAX_TEXT:
        raise ValidationError.single(
            field, say(m.TOO_LONG, length=len(result), limit=MAX_TEXT), value)
    return result


def decimal_number(field: str, raw: str, value: object, not_a_number: str) -> Decimal:
    """`raw` (already folded to ASCII) as a finite Decimal of sane size, or ValidationError:
    `1e30`, `1E+400`, `NaN`, `inf` and `1e999999999` are refused, never a traceback."""
    try:
        number = Decimal(raw)
    except DecimalException:
        raise ValidationError.single(field, say(not_a_number, value=value), value) from None
    if not number.is_finite():
        raise ValidationError.single(field, say(m.NOT_NUMBER, value=value), value)
    if number and number.adjusted() >= MAX_DIGITS:
        raise ValidationError.single(field, say(m.TOO_LARGE, value=value), value)
    if number and number.adjusted() < -MAX_DIGITS:
        raise ValidationError.single(field, say(m.TOO_SMALL, value=value), value)
    return number


_NAMED_ADDRESS = re.compile(r"^[^<>]*<\s*([^<>\s]+@[^<>\s]+)\s*>$")


def email(field: str, value: object) -> str:
    result = fold_width(text(field, value)).lower()
    named = _NAMED_ADDRESS.match(result)  # "Omega" <omega@example.com>, as mail programs write
    if named:
        result = named.group(1)
    if result.startswith("mailto:"):
        result = result[len("mailto:"):]
    if result and not _EMAIL.match(result):
        raise ValidationError.single(field, say(m.NOT_EMAIL, value=value), value)
    return result


def phone(field: str, value: object, region: str = DEFAULT_PHONE_REGION) -> str:
    """Any common form (+86 138 0013 8000, 138-0013-8000, 021 6123 4567) to E.164; an
    extension (x102, ext. 102, a tel: URI's ;ext=102) is kept as `+14186569254;ext=102`.

    A number without a country code is read for `region`. For China it must also be written
    as a Chinese number is: a mobile (1 and 10 more digits), a landline with its 0 (021-...),
    400/800 or 10xxx service numbers. phonenumbers alone takes a US `(415) 293-3313` for
    Dandong's 0415 and would store a foreign number as +86 (issue 9).

    China's service numbers (95555, 10086, 12345, 400-820-5555, the 10657... SMS numbers)
    are dialled only inside China and as written: kept as typed, never made +86 numbers."""
    import phonenumbers  # its metadata loads on the first phone number, not at start-up

    raw = fold_width(text(field, value, max_length=64))
    if not raw:
        return ""
    cleaned = raw.strip().replace("（", "(").replace("）", ")")
    if cleaned.lower().startswith("tel:"):
        cleaned = cleaned[4:]
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    if region == "CN" and _CN_SERVICE_WRITING.match(cleaned) and _CN_SERVICE.match(
            re.sub(r"\D", "", cleaned)):
        return " ".join(cleaned.split())
    # Chinese extensions: 021-61234567转8021, 分机 8021, and a landline's -8021 after its 8 digits
    cleaned = _CN_EXTENSION.sub(r" ext. \1", cleaned)
    if region == "CN":
        cleaned = _CN_LANDLINE_DASH_EXTENSION.sub(r"\1 ext. \2", cleaned)
    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError.single(field, say(m.NOT_PHONE, value=raw), value) from exc
    international = cleaned.startswith("+")
    if international and not phonenumbers.is_valid_number(number):  # +1 (212) 204-34456
        raise ValidationError.single(field, say(m.INVALID_INTERNATIONAL_PHONE, value=raw),
                                     value)
    if not phonenumbers.is_valid_number(number) or (
            not international and region == "CN" and not _written_as_chinese(cleaned)):
        raise ValidationError.single(field, say(m.INVALID_PHONE, value=raw, region=region),
                                     value)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"{e164};ext={number.extension}" if number.extension else e164


_CN_EXTENSION = re.compile(r"\s*(?:转分机|转|轉|分机|分機|内线|內線)\s*[:：]?\s*(\d{1,6})\s*$")
_CN_LANDLINE_DASH_EXTENSION = re.compile(r"^(\(?0\d{2,3}\)?[- ]?\d{7,8})-(\d{1,5})$")
# 95xxx/96xxx hotlines, 10xxx carrier service numbers (10086, the 10657... SMS numbers),
# the government's 12xxx public service lines (12345 citizens' hotline, 12306 railways,
# 12315 consumer complaints, 12366 tax), 400/800 numbers: digits with spaces or dashes,
# no country code.
_CN_SERVICE_WRITING = re.compile(r"^[\d\s-]+$")
_CN_SERVICE = re.compile(r"^(?:10\d{3,9}|12\d{3}|9[56]\d{3,4}|[48]00\d{7})$")
_CN_WRITTEN = re.compile(r"^(86)?(1[3-9]\d{9}|0\d{9,11}|[48]00\d{7}|10\d{3,10}|9\d{4,5})$")


def _written_as_chinese(text: str) -> bool:
    """Whether a number without country code is written as a Chinese number (its digits
    before any extension): not grouped as North American numbers are (1-955-371-0847,
    (415) 293-3313, 302.398.3833), which can also read as Chinese mobiles or landlines."""
    main = re.split(r"(?i)\s*(?:;ext=|ext\.?|x|#|转|分机)\s*\d+\s*$", text)[0]
    groups = [len(g) for g in re.findall(r"\d+", main)]
    if groups in ([1, 3, 3, 4], [3, 3, 4]):
        return False
    return bool(_CN_WRITTEN.match(re.sub(r"\D", "", main)))


def date(field: str, value: object, *, day_first: bool = True) -> dt.date | None:
    """ISO, 2024/3/5, 5/3/2024 (day first unless told), 2024年3月5日, or a date object."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = fold_width(str(value)).strip()
    if not raw:
        return None
    plain = _AFTER_DATE.sub("", raw) or raw
    try:
        if (found := _CN_DATE.match(plain) or _ISO_DATE.match(plain)
                or _ISO_DATE.match(raw)):
            return dt.date(int(found[1]), int(found[2]), int(found[3]))
        if found := _COMPACT_DATE.match(plain):  # 20240305, as Chinese systems write it
            return dt.date(int(found[1]), int(found[2]), int(found[3]))
        if named := _english_date(plain.casefold()):
            return named
        if found := _DMY_DATE.match(plain) or _DMY_DATE.match(raw):
            first, second = int(found[1]), int(found[2])
            day, month = (first, second) if day_first else (second, first)
            if month > 12 and day <= 12:
                day, month = month, day
            return dt.date(int(found[3]), month, day)
    except ValueError as exc:
        raise ValidationError.single(field, say(m.NOT_REAL_DATE, value=raw), value) from exc
    raise ValidationError.single(field, say(m.NOT_DATE_EXPECTED, value=raw), value)


def _english_date(text: str) -> dt.date | None:
    """May 30, 2026; 30 May 2026; 30-May-26 (Excel's d-mmm-yy)."""
    if found := _MONTH_DAY_YEAR.match(text):
        month, day, year = _MONTHS.get(found[1]), int(found[2]), int(found[3])
    elif found := _DAY_MONTH_YEAR.match(text):
        month, day, year = _MONTHS.get(found[2]), int(found[1]), int(found[3])
        year += 2000 if year < 100 else 0
    else:
        return None
    return dt.date(year, month, day) if month else None


def choice(field: str, value: object, allowed: tuple[str, ...], *, default: str = "") -> str:
    result = text(field, value) or default
    if result and result not in allowed:
        raise ValidationError.single(
            field, say(m.NOT_ONE_OF, value=result, allowed=", ".join(allowed)), value)
    return result


def percent(field: str, value: object) -> int | None:
    if value is None or value == "":
        return None
    raw = fold_width(str(value)).strip().rstrip("%").strip()
    number = decimal_number(field, raw, value, m.NOT_PERCENT)
    if not 0 <= number <= 100:
        raise ValidationError.single(field, say(m.OUTSIDE_PERCENT, value=value), value)
    return int(number.to_integral_value())


def url(field: str, value: object) -> str:
    result = text(field, value, max_length=2000)
    if result and " " in result:
        raise ValidationError.single(field, say(m.NOT_WEB_ADDRESS, value=result), value)
    return result


def currency_code(field: str, value: object, known: Set[str]) -> str | None:
    raw = text(field, value, max_length=8).upper()
    if not raw:
        return None
    aliases = {"RMB": "CNY", "¥": "CNY", "￥": "CNY", "元": "CNY", "$": "USD", "US$": "USD",
               "€": "EUR"}
    code = aliases.get(raw, raw)
    if code not in known:
        raise ValidationError.single(
            field, say(m.UNKNOWN_CURRENCY, value=raw, known=", ".join(sorted(known))), value)
    return code


def money_minor(field: str, value: object, minor_units: int) -> int | None:
    """A plain amount (1200000, 1,200,000.50) in minor units; never goes through float."""
    if value is None or value == "":
        return None
    if value.__class__ is str and len(value) <= 20 and value.isascii() and value.isdigit():
        whole: int = int(value) * 10 ** minor_units  # plain digits, as an import gives them
        if whole < MONEY_LIMIT:
            return whole
    if isinstance(value, float):
        raise ValidationError.single(field, say(m.MONEY_FLOAT), value)
    raw = fold_width(str(value)).strip().replace(",", "").replace(" ", "")
    amount = decimal_number(field, raw, value, m.NOT_MONEY)
    if amount < 0:
        raise ValidationError.single(field, say(m.NEGATIVE_MONEY), value)
    scaled = amount.scaleb(minor_units)
    if scaled != scaled.to_integral_value():
        raise ValidationError.single(
            field, say(m.TOO_MANY_DECIMALS, value=value, places=minor_units), value)
    if scaled >= MONEY_LIMIT:
        raise ValidationError.single(field, say(m.TOO_LARGE, value=value), value)
    return int(scaled)


class Gather:
    """Run several field checks and raise one ValidationError listing every problem."""

    def __init__(self) -> None:
        self.problems: list[ValidationError] = []

    def __enter__(self) -> Gather:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.problems and exc[0] is None:
            raise ValidationError([p for e in self.problems for p in e.problems])

    def check(self, func: object, *args: object, **kwargs: object) -> object:
        try:
            return func(*args, **kwargs)  # type: ignore[operator]
        except ValidationError as error:
            self.problems.append(error)
            return None
