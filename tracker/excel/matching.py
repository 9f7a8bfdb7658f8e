"""Which existing record an imported row is: by Beacon ID, else by email, WeChat ID,
phone or organization name after normalisation. Near names (rapidfuzz) are offered
as suggestions for a person to confirm, never applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from tracker.chinese import fold_width
from tracker.models import Contact, ContactEmail, ContactPhone, Opportunity, Organization
from tracker.names import name_key

FUZZY_CUTOFF = 88


def text_key(text: str) -> str:
    return " ".join(fold_width(text).lower().split())


@dataclass
class Match:
    record_id: int | None
    by: str = ""  # uid, email, wechat, phone, name, title
    suggestions: list[str] = field(default_factory=list)


@dataclass
class OrganizationIndex:
    """Organizations by name key; names for suggestions."""

    by_key: dict[str, int] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)

    @classmethod
    def load(cls) -> OrganizationIndex:
        index = cls()
        query = (Organization.select(Organization.id, Organization.name, Organization.name_zh,
                                     Organization.name_key)
                 .where(Organization.deleted_at.is_null()).order_by(Organization.id).tuples())
        for record_id, name, name_zh, key in query:
            index.add(record_id, name, name_zh, key)
        return index

    def add(self, record_id: int, name: str, name_zh: str = "", key: str | None = None) -> None:
        for k in {key or name_key(name), name_key(name_zh) if name_zh else ""} - {""}:
            if k not in self.by_key:
                self.by_key[k] = record_id
                self.keys.append(k)
        self.names[record_id] = name

    def find(self, name: str) -> Match:
        key = name_key(name)
        if not key:
            return Match(None)
        if key in self.by_key:
            return Match(self.by_key[key], "name")
        near = process.extract(key, self.keys, scorer=fuzz.ratio, limit=3,
                               score_cutoff=FUZZY_CUTOFF)
        return Match(None, suggestions=list(dict.fromkeys(
            self.names[self.by_key[k]] for k, _, _ in near)))


@dataclass
class ContactIndex:
    by_email: dict[str, int] = field(default_factory=dict)
    by_wechat: dict[str, int] = field(default_factory=dict)
    by_phone: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls) -> ContactIndex:
        index = cls()
        alive = Contact.deleted_at.is_null()
        for record_id, name, wechat in (Contact.select(Contact.id, Contact.name,
                                                       Contact.wechat_id)
                                        .where(alive).order_by(Contact.id).tuples()):
            index.by_name.setdefault(text_key(name), record_id)
            if wechat:
                index.by_wechat.setdefault(text_key(wechat), record_id)
        for record_id, email in (ContactEmail.select(ContactEmail.contact, ContactEmail.email)
                                 .join(Contact).where(alive).tuples()):
            index.by_email.setdefault(email.lower(), record_id)
        for record_id, phone in (ContactPhone.select(ContactPhone.contact, ContactPhone.e164)
                                 .join(Contact).where(alive).tuples()):
            index.by_phone.setdefault(phone, record_id)
        return index

    def find(self, values: dict[str, Any]) -> Match:
        for email in values.get("emails") or []:
            if email.lower() in self.by_email:
                return Match(self.by_email[email.lower()], "email")
        wechat = text_key(values.get("wechat_id") or "")
        if wechat and wechat in self.by_wechat:
            return Match(self.by_wechat[wechat], "wechat")
        for phone in values.get("phones") or []:
            if phone in self.by_phone:
                return Match(self.by_phone[phone], "phone")
        return Match(None)

    def find_name(self, name: str) -> int | None:
        return self.by_name.get(text_key(name))

    def add(self, record_id: int, values: dict[str, Any]) -> None:
        self.by_name.setdefault(text_key(values.get("name") or ""), record_id)
        for email in values.get("emails") or []:
            self.by_email.setdefault(email.lower(), record_id)
        for phone in values.get("phones") or []:
            self.by_phone.setdefault(phone, record_id)
        if values.get("wechat_id"):
            self.by_wechat.setdefault(text_key(values["wechat_id"]), record_id)


@dataclass
class OpportunityIndex:
    """Opportunities by title within their organization (no Beacon ID in the row)."""

    by_title: dict[tuple[str, int | None], int] = field(default_factory=dict)

    @classmethod
    def load(cls) -> OpportunityIndex:
        index = cls()
        for record_id, title, org in (Opportunity.select(Opportunity.id, Opportunity.title,
                                                         Opportunity.organization)
                                      .where(Opportunity.deleted_at.is_null())
                                      .order_by(Opportunity.id).tuples()):
            index.by_title.setdefault((text_key(title), org), record_id)
        return index

    def find(self, title: str, organization: int | None) -> Match:
        found = self.by_title.get((text_key(title), organization))
        return Match(found, "title" if found else "")
