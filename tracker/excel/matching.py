"""Which existing record each imported row is, decided by tracker.identity (STYLE.md rule
23: one identity module for every way data comes in), for a whole batch at once.

A match is an exact key: the Beacon ID, the row's id in another system (Salesforce Id,
HubSpot Record ID, a vCard's UID), for people the same email, WeChat ID or phone, for
organizations the name written the same way, or the record the user chose for the row
in the preview. A record holding another id in the row's own system is another record,
whatever else agrees. Everything else identity finds (the same name in pinyin, equal
once legal or group words are dropped, a near spelling, a deal with the same title) is
a suggestion a person confirms; the command line lists them and applies none. Deals
match only by a key.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from tracker import messages as m
from tracker.chinese import fold_width
from tracker.excel.plan import NewLink
from tracker.identity import (
    Candidate,
    CompanyProbe,
    CompanyRoster,
    PeopleRoster,
    PersonProbe,
    find_contacts,
    find_organizations,
)
from tracker.identity.external import ids_in_system, records_with_ids
from tracker.identity.probes import external_pairs
from tracker.messages import Message, say
from tracker.models import Opportunity

# The keys that decide a match, strongest first (a row whose email is one record's and
# whose phone is another's is the first one's, and the second is suggested).
ROW_KEY = "import-row:"  # a row's own key (tracker.excel.planner): not another system's id
STRENGTH = ("uid", "external_id", "email", "wechat", "phone", "name")
CHUNK = 500


def text_key(text: str) -> str:
    return " ".join(fold_width(text).casefold().split())


@dataclass
class Match:
    record_id: int | None
    by: str = ""  # Beacon ID, external_id, email, wechat, phone, name, choice
    suggestions: list[str] = field(default_factory=list)
    candidates: list[tuple[int, str, str]] = field(default_factory=list)  # id, label, why


def _shared_phone(reasons: Sequence[Any]) -> bool:
    """Found by an office number alone, the names not agreeing: a switchboard or a shared
    landline is no evidence that two people are one (a mobile number is one person's)."""
    codes = {r.code for r in reasons}
    if codes & {"phone"} != {"phone"} or codes & {"uid", "external_id", "email", "wechat",
                                                  "name"}:
        return False
    phones = [r.text.values.get("value", "") for r in reasons
              if r.code == "phone" and isinstance(r.text, Message)]
    return any(_landline(p) for p in phones)


def _landline(e164: str) -> bool:
    import phonenumbers

    try:
        number = phonenumbers.parse(str(e164).split(";")[0], None)
    except phonenumbers.NumberParseException:
        return False
    kind = phonenumbers.number_type(number)
    return kind not in (phonenumbers.PhoneNumberType.MOBILE,
                        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
                        phonenumbers.PhoneNumberType.PAGER)


def suggestion(label: str, reason: Message) -> Message:
    return say(m.MAY_BE, label=label, reason=reason)


class RowMatcher:
    """The rows of one record type of one import, matched against Beacon and each other."""

    def __init__(self, entity: str, system: str | None,
                 confirmed: dict[int, int] | None = None) -> None:
        self.entity = entity
        self.system = system  # of the file's id column
        self.confirmed = confirmed or {}
        self.candidates: dict[int, list[Candidate]] = {}
        self.by_external: dict[tuple[str, str], int] = {}
        self.their_ids: dict[int, set[str]] = {}  # record -> its ids in self.system
        self.titles: dict[tuple[str, int | None], int] = {}
        self.people = PeopleRoster()
        self.companies = CompanyRoster()
        self.deal_keys: dict[str, int] = {}
        self.row_ids: dict[int, set[tuple[str, str]]] = {}  # row -> its ids in other systems
        self.new_companies: dict[NewLink, int] = {}  # numbered for the roster (as -n)

    def prepare(self, rows: Sequence[tuple[int, dict[str, Any]]]) -> None:
        """Look every row up at once (a few queries per kind of key for the whole file)."""
        pairs = {p for _, values in rows if values.get("external_ids")
                 for p in external_pairs(values["external_ids"])}
        self.by_external = records_with_ids(self.entity, pairs)
        if self.entity == "contact":
            probes: list[Any] = [PersonProbe.from_values(v) for _, v in rows]
            # a row found by a key is not offered near names as well (_match)
            found = find_contacts(probes, near_when_exact=False)
        elif self.entity == "organization":
            probes = [CompanyProbe.from_values(v) for _, v in rows]
            found = find_organizations(probes)
        else:  # deals with another system's id are not compared by title
            self._load_titles(v.get("title") or "" for _, v in rows
                              if all(str(i).startswith(ROW_KEY) for i in
                                     v.get("external_ids") or []))
            return
        self.candidates = {number: list(c) for (number, _), c in zip(rows, found, strict=True)}
        if self.system:
            ids = {c.record_id for found_ in found for c in found_}
            self.their_ids = ids_in_system(self.entity, ids, self.system)

    def _load_titles(self, titles: Iterable[str]) -> None:
        wanted = sorted({t for t in titles if t})
        for start in range(0, len(wanted), CHUNK):
            for record_id, title, org in (
                    Opportunity.select(Opportunity.id, Opportunity.title,
                                       Opportunity.organization)
                    .where(Opportunity.deleted_at.is_null(),
                           Opportunity.title.in_(wanted[start:start + CHUNK])).tuples()):
                self.titles.setdefault((text_key(title), org), record_id)

    def match(self, number: int, values: dict[str, Any]) -> Match:
        """The record this row is (by an exact key, or the user's choice), and suggestions."""
        found = self._match(number, values)
        chosen = self.confirmed.get(number)
        if chosen is not None:  # the user's choice; the other candidates stay on offer
            return Match(chosen, "choice", candidates=found.candidates)
        return found

    def _match(self, number: int, values: dict[str, Any]) -> Match:
        ours = external_pairs(values["external_ids"]) if values.get("external_ids") else ()
        for pair in ours:
            if pair in self.by_external:
                return Match(self.by_external[pair], "external_id")
        if self.entity == "opportunity":
            org = values.get("organization")
            same = self.titles.get((text_key(values.get("title") or ""),
                                    org if isinstance(org, int) else None))
            if same is None:
                return Match(None)
            return Match(None, suggestions=[say(m.SAME_TITLE, title=repr(values.get("title")))],
                         candidates=[(same, str(values.get("title") or ""),
                                      say(m.SAME_TITLE_SHORT))])
        own = {value for system, value in ours if system == self.system}
        exact: list[tuple[int, Candidate, str]] = []
        suggestions: list[str] = []
        near: list[str] = []  # named alike only
        candidates: list[tuple[int, str, str]] = []
        named = bool(values.get("name") or values.get("name_zh"))
        for candidate in self.candidates.get(number, []):
            theirs = self.their_ids.get(candidate.record_id, set())
            if candidate.exact and named and _shared_phone(candidate.reasons):
                # an office number two people share: the same only if the name agrees too
                suggestions.append(suggestion(candidate.label, candidate.reasons[0].text))
                candidates.append((candidate.record_id, candidate.label,
                                   candidate.reasons[0].text))
            elif candidate.exact and not (own and theirs and not own & theirs):
                codes = [r.code for r in candidate.reasons if r.exact]
                strength = min(STRENGTH.index(c) if c in STRENGTH else len(STRENGTH)
                               for c in codes)
                exact.append((strength, candidate, STRENGTH[strength]
                              if strength < len(STRENGTH) else codes[0]))
            elif candidate.exact:  # the same email or name, but another id in this system
                suggestions.append(suggestion(candidate.label, say(
                    m.OTHER_EXTERNAL_ID, system=self.system or "", value=", ".join(sorted(
                        theirs)))))
            else:
                near.append(suggestion(candidate.label, candidate.reasons[0].text))
                candidates.append((candidate.record_id, candidate.label,
                                   candidate.reasons[0].text))
        if not exact:
            return Match(None, suggestions=suggestions + near, candidates=candidates)
        # Found by a key (an email): others only named alike are not offered as well (a file
        # of 20,000 people imported again listed 18,000 "same name" lines).
        exact.sort(key=lambda e: (e[0], e[1].record_id))
        _, best, by = exact[0]
        for _, other, _ in exact[1:]:
            if other.record_id != best.record_id:
                suggestions.append(suggestion(other.label, other.reasons[0].text))
        return Match(best.record_id, by, suggestions)

    def in_file(self, number: int, values: dict[str, Any]) -> tuple[int | None, Message | None,
                                                                    list[str]]:
        """An earlier row of the file this row is the same record as (by an exact key),
        with why; earlier rows it may be (suggestions). Then the row joins the roster."""
        same: int | None = None
        why: Message | None = None
        suggestions: list[str] = []
        if self.entity == "opportunity":
            if not values.get("external_ids"):
                return None, None, []
            for pair in external_pairs(values.get("external_ids")):
                key = f"{pair[0]}:{pair[1]}"
                if key in self.deal_keys:
                    return self.deal_keys[key], say(m.SAME_EXTERNAL_ID, system=pair[0],
                                                    value=pair[1]), []
                self.deal_keys[key] = number
            return None, None, []
        if self.entity == "contact":
            person = PersonProbe.from_values(values)
            made = values.get("organization")
            if isinstance(made, NewLink):
                # a company this batch makes: rows at another one are other people (two
                # 王芳 at two companies), as for companies already in Beacon
                person = replace(person, organization_id=-self.new_companies.setdefault(
                    made, len(self.new_companies) + 1))
            found = self.people.find(person)
            self.people.add(number, person)
        else:
            company = CompanyProbe.from_values(values)
            found = self.companies.find(company)
            self.companies.add(number, company)
        ours = set(external_pairs(values.get("external_ids")))
        self.row_ids[number] = ours
        for row_match in found:
            theirs = self.row_ids.get(row_match.ref, set())
            systems = {s for s, _ in ours} & {s for s, _ in theirs}
            if row_match.exact and (_shared_phone(row_match.reasons) or any(
                    {p for p in ours if p[0] == s} != {p for p in theirs if p[0] == s}
                    for s in systems)):
                # the same name or email, but another id in the same system: two records
                suggestions.append(say(m.MAY_BE_ROW, row=row_match.ref,
                                       reason=row_match.reasons[0].text))
            elif row_match.exact and same is None:
                same, why = row_match.ref, row_match.reasons[0].text
            elif not row_match.exact:
                suggestions.append(say(m.MAY_BE_ROW, row=row_match.ref,
                                       reason=row_match.reasons[0].text))
        return same, why, suggestions
