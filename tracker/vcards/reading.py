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
from vobject.base import ParseError, VObjectError

from tracker import messages as m
from tracker.catalogue.headers import fold
from tracker.catalogue.words import EVERY_CONTACTS_GROUP
from tracker.chinese import has_cjk
from tracker.encodings import utf16_without_bom
from tracker.errors import ImportFileError
from tracker.excel.bounds import MAX_ROWS
from tracker.excel.safety import MAX_FILE_BYTES
from tracker.messages import say
from tracker.vcards.raw import RawCard, split_cards

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
    is_company: bool = False  # X-ABShowAs:COMPANY, KIND:org, or only an ORG: an organization
    # KIND:group (Apple: X-ADDRESSBOOKSERVER-KIND:group) or KIND:location: no one to import
    kind: str = ""
    members: list[str] = field(default_factory=list)  # a group's MEMBER uids
    website: str = ""
    other_names: list[str] = field(default_factory=list)  # X-PHONETIC-* names
    country: str = ""  # of its address: the region its phone numbers are read for
    languages: str = ""  # LANG: fr, en
    tags: str = ""  # CATEGORIES (a phone's contact groups: 家人, Clients)
    # What Beacon has no field for, kept in the notes: NICKNAME, BDAY, ADDRESS, DEPARTMENT...
    extras: dict[str, str] = field(default_factory=dict)
    # Lines that are no vCard property, kept in the notes as written (line number, text).
    unreadable: list[tuple[int, str]] = field(default_factory=list)
    problem: str = ""  # why the card cannot be read (the other cards still are)


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


def named_cards(path: Path | str) -> list[Card]:
    """The cards of a file that name a person or a company (not a contact group or a place),
    for the quick log."""
    return [c for c in read_cards(path) if c.name and c.kind not in ("group", "location")]


def parse_cards(file_name: str, data: bytes) -> list[Card]:
    """Every card of the file; a card that cannot be read carries its `problem` and the
    others are read all the same (tracker.vcards.raw cuts the file into cards)."""
    if b"\x00" in data[:4096] and not data.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and utf16_without_bom(data) is None:
        raise ImportFileError(file_name, say(m.VCF_BINARY))
    raw_cards, _ = split_cards(data)
    if not raw_cards:
        raise ImportFileError(file_name, say(m.NO_VCARD))
    if len(raw_cards) > MAX_ROWS:
        raise ImportFileError(file_name, say(m.TOO_MANY_CARDS, count=len(raw_cards),
                                                 limit=MAX_ROWS))
    cards = [_read_card(raw) for raw in raw_cards]
    for raw in raw_cards:  # an AGENT (an assistant's card inside the card): a card of its own
        if raw.agent_of is not None:
            agent, outer = cards[raw.number - 1], cards[raw.agent_of - 1]
            named = agent.name or say(m.CARD_NUMBER, number=raw.number)
            outer.extras["AGENT"] = "; ".join(filter(None, (outer.extras.get("AGENT"), named)))
            if outer.name:
                agent.extras["AGENT OF"] = outer.name
    return cards


def _read_card(raw: RawCard) -> Card:
    if not raw.closed:  # the file was cut short in this card: what it says may be cut too
        return Card(raw.number, problem=say(m.VCF_NOT_CLOSED))
    text = raw.text
    try:
        component = vobject.readOne(text, allowQP=True)
    except ParseError as exc:
        return Card(raw.number, problem=_parse_problem(exc, text, raw.closed))
    except (ValueError, TypeError, VObjectError):  # bad base64, a BEGIN inside the card
        return Card(raw.number, problem=say(m.CARD_UNREADABLE))
    if component.name.upper() != "VCARD":
        return Card(raw.number, problem=say(m.NOT_A_CARD, number=raw.number,
                                            kind=component.name))
    try:
        card = _card(raw.number, component)
    except (ValueError, TypeError, AttributeError):  # a property vobject half-read
        return Card(raw.number, problem=say(m.CARD_UNREADABLE))
    card.unreadable = list(raw.unreadable)
    return card


def _parse_problem(exc: ParseError, text: str, closed: bool) -> str:
    """vobject counts lines its own way; find the offending line in the card instead."""
    message = str(exc.args[0]) if exc.args else str(exc)
    if not closed:
        return say(m.VCF_NOT_CLOSED)
    bad = message.partition("Failed to parse line: ")[2]
    if bad:
        for number, line in enumerate(text.splitlines(), start=1):
            if line == bad:
                return say(m.VCF_BAD_LINE, number=number, line=repr(bad[:60]))
    if "never closed" in message:
        return say(m.VCF_NOT_CLOSED)
    return say(m.CARD_UNREADABLE)  # vobject's own words are not shown


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


def _last_first(name: str, component: Any) -> bool:
    """Whether FN is N written "Family, Given" (Outlook's and Exchange's file-as order):
    then the name is N's, given name first, as the person is called."""
    if "," not in name:
        return False
    written = " ".join(re.sub(r"\s*,\s*", ", ", name).split()).casefold()
    for line in _lines(component, "n"):
        family, given, additional = _structured(line.value, ("family", "given", "additional"))
        if family and given and written in (
                f"{family}, {given}".casefold(), f"{family}, {given} {additional}".casefold()):
            return True
    return False


