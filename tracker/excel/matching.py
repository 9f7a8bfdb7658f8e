"""Which existing record an imported row is: by Beacon ID, else by email, WeChat ID,
phone, or an organization's name written the same way (case, width, spaces and
punctuation aside). Names equal only once legal words are dropped (Downs PLC / Downs
Group), near names (rapidfuzz) and deals with the same title are offered as suggestions
for a person to confirm, never applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from tracker import messages as m
from tracker.chinese import fold_width
from tracker.messages import say
from tracker.models import Contact, ContactEmail, ContactPhone, Opportunity, Organization
from tracker.names import name_key

FUZZY_CUTOFF = 88
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def text_key(text: str) -> str:
    return " ".join(fold_width(text).lower().split())


def exact_name(name: str) -> str:
    """A name with case, width, spaces and punctuation folded away (Acme, Inc. = ACME INC)."""
    return _NON_WORD.sub("", fold_width(name).casefold())


@dataclass
class Match:
    record_id: int | None
    by: str = ""  # uid, email, wechat, phone, name, title
    suggestions: list[str] = field(default_factory=list)


@dataclass
class OrganizationIndex:
    """Organizations by name key; names for suggestions."""

    by_key: dict[str, int] = field(default_factory=dict)  # exact name -> id
    by_legal: dict[str, list[int]] = field(default_factory=dict)  # without legal words
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
        for text in (name, name_zh):
            exact = exact_name(text) if text else ""
            if exact and exact not in self.by_key:
                self.by_key[exact] = record_id
                self.keys.append(exact)
            legal = (key if text is name and key else name_key(text)) if text else ""
            if legal and record_id not in self.by_legal.setdefault(legal, []):
                self.by_legal[legal].append(record_id)
        self.names[record_id] = name

    def find(self, name: str) -> Match:
        exact = exact_name(name)
        if not exact:
            return Match(None)
        if exact in self.by_key:
            return Match(self.by_key[exact], "name")
        same = [self.names[i] for i in self.by_legal.get(name_key(name), [])]
        near = process.extract(exact, self.keys, scorer=fuzz.ratio, limit=3,
                               score_cutoff=FUZZY_CUTOFF)
        return Match(None, suggestions=list(dict.fromkeys(
            [*same, *(self.names[self.by_key[k]] for k, _, _ in near)])))


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
        """Deals match only by a key (Beacon ID, another system's id): one with the same
        title at the same organization is a suggestion."""
        found = self.by_title.get((text_key(title), organization))
        return Match(None, suggestions=[say(m.SAME_TITLE, title=repr(title))] if found else [])
