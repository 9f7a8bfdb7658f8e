"""Read a .vcf file (vCard 2.1, 3.0 or 4.0, one card or many) into plain cards.

vobject parses (quoted-printable 2.1 included); this module only decides which
property means what to Beacon. A file that cannot be read at all raises
ImportFileError naming the file and the line; nothing is planned from it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import vobject
from vobject.base import ParseError

from tracker import messages as m
from tracker.chinese import has_cjk
from tracker.errors import ImportFileError
from tracker.excel.bounds import MAX_ROWS
from tracker.excel.safety import MAX_FILE_BYTES
from tracker.messages import say

VCARD_SUFFIXES = (".vcf", ".vcard")
WECHAT_PROPERTIES = ("x-wechat", "x-weixin")
WECHAT_SCHEMES = ("weixin", "wechat", "wx")
CHINESE_NAME_PROPERTY = "X-BEACON-NAME-ZH"


@dataclass
class Card:
    """One card's values as Beacon fields; text as written, not validated yet."""

    number: int  # position in the file, from 1
    name: str = ""
    name_from: str = ""  # the property the name came from: FN, N, NICKNAME, EMAIL
    name_zh: str = ""
    organization: str = ""
    title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    wechat_id: str = ""
    city: str = ""
    notes: str = ""
    uid: str = ""


def is_vcard(path: Path | str) -> bool:
    return Path(path).suffix.lower() in VCARD_SUFFIXES


def read_cards(path: Path | str) -> list[Card]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(path.name, say(m.VCF_TOO_BIG, size=size // (1024 * 1024),
                                                 limit=MAX_FILE_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path.name, say(m.UNREADABLE_FILE, reason=exc.strerror or exc)) \
            from None
    return parse_cards(path.name, data)


def parse_cards(file_name: str, data: bytes) -> list[Card]:
    text = _decode(file_name, data)
    try:
        components = list(vobject.readComponents(text, allowQP=True))
    except ParseError as exc:
        raise ImportFileError(file_name, _parse_problem(exc, text)) from None
    except ValueError as exc:  # bad base64 or quoted-printable, an unknown charset
        raise ImportFileError(file_name, say(m.CARD_UNDECODABLE, reason=exc)) from None
    if not components:
        raise ImportFileError(file_name, say(m.NO_VCARD))
    if len(components) > MAX_ROWS:
        raise ImportFileError(file_name, say(m.TOO_MANY_CARDS, count=len(components),
                                                 limit=MAX_ROWS))
    cards = []
    for number, component in enumerate(components, start=1):
        if component.name.upper() != "VCARD":
            raise ImportFileError(file_name, say(m.NOT_A_CARD, number=number,
                                                     kind=component.name))
        cards.append(_card(number, component))
    return cards


def _decode(file_name: str, data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise ImportFileError(file_name, say(m.VCF_BINARY))
    for encoding in ("utf-8-sig", "gb18030"):  # GB18030: older Chinese phones' exports
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(file_name, say(m.VCF_ENCODING))


def _parse_problem(exc: ParseError, text: str) -> str:
    """vobject counts lines its own way; find the offending line in the text instead."""
    message = str(exc.args[0]) if exc.args else str(exc)
    bad = message.partition("Failed to parse line: ")[2]
    if bad:
        for number, line in enumerate(text.splitlines(), start=1):
            if line == bad:
                return say(m.VCF_BAD_LINE, number=number, line=repr(bad[:60]))
    if "never closed" in message:
        return say(m.VCF_NOT_CLOSED)
    return say(m.VCF_NOT_VCARD, reason=message)


def _lines(component: Any, name: str) -> list[Any]:
    return list(component.contents.get(name.lower(), []))


def _joined(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(_joined(v) for v in value if _joined(v))
    return str(value or "").strip()


def _first(component: Any, name: str) -> str:
    for line in _lines(component, name):
        text = _joined(line.value)
        if text:
            return text
    return ""


def _structured(value: Any, attributes: tuple[str, ...]) -> list[str]:
    """Parts of N/ADR (vobject objects, or raw `a;b;c` text when no behaviour applied)."""
    if isinstance(value, str):
        parts = value.split(";")
        return [p.strip() for p in parts] + [""] * (len(attributes) - len(parts))
    return [_joined(getattr(value, a, "")) for a in attributes]


def _name_from_n(component: Any) -> str:
    for line in _lines(component, "n"):
        family, given, additional = _structured(line.value, ("family", "given", "additional"))
        parts = [p for p in (family, given, additional) if p]
        if not parts:
            continue
        if has_cjk("".join(parts)):  # Chinese order, no spaces: 王 + 芳 = 王芳
            return "".join(parts)
        return " ".join(p for p in (given, additional, family) if p)
    return ""


def _wechat(component: Any) -> str:
    for name in WECHAT_PROPERTIES:
        found = _first(component, name)
        if found:
            return found
    for line in _lines(component, "impp"):
        value = _joined(line.value)
        scheme, _, rest = value.partition(":")
        service = " ".join(str(v) for v in line.params.get("X-SERVICE-TYPE", [])).lower()
        if scheme.lower() in WECHAT_SCHEMES or service in WECHAT_SCHEMES:
            return (rest if rest else value).strip()
    return ""


def _phone(value: str) -> str:
    text = value.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    return text


def _card(number: int, component: Any) -> Card:
    card = Card(number)
    card.emails = [e for e in (_joined(line.value) for line in _lines(component, "email")) if e]
    card.phones = [p for p in (_phone(_joined(line.value)) for line in _lines(component, "tel"))
                   if p]
    candidates: list[tuple[str, Callable[[], str]]] = [
        ("FN", lambda: _first(component, "fn")),
        ("N", lambda: _name_from_n(component)),
        ("NICKNAME", lambda: _first(component, "nickname").split(",")[0]),
        ("EMAIL", lambda: card.emails[0] if card.emails else "")]
    for source, found in candidates:
        name = found().strip()
        if name:
            card.name, card.name_from = name, source
            break
    card.name_zh = _first(component, CHINESE_NAME_PROPERTY)
    for line in _lines(component, "org"):
        parts = line.value if isinstance(line.value, list) else str(line.value).split(";")
        organization = next((str(p).strip() for p in parts if str(p).strip()), "")
        if organization:
            card.organization = organization
            break
    card.title = _first(component, "title")
    card.wechat_id = _wechat(component)
    for line in _lines(component, "adr"):
        city = _structured(line.value, ("city",))[0] if not isinstance(line.value, str) else (
            _structured(line.value, ("box", "extended", "street", "city"))[3])
        if city:
            card.city = city
            break
    card.notes = "\n".join(t for t in (_joined(line.value) for line in _lines(component, "note"))
                           if t)
    uid = _first(component, "uid")
    card.uid = re.sub(r"^urn:uuid:", "", uid, flags=re.IGNORECASE)
    return card
