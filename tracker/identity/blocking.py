"""Which records can have a duplicate at all: the duplicate finder's first pass.

Asking tracker.identity about every record (50,000 probes of five lookups each) took a
minute at 50,000 contacts, nearly all of it spent finding nothing. Here each kind of key
is grouped once in the database (`GROUP BY key HAVING COUNT(*) > 1`, an index read): only
records sharing an email, phone, WeChat ID or name key with another live record, or
whose name is near a colleague's at their organization (compared pairwise only within an
organization, the one place the rules allow a near name), can be paired. The finder then
asks the usual questions (tracker.identity.match) about those alone, so the rules and the
reasons are the same as everywhere else.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import peewee as pw

from tracker.identity.match import SIMILAR_PERSON
from tracker.identity.people import name_similarity, name_words, syllables
from tracker.models import (
    Contact,
    ContactEmail,
    ContactKey,
    ContactOtherName,
    ContactPhone,
    Organization,
    OrganizationKey,
)


def _rows(query: Any) -> Any:
    """A query's rows as the driver gives them (no per-value conversion)."""
    return query.model._meta.database.execute(query)


def _shared(model: Any, owner: Any, alive: Any, *columns: Any,
            where: Any = True) -> Any:
    """(owner id, *columns) rows of live records whose `columns` value another live
    record's row has too: grouped in the database, then those groups' rows read."""
    parent = owner.rel_model
    shared = (model.select(*columns).join(parent).where(alive, where)
              .group_by(*columns).having(pw.fn.COUNT(owner) > 1).alias("shared"))
    on = None
    for column in columns:
        clause = column == getattr(shared.c, column.column_name)
        on = clause if on is None else on & clause
    return _rows(model.select(owner, *columns).join(parent).switch(model)
                 .join(shared, on=on).where(alive))


def contact_suspects() -> set[int]:
    """Live contacts that may have a duplicate (a superset of those find_contacts pairs)."""
    alive = Contact.deleted_at.is_null()
    found: set[int] = set()
    for model, column in ((ContactEmail, ContactEmail.email), (ContactPhone, ContactPhone.e164)):
        found.update(row[0] for row in _shared(model, model.contact, alive, column))
    found.update(row[0] for row in _shared(ContactKey, ContactKey.contact, alive,
                                           ContactKey.kind, ContactKey.key,
                                           where=ContactKey.kind == "wechat"))
    found.update(_same_name())
    found.update(_near_colleagues())
    return found


def _same_name() -> set[int]:
    """Contacts sharing a name key where the rules pair them: at one organization, or
    one of them at none (the same name at two organizations is two people)."""
    alive = Contact.deleted_at.is_null()
    holders: dict[str, list[tuple[int, int | None]]] = defaultdict(list)
    shared = (ContactKey.select(ContactKey.key).join(Contact)
              .where(alive, ContactKey.kind == "name").group_by(ContactKey.key)
              .having(pw.fn.COUNT(ContactKey.contact) > 1).alias("shared"))
    for contact_id, key, org_id in _rows(
            ContactKey.select(ContactKey.contact, ContactKey.key, Contact.organization)
            .join(Contact).switch(ContactKey)
            .join(shared, on=(ContactKey.key == shared.c.key))
            .where(alive, ContactKey.kind == "name")):
        holders[key].append((contact_id, org_id))
    found: set[int] = set()
    for people in holders.values():
        by_org: dict[int | None, set[int]] = defaultdict(set)
        for contact_id, org_id in people:
            by_org[org_id].add(contact_id)
        everyone = {c for c, _ in people}
        for org_id, ids in by_org.items():
            if org_id is None and len(everyone) > 1:
                found.update(everyone)
            elif len(ids) > 1:
                found.update(ids)
    return found


def _near_colleagues() -> set[int]:
    """Contacts whose name is near (SIMILAR_PERSON) a colleague's: compared only within
    each organization, and there only with colleagues each of whose words is near one of
    theirs (a word 0.75 similar: name_similarity's own condition), found through an index
    of each organization's words."""
    alive = Contact.deleted_at.is_null()
    others: dict[int, list[str]] = defaultdict(list)
    for contact_id, name in _rows(ContactOtherName.select(ContactOtherName.contact,
                                                          ContactOtherName.name)
                                  .join(Contact).where(alive)):
        others[contact_id].append(name)
    staff: dict[int, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for contact_id, org_id, name, name_zh in _rows(
            Contact.select(Contact.id, Contact.organization, Contact.name, Contact.name_zh)
            .where(alive, Contact.organization.is_null(False))):
        for words in {w for n in (name, name_zh, *others.get(contact_id, ())) if n
                      and (w := name_words(n))}:
            staff[org_id].append((contact_id, words))
    found: set[int] = set()
    for names in staff.values():
        if len({c for c, _ in names}) > 1:
            found.update(_near_in(names))
    return found


def _near_in(names: list[tuple[int, tuple[str, ...]]]) -> set[int]:
    """Of one organization's (contact, name words), those near another contact's name."""
    from rapidfuzz import fuzz, process

    holders: dict[str, set[int]] = defaultdict(set)
    for contact_id, words in names:
        for word in words:
            holders[word].add(contact_id)
    vocabulary = list(holders)
    reach: dict[str, set[int]] = {}
    for word in vocabulary:
        reach[word] = {c for near, _, _ in process.extract(
            word, vocabulary, scorer=fuzz.ratio, score_cutoff=75, limit=None)
            for c in holders[near]}
    pinyin = {words: all(syllables(w) for w in words) for _, words in names}
    found: set[int] = set()
    for contact_id, words in names:
        maybe = set.intersection(*(reach[w] for w in words)) - {contact_id}
        for other_id, theirs in names:
            if (other_id not in maybe or len(theirs) != len(words)
                    or (pinyin[words] and pinyin[theirs])
                    or (contact_id in found and other_id in found)):
                continue
            if SIMILAR_PERSON <= name_similarity(words, theirs) < 1.0:
                found.update((contact_id, other_id))
    return found


def organization_suspects() -> set[int]:
    """Live organizations sharing any key (written alike, without legal words, in
    pinyin, or a distinctive word a near spelling is looked for by) with another."""
    alive = Organization.deleted_at.is_null()
    return {row[0] for row in _shared(OrganizationKey, OrganizationKey.organization, alive,
                                      OrganizationKey.kind, OrganizationKey.key)}
