"""Write contacts as vCard 3.0 (what phones, Outlook and Gmail all read).

Each card carries the contact's Beacon uid in UID and its Chinese name in
X-BEACON-NAME-ZH, so importing the file again updates the same contacts and
changes nothing that was not edited. Written beside the target and renamed
into place: a failed export leaves no half file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import vobject

from tracker.chinese import has_cjk
from tracker.files import owner_only
from tracker.identity.people import COMPOUND_SURNAMES
from tracker.models import Contact, ContactEmail, ContactPhone, Organization, RecordTag, Tag
from tracker.queries import ListQuery
from tracker.vcards.reading import CHINESE_NAME_PROPERTY

CHUNK = 900

def export_vcards(target: Path | str, search: str = "",
                  contact_ids: Iterable[int] | None = None) -> int:
    """Write the contacts a search finds (all when empty), or the given ones; returns how
    many cards were written."""
    target = Path(target)
    ids = list(contact_ids) if contact_ids is not None else ListQuery(
        "contact", search=search).ids()
    text = "".join(card.serialize() for card in _cards(ids))
    with owner_only(target) as handle:  # personal data: 0600, whole or not at all
        handle.write(text.encode("utf-8"))
    return len(ids)


def split_name(name: str) -> tuple[str, str]:
    """(family, given) for N: 王芳 -> 王 + 芳, 欧阳娜娜 -> 欧阳 + 娜娜, Anna Li -> Li + Anna."""
    name = name.strip()
    if has_cjk(name) and " " not in name:
        cut = 2 if len(name) > 2 and name[:2] in COMPOUND_SURNAMES else 1
        return name[:cut], name[cut:]
    family, _, given = name.rpartition(" ")
    return (given, family) if family else (name, "")


def _cards(ids: list[int]) -> Iterator[Any]:
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        emails: dict[int, list[str]] = {}
        phones: dict[int, list[str]] = {}
        for contact_id, email in (ContactEmail.select(ContactEmail.contact, ContactEmail.email)
                                  .where(ContactEmail.contact.in_(chunk))
                                  .order_by(ContactEmail.position).tuples()):
            emails.setdefault(contact_id, []).append(email)
        for contact_id, phone in (ContactPhone.select(ContactPhone.contact, ContactPhone.e164)
                                  .where(ContactPhone.contact.in_(chunk))
                                  .order_by(ContactPhone.position).tuples()):
            phones.setdefault(contact_id, []).append(phone)
        tags: dict[int, list[str]] = {}
        for contact_id, tag in (RecordTag.select(RecordTag.record_id, Tag.name).join(Tag)
                                .where(RecordTag.entity == "contact",
                                       RecordTag.record_id.in_(chunk))
                                .order_by(RecordTag.id).tuples()):
            tags.setdefault(contact_id, []).append(tag)
        found = {c.id: c for c in Contact.select().where(Contact.id.in_(chunk))}
        org_ids = {c.organization_id for c in found.values() if c.organization_id}
        org_names = dict(Organization.select(Organization.id, Organization.name)
                         .where(Organization.id.in_(list(org_ids))).tuples())
        for contact_id in chunk:
            contact = found.get(contact_id)
            if contact is not None:
                yield _card(contact, org_names.get(contact.organization_id, ""),
                            emails.get(contact_id, []), phones.get(contact_id, []),
                            tags.get(contact_id, []))


def _card(contact: Any, organization: str, emails: list[str], phones: list[str],
          tags: Sequence[str] = ()) -> Any:
    card = vobject.vCard()
    card.add("fn").value = contact.name
    family, given = split_name(contact.name_zh or contact.name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if contact.name_zh:
        card.add(CHINESE_NAME_PROPERTY).value = contact.name_zh
    if organization:
        card.add("org").value = [organization]
    if contact.title:
        card.add("title").value = contact.title
    for email in emails:
        line = card.add("email")
        line.value = email
        line.type_param = "INTERNET"
    for phone in phones:
        card.add("tel").value = phone
    if contact.wechat_id:
        card.add("x-wechat").value = contact.wechat_id
    if contact.city:
        card.add("adr").value = vobject.vcard.Address(city=contact.city)
    if contact.notes:
        card.add("note").value = contact.notes
    if tags:  # read back as tags (CATEGORIES)
        card.add("categories").value = list(tags)
    card.add("uid").value = contact.uid
    return card
