"""Plan a vCard import with the Excel import's planner, and apply it with its batches.

Each card becomes a row under headers named after the vCard properties, mapped
to contact fields; the planner then validates (phones to E.164), matches
existing contacts by Beacon uid, email, WeChat ID or phone, links organizations
by normalised name, and `tracker.excel.batches` writes the plan as one undoable
batch. Reports number cards, not rows, and name the property in error.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from tracker import messages as m
from tracker.errors import ImportFileError, ImportProblem
from tracker.excel.importer import ImportOptions, ImportPlan, Progress, RowPlan, plan_sheet
from tracker.excel.reading import Sheet
from tracker.messages import say
from tracker.models import Contact
from tracker.vcards.reading import CHINESE_NAME_PROPERTY, Card, read_cards

SOURCE = "vcard"
BASIS = "business_card"
SHEET = "vCard"
# Headers (named after the properties) -> contact fields; emails and phones take as many
# columns as the card with the most of them, numbered as header_names numbers duplicates.
SINGLE = (("FN", "name"), (CHINESE_NAME_PROPERTY, "name_zh"), ("ORG", "organization"),
          ("TITLE", "title"), ("X-WECHAT", "wechat_id"), ("ADR", "city"), ("NOTE", "notes"),
          ("UID", "uid"), ("X-UID", "external_id"), ("X-PHONETIC", "other_names"),
          ("URL", "note"), ("COUNTRY", "note"), ("X-ABSHOWAS", "is_company"),
          ("LANG", "languages"), ("CATEGORIES", "tags"))
# Properties Beacon has no field for, kept in the notes under their names.
EXTRAS = ("NICKNAME", "BDAY", "ANNIVERSARY", "ROLE", "DEPARTMENT", "ADDRESS", "ORG (2)",
          "TITLE (2)", "AGENT", "AGENT OF")
SYSTEM = "vcard"  # a card's own UID, kept as its id in another system


def plan_vcard_import(path: Path | str, *, mode: str = "upsert", create_links: bool = True,
                      progress: Progress | None = None,
                      confirmed: dict[int, int] | None = None) -> ImportPlan:
    """The dry run of importing a .vcf: what each card would create, change or leave."""
    path = Path(path)
    cards = read_cards(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    not_people = _groups_and_places(cards)
    nameless = [c for c in cards if (not c.name or c.problem) and c.number not in not_people]
    usable = [c for c in cards if c.name and not c.problem and c.number not in not_people]
    if not usable and not_people and not nameless:
        raise ImportFileError(path.name, next(iter(not_people.values())))
    if not usable and not any(c.problem for c in cards):
        raise ImportFileError(path.name, say(m.NO_NAMED_CARD, count=len(cards)))
    if not usable:  # every card is unreadable: the first one's reason
        raise ImportFileError(path.name, next(c.problem for c in cards if c.problem))
    sheet, mapping = _sheet(usable)
    options = ImportOptions(entity="contact", mode=mode, mapping=mapping, header_row=0,
                            first_row_number=1, template_rows=False, system=SYSTEM,
                            create_links=create_links, source=SOURCE,
                            confirmed={position: record for number, record in (
                                confirmed or {}).items() for position, card in enumerate(
                                usable, start=1) if card.number == number},
                            new_values={"basis": BASIS})
    plan = plan_sheet(path, digest, sheet, options, progress)
    plan.unit = "card"
    _renumber(plan, [c.number for c in usable])
    _warn_unreadable(plan, usable)
    # raw_rows[n - 1] is card n as the preview and the errors workbook read it (a nameless
    # card has no row: its place holds no cells).
    by_number: list[list[Any]] = [[] for _ in range(max(c.number for c in cards))]
    for card, cells in zip(usable, sheet.rows[1:], strict=True):
        by_number[card.number - 1] = cells
    plan.raw_rows = by_number
    for card in nameless:
        problem = ImportProblem(card.number, None, card.problem) if card.problem else (
            ImportProblem(card.number, "FN", say(m.CARD_WITHOUT_NAME)))
        plan.rows.append(RowPlan(card.number, "error", problems=[problem]))
    for number, reason in not_people.items():
        plan.rows.append(RowPlan(number, "skip", note=reason))
    plan.rows.sort(key=lambda r: r.row)
    return plan


def _groups_and_places(cards: list[Card]) -> dict[int, str]:
    """Cards that are no one to import, by number, with why: a group (Apple's contact
    groups, vCard 4 KIND:group) tags its members on this file's cards with its name
    instead; a place (KIND:location) is skipped."""
    found: dict[int, str] = {}
    by_uid = {c.uid: c for c in cards if c.uid}
    for card in cards:
        if card.kind == "location":
            found[card.number] = say(m.PLACE_CARD, name=card.name)
        elif card.kind == "group":
            name = card.name or card.organization
            for uid in card.members:
                member = by_uid.get(uid)
                if member is not None and name:
                    tags = [t.strip() for t in member.tags.split(",") if t.strip()]
                    member.tags = ", ".join(dict.fromkeys([*tags, name]))
            found[card.number] = say(m.GROUP_CARD, name=name, count=len(card.members))
    return found


def _sheet(cards: list[Card]) -> tuple[Sheet, dict[str, str | None]]:
    known_uids = _known_uids([c.uid for c in cards if c.uid])
    most_emails = max(1, *(len(c.emails) for c in cards))
    most_phones = max(1, *(len(c.phones) for c in cards))
    email_headers = ["EMAIL"] + [f"EMAIL ({n})" for n in range(2, most_emails + 1)]
    phone_headers = ["TEL"] + [f"TEL ({n})" for n in range(2, most_phones + 1)]
    extras = [h for h in EXTRAS if any(h in c.extras for c in cards)]
    extras += list(dict.fromkeys(h for c in cards for h in c.extras if h not in EXTRAS))
    odd = list(dict.fromkeys(key for c in cards for key in _unreadable(c)))
    extras += [h for h in odd if h not in extras]
    headers = [h for h, _ in SINGLE] + extras + email_headers + phone_headers
    mapping: dict[str, str | None] = dict(SINGLE)
    mapping.update({h: "note" for h in extras})
    mapping.update({h: "emails" for h in email_headers})
    mapping.update({h: "phones" for h in phone_headers})
    rows: list[list[Any]] = [list(headers)]
    for card in cards:
        # Only a uid this database knows is kept: a phone's own card ids say nothing here,
        # and a card from elsewhere is better matched by its email or phone.
        uid = card.uid if card.uid in known_uids else ""
        row: list[Any] = [card.name, card.name_zh, card.organization, card.title,
                          card.wechat_id, card.city, card.notes, uid,
                          "" if uid else card.uid, "; ".join(card.other_names), card.website,
                          card.country, 1 if card.is_company else None, card.languages,
                          card.tags]
        lines = _unreadable(card)
        row += [card.extras.get(h) or lines.get(h) for h in extras]
        row += _padded(card.emails, most_emails) + _padded(card.phones, most_phones)
        rows.append(row)
    return Sheet(SHEET, rows), mapping


def _unreadable(card: Card) -> dict[str, str]:
    """A card's lines that are no vCard property, by what stands before their colon (the
    name they were meant to have) or their line number: kept in the notes as written."""
    found: dict[str, str] = {}
    for number, text in card.unreadable:
        name, colon, value = text.partition(":")
        key = name.strip() if colon and name.strip() else say(m.CARD_LINE, number=number)
        value = value.strip() if colon and name.strip() else text.strip()
        if value:
            found[key] = f"{found[key]}; {value}" if key in found else value
    return found


def _warn_unreadable(plan: ImportPlan, cards: list[Card]) -> None:
    rows = {row.row: row for row in plan.rows}
    for card in cards:
        row = rows.get(card.number)
        if row is None or row.action == "error":
            continue
        for key in _unreadable(card):
            row.warnings.append(ImportProblem(card.number, key, say(
                m.KEPT_IN_NOTES, reason=say(m.NOT_A_VCARD_PROPERTY))))


def _padded(items: list[str], width: int) -> list[Any]:
    return list(items) + [None] * (width - len(items))


def _known_uids(uids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(uids), 900):
        chunk = uids[start:start + 900]
        found.update(uid for (uid,) in Contact.select(Contact.uid)
                     .where(Contact.uid.in_(chunk)).tuples())
    return found


def _renumber(plan: ImportPlan, numbers: list[int]) -> None:
    """The planner numbered the usable cards 1..n; give each its place in the file."""
    for row in plan.rows:
        row.row = numbers[row.row - 1]
        for problem in (*row.problems, *row.warnings):
            problem.row = row.row
