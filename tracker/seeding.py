"""Seeding a database with the records derived from the market article (seeds/*.toml).

Seeded records get stable uids derived from their seed key, so every laptop
that seeds holds the same Fosun Kite, and seeding twice adds nothing.
"""

from __future__ import annotations

import hashlib
import tomllib
import uuid
from pathlib import Path
from typing import Any

import tracker
from tracker.models import MarketFact, Pipeline, Record, Term
from tracker.services import money, records
from tracker.services.context import new_uid
from tracker.services.pipelines import ensure_pipeline
from tracker.services.records import spec_for
from tracker.storage import writing

SEED_EPOCH_MS = 1_704_067_200_000  # 2024-01-01T00:00:00Z, the article's year


def seeds_dir() -> Path:
    """Inside an installed package: tracker/seeds; in a source checkout: ./seeds."""
    packaged = Path(tracker.__file__).parent / "seeds"
    if (packaged / "organizations.toml").exists():
        return packaged
    return Path(tracker.__file__).parent.parent / "seeds"


def article_text() -> str:
    return (seeds_dir() / "article.txt").read_text(encoding="utf-8")


def load_seed(name: str) -> dict[str, Any]:
    with (seeds_dir() / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def seed_uid(entity: str, key: str) -> str:
    """A UUIDv7-shaped id fixed by (entity, key): same on every machine."""
    digest = int.from_bytes(hashlib.sha256(f"{entity}:{key}".encode()).digest()[:10], "big")
    rand_a = digest >> 68 & 0xFFF
    rand_b = digest & ((1 << 62) - 1)
    value = (SEED_EPOCH_MS << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return str(uuid.UUID(int=value))


def _seed_record(entity: str, key: str, values: dict[str, Any], source: str, reset: bool,
                 counts: dict[str, int]) -> int:
    spec = spec_for(entity)
    uid = seed_uid(entity, key)
    existing: Record | None = spec.model.get_or_none(spec.model.uid == uid)
    if existing is None:
        changes = records.create(entity, values, source="seed", source_detail=source, uid=uid)
        counts["created"] += 1
        return changes.first_created
    if reset:
        before = existing.version
        if existing.deleted_at is not None:
            records.restore(entity, existing.id)
        records.update(entity, existing.id, None, {**_blank(spec), **values})
        if spec.model.get_by_id(existing.id).version != before:
            counts["reset"] += 1
    return int(existing.id)


_DERIVED = {"pipeline", "stage_entered_at", "last_activity_at", "done_at", "occurred_at",
            "value_minor"}


def _blank(spec: records.EntitySpec) -> dict[str, Any]:
    """Every editable field at its empty value: reset puts back exactly what the seed says."""
    blank: dict[str, Any] = {}
    for name in spec.fields:
        model_field = spec.model._meta.fields.get(name)
        if name in _DERIVED or model_field is None:
            continue
        default = model_field.default
        blank[name] = default() if callable(default) else default
    for name in spec.virtual:
        blank[name] = []
    return blank


def seed_database(*, reset: bool = False) -> dict[str, int]:
    """Add every seed record that is missing; with reset, put edited ones back as seeded."""
    counts = {"created": 0, "reset": 0}
    money.ensure_currencies()
    with writing():
        for pipeline in load_seed("pipelines")["pipeline"]:
            ensure_pipeline(pipeline["name"], tuple(
                (s["name"], s["probability"], s["stale_days"]) for s in pipeline["stages"]))
        org_ids: dict[str, int] = {}
        for item in load_seed("organizations")["organization"]:
            values = {k: v for k, v in item.items() if k not in ("key", "source")}
            org_ids[item["key"]] = _seed_record("organization", item["key"], values,
                                                item["source"], reset, counts)
        for item in load_seed("contacts")["contact"]:
            values = {k: v for k, v in item.items() if k not in ("key", "source")}
            if "organization" in values:
                values["organization"] = org_ids[values["organization"]]
            _seed_record("contact", item["key"], values, item["source"], reset, counts)
        for item in load_seed("incentives")["incentive"]:
            values = {k: v for k, v in item.items() if k not in ("key", "source")}
            _seed_record("incentive", item["key"], values, item["source"], reset, counts)
        for item in load_seed("opportunities")["opportunity"]:
            values = {k: v for k, v in item.items()
                      if k not in ("key", "source", "pipeline", "stage")}
            pipeline = Pipeline.get(Pipeline.name == item["pipeline"])
            values["stage"] = next(s.id for s in pipeline.stages if s.name == item["stage"])
            values["organization"] = org_ids[item["organization"]]
            _seed_record("opportunity", item["key"], values, item["source"], reset, counts)
        for item in load_seed("terms")["term"]:
            uid = seed_uid("term", f"{item['vocabulary']}:{item['code']}")
            fields = {"vocabulary": item["vocabulary"], "code": item["code"],
                      "label": item["label"], "description": item.get("description", ""),
                      "source": "seed", "source_detail": item["source"]}
            if Term.get_or_none(Term.uid == uid) is None:
                Term.create(uid=uid, **fields)
                counts["created"] += 1
            elif reset:
                Term.update(**fields).where(Term.uid == uid).execute()
        for item in load_seed("facts")["fact"]:
            uid = seed_uid("fact", item["key"])
            fields = {k: item.get(k, "") for k in ("topic", "figure", "unit", "period",
                                                    "statement")}
            fields.update(source="seed", source_detail=item["source"])
            if MarketFact.get_or_none(MarketFact.uid == uid) is None:
                MarketFact.create(uid=uid, **fields)
                counts["created"] += 1
            elif reset:
                MarketFact.update(**fields).where(MarketFact.uid == uid).execute()
    return counts


__all__ = ["seed_database", "seed_uid", "seeds_dir", "article_text", "new_uid"]
