"""The duplicate finder asks only the records that can have a duplicate (an indexed first
pass); it must find exactly what asking every record would."""

from __future__ import annotations

import random

from tracker.identity.finder import find_duplicates, pairs_of
from tracker.models import Contact, Organization
from tracker.services import records
from tracker.services.bulk import create_many
from tracker.storage import Store

NAMES = ("Jon Smith", "John Smith", "Sophie Martin", "Sofie Martin", "Li Ming", "李明", "Ming Li",
         "王芳", "Wang Fang", "张伟", "张敏", "Zhang Wei", "Lee Ming", "Anna Schmidt",
         "Anna Schmitt", "Marco Rossi", "Mario Rossi", "欧阳修", "Ouyang Xiu", "陈杰")
COMPANIES = ("Downs PLC", "Downs Group", "上海细胞治疗有限公司", "Shanghai Xibao Zhiliao",
             "Helix Cell Therapeutics", "Helix Cell Therapeutic Ltd", "Juventas Cell Therapy",
             "Juventus Cell Therapy", "北京细胞", "Beijing Xibao", "Sunrise Gene", "Sunrise Genes")


def _everyone_asked(entity: str) -> dict[tuple[int, int], float]:
    """Each pair any live record is in, with its best score (asked from both sides)."""
    model = Contact if entity == "contact" else Organization
    found: dict[tuple[int, int], float] = {}
    for (record_id,) in model.select(model.id).where(model.deleted_at.is_null()).tuples():
        for pair in pairs_of(entity, record_id):
            key = (pair.first.record_id, pair.second.record_id)
            found[key] = max(found.get(key, 0.0), pair.score)
    return found


def _as_found(entity: str) -> dict[tuple[int, int], float]:
    return {(p.first.record_id, p.second.record_id): p.score for p in find_duplicates(entity)}


def test_the_finder_pairs_what_asking_every_record_pairs(db: Store) -> None:
    rng = random.Random(7)
    orgs = [records.create("organization", {"name": name}).first_created
            for name in COMPANIES]
    create_many("contact", [
        {"name": rng.choice(NAMES), "organization": rng.choice([*orgs[:3], None]),
         "emails": [f"p{rng.randrange(60)}@example.com"] if rng.random() < 0.3 else [],
         "phones": [f"+86 139 0000 {rng.randrange(40):04d}"] if rng.random() < 0.3 else [],
         "wechat_id": f"wx{rng.randrange(40)}" if rng.random() < 0.3 else ""}
        for _ in range(90)])
    gone = Contact.select(Contact.id, Contact.version).order_by(Contact.id.desc()).first()
    assert gone is not None
    records.delete("contact", gone.id, gone.version)
    # Linked by nothing but a name near a colleague's (at an organization of their own).
    near = [records.create("contact", {"name": name, "organization": orgs[-1]}).first_created
            for name in ("Katharina Vogelsang", "Katharine Vogelsang", "Christoph Baumgartner",
                         "Cristoph Baumgartner")]
    for entity in ("contact", "organization"):
        expected = _everyone_asked(entity)
        assert len(expected) > (40 if entity == "contact" else 4)
        assert _as_found(entity) == expected
        if entity == "contact":
            assert sorted(pair for pair in expected if set(pair) & set(near)) == [
                (near[0], near[1]), (near[2], near[3])]
    assert not any(gone.id in pair[:2] for pair in _as_found("contact"))


def test_the_finder_reports_progress_over_the_records_it_asks(db: Store) -> None:
    records.create("contact", {"name": "Anna Schmidt", "emails": ["anna@example.de"]})
    records.create("contact", {"name": "A. Schmidt", "emails": ["anna@example.de"]})
    create_many("contact", [{"name": f"Person {chr(97 + i // 26)}{chr(97 + i % 26)}x"}
                           for i in range(50)])
    heard: list[tuple[int, int]] = []
    pairs = find_duplicates("contact", lambda done, total: heard.append((done, total)))
    assert len(pairs) == 1 and heard[0] == (0, 2) and heard[-1] == (2, 2)
