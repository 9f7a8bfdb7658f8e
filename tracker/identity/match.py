"""Which records a person or company being typed or imported may be: candidates with
reasons and a score, read from indexes in a few queries for a whole batch of probes.

Rules (tracker.identity's docstring has the whole list): an exact key is a match; a
name agreeing in pinyin, after removing legal words, or nearly, is a suggestion; people
sharing only a surname, or a name at two different organizations, are not paired.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import peewee as pw

from tracker import messages as m
from tracker.chinese import has_cjk
from tracker.identity.companies import exact_name, legal_key, legal_words
from tracker.identity.people import name_similarity, name_words, split_name, syllables
from tracker.identity.probes import CompanyProbe, PersonProbe
from tracker.messages import Message, say
from tracker.models import (
    Contact,
    ContactEmail,
    ContactKey,
    ContactPhone,
    ExternalId,
    Organization,
    OrganizationKey,
)

CHUNK = 500
SIMILAR_PERSON = 0.88  # rapidfuzz ratio / 100 of two names' syllables, at one organization
SIMILAR_COMPANY = 0.90  # of two company names without legal words
WORD_CANDIDATES = 60  # a word more companies share is not distinctive
SCORES = {"exact": 1.0, "name_org": 0.9, "name": 0.6, "legal": 0.85, "sound": 0.8}
T = TypeVar("T")


@dataclass(frozen=True)
class Reason:
    """Why a record may be the one meant: `code` for programs, `text` for people (an
    English sentence that ui/ shows translated), `exact` when it is a key."""

    code: str  # uid, external_id, email, wechat, phone, name, similar_name, organization,
    #            legal_words, sound
    text: Message
    exact: bool = False


class Reasoned:
    """Something matched with reasons: a candidate, a pair of duplicates, a row."""

    reasons: tuple[Reason, ...]

    @property
    def exact(self) -> bool:
        """An exact key agrees: the same record (an import updates it; a form warns)."""
        return any(r.exact for r in self.reasons)

    def reason_text(self) -> str:
        return ", ".join(r.text for r in self.reasons)

    def reasons_json(self) -> list[dict[str, Any]]:
        return [{"code": r.code, "text": str(r.text), "exact": r.exact} for r in self.reasons]


@dataclass(frozen=True)
class Candidate(Reasoned):
    entity: str  # contact or organization
    record_id: int
    uid: str
    label: str
    score: float  # 0-1; 1.0 for an exact key
    reasons: tuple[Reason, ...]

    def as_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "id": self.record_id, "uid": self.uid,
                "label": self.label, "score": self.score, "exact": self.exact,
                "reasons": self.reasons_json()}


class _Found:
    """Reasons gathered for one probe, by record id."""

    def __init__(self) -> None:
        self.reasons: dict[int, list[tuple[float, Reason]]] = defaultdict(list)

    def add(self, record_id: int, score: float, reason: Reason) -> None:
        if all(r.code != reason.code or r.text != reason.text
               for _, r in self.reasons[record_id]):
            self.reasons[record_id].append((score, reason))


def _chunks(values: Iterable[T]) -> Iterator[list[T]]:
    items = list(dict.fromkeys(values))
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _raw(query: Any) -> Any:
    """The rows of a peewee query as the driver gives them (no per-value conversion): for
    lookups that read thousands of plain ids and texts."""
    return query.model._meta.database.execute(query)


def _exact(code: str, text: Message) -> Reason:
    return Reason(code, text, exact=True)


def _near_companies(ours: set[str], hits: dict[int, set[str]]) -> dict[int, float]:
    """{record id: best similarity} of the companies whose name without legal words is
    SIMILAR_COMPANY+ like one of ours (both 5+ letters), compared in rapidfuzz's C code a
    whole candidate list at a time."""
    from rapidfuzz import fuzz, process  # loaded when first needed, not at start-up

    owners = [(record_id, name) for record_id, names in hits.items() for name in names
              if len(name) >= 5]
    best: dict[int, float] = {}
    for name in (a for a in ours if len(a) >= 5):
        for _, score, at in process.extract(name, [n for _, n in owners], scorer=fuzz.ratio,
                                            score_cutoff=SIMILAR_COMPANY * 100, limit=None):
            record_id = owners[at][0]
            best[record_id] = max(best.get(record_id, 0.0), float(score) / 100)
    return best


# --- contacts ----------------------------------------------------------------------------

def find_contacts(probes: Sequence[PersonProbe], *, limit: int = 5,
                  near_when_exact: bool = True) -> list[list[Candidate]]:
    """For each probe, the live contacts it may be, best first (at most `limit` each).

    One query per kind of key for the whole batch, whatever its size. `near_when_exact`
    off: a probe found by a key (an import's row found by its email) is not compared with
    every colleague for a near name (a staff list of 2,000 imported again: 4 million
    comparisons)."""
    found = [_Found() for _ in probes]
    by_email, by_phone, by_wechat, by_name = (defaultdict(list) for _ in range(4))
    for index, probe in enumerate(probes):
        for email in probe.emails:
            by_email[email].append(index)
        for phone in probe.phones:
            by_phone[phone].append(index)
        if probe.wechat_key():
            by_wechat[probe.wechat_key()].append(index)
        for key in probe.name_keys():
            by_name[key].append(index)
    _record_keys("contact", Contact, probes, found)
    alive = Contact.deleted_at.is_null()
    for chunk in _chunks(by_email):
        for record_id, email in (ContactEmail.select(ContactEmail.contact, ContactEmail.email)
                                 .join(Contact).where(alive, ContactEmail.email.in_(chunk))
                                 .tuples()):
            for index in by_email[email]:
                found[index].add(record_id, 1.0, _exact("email", say(m.SAME_EMAIL,
                                                                     value=email)))
    for chunk in _chunks(by_phone):
        for record_id, phone in (ContactPhone.select(ContactPhone.contact, ContactPhone.e164)
                                 .join(Contact).where(alive, ContactPhone.e164.in_(chunk))
                                 .tuples()):
            for index in by_phone[phone]:
                found[index].add(record_id, 1.0, _exact("phone", say(m.SAME_PHONE,
                                                                     value=phone)))
    for chunk in _chunks(by_wechat):
        for record_id, key in (ContactKey.select(ContactKey.contact, ContactKey.key)
                               .join(Contact).where(alive, ContactKey.kind == "wechat",
                                                    ContactKey.key.in_(chunk)).tuples()):
            for index in by_wechat[key]:
                found[index].add(record_id, 1.0, _exact("wechat", say(
                    m.SAME_WECHAT, value=probes[index].wechat_id)))
    same_name = Reason("name", say(m.SAME_NAME))  # worded per candidate at the end
    for chunk in _chunks(by_name):
        # A common name (张伟) is many people: those at another organization than the one
        # typed are left out here, before their rows are read.
        query = (ContactKey.select(ContactKey.contact, ContactKey.key, Contact.organization)
                 .join(Contact).where(alive, ContactKey.kind == "name",
                                      ContactKey.key.in_(chunk)))
        for record_id, key, org_id in _raw(query):
            for index in by_name[key]:
                ours = probes[index].organization_id
                if not (ours and org_id and ours != org_id):
                    found[index].add(record_id, SCORES["name"], same_name)
    colleagues = _colleagues({p.organization_id for p in probes if p.organization_id})
    for index, probe in enumerate(probes):
        if not near_when_exact and any(r.exact for scored in found[index].reasons.values()
                                       for _, r in scored):
            continue
        words = probe.name_words() if probe.organization_id in colleagues else set()
        # Two pinyin names are never near (name_similarity): a Chinese name of a colleague
        # is not even romanized when the name typed is pinyin.
        pinyin_only = all(syllables(w) for typed in words for w in typed)
        for record_id, names in colleagues.get(probe.organization_id or 0, []):
            theirs = {w for n in names if not (pinyin_only and has_cjk(n))
                      and (w := name_words(n))}
            best = max((name_similarity(a, b) for a in words for b in theirs), default=0.0)
            if SIMILAR_PERSON <= best < 1.0:
                found[index].add(record_id, round(0.9 * best, 2), Reason(
                    "similar_name", say(m.SIMILAR_NAME_PINYIN if _pinyin_involved(probe)
                                        else m.SIMILAR_NAME, score=f"{best:.2f}")))
    return _contact_candidates(probes, found, limit)


def _pinyin_involved(probe: PersonProbe) -> bool:
    return any(split_name(n)[1] for n in probe.names)


def _colleagues(org_ids: set[int]) -> dict[int, list[tuple[int, tuple[str, ...]]]]:
    """Contacts of these organizations with their names."""
    found: dict[int, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for chunk in _chunks(org_ids):
        for record_id, org_id, name, name_zh in _raw(
                Contact.select(Contact.id, Contact.organization, Contact.name, Contact.name_zh)
                .where(Contact.deleted_at.is_null(), Contact.organization.in_(chunk))):
            found[org_id].append((record_id, tuple(n for n in (name, name_zh) if n)))
    return found


def _record_keys(entity: str, model: type[Contact] | type[Organization],
                 probes: Sequence[PersonProbe | CompanyProbe],
                 found: Sequence[_Found]) -> None:
    """The exact keys any record has: its Beacon uid, its ids in other systems."""
    by_uid: dict[str, list[int]] = defaultdict(list)
    by_external: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, probe in enumerate(probes):
        if probe.uid:
            by_uid[probe.uid].append(index)
        for pair in probe.external_ids:
            by_external[pair].append(index)
    for chunk in _chunks(by_uid):
        for record_id, uid in model.select(model.id, model.uid).where(
                model.deleted_at.is_null(), model.uid.in_(chunk)).tuples():
            for index in by_uid[uid]:
                found[index].add(record_id, 1.0, _exact("uid", say(m.SAME_UID)))
    for chunk in _chunks({value for _, value in by_external}):
        for record_id, system, value in (ExternalId.select(ExternalId.record_id,
                                                           ExternalId.system, ExternalId.value)
                                         .where(ExternalId.entity == entity,
                                                ExternalId.value.in_(chunk)).tuples()):
            for index in by_external.get((system, value), []):
                found[index].add(record_id, 1.0, _exact("external_id", say(
                    m.SAME_EXTERNAL_ID, system=system, value=value)))


def _contact_candidates(probes: Sequence[PersonProbe], found: Sequence[_Found],
                        limit: int) -> list[list[Candidate]]:
    ids = {i for f in found for i in f.reasons}
    rows: dict[int, tuple[str, str, str, int | None]] = {}
    for chunk in _chunks(ids):
        for record_id, uid, name, name_zh, org_id in (
                Contact.select(Contact.id, Contact.uid, Contact.name, Contact.name_zh,
                               Contact.organization)
                .where(Contact.deleted_at.is_null(), Contact.id.in_(chunk)).tuples()):
            rows[record_id] = (uid, name, name_zh, org_id)
    org_names = _organization_names({r[3] for r in rows.values() if r[3]})
    result: list[list[Candidate]] = []
    for probe, gathered in zip(probes, found, strict=True):
        candidates: list[Candidate] = []
        for record_id, scored in gathered.reasons.items():
            row = rows.get(record_id)
            if row is None or record_id in probe.exclude_ids:
                continue
            uid, name, name_zh, org_id = row
            reasons = [r for _, r in scored]
            score = max(s for s, _ in scored)
            exact = any(r.exact for r in reasons)
            same_org = probe.organization_id is not None and org_id == probe.organization_id
            if not exact and not same_org and probe.organization_id and org_id:
                continue  # the same name at two organizations: two people, as far as we know
            if any(r.code == "name" for r in reasons):
                reasons = [_name_reason(probe, name, name_zh) if r.code == "name" else r
                           for r in reasons]
                if same_org:
                    score = max(score, SCORES["name_org"])
            if same_org and not exact:
                reasons.append(Reason("organization", say(
                    m.SAME_ORGANIZATION, value=org_names.get(org_id or 0, ""))))
            label = name + (f" {name_zh}" if name_zh and name_zh != name else "")
            if org_id in org_names:
                label += f" · {org_names[org_id]}"
            candidates.append(Candidate("contact", record_id, uid, label, score,
                                        tuple(reasons)))
        candidates.sort(key=lambda c: (-c.score, c.record_id))
        result.append(candidates[:limit])
    return result


def _name_reason(probe: PersonProbe, name: str, name_zh: str) -> Reason:
    """"same name" when written alike; across scripts or word orders "same name in pinyin"
    and their name in the script the probe was not typed in (李明 for Ming Li)."""
    theirs = {" ".join(n.casefold().split()) for n in (name, name_zh) if n}
    if any(" ".join(n.casefold().split()) in theirs for n in probe.names):
        return Reason("name", say(m.SAME_NAME))
    typed_chinese = any(split_name(n)[1] for n in probe.names)
    shown = name if typed_chinese or not name_zh else name_zh
    return Reason("name", say(m.SAME_NAME_PINYIN, value=shown))


def record_labels(entity: str, ids: set[int]) -> dict[int, tuple[str, str]]:
    """{id: (uid, label)} as candidates are labelled (a person with their organization)."""
    found: dict[int, tuple[str, str]] = {}
    if entity == "organization":
        for record_id, (uid, name, name_zh, _) in _company_names(ids).items():
            found[record_id] = (uid, name + (f" {name_zh}" if name_zh and name_zh != name
                                             else ""))
        return found
    rows = []
    for chunk in _chunks(ids):
        rows.extend(Contact.select(Contact.id, Contact.uid, Contact.name, Contact.name_zh,
                                   Contact.organization)
                    .where(Contact.id.in_(chunk)).tuples())
    org_names = _organization_names({r[4] for r in rows if r[4]})
    for record_id, uid, name, name_zh, org_id in rows:
        label = name + (f" {name_zh}" if name_zh and name_zh != name else "")
        found[record_id] = (uid, label + (f" · {org_names[org_id]}" if org_id in org_names
                                          else ""))
    return found


def _organization_names(ids: set[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for chunk in _chunks(ids):
        names.update(Organization.select(Organization.id, Organization.name)
                     .where(Organization.id.in_(chunk)).tuples())
    return names


# --- organizations -------------------------------------------------------------------------

def find_organizations(probes: Sequence[CompanyProbe], *,
                       limit: int = 5) -> list[list[Candidate]]:
    """For each probe, the live organizations it may be, best first."""
    found = [_Found() for _ in probes]
    wanted: dict[str, dict[str, list[int]]] = {k: defaultdict(list)
                                               for k in ("name", "legal", "sound", "word")}
    for index, probe in enumerate(probes):
        for kind, keys in wanted.items():
            for key in probe.keys(kind):
                keys[key].append(index)
    _record_keys("organization", Organization, probes, found)
    alive = Organization.deleted_at.is_null()
    word_hits: dict[int, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    legal_of = OrganizationKey.alias("legal_of")
    for chunk in _chunks(wanted["word"]):
        # A word more than WORD_CANDIDATES companies share says little about which one a
        # name is (County, Bank); read with every probe that has it, it made probes x
        # companies pairs: re-importing 13,455 HubSpot companies took 343 s and 18 GB.
        distinctive = [key for (key,) in (
            OrganizationKey.select(OrganizationKey.key).join(Organization)
            .where(alive, OrganizationKey.kind == "word", OrganizationKey.key.in_(chunk))
            .group_by(OrganizationKey.key)
            .having(pw.fn.COUNT(OrganizationKey.id) <= WORD_CANDIDATES).tuples())]
        if not distinctive:
            continue
        # Companies sharing a distinctive word, with their legal-form-free keys: one query.
        for record_id, key, legal in _raw(
                OrganizationKey.select(OrganizationKey.organization, OrganizationKey.key,
                                       legal_of.key)
                .join(Organization).switch(OrganizationKey)
                .join(legal_of, on=((legal_of.organization == OrganizationKey.organization)
                                    & (legal_of.kind == "legal")))
                .where(alive, OrganizationKey.kind == "word",
                       OrganizationKey.key.in_(distinctive))):
            for index in wanted["word"][key]:
                word_hits[index][record_id].add(legal)
    for kind, keys in wanted.items():
        if kind == "word":
            continue
        for chunk in _chunks(keys):
            for record_id, key in (
                    OrganizationKey.select(OrganizationKey.organization, OrganizationKey.key)
                    .join(Organization).where(alive, OrganizationKey.kind == kind,
                                              OrganizationKey.key.in_(chunk)).tuples()):
                for index in keys[key]:
                    if kind == "name":
                        found[index].add(record_id, 1.0, _exact("name", say(m.SAME_NAME)))
                    elif kind == "legal":
                        found[index].add(record_id, SCORES["legal"], Reason("legal_words", say(
                            m.SAME_NAME)))
                    else:
                        found[index].add(record_id, SCORES["sound"], Reason("sound", say(
                            m.SAME_NAME_PINYIN, value="")))
    for index, probe in enumerate(probes):
        for record_id, best in _near_companies(probe.keys("legal"), {
                record_id: theirs for record_id, theirs in word_hits.get(index, {}).items()
                if record_id not in found[index].reasons}).items():
            found[index].add(record_id, round(0.85 * best, 2), Reason(
                "similar_name", say(m.SIMILAR_NAME, score=f"{best:.2f}")))
    names = _company_names({i for f in found for i in f.reasons})
    result: list[list[Candidate]] = []
    for probe, gathered in zip(probes, found, strict=True):
        candidates: list[Candidate] = []
        for record_id, scored in gathered.reasons.items():
            if record_id in probe.exclude_ids or record_id not in names:
                continue
            uid, name, name_zh, _ = names[record_id]
            reasons = [_legal_reason(probe, name, name_zh) if r.code == "legal_words" else
                       Reason("sound", say(m.SAME_NAME_PINYIN, value=name_zh or name))
                       if r.code == "sound" else r for _, r in scored]
            if any(r.code == "name" for r in reasons):
                reasons = [r for r in reasons if r.code not in ("legal_words", "sound")]
            elif any(r.code == "legal_words" for r in reasons):
                reasons = [r for r in reasons if r.code != "sound"]
            label = name + (f" {name_zh}" if name_zh and name_zh != name else "")
            candidates.append(Candidate("organization", record_id, uid, label,
                                        max(s for s, _ in scored), tuple(reasons)))
        candidates.sort(key=lambda c: (-c.score, c.record_id))
        result.append(candidates[:limit])
    return result


def exact_organization(name: str) -> int | None:
    """The live organization whose name (English, Chinese or other) is written like `name`:
    one indexed lookup (the quick log asks on every keystroke of its organization field)."""
    key = exact_name(name)
    if not key:
        return None
    found = (OrganizationKey.select(OrganizationKey.organization).join(Organization)
             .where(Organization.deleted_at.is_null(), OrganizationKey.kind == "name",
                    OrganizationKey.key == key)
             .order_by(OrganizationKey.organization).first())
    return None if found is None else int(found.organization_id)


def _company_names(ids: set[int]) -> dict[int, tuple[str, str, str, tuple[str, ...]]]:
    found: dict[int, tuple[str, str, str, tuple[str, ...]]] = {}
    for chunk in _chunks(ids):
        for record_id, uid, name, name_zh in (
                Organization.select(Organization.id, Organization.uid, Organization.name,
                                    Organization.name_zh)
                .where(Organization.deleted_at.is_null(), Organization.id.in_(chunk)).tuples()):
            found[record_id] = (uid, name, name_zh, ())
    return found


def _legal_reason(probe: CompanyProbe, name: str, name_zh: str) -> Reason:
    """"same name after removing Ltd, 有限公司": the legal words either name carries."""
    theirs = [n for n in (name, name_zh) if n]
    common = {legal_key(n) for n in probe.names} & {legal_key(n) for n in theirs}
    words: dict[str, str] = {}
    for text in (*probe.names, *theirs):
        for word in legal_words(text) if legal_key(text) in common else []:
            words.setdefault(word.casefold(), word)
    return Reason("legal_words", say(m.SAME_NAME_WITHOUT, words=", ".join(words.values())))


def contact_candidates(probe: PersonProbe, *, limit: int = 5) -> list[Candidate]:
    """The candidates of one contact (a form being typed)."""
    return [] if probe.is_empty() else find_contacts([probe], limit=limit)[0]


def organization_candidates(probe: CompanyProbe, *, limit: int = 5) -> list[Candidate]:
    return [] if probe.is_empty() else find_organizations([probe], limit=limit)[0]