def _wechat(component: Any) -> str:
    for name in WECHAT_PROPERTIES:
        found = _first(component, name)
        if found:
            return found
    for line in _lines(component, "impp"):
        if _is_wechat(line):
            value = _joined(line.value)
            scheme, _, rest = value.partition(":")
            return (rest if rest else value).strip()
    return ""


def _is_wechat(line: Any) -> bool:
    """An IMPP line of WeChat (weixin:, wechat:, or X-SERVICE-TYPE=WeChat)."""
    scheme = _joined(line.value).partition(":")[0]
    service = " ".join(str(v) for v in line.params.get("X-SERVICE-TYPE", [])).lower()
    return scheme.lower() in WECHAT_SCHEMES or service in WECHAT_SCHEMES


ANDROID_NICKNAME = "vnd.android.cursor.item/nickname"


def _nickname(component: Any) -> str:
    """NICKNAME, or Android's (vCard 2.1 has none): X-ANDROID-CUSTOM:vnd.android.cursor.item/
    nickname;Nick;1;;;…"""
    found = _first(component, "nickname")
    if found:
        return found
    for line in _lines(component, "x-android-custom"):
        kind, _, rest = str(line.value).partition(";")
        if kind.strip().lower() == ANDROID_NICKNAME:
            return rest.split(";")[0].strip()
    return ""


def _phone(value: str) -> str:
    """A TEL value as typed; a vCard 4 `tel:` URI's extension written the way phone
    numbers are (+1-418-656-9254 ext. 102), so no list separator splits it."""
    text = value.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    number, _, extension = text.partition(";ext=")
    return f"{number} ext. {extension}" if extension else text


def _org_parts(line: Any) -> list[str]:
    """ORG's parts (company; department; unit). A comma the writer left unescaped
    ("Company, The", "Ximian, Inc.") splits a part into a list: it is one name."""
    parts = line.value if isinstance(line.value, list) else str(line.value).split(";")
    return [", ".join(p.strip() for p in part if str(p).strip()) if isinstance(part, list)
            else str(part).strip() for part in parts]


def _organization(component: Any) -> str:
    for line in _lines(component, "org"):
        organization = next((p for p in _org_parts(line) if p), "")
        if organization:
            return organization
    return ""


ADDRESS_PARTS = ("box", "extended", "street", "city", "region", "code", "country")


def _keep_extras(card: Card, component: Any, addresses: list[str]) -> None:
    """What a careful person would not want lost and Beacon has no field for: kept in the
    notes under the property's name (a nickname, a birthday, the whole address, the
    department after the company in ORG, a role beside the job title)."""
    nickname = _nickname(component)
    if nickname and card.name_from != "NICKNAME":
        card.extras["NICKNAME"] = nickname
    for name, key in (("BDAY", "bday"), ("ANNIVERSARY", "anniversary"), ("ROLE", "role")):
        if found := _first(component, key):
            card.extras[name] = found
    if addresses:
        card.extras["ADDRESS"] = "; ".join(addresses)
    for line in _lines(component, "org"):
        units = [p for p in _org_parts(line)[1:] if p]
        if units and not card.is_company:
            card.extras["DEPARTMENT"] = ", ".join(units)
            break
    # a phone's second and third company (Android writes an ORG line for each)
    others = [name for name in dict.fromkeys(
        next((p for p in _org_parts(line) if p), "") for line in _lines(component, "org"))
        if name and name != (card.organization or card.name)]
    if others:
        card.extras["ORG (2)"] = "; ".join(others)
    # and the job at each (an ORG and a TITLE line a company): the first is the job title
    titles = [t for t in dict.fromkeys(_joined(line.value) for line in _lines(component, "title"))
              if t and t != card.title]
    if titles:
        card.extras["TITLE (2)"] = "; ".join(titles)
    card.tags = ", ".join(dict.fromkeys(
        t.strip() for name in ("categories", "x-esi-categories")
        for line in _lines(component, name)
        for item in (line.value if isinstance(line.value, list) else [line.value])
        for t in str(item or "").split(",")
        if t.strip() and fold(t) not in EVERY_CONTACTS_GROUP))  # Android's My Contacts
    card.languages = ", ".join(dict.fromkeys(
        t for t in (_joined(line.value) for line in _lines(component, "lang")) if t))


# Properties read into fields or extras above, and those that carry nothing a person
# wrote: the format's own (VERSION, PRODID, REV), labels of other lines, a formatted copy of
# ADR (LABEL), a file-as copy of the name, and pictures, sounds and keys (skipped).
READ = frozenset({
    "version", "fn", "n", "nickname", "email", "tel", "org", "title", "adr", "note", "uid",
    "x-abuid", "x-abshowas", "kind", "lang", "categories", "x-esi-categories", "bday",
    "anniversary", "role", "x-phonetic-first-name", "x-phonetic-middle-name",
    "x-phonetic-last-name", "x-phonetic-org", "member", "x-addressbookserver-kind",
    "x-addressbookserver-member", *WECHAT_PROPERTIES,
    CHINESE_NAME_PROPERTY.lower()})
