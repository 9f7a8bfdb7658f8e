"""One identity for people and companies: is this the record we already have?

Every way data comes in asks here — typing in a form or the conference quick log,
a spreadsheet or vCard import, the duplicate finder — so the same rules decide
everywhere (STYLE.md rule 23).

Rules
-----
A **match** (an exact key; `Candidate.exact`, `Reason.exact`): the same Beacon uid, the
same id in another system (`external_ids`: "salesforce:0015g00000XyZ"), for contacts the
same email, WeChat ID (case aside) or phone (E.164); for organizations also the same
name written the same way (case, width, spaces and punctuation aside). An import may
update the record a match names; a form warns and lets the person choose.

A **suggestion** (never merged without a person's choice), with its reasons:
- contacts: the same name in any script or word order (李明 = Li Ming = Ming Li, keys
  from pinyin syllables, heteronyms included), "same name" — stronger at the same
  organization; a name 0.88+ similar at the same organization ("name 0.94 similar
  (pinyin), same organization"). The same name at two *different* organizations is not
  paired, and people sharing only a surname never are (keys are whole names).
- organizations: equal once legal words and a city prefix are removed ("same name after
  removing PLC, Group", Downs PLC / Downs Group); the same name in pinyin (上海细胞 /
  Shanghai Xibao); a name 0.90+ similar sharing a distinctive word.

API
---
- `PersonProbe` / `CompanyProbe`: what is known about the record being typed or
  imported. `PersonProbe.from_values(values)` takes contact fields as forms and import
  rows hold them (emails and phones as typed; half-typed ones are ignored).
- `find_contacts(probes)` / `find_organizations(probes)`: for a *batch* of probes (an
  import's rows), one list of `Candidate`s per probe, best first. A few indexed queries
  per kind of key for the whole batch (500 values a query), never a scan.
- `contact_candidates(probe)` / `organization_candidates(probe)`: one probe (a form).
- `PeopleRoster` / `CompanyRoster`: rows of one batch matched against each other by the
  same rules, before they exist in Beacon.
- `Candidate`: entity, record_id, uid, label, score (0-1), reasons; `.exact`, `.as_json()`.
  `Reason`: code (uid, external_id, email, wechat, phone, name, similar_name,
  organization, legal_words, sound), text (a `tracker.messages` sentence ui/ translates).
- `split_name`, `complete_names`, `romanize` (tracker.identity.people): "Zhang Wei 张伟"
  split in two; 王建国 romanized as Wang Jianguo.

Keys live in `contact_key` / `organization_key`, rewritten with each write of a record
(tracker.identity.keys); other names in `contact_other_name` / `organization_other_name`;
ids of other systems in `external_id`.
"""

from __future__ import annotations

from tracker.identity.match import (
    Candidate,
    Reason,
    contact_candidates,
    find_contacts,
    find_organizations,
    organization_candidates,
)
from tracker.identity.people import complete_names, romanize, split_name
from tracker.identity.probes import CompanyProbe, PersonProbe
from tracker.identity.roster import CompanyRoster, PeopleRoster, RowMatch

__all__ = [
    "Candidate", "CompanyProbe", "CompanyRoster", "PeopleRoster", "PersonProbe", "Reason",
    "RowMatch", "complete_names", "contact_candidates", "find_contacts", "find_organizations",
    "organization_candidates", "romanize", "split_name", "warm_up",
]


def warm_up() -> None:
    """Load what the first check while typing needs (the pinyin dictionaries, phone
    metadata) before the first key: a form calls it once it is on screen."""
    from tracker.identity.people import person_keys
    from tracker.identity.probes import clean_phones

    person_keys("李明")
    clean_phones("+86 138 0013 8000")
