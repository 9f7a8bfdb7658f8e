"""A made-up pipeline of a few hundred deals for screenshots and demos (never seeded).

Everything goes through the services (records.create, move/mark_won/mark_lost,
money.set_rate), so the demo exercises the same paths a user does. Values,
owners and dates are invented and say so in `source_detail`.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tracker.models import Opportunity
from tracker.services import money, records
from tracker.services.opportunities import mark_lost, mark_won
from tracker.services.pipelines import pipelines, stages_of
from tracker.storage import writing

OWNERS = ("Wang Lei", "Li Na", "Zhang Wei", "Chen Jing", "Sarah Miller", "Tom Becker")
LINES = ("Cell therapy CDMO", "Instruments", "Consumables", "Licensing")
MODALITIES = ("CAR-T", "TCR-T", "NK", "iPSC", "TIL")
PARTIES = ("Juventas", "CARsgen", "ImmunoChina", "Gracell", "Legend Biotech", "JW Therapeutics",
           "Bioheng", "Hrain Biotechnology", "Nanjing Legend", "Shanghai Cell Therapy Group",
           "Hangzhou Qihan", "Beijing Immunochina", "Shenzhen BinDeBio", "Suzhou Alphamab")
SUBJECTS = ("CAR-T manufacturing partnership", "Distribution of cell counters",
            "GMP media supply", "Licensing of NK platform", "Closed-system bioreactor trial",
            "IIT collaboration", "Viral vector supply", "Cryopreservation consumables",
            "Flow cytometry panel", "Process development service")
STEPS = ("Send NDA", "Follow up on quote", "Arrange site visit", "Share term sheet",
         "Call procurement", "Prepare demo", "Book meeting at CSCO", "Send samples")
LOST_REASONS = ("Went with a competitor", "No budget", "Timing: project on hold")


def generate_pipeline(count: int = 300, *, seed: int = 7, today: dt.date | None = None) -> int:
    """Add `count` invented deals across every pipeline; returns how many were made."""
    rng = random.Random(seed)
    day = today or dt.date.today()
    money.ensure_currencies()
    money.set_rate("USD", "CNY", "7.12", day - dt.timedelta(days=3))
    money.set_rate("EUR", "CNY", "7.74", day - dt.timedelta(days=3))
    all_stages = [(p, stages_of(p.id)) for p in pipelines()]
    organizations = [records.create("organization", {"name": name, "city": "Shanghai",
                                                     "kind": "drug_developer"},
                                    source_detail="demo data").first_created
                     for name in PARTIES]
    made = 0
    for number in range(count):
        pipeline, stages = all_stages[0] if rng.random() < 0.7 else all_stages[-1]
        weights = [max(1, len(stages) - i) for i in range(len(stages))]
        stage = rng.choices(stages, weights=weights)[0]
        currency = rng.choices(("CNY", "USD", "EUR"), weights=(5, 3, 1))[0]
        scale = {"CNY": 2_000_000, "USD": 300_000, "EUR": 250_000}[currency]
        value = Decimal(rng.randint(5, 100) * scale // 50).quantize(Decimal(1))
        close = day + dt.timedelta(days=rng.randint(-40, 330))
        due = day + dt.timedelta(days=rng.randint(-25, 30))
        party = rng.randrange(len(PARTIES))
        values = {
            "title": f"{PARTIES[party]}: {rng.choice(SUBJECTS)}",
            "stage": stage.id, "organization": organizations[party],
            "value": str(value), "currency": currency, "expected_close": close,
            "owner": rng.choice(OWNERS), "business_line": rng.choice(LINES),
            "modality": rng.choice(MODALITIES), "next_step": rng.choice(STEPS),
            "next_step_due": due,
        }
        opportunity_id = records.create("opportunity", values, source_detail="demo data"
                                        ).first_created
        made += 1
        # Quiet for a while: some deals go stale (the board marks them).
        idle = rng.choice((1, 3, 8, 15, 25, 45, 80))
        created = dt.datetime.combine(day - dt.timedelta(days=idle + rng.randint(0, 120)),
                                      dt.time(2, 0))
        with writing():
            Opportunity.update(
                last_activity_at=dt.datetime.combine(day - dt.timedelta(days=idle),
                                                     dt.time(3, 0)),
                created_at=created, stage_entered_at=created,
            ).where(Opportunity.id == opportunity_id).execute()
        if number % 5 == 0:
            closed_on = day - dt.timedelta(days=rng.randint(1, 300))
            closed_on = max(closed_on, created.date() + dt.timedelta(days=5))
            if rng.random() < 0.45:
                mark_won(opportunity_id, None, closed_on=closed_on)
            else:
                mark_lost(opportunity_id, None, rng.choice(LOST_REASONS), closed_on=closed_on)
    return made
