"""Rows of one batch matched against each other, by the rules used against Beacon.

An import asks Beacon about all its rows at once (find_contacts / find_organizations);
rows that are the same person or company *within the file* are not in Beacon yet, so
the importer adds each row to a roster and asks it about the next ones.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from tracker import messages as m
from tracker.identity.companies import legal_words
from tracker.identity.match import SCORES, Reason, Reasoned
from tracker.identity.probes import CompanyProbe, PersonProbe
from tracker.messages import say

# The earlier rows a key is looked up in: its first few. 3,000 rows of one name ("Person 1",
# "Person 2": digits are no part of a name's key), each asked about every earlier one, took
# 5.6 GB; an exact key's row is the first that has it, and five suggestions say enough.
ROWS_PER_KEY = 5


def _remember(refs: list[int], ref: int) -> None:
    if len(refs) < ROWS_PER_KEY:
        refs.append(ref)


@dataclass(frozen=True)
class RowMatch(Reasoned):
    """An earlier row of the batch (its `ref`, e.g. the row number) a probe may be."""

    ref: int
    score: float
    reasons: tuple[Reason, ...]


@dataclass
class PeopleRoster:
    _keys: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    _organization: dict[int, int | None] = field(default_factory=dict)

    def add(self, ref: int, probe: PersonProbe) -> None:
        for key in _person_keys(probe):
            _remember(self._keys[key], ref)
        self._organization[ref] = probe.organization_id

    def find(self, probe: PersonProbe) -> list[RowMatch]:
        gathered: dict[int, list[tuple[float, Reason]]] = defaultdict(list)
        for kind, value in _person_keys(probe):
            for ref in self._keys.get((kind, value), []):
                gathered[ref].append(_person_reason(kind, value, probe))
        matches = []
        for ref, scored in gathered.items():
            reasons = tuple(r for _, r in scored)
            theirs = self._organization.get(ref)
            exact = any(r.exact for r in reasons)
            same_org = probe.organization_id is not None and theirs == probe.organization_id
            if not exact and probe.organization_id and theirs and not same_org:
                continue
            score = max(s for s, _ in scored)
            if same_org and not exact:
                score = SCORES["name_org"]
            matches.append(RowMatch(ref, score, reasons))
        return sorted(matches, key=lambda r: (-r.score, r.ref))


def _person_keys(probe: PersonProbe) -> set[tuple[str, str]]:
    keys = {("email", e) for e in probe.emails} | {("phone", p) for p in probe.phones}
    keys |= {("name", k) for k in probe.name_keys()}
    keys |= {("external_id", f"{s}:{v}") for s, v in probe.external_ids}
    if probe.wechat_key():
        keys.add(("wechat", probe.wechat_key()))
    if probe.uid:
        keys.add(("uid", probe.uid))
    return keys


def _person_reason(kind: str, value: str, probe: PersonProbe) -> tuple[float, Reason]:
    if kind == "name":
        return SCORES["name"], Reason("name", say(m.SAME_NAME))
    if kind == "uid":
        text = say(m.SAME_UID)
    elif kind == "external_id":
        system, _, ident = value.partition(":")
        text = say(m.SAME_EXTERNAL_ID, system=system, value=ident)
    else:
        template = {"email": m.SAME_EMAIL, "phone": m.SAME_PHONE, "wechat": m.SAME_WECHAT}[kind]
        text = say(template, value=probe.wechat_id if kind == "wechat" else value)
    return 1.0, Reason(kind, text, exact=True)


@dataclass
class CompanyRoster:
    _keys: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    _names: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def add(self, ref: int, probe: CompanyProbe) -> None:
        for key in _company_keys(probe):
            _remember(self._keys[key], ref)
        self._names[ref] = probe.names

    def find(self, probe: CompanyProbe) -> list[RowMatch]:
        gathered: dict[int, list[tuple[float, Reason]]] = defaultdict(list)
        for kind, value in _company_keys(probe):
            for ref in self._keys.get((kind, value), []):
                gathered[ref].append(_company_reason(kind, value, (*probe.names,
                                                                   *self._names[ref])))
        matches = []
        for ref, scored in gathered.items():
            reasons = [r for _, r in scored]
            if any(r.exact for r in reasons):
                reasons = [r for r in reasons if r.exact]
            elif any(r.code == "legal_words" for r in reasons):
                reasons = [r for r in reasons if r.code == "legal_words"]
            matches.append(RowMatch(ref, max(s for s, _ in scored), tuple(reasons)))
        return sorted(matches, key=lambda r: (-r.score, r.ref))


def _company_keys(probe: CompanyProbe) -> set[tuple[str, str]]:
    keys = {(kind, k) for kind in ("name", "legal", "sound") for k in probe.keys(kind)}
    keys |= {("external_id", f"{s}:{v}") for s, v in probe.external_ids}
    if probe.uid:
        keys.add(("uid", probe.uid))
    return keys


def _company_reason(kind: str, value: str, names: tuple[str, ...]) -> tuple[float, Reason]:
    if kind == "name":
        return 1.0, Reason("name", say(m.SAME_NAME), exact=True)
    if kind == "uid":
        return 1.0, Reason("uid", say(m.SAME_UID), exact=True)
    if kind == "external_id":
        system, _, ident = value.partition(":")
        return 1.0, Reason("external_id", say(m.SAME_EXTERNAL_ID, system=system, value=ident),
                           exact=True)
    if kind == "legal":
        words = ", ".join(dict.fromkeys(w for n in names for w in legal_words(n)))
        return SCORES["legal"], Reason("legal_words", say(m.SAME_NAME_WITHOUT, words=words))
    return SCORES["sound"], Reason("sound", say(m.SAME_NAME_PINYIN, value=names[-1]))
