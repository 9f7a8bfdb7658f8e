"""The duplicate finder: pairs (and groups) of live contacts or organizations that may be
one, each with its reasons — every record asked about by the rules of tracker.identity,
a batch at a time. Pairs a person said are different (keep_separate) are not offered
again."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tracker.identity.blocking import contact_suspects, organization_suspects
from tracker.identity.match import (
    Candidate,
    Reason,
    Reasoned,
    find_contacts,
    find_organizations,
    record_labels,
)
from tracker.identity.probes import CompanyProbe, PersonProbe
from tracker.models import (
    Contact,
    ContactEmail,
    ContactOtherName,
    ContactPhone,
    KeepSeparate,
    Organization,
    OrganizationOtherName,
)

BATCH = 500
ENTITIES = ("contact", "organization")


@dataclass(frozen=True)
class Side:
    record_id: int
    uid: str
    label: str


@dataclass(frozen=True)
class DuplicatePair(Reasoned):
    entity: str
    first: Side  # the older record (smaller id)
    second: Side
    score: float
    reasons: tuple[Reason, ...]

    def as_json(self) -> dict[str, Any]:
        return {"first": vars(self.first), "second": vars(self.second), "score": self.score,
                "exact": self.exact, "reasons": self.reasons_json()}


Progress = Callable[[int, int], None]


def find_duplicates(entity: str, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> list[DuplicatePair]:
    """Every pair that may be one record, exact keys first, then by score.

    Only the records that share a key with another, or (contacts) have a name near a
    colleague's, are asked about (tracker.identity.blocking). `progress(done, total)`
    hears of each batch of those; `cancelled()` stops the search early (what was found
    so far is returned)."""
    best: dict[tuple[int, int], Candidate] = {}
    suspects = contact_suspects() if entity == "contact" else organization_suspects()
    done = 0
    if progress is not None:
        progress(done, len(suspects))
    for ids, probes in _probes(entity, suspects):
        if cancelled is not None and cancelled():
            break
        _gather(entity, ids, probes, best)
        done += len(ids)
        if progress is not None:
            progress(done, len(suspects))
    return _pairs(entity, best)


def pairs_of(entity: str, record_id: int) -> list[DuplicatePair]:
    """The pairs one record is in now (after a merge, the survivor's), as find_duplicates
    lists them."""
    best: dict[tuple[int, int], Candidate] = {}
    _gather(entity, [record_id], _people([record_id]) if entity == "contact"
            else _companies([record_id]), best)
    return _pairs(entity, best)


def _gather(entity: str, ids: list[int], probes: list[PersonProbe] | list[CompanyProbe],
            best: dict[tuple[int, int], Candidate]) -> None:
    found = (find_contacts(probes, limit=10) if entity == "contact"  # type: ignore[arg-type]
             else find_organizations(probes, limit=10))  # type: ignore[arg-type]
    for record_id, candidates in zip(ids, found, strict=True):
        for candidate in candidates:
            pair = (min(record_id, candidate.record_id), max(record_id, candidate.record_id))
            if pair not in best or candidate.score > best[pair].score:
                best[pair] = candidate


def _pairs(entity: str, best: dict[tuple[int, int], Candidate]) -> list[DuplicatePair]:
    kept = _kept_separate(entity)
    wanted = {pair: c for pair, c in best.items() if pair not in kept}
    labels = record_labels(entity, {i for pair in wanted for i in pair})
    pairs = [DuplicatePair(entity, Side(a, *labels[a]), Side(b, *labels[b]), c.score,
                           c.reasons)
             for (a, b), c in wanted.items() if a in labels and b in labels]
    pairs.sort(key=lambda p: (not p.exact, -p.score, p.first.record_id, p.second.record_id))
    return pairs


def groups(pairs: Sequence[DuplicatePair]) -> list[list[Side]]:
    """Records linked by pairs, as groups (three records of one person are one group)."""
    parent: dict[int, int] = {}

    def root(record_id: int) -> int:
        while parent.setdefault(record_id, record_id) != record_id:
            parent[record_id] = parent[parent[record_id]]
            record_id = parent[record_id]
        return record_id

    sides: dict[int, Side] = {}
    for pair in pairs:
        sides[pair.first.record_id], sides[pair.second.record_id] = pair.first, pair.second
        parent[root(pair.second.record_id)] = root(pair.first.record_id)
    members: dict[int, list[Side]] = defaultdict(list)
    for record_id in sorted(sides):
        members[root(record_id)].append(sides[record_id])
    return [group for _, group in sorted(members.items())]


def _kept_separate(entity: str) -> set[tuple[int, int]]:
    return set(KeepSeparate.select(KeepSeparate.first_id, KeepSeparate.second_id)
               .where(KeepSeparate.entity == entity).tuples())


def _live(entity: str) -> Any:
    model = Contact if entity == "contact" else Organization
    return model.select(model.id).where(model.deleted_at.is_null())


def _probes(entity: str, suspects: set[int]
            ) -> Iterator[tuple[list[int], list[PersonProbe] | list[CompanyProbe]]]:
    """Probes in batches; contacts by organization, so that a batch's colleagues (whose
    names are compared) are few."""
    model = Contact if entity == "contact" else Organization
    order = (Contact.organization, Contact.id) if entity == "contact" else (model.id,)
    ids = [i for (i,) in _live(entity).order_by(*order).tuples() if i in suspects]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        yield chunk, (_people(chunk) if entity == "contact" else _companies(chunk))


def _children(model: Any, owner: Any, value: Any, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for record_id, text in model.select(owner, value).where(owner.in_(ids)).tuples():
        found[record_id].append(text)
    return found


def _people(ids: list[int]) -> list[PersonProbe]:
    emails = _children(ContactEmail, ContactEmail.contact, ContactEmail.email, ids)
    phones = _children(ContactPhone, ContactPhone.contact, ContactPhone.e164, ids)
    others = _children(ContactOtherName, ContactOtherName.contact, ContactOtherName.name, ids)
    rows = {r[0]: r for r in Contact.select(Contact.id, Contact.name, Contact.name_zh,
                                            Contact.wechat_id, Contact.organization)
            .where(Contact.id.in_(ids)).tuples()}
    return [PersonProbe(name=rows[i][1], name_zh=rows[i][2], other_names=tuple(others[i]),
                        emails=tuple(emails[i]), phones=tuple(phones[i]),
                        wechat_id=rows[i][3], organization_id=rows[i][4],
                        exclude_ids=frozenset({i})) for i in ids]


def _companies(ids: list[int]) -> list[CompanyProbe]:
    others = _children(OrganizationOtherName, OrganizationOtherName.organization,
                       OrganizationOtherName.name, ids)
    rows = {r[0]: r for r in Organization.select(Organization.id, Organization.name,
                                                 Organization.name_zh)
            .where(Organization.id.in_(ids)).tuples()}
    return [CompanyProbe(name=rows[i][1], name_zh=rows[i][2], other_names=tuple(others[i]),
                         exclude_ids=frozenset({i})) for i in ids]
