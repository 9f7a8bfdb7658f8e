"""Moving to the team: copy a laptop database's records to the team server, by uid, with
their history (`beacon team push LAPTOP.sqlite3 URL`, File > Copy records from a
database file…).

A record whose uid the server already has is left as it is there (the article's seeded
records share their uids on every machine; running the push again adds nothing). New
records keep their uid, times, version, source and change log (who changed what, when);
their links (organization, contact, stage, conference, tags, emails and phones) are
mapped to the server's ids, pipelines and stages by uid or by name. One transaction:
everything arrives or nothing does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from tracker import messages as m
from tracker import search
from tracker.errors import StorageUnavailable
from tracker.messages import say
from tracker.models import (
    RECORD_MODELS,
    BaseModel,
    ChangeLog,
    ConferenceContact,
    ContactEmail,
    ContactPhone,
    Currency,
    ImportBatch,
    MarketFact,
    OrganizationEmail,
    OrganizationPhone,
    Pipeline,
    Record,
    RecordTag,
    Stage,
    Tag,
    Term,
)
from tracker.services.context import Changes
from tracker.storage import Store, Target, open_store, target_of

# Records in an order where what a record links to arrives before it.
RECORD_ORDER = ("organization", "conference", "contact", "incentive", "opportunity", "activity")
CHUNK = 500
Rows = list[dict[str, Any]]


@dataclass
class PushReport:
    source: str
    target: str
    added: Counter[str] = field(default_factory=Counter)
    already: Counter[str] = field(default_factory=Counter)
    history: int = 0
    changes: Changes = field(default_factory=Changes)

    @property
    def added_total(self) -> int:
        return sum(self.added.values())


def _fields(model: type[BaseModel]) -> list[pw.Field]:
    return [f for f in model._meta.sorted_fields if not isinstance(f, pw.AutoField)]


def read_laptop(path: str | Path) -> dict[type[BaseModel], Rows]:
    """Every row Beacon keeps in a database file (opened, upgraded if older, closed)."""
    target = target_of(str(path))
    if target.path is None:
        raise StorageUnavailable(str(path), say(m.PUSH_NEEDS_FILE), say(m.HINT_PUSH_FILE))
    if not target.path.is_file():
        raise StorageUnavailable(str(target.path), say(m.NO_SUCH_FILE), say(m.HINT_PUSH_FILE))
    tables: list[type[BaseModel]] = [
        Currency, Pipeline, Stage, Tag, Term, MarketFact, ImportBatch,
        *(RECORD_MODELS[entity] for entity in RECORD_ORDER),
        ContactEmail, ContactPhone, OrganizationEmail, OrganizationPhone, ConferenceContact,
        RecordTag, ChangeLog]
    with open_store(Target(path=target.path)):
        return {model: list(model.select().dicts()) for model in tables}


def push(laptop: str | Path, server: Store) -> PushReport:
    """Copy what the server lacks from the laptop file into the open server database."""
    rows = read_laptop(laptop)
    report = PushReport(source=str(laptop), target=server.label)
    with server.writing():
        _Copy(rows, report).run()
    return report


class _Copy:
    def __init__(self, rows: dict[type[BaseModel], Rows], report: PushReport) -> None:
        self.rows = rows
        self.report = report
        self.ids: dict[type[BaseModel], dict[int, int]] = {}
        self.new: dict[str, list[int]] = {}  # entity -> server ids of records added

    def run(self) -> None:
        for code in {row["code"] for row in self.rows[Currency]} - {
                c.code for c in Currency.select(Currency.code)}:
            row = next(r for r in self.rows[Currency] if r["code"] == code)
            Currency.insert(**row).execute()
        self._match(Pipeline, lambda row: Pipeline.get_or_none(Pipeline.name == row["name"]))
        self._match(Stage, lambda row: Stage.get_or_none(
            Stage.pipeline == self.ids[Pipeline].get(row["pipeline"]), Stage.name == row["name"]))
        self._match(Tag, lambda row: Tag.get_or_none(Tag.name == row["name"]))
        self._match(Term, lambda row: Term.get_or_none(
            Term.vocabulary == row["vocabulary"], Term.code == row["code"]))
        for model in (MarketFact, ImportBatch):
            self._match(model, lambda row: None)
        for entity in RECORD_ORDER:
            self._records(entity)
        self._children()
        self._history()
        self._index()

    # --- matching by uid or name --------------------------------------------------------
    def _match(self, model: type[BaseModel], fallback: Any) -> None:
        """Map each laptop row to the server's row with its uid (or name); insert the rest."""
        found = self.ids.setdefault(model, {})
        uid_field = model._meta.fields.get("uid")
        for row in self.rows[model]:
            existing = None
            if uid_field is not None:
                existing = model.get_or_none(uid_field == row["uid"])
            if existing is None:
                existing = fallback(row)
            found[row["id"]] = existing.id if existing is not None else self._insert(model, row)

    def _insert(self, model: type[BaseModel], row: dict[str, Any]) -> int:
        values: dict[str, Any] = {}
        for model_field in _fields(model):
            value = row.get(model_field.name)
            if isinstance(model_field, pw.ForeignKeyField) and value is not None:
                value = self.ids.get(model_field.rel_model, {}).get(value)
            values[model_field.name] = value
        return int(model.insert(**values).execute())

    # --- records, by uid ----------------------------------------------------------------
    def _records(self, entity: str) -> None:
        model: type[Record] = RECORD_MODELS[entity]
        found = self.ids.setdefault(model, {})
        rows = self.rows[model]
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            there = dict(model.select(model.uid, model.id)
                         .where(model.uid.in_([row["uid"] for row in chunk])).tuples())
            for row in chunk:
                if row["uid"] in there:
                    found[row["id"]] = int(there[row["uid"]])
                    self.report.already[entity] += 1
                    continue
                new_id = self._insert(model, row)
                found[row["id"]] = new_id
                self.new.setdefault(entity, []).append(new_id)
                self.report.added[entity] += 1
                self.report.changes.created.append((entity, new_id))

    def _laptop_ids_added(self, entity: str) -> dict[int, int]:
        """laptop id -> server id of the records this push added."""
        added = set(self.new.get(entity, ()))
        model = RECORD_MODELS[entity]
        return {old: new for old, new in self.ids.get(model, {}).items() if new in added}

    def _children(self) -> None:
        contacts = self._laptop_ids_added("contact")
        organizations = self._laptop_ids_added("organization")
        for model, owner, added in ((ContactEmail, "contact", contacts),
                                    (ContactPhone, "contact", contacts),
                                    (OrganizationEmail, "organization", organizations),
                                    (OrganizationPhone, "organization", organizations)):
            self.ids[model] = {}
            for row in self.rows[model]:
                if row[owner] in added:
                    self._insert(model, row)
        conferences = self._laptop_ids_added("conference")
        met = ConferenceContact
        for row in self.rows[met]:
            if row["contact"] in contacts or row["conference"] in conferences:
                conference = self.ids[RECORD_MODELS["conference"]].get(row["conference"])
                contact = self.ids[RECORD_MODELS["contact"]].get(row["contact"])
                if conference is not None and contact is not None:
                    met.insert(conference=conference, contact=contact,
                               note=row["note"]).on_conflict_ignore().execute()
        for row in self.rows[RecordTag]:
            added = self._laptop_ids_added(row["entity"]) if row["entity"] in RECORD_MODELS else {}
            if row["record_id"] in added:
                RecordTag.insert(tag=self.ids[Tag][row["tag"]], entity=row["entity"],
                                 record_id=added[row["record_id"]]).on_conflict_ignore().execute()

    def _history(self) -> None:
        """The change log of every record added, as it was on the laptop."""
        added = {entity: self._laptop_ids_added(entity) for entity in RECORD_ORDER}
        copied = []
        for row in self.rows[ChangeLog]:
            server_id = added.get(row["entity"], {}).get(row["record_id"])
            if server_id is None:
                continue
            values = {f.name: row.get(f.name) for f in _fields(ChangeLog)}
            values["record_id"] = server_id
            copied.append(values)
        for start in range(0, len(copied), CHUNK):
            ChangeLog.insert_many(copied[start:start + CHUNK]).execute()
        self.report.history = len(copied)

    def _index(self) -> None:
        from tracker.services.records import spec_for

        for entity, new_ids in self.new.items():
            spec = spec_for(entity)
            documents = [(record.id, search.index_text(spec.search_parts(record)))
                         for record in _each(spec.model, new_ids)]
            search.index_many(entity, documents)


def _each(model: type[Record], ids: Sequence[int]) -> Iterable[Record]:
    for start in range(0, len(ids), CHUNK):
        yield from model.select().where(model.id.in_(list(ids[start:start + CHUNK])))
