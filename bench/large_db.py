"""Build a large Beacon database fast: the store's bulk insert in one transaction
(executemany on SQLite, COPY on PostgreSQL).

`build_database(where, n)` makes n opportunities with n/20 organizations and n/4
contacts (Chinese names among them), and fills the search index for each, so
lists, filters and search behave as on a real, large database. `where` is a file or an
empty postgresql:// database; with `open_deals`, the deals past that many are won or
lost (the board shows open deals only).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tracker import search
from tracker.models import Contact, Opportunity, Organization, Stage
from tracker.services import money
from tracker.services.pipelines import default_pipeline
from tracker.storage import active, open_store

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
CITIES = ("Shanghai", "Beijing", "Suzhou", "Shenzhen", "Hangzhou", "Guangzhou", "Chengdu",
          "Wuhan", "Nanjing", "Tianjin")
WORDS = ("CAR-T", "TCR-T", "NK", "iPSC", "licensing", "distribution", "CDMO", "trial",
         "supply", "partnership", "manufacturing", "vector", "lentiviral", "allogeneic")
OWNERS = ("Anna", "Ben", "Chen Wei", "Dana", "Eli", "Fang")
LINES = ("Cell therapy", "Instruments", "Consumables", "Services")


def _insert(model: Any, rows: list[dict[str, Any]]) -> None:
    fields = [f for f in model._meta.sorted_fields if f.name != "id"]

    def values(row: dict[str, Any]) -> tuple[Any, ...]:
        out = [row["id"]]
        for f in fields:
            value = row.get(f.name, f.default() if callable(f.default) else f.default)
            out.append(f.db_value(value) if value is not None else None)
        return tuple(out)

    # New ids from the engine (1..n in an empty database, as the rows' own ids say).
    ids = active().insert_rows(model._meta.table_name, [f.column_name for f in fields],
                               [values(r)[1:] for r in rows], new_ids=True)
    assert ids == [r["id"] for r in rows], "build_database needs an empty database"


def _index(entity: str, rows: Iterable[tuple[int, list[str | None]]]) -> None:
    search.index_many(entity, [(rid, search.index_text(parts)) for rid, parts in rows])


def _audit(now: dt.datetime) -> dict[str, Any]:
    return {"uid": str(uuid.uuid4()), "created_at": now, "updated_at": now,
            "created_by": "bench", "updated_by": "bench", "version": 1, "source": "import"}


def build_database(where: Path | str, n: int, *, seed: int = 7, open_deals: int | None = None,
                   progress: Callable[[str], None] = lambda _text: None) -> Path | str:
    """Fill `where` with n opportunities (a file: only if it is not there already)."""
    if not str(where).startswith("postgresql://"):
        where = Path(where)
        if where.exists():
            return where
    rng = random.Random(seed)
    store = open_store(where)
    money.ensure_currencies()
    pipeline = default_pipeline()
    stages = [s.id for s in Stage.select().where(Stage.pipeline == pipeline.id)]
    now = dt.datetime(2026, 1, 1)
    n_orgs, n_contacts = max(1, n // 20), max(1, n // 4)
    with store.writing():
        orgs = [{"id": i, **_audit(now), "name": f"{rng.choice(WORDS)} Bio {i}",
                 "name_zh": f"{rng.choice(SURNAMES)}{rng.choice(GIVEN)}生物{i}",
                 "kind": "drug_developer", "city": rng.choice(CITIES), "country": "China"}
                for i in range(1, n_orgs + 1)]
        _insert(Organization, orgs)
        _index("organization", ((o["id"], [o["name"], o["name_zh"], o["city"]]) for o in orgs))
        progress(f"{n_orgs} organizations")
        contacts = []
        for i in range(1, n_contacts + 1):
            zh = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            contacts.append({"id": i, **_audit(now), "name": f"Contact {i}", "name_zh": zh,
                             "organization": rng.randint(1, n_orgs), "city": rng.choice(CITIES)})
        _insert(Contact, contacts)
        _index("contact", ((c["id"], [c["name"], c["name_zh"], c["city"]]) for c in contacts))
        progress(f"{n_contacts} contacts")
        deals = []
        for i in range(1, n + 1):
            org = orgs[rng.randrange(n_orgs)]
            currency = rng.choice(("CNY", "USD", "EUR"))
            status = "open" if open_deals is None or i <= open_deals else rng.choice(
                ("won", "lost"))
            deals.append({
                "id": i, **_audit(now),
                "title": f"{org['name']}: {rng.choice(WORDS)} {rng.choice(WORDS)} deal {i}",
                "organization": org["id"], "primary_contact": rng.randint(1, n_contacts),
                "pipeline": pipeline.id, "stage": rng.choice(stages), "status": status,
                "closed_on": None if status == "open" else dt.date(2025, 12, 1),
                "value_minor": rng.randrange(10_000, 50_000_000) * 100, "currency": currency,
                "expected_close": dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(700)),
                "owner": rng.choice(OWNERS), "business_line": rng.choice(LINES),
                "next_step": "Follow up", "stage_entered_at": now})
        _insert(Opportunity, deals)
        _index("opportunity", ((d["id"], [d["title"], d["owner"], d["business_line"],
                                          org_name["name"], org_name["name_zh"]])
                               for d in deals for org_name in (orgs[d["organization"] - 1],)))
        progress(f"{n} opportunities")
    store.db.execute_sql("ANALYZE")
    store.close()
    return where


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "bench/out/beacon-100k.sqlite3"
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    print(build_database(target, size, progress=print))
