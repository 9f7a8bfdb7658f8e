"""The duplicate check while typing (the conference quick log) against 50,000 contacts.

Run: python -m bench.bench_identity [N]
Builds once (cached in bench/out) N contacts with Chinese and Western names, N/25
organizations, emails, phones and WeChat IDs, through Beacon's own bulk creation (so
their identity keys are written as an import writes them). Then types four people key
by key, as the quick log does, and times per keystroke what it asks tracker: the
organization typed (an exact name, else the nearest suggestion), the candidates for the
person, and what "it's them" would change for the first. Beside it, a baseline measured
in the same run: one indexed email lookup with plain sqlite3. Target: <= 30 ms a keystroke.

Then the whole duplicate finder (Edit > Find duplicates…, `beacon duplicates`) over the
same database, contacts and organizations, beside the floor of any such search measured
in the same run: one grouped read of the shared emails with plain sqlite3.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from tracker.identity import (
    CompanyProbe,
    PersonProbe,
    contact_candidates,
    organization_candidates,
    warm_up,
)
from tracker.identity.finder import find_duplicates
from tracker.models import Organization
from tracker.services import money
from tracker.services.bulk import create_many
from tracker.services.conferences import contact_absorption, existing_organization
from tracker.services.pipelines import default_pipeline

from bench.large_db import CITIES, GIVEN, SURNAMES
from bench.opening import close_database, open_database

OUT = Path(__file__).parent / "out"
WESTERN_FIRST = ("Anna", "Tom", "Sophie", "Marco", "Emma", "Lukas", "David", "Olivia",
                 "James", "Maria", "Peter", "Julia", "Daniel", "Laura", "Felix", "Sarah")
WESTERN_LAST = ("Schmidt", "Becker", "Martin", "Rossi", "Johnson", "Weber", "Kim", "Brown",
                "Miller", "Garcia", "Fischer", "Meyer", "Wagner", "Dubois", "Smith", "Novak")
ROUNDS = 3


def build(path: Path, n: int) -> Path:
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(11)
    open_database(path)
    money.ensure_currencies()
    default_pipeline()
    orgs = create_many("organization", [
        {"name": f"{rng.choice(WESTERN_LAST)} {rng.choice(('Bio', 'Cell', 'Pharma'))} {i}",
         "name_zh": f"{rng.choice(SURNAMES)}{rng.choice(GIVEN)}生物{i}",
         "city": rng.choice(CITIES)} for i in range(max(1, n // 25))])
    org_ids = [i for _, i in orgs.changes.created]
    for start in range(0, n, 5000):
        rows: list[dict[str, Any]] = []
        for i in range(start, min(n, start + 5000)):
            chinese = i % 3 != 2
            name = (rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)[:rng.randint(0, 1)]
                    if chinese else f"{rng.choice(WESTERN_FIRST)} {rng.choice(WESTERN_LAST)}")
            rows.append({"name": name, "organization": rng.choice(org_ids),
                         "emails": [f"person{i}@example{i % 97}.com"],
                         "phones": [f"+86 139 {i // 10000:04d} {i % 10000:04d}"],
                         "wechat_id": f"wx_{i}", "city": rng.choice(CITIES)})
        create_many("contact", rows)
        print(f"  {min(n, start + 5000):,} contacts", file=sys.stderr)
    close_database()
    return path


def people(n: int) -> list[list[tuple[str, str]]]:
    """Four people as (field, text) typed in order: someone in Beacon by email, a new
    Chinese name at a new organization, a common name at an existing organization, a
    Western name with a phone of someone in Beacon."""
    org = str(Organization.get_by_id(1).name)
    return [
        [("name", "Ming Li"), ("organization", org), ("email", "person1@example1.com")],
        [("name", "王建国"), ("organization", "Sunrise Gene Therapy"), ("wechat_id", "wjg_bio")],
        [("name", "张伟"), ("organization", org), ("title", "CSO")],
        [("name", "Anna Schmidt"), ("phone", f"+86 139 0000 {min(n - 1, 42):04d}"),
         ("email", "anna@example.de")],
    ]


def check(values: dict[str, str], organizations_seen: set[str]) -> int:
    """What the quick log asks tracker for one keystroke; how many candidates it shows.
    Like the dialog, it asks for a near organization only when that field changed."""
    organization = values.get("organization", "")
    org_id = existing_organization(organization) if organization else None
    if organization and org_id is None and organization not in organizations_seen:
        organizations_seen.add(organization)
        organization_candidates(CompanyProbe(name=organization), limit=1)
    found = contact_candidates(PersonProbe.from_values({**values, "organization": org_id}),
                               limit=3)
    if found:
        contact_absorption(found[0].record_id, values)
    return len(found)


def type_people(typed: list[list[tuple[str, str]]]) -> list[float]:
    timings: list[float] = []
    for person in typed:
        values: dict[str, str] = {}
        seen: set[str] = set()
        for field, text in person:
            for end in range(1, len(text) + 1):
                values[field] = text[:end]
                started = time.perf_counter()
                check(values, seen)
                timings.append((time.perf_counter() - started) * 1000)
    return timings


def baseline(path: Path, count: int) -> list[float]:
    connection = sqlite3.connect(path)
    timings = []
    for i in range(count):
        started = time.perf_counter()
        connection.execute("SELECT contact_id FROM contact_email WHERE email = ?",
                           (f"person{i}@example{i % 97}.com",)).fetchall()
        timings.append((time.perf_counter() - started) * 1000)
    connection.close()
    return timings


def finder_rounds(path: Path) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {"contact": [], "organization": [], "floor": []}
    for _ in range(ROUNDS):
        for entity in ("contact", "organization"):
            started = time.perf_counter()
            find_duplicates(entity)
            timings[entity].append(time.perf_counter() - started)
        connection = sqlite3.connect(path)
        started = time.perf_counter()
        connection.execute("SELECT email FROM contact_email GROUP BY email "
                           "HAVING COUNT(*) > 1").fetchall()
        timings["floor"].append(time.perf_counter() - started)
        connection.close()
    return timings


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    path = build(OUT / f"identity-{n}.sqlite3", n)
    open_database(path)
    warm_up()  # as the quick log does once it is on screen
    typed = people(n)
    rounds = []
    for _ in range(ROUNDS):
        rounds.append(type_people(typed))
    found = finder_rounds(path)
    contacts, organizations = (find_duplicates(e) for e in ("contact", "organization"))
    close_database()
    base = baseline(path, len(rounds[0]))
    keystrokes = len(rounds[0])
    medians = [statistics.median(r) for r in rounds]
    p90s = [statistics.quantiles(r, n=10)[-1] for r in rounds]
    worst = [max(r) for r in rounds]
    print(f"duplicate check while typing, {n:,} contacts, {keystrokes} keystrokes x {ROUNDS}")
    print(f"  per keystroke: median {statistics.median(medians):.1f} ms, "
          f"p90 {statistics.median(p90s):.1f} ms, worst {statistics.median(worst):.1f} ms "
          f"(medians of {ROUNDS} rounds; target <= 30 ms)")
    print(f"  baseline (one indexed email lookup, plain sqlite3): median "
          f"{statistics.median(base):.3f} ms")
    print(f"  ratio to the baseline: {statistics.median(medians) / statistics.median(base):.0f}x")
    print(f"duplicate finder, whole database (medians of {ROUNDS} rounds):")
    for entity, pairs in (("contact", contacts), ("organization", organizations)):
        print(f"  {entity}s: {statistics.median(found[entity]):.2f} s, {len(pairs):,} pairs")
    print(f"  floor (shared emails grouped, plain sqlite3): "
          f"{statistics.median(found['floor']) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