NOTHING_WRITTEN = frozenset({
    "prodid", "rev", "clientpidmap", "x-ablabel", "label", "sort-string", "sort-as",
    "x-mozilla-html", "mailer", "class", "profile", "name", "source", "x-evolution-file-as",
    "photo", "logo", "sound", "key", "x-abimage", "x-generator", "x-abadr", "fburl",
    "caladruri", "caluri"})


def _keep_other_properties(card: Card, component: Any) -> None:
    """Every other property a person wrote (a second website, Skype or QQ in IMPP or an
    X- line, a spouse in X-ABRELATEDNAMES, GENDER, an Android row Beacon has no field for)
    kept in the notes under its name: nothing on a card is dropped without a word."""
    for name, lines in component.contents.items():
        key = name.lower()
        if key in READ or key in NOTHING_WRITTEN:
            continue
        values = [_joined(line.value) for line in lines]
        if key == "url":  # the first is the website
            values = values[1:]
        elif key == "impp":  # WeChat is read as the WeChat ID
            values = [v for line, v in zip(lines, values, strict=True) if not _is_wechat(line)]
        elif key == "x-android-custom":  # its nickname is read as the nickname
            values = [v.split(";", 1)[1].strip(" ;") if ";" in v else v for v in values
                      if not v.lower().startswith(ANDROID_NICKNAME)]
        values = list(dict.fromkeys(v.replace("\\:", ":") for v in values if v))
        if values and name.upper() not in card.extras:
            card.extras[name.upper()] = "; ".join(values)


def _card(number: int, component: Any) -> Card:
    card = Card(number)
    card.emails = [e for e in (_joined(line.value) for line in _lines(component, "email")) if e]
    card.phones = [p for p in (_phone(_joined(line.value)) for line in _lines(component, "tel"))
                   if p]
    candidates: list[tuple[str, Callable[[], str]]] = [
        ("FN", lambda: _first(component, "fn")),
        ("N", lambda: _name_from_n(component)),
        ("NICKNAME", lambda: _nickname(component).split(",")[0]),
        ("EMAIL", lambda: card.emails[0] if card.emails else "")]
    organization = _organization(component)
    show_as = _first(component, "x-abshowas").upper()
    kind = (_first(component, "kind") or _first(component, "x-addressbookserver-kind")).lower()
    if kind in ("group", "location"):
        card.kind = kind
        card.members = [re.sub(r"^urn:uuid:", "", _joined(line.value), flags=re.IGNORECASE)
                        for name in ("member", "x-addressbookserver-member")
                        for line in _lines(component, name) if _joined(line.value)]
    for source, found in candidates[:3]:
        name = found().strip()
        if name:
            card.name, card.name_from = name, source
            break
    if card.name_from == "FN" and _last_first(card.name, component):
        card.name, card.name_from = _name_from_n(component), "N"  # FN:Mustermann, Heiko
    if show_as == "COMPANY" or kind == "org" or (not card.name and organization):
        card.is_company = True  # a company's card: an organization, not a person
        card.name, card.name_from = organization or card.name, "ORG"
    if not card.name and card.emails:
        card.name, card.name_from = card.emails[0], "EMAIL"
    phonetic = " ".join(p for p in (_first(component, "x-phonetic-first-name"),
                                    _first(component, "x-phonetic-middle-name"),
                                    _first(component, "x-phonetic-last-name")) if p)
    for name in (phonetic, _first(component, "x-phonetic-org") if card.is_company else ""):
        if name and name != card.name:
            card.other_names.append(name)
    card.website = _first(component, "url").replace("\\:", ":")
    card.name_zh = _first(component, CHINESE_NAME_PROPERTY)
    card.organization = "" if card.is_company else organization
    card.title = _first(component, "title")
    card.wechat_id = _wechat(component)
    addresses: list[str] = []
    for line in _lines(component, "adr"):
        parts = _structured(line.value, ADDRESS_PARTS)
        card.city = card.city or parts[3]
        card.country = card.country or parts[6]
        written = ", ".join(", ".join(" ".join(piece.split()) for piece in p.splitlines()
                                      if piece.strip()) for p in parts if p.strip())
        if any(parts[i].strip() for i in (0, 1, 2, 4, 5)) and written not in addresses:
            addresses.append(written)
    _keep_extras(card, component, addresses)
    _keep_other_properties(card, component)

    card.notes = "\n".join(t for t in (_joined(line.value) for line in _lines(component, "note"))
                           if t)
    uid = _first(component, "uid") or _first(component, "x-abuid").split("\\:")[0].split(":")[0]
    card.uid = re.sub(r"^urn:uuid:", "", uid, flags=re.IGNORECASE)
    return card
