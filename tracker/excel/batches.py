"""Apply an import plan as one batch in one transaction, and undo a batch later.

A batch lands whole or not at all. Every record it creates carries the batch's
uid; every change is logged with the batch's uid as its operation, so undo
finds them all. Undo deletes what the batch created (rows, search entries,
children) and puts back what it changed, audit fields included, so the data
is exactly as before; it refuses, naming them, if records were edited since.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tracker import backups, search
from tracker import messages as m
from tracker.catalogue.headers import read_header
from tracker.catalogue.system_columns import is_system_column
from tracker.errors import BeaconError, NotFound, StorageUnavailable, UndoRefused
from tracker.excel import values as cells
from tracker.excel.linked_updates import add_organization_phones, linked_changes
from tracker.excel.pausing import collector_paused
from tracker.excel.plan import LINKS, ImportPlan, NewLink, RowPlan
from tracker.excel.program_defaults import data_rows, is_program_default, program_defaults
from tracker.identity.merge import merged_refusal, merges_since, settled_by_undone_merges
from tracker.messages import say
from tracker.models import (
    Activity,
    ChangeLog,
    Contact,
    ExternalId,
    ImportBatch,
    Opportunity,
    Organization,
    Record,
    RecordTag,
)
from tracker.names import name_key
from tracker.services import changelog, records
from tracker.services.bulk import bulk_create
from tracker.services.context import Changes, Kind, current_user, new_uid, utcnow
from tracker.services.entities import remembered_lookups, remembered_names
from tracker.services.records import from_json_value, spec_for, to_json_value, validate
from tracker.storage import active, writing

CHUNK_ROWS = 5000  # rows an import writes (~0.15 s) before it looks whether a writer waits
FIRST_CHUNK_ROWS = 1000
HOLD_S = 5.0  # ...and commits after at most this long in one transaction
UPDATE_ROWS = 250  # updated rows per transaction (each one is read, logged and reindexed)
# A waiting writer asks for the lock every few ms and says that it waits
# (tracker/storage/sqlite_lock.py): after each commit an import leaves the lock free while
# one does, up to GIVE_S, so a save waits for one transaction, not for a run of them.
# GAP_S and WORK_S/PAUSE_S (a pause every WORK_S of work whether anyone waits or not, as
# before writers said so) are 0 and None here; bench/bench_writers.py sets them to compare.
GIVE_S, GIVE_STEP_S = 0.3, 0.003
GAP_S = 0.0
WORK_S: float | None = None
PAUSE_S = 0.11
RUNNING = "running"
STALE_AFTER_S = 600  # a batch not written to for this long, by a writer elsewhere, is dead
# Deleted in this order when a batch is undone: activities, then deals, before the people and
# companies they name; people before their companies.
CREATED_ORDER = ("activity", "opportunity", "contact", "organization", "conference", "incentive")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(BeaconError):  # noqa: N818  (named like StaleRecord)
    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was changed")


@dataclass
class ImportResult:
    batch_uid: str | None
    counts: dict[str, int]
    changes: Changes = field(default_factory=Changes)


def report(plan: ImportPlan, batch_uid: str | None, *, dry_run: bool) -> dict[str, Any]:
    """What `beacon import --json` prints and the wizard's report shows (one pass over the
    rows: 100,000 of them took 0.3 s in eight)."""
    counts = dict.fromkeys(("create", "update", "unchanged", "skip", "error"), 0)
    created_by_type: dict[str, int] = {}
    errors: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    skips: list[dict[str, Any]] = []
    suggestions: list[dict[str, Any]] = []
    candidates: list[dict[str, Any]] = []
    used: set[NewLink] = set()
    targets = tuple(LINKS[plan.entity])
    for r in plan.rows:
        action = r.action
        if action in counts:
            counts[action] += 1
        if action == "error":
            errors.extend(_where(r, {"row": p.row, "column": p.column, "reason": p.reason})
                          for p in r.problems)
        elif action == "skip":
            skips.append(_where(r, {"row": r.row, "reason": r.note}))
        else:
            if r.warnings and action in ("create", "update", "unchanged"):
                warnings.extend(_where(r, {"row": p.row, "column": p.column,
                                           "reason": p.reason}) for p in r.warnings)
            if action == "create":
                entity = r.entity or plan.entity
                created_by_type[entity] = created_by_type.get(entity, 0) + 1
                if r.candidates:
                    candidates.extend({"row": r.row, "record": record_id, "label": label,
                                       "reason": reason}
                                      for record_id, label, reason in r.candidates)
            if action == "update":
                changes.extend({"row": r.row, "record": r.record_id, "field": name, "old": old,
                                "new": new} for name, (old, new) in r.changes.items())
            if action in ("create", "update"):
                for link in map(r.values.get, targets):
                    if isinstance(link, NewLink):
                        used.add(link)
        if r.suggestions:
            suggestions.extend({"row": r.row, "text": text} for text in r.suggestions)
    links = _links_to_make(plan, used)
    return {
        "file": plan.path.name, "sheet": plan.sheet, "entity": plan.entity, "mode": plan.mode,
        "unit": plan.unit,
        "dry_run": dry_run, "batch": batch_uid,
        "created": counts["create"], "created_by_type": created_by_type,
        "updated": counts["update"],
        "unchanged": counts["unchanged"], "skipped": counts["skip"],
        "linked_created": {e: sum(1 for k in links if k.entity == e)
                           for e in ("organization", "contact")},
        "mapping": mapping_report(plan),
        "errors": errors,
        "warnings": warnings,
        "skipped_sheets": plan.skipped_sheets,
        "changes": changes,
        "linked_changes": linked_changes(plan),
        "skips": skips,
        "suggestions": suggestions,
        # Records a row may be, not applied: the wizard's preview asks which (if any).
        "candidates": candidates,
    }


def _where(row: RowPlan, entry: dict[str, Any]) -> dict[str, Any]:
    """A report entry, naming its sheet when the plan covers several."""
    return {"sheet": row.sheet, **entry} if row.sheet else entry


def mapping_report(plan: ImportPlan) -> dict[str, Any]:
    """How the file was read: each column's field (null: not imported), amount units, the
    currency of amounts that name none and where it came from, and what values meant."""
    return {"header_row": plan.header_row + 1, "encoding": plan.encoding or None,
            "columns": dict(plan.mapping),
            "not_imported": not_imported(plan), "kept_in_notes": kept_in_notes(plan),
            "system_columns": system_columns(plan),
            # values that were the exporting program's blank (Priority: Normal), left out
            "program_defaults": program_defaults(plan),
            "units": dict(plan.units),
            "currency": plan.currency, "currency_from": plan.currency_from,
            "values": plan.value_map, "unknown_values": plan.unknown_values}


def not_imported(plan: ImportPlan) -> list[str]:
    """Columns left out (the user chose to ignore them, a row number) that hold a value in
    some row: the report names them, so nothing the file holds is left out in silence."""
    return _with_values(plan, [i for i, h in enumerate(plan.headers)
                               if plan.mapping.get(h) is None and not read_header(h).describing
                               and not is_system_column(h)])
    # ("Phone 1 - Type" only says what another column holds; system columns are named apart)


def system_columns(plan: ImportPlan) -> list[str]:
    """Columns left out as another program's bookkeeping (OWNERID, Create Date, 创建人:
    tracker.catalogue.system_columns), each named, values or not: "ignored (system
    column)"."""
    return [h for h in plan.headers if plan.mapping.get(h) is None and is_system_column(h)]


def kept_in_notes(plan: ImportPlan) -> list[str]:
    """Columns no field takes whose values are kept in the records' notes ("Header:
    value"), named once each."""
    return _with_values(plan, [i for i, h in enumerate(plan.headers)
                               if plan.mapping.get(h) == "note"])


def _with_values(plan: ImportPlan, columns: list[int]) -> list[str]:
    """The columns holding a value in some row (a program's blank, Outlook's Priority:
    Normal, is none: tracker.catalogue.placeholders)."""
    rows = data_rows(plan)
    return [plan.headers[i] for i in columns
            if any(i < len(row) and not cells.is_blank(row[i])
                   and not is_program_default(plan.headers[i], row[i]) for row in rows)]


def used_links(plan: ImportPlan) -> list[NewLink]:
    """Linked records to create: those named by rows that will be written."""
    targets = tuple(LINKS[plan.entity])  # the only fields a NewLink stands in
    used = {v for r in plan.rows if r.action in ("create", "update")
            for v in map(r.values.get, targets) if v.__class__ is NewLink}
    return _links_to_make(plan, used)


def _links_to_make(plan: ImportPlan, used: set[NewLink]) -> list[NewLink]:
    return [link for link in plan.new_links if link in used and link not in plan.row_links]


def _resolve(values: dict[str, Any], link_ids: dict[NewLink, int]) -> dict[str, Any]:
    return {k: link_ids[v] if isinstance(v, NewLink) else v for k, v in values.items()}


def _with_new_links(row: RowPlan, targets: tuple[str, ...],
                    link_ids: dict[NewLink, int]) -> dict[str, Any]:
    """A planned row's clean values, with the ids of linked records made by this batch."""
    values = row.values
    made = {k: link_ids[values[k]] for k in targets if values.get(k).__class__ is NewLink}
    return {**row.clean, **made} if made else row.clean


def apply_import(plan: ImportPlan, *, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, user: str | None = None) -> ImportResult:
    """Write the plan's creates and updates as one batch; rows in error are left out."""
    user = user or current_user()
    batch_uid = new_uid()
    creates = [r for r in plan.rows if r.action == "create"]
    updates = [r for r in plan.rows if r.action == "update"]
    total = len(creates) + len(updates)
    changes = Changes(operation=batch_uid)

    def tick(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)

    if total:
        backups.before("import")  # verified, so the state before the batch can come back
    with collector_paused(), remembered_lookups():
        with writing():
            batch = ImportBatch.create(uid=batch_uid, file_name=plan.path.name,
                                       file_hash=plan.file_hash, entity=plan.entity,
                                       mode=plan.mode, created_at=utcnow(), created_by=user,
                                       report=_running({}))
        try:
            with active().long_write():
                previous = _write(plan, batch, creates, updates, user, changes, tick)
            _finish(plan, batch, previous, len(updates), user, changes)  # synced: it is done
        except BaseException:
            try:
                discard_partial(batch_uid)  # what was committed goes: all or nothing
            except StorageUnavailable:
                pass  # a full disk: taken back when the database is next opened
            raise
    return ImportResult(batch_uid, plan.counts, changes)


def _write(plan: ImportPlan, batch: ImportBatch, creates: list[RowPlan],
           updates: list[RowPlan], user: str, changes: Changes,
           tick: Callable[[int], None]) -> dict[str, list[Any]]:
    """The batch, a few thousand rows to a transaction at most: a save from the window waits
    for one of them (a fraction of a second), not for the whole import. Every record carries
    the batch's uid and every change its operation, so it stays one batch to undo."""
    batch_uid = batch.uid
    total = len(creates) + len(updates)
    common: dict[str, Any] = {"source": plan.source, "source_detail": plan.path.name,
                              "batch_uid": batch_uid, "operation": batch_uid, "user": user,
                              "log_each": False}
    link_ids: dict[NewLink, int] = {}
    store = active()
    done = 0
    worked_since = [time.monotonic()]

    def let_others_write() -> None:  # outside any transaction: a waiting save goes now
        given = time.monotonic()
        while store.writer_waiting() and time.monotonic() - given < GIVE_S:
            time.sleep(GIVE_STEP_S)
        if WORK_S is not None and time.monotonic() - worked_since[0] >= WORK_S:
            time.sleep(PAUSE_S)
            worked_since[0] = time.monotonic()
        elif GAP_S:
            time.sleep(GAP_S)

    def create(entity: str, rows: list[RowPlan]) -> None:
        """Chunks of CHUNK_ROWS, as many to a transaction as go in HOLD_S while no other
        writer waits: a waiting save goes in after the chunk being written, and an import
        nobody waits for commits a few times, not after every chunk (each commit writes
        the index pages its rows touched again: 1.3 s of 40 commits at 100,000 rows)."""
        nonlocal done
        targets = tuple(LINKS[entity])
        start = 0
        while start < len(rows):
            began = time.monotonic()
            with writing():
                while True:
                    tick(done)
                    # the first chunk small: SQLite's thread (sqlite_pipe.py) starts sooner
                    size = CHUNK_ROWS if start else min(CHUNK_ROWS, FIRST_CHUNK_ROWS)
                    chunk = rows[start:start + size]
                    start += len(chunk)
                    # Validated when planned; only links to records made just now are filled.
                    cleans = [_with_new_links(r, targets, link_ids) for r in chunk]
                    ids = bulk_create(entity, cleans, uids=[r.uid for r in chunk], **common)
                    for row, record_id in zip(chunk, ids, strict=True):
                        row.record_id = record_id
                    changes.created.extend((entity, i) for i in ids)
                    done += len(chunk)
                    if (start >= len(rows) or time.monotonic() - began > HOLD_S
                            or store.writer_waiting()):
                        break
                _alive(batch)
            let_others_write()

    # Linked names are remembered while creating only: an update may rename.
    with remembered_names():
        # A mixed file's company rows first: its people rows link to what they create.
        companies = [r for r in creates if r.entity]
        create("organization", companies)
        for row in companies:
            link = NewLink("organization", name_key(row.clean["name"]))
            link_ids[link] = row.record_id or 0
        needed = used_links(plan)
        for entity in ("organization", "contact"):
            links = [k for k in needed if k.entity == entity]
            # (a new contact may work at a company made just before it)
            cleans = [validate(spec_for(entity), {
                name: link_ids.get(value) if isinstance(value, NewLink) else value
                for name, value in plan.new_links[k].items()}, None) for k in links]
            with writing():
                ids = bulk_create(entity, cleans, **common)
            link_ids.update(zip(links, ids, strict=True))
            changes.created.extend((entity, i) for i in ids)
        create(plan.entity, [r for r in creates if not r.entity])
    previous: dict[str, list[Any]] = {}
    for start in range(0, len(updates), UPDATE_ROWS):
        tick(done)
        with writing():
            for row in updates[start:start + UPDATE_ROWS]:
                _update(plan.entity_of(row), row, link_ids, previous, user, batch_uid,
                        changes, qualified=bool(row.entity))
                done += 1
            _alive(batch)  # (an interrupted batch is put back from the change log)
        let_others_write()
    add_organization_phones(plan, previous, user, batch_uid, changes)
    tick(total)
    return previous  # each updated record's values before: what undo puts back


def _finish(plan: ImportPlan, batch: ImportBatch, previous: dict[str, list[Any]],
            updated: int, user: str, changes: Changes) -> None:
    """The batch's report: from now on it is a finished batch, to keep."""
    batch_uid = batch.uid
    summary = report(plan, batch_uid, dry_run=False)
    summary["previous"] = previous
    made: dict[str, int] = {}
    for entity, _ in changes.created:
        made[str(entity)] = made.get(str(entity), 0) + 1
    with writing():
        batch.report = json.dumps(summary, ensure_ascii=False, default=str)
        batch.save()
        # The batch is logged once (its records carry its uid), through the one writer.
        changelog.log(Kind.import_batch, batch_uid, "import",
                      {"file": [None, plan.path.name], "created": [None, made],
                       "updated": [None, updated]}, operation=batch_uid, user=user)


def _running(previous: dict[str, list[Any]]) -> str:
    """The report of a batch still being written: who writes it (host, process) and when
    it last wrote, so another Beacon can tell a live import from one whose writer died."""
    return json.dumps({"state": RUNNING, "host": socket.gethostname(), "pid": os.getpid(),
                       "alive_at": time.time(), "previous": previous})


def _alive(batch: ImportBatch) -> None:
    report_data = json.loads(batch.report)
    report_data["alive_at"] = time.time()
    batch.report = json.dumps(report_data)
    batch.save()


def _writer_gone(report_data: dict[str, Any]) -> bool:
    """On this computer, a writer whose process is gone; anywhere, one silent for ten
    minutes (a team server's other clients, or a process id used again)."""
    if report_data.get("host") == socket.gethostname():
        try:
            os.kill(int(report_data.get("pid", 0)), 0)
        except ProcessLookupError:
            return True
        except (PermissionError, ValueError, OverflowError):
            pass
    return time.time() - float(report_data.get("alive_at", 0)) > STALE_AFTER_S


def finish_interrupted() -> list[str]:
    """Batches whose writer died mid-import (kill -9, a power cut) are taken back whole,
    so no import is ever left half-written; returns their uids."""
    found = []
    for batch in ImportBatch.select().where(ImportBatch.undone_at.is_null(),
                                            ImportBatch.report.contains(RUNNING)):
        try:
            report_data = json.loads(batch.report)
        except ValueError:
            continue
        if report_data.get("state") == RUNNING and _writer_gone(report_data):
            discard_partial(batch.uid)
            found.append(batch.uid)
    return found


def discard_partial(batch_uid: str) -> None:
    """Take back what an unfinished batch committed: its changes put back, what it made
    deleted, and the batch itself forgotten (it never happened)."""
    batch = ImportBatch.get_or_none(ImportBatch.uid == batch_uid)
    if batch is None:
        return
    previous = json.loads(batch.report).get("previous", {})
    with writing():
        created = _created_by(batch_uid)
        entries = [e for e in ChangeLog.select().where(ChangeLog.operation == batch_uid,
                                                       ChangeLog.entity != Kind.import_batch)
                   .order_by(ChangeLog.id) if (e.entity, e.record_id) not in created]
        for entry in reversed(entries):
            spec = spec_for(entry.entity)
            record = spec.model.get_or_none(spec.model.id == entry.record_id)
            if record is not None:
                _restore(entry, record, previous.get(f"{entry.entity}:{entry.record_id}")
                         or previous.get(str(entry.record_id)))
        _delete_created(created, Changes())
        ChangeLog.delete().where(ChangeLog.operation == batch_uid).execute()
        batch.delete_instance()


def _update(entity: str, row: RowPlan, link_ids: dict[NewLink, int],
            previous: dict[str, list[Any]], user: str, batch_uid: str, changes: Changes, *,
            qualified: bool = False) -> None:
    """Apply one row's update; `previous` keeps the audit fields undo puts back, by record id
    (by "entity:id" for a company row of a people file, whose id may equal a person's)."""
    record = records.load(entity, row.record_id or 0)
    key = f"{entity}:{record.id}" if qualified else str(record.id)
    previous[key] = [record.version, to_json_value(record.updated_at), record.updated_by]
    changes.merge(records.update(entity, record.id, row.version, _resolve(row.values, link_ids),
                                 operation=batch_uid, user=user))


def undo_import(batch_uid: str, *, user: str | None = None) -> Changes:
    """Revert a whole batch: delete what it created, restore what it changed."""
    batch = ImportBatch.get_or_none(ImportBatch.uid == batch_uid)
    if batch is None:
        raise NotFound("import batch", batch_uid)
    if batch.undone_at is not None:
        raise UndoRefused(say(m.ALREADY_UNDONE, file=batch.file_name,
                              when=f"{batch.undone_at:%Y-%m-%d %H:%M}"))
    previous = json.loads(batch.report).get("previous", {})
    changes = Changes(operation=new_uid())
    backups.before("undo-import")
    with writing():
        # What the batch made carries its uid; an untouched one is still at version 1.
        created = _created_by(batch_uid)
        moved_on = _edited_since(batch_uid)
        # What it changed is in the change log under its uid (creations logged one by one
        # by earlier Beacons are there too; the records themselves answer for those).
        entries = [e for e in ChangeLog.select().where(ChangeLog.operation == batch_uid,
                                                       ChangeLog.entity != Kind.import_batch)
                   .order_by(ChangeLog.id) if (e.entity, e.record_id) not in created]
        latest: dict[tuple[str, int], ChangeLog] = {}
        for entry in entries:
            latest[(entry.entity, entry.record_id)] = entry
        found: dict[tuple[str, int], Record] = {}
        for (entity, record_id), entry in latest.items():
            spec = spec_for(entity)
            record = spec.model.get_or_none(spec.model.id == record_id)
            if record is None or record.version != entry.version:
                moved_on[(entity, record_id)] = (spec.label(record) if record
                                                 else entry.record_uid)
            if record is not None:
                found[(entity, record_id)] = record
        # A merge since, undone again, moved versions on but left the records as they were.
        settled = settled_by_undone_merges(batch.created_at, {
            key for key in moved_on if key in created or key in found}, besides=batch_uid)
        edited = [f"{entity} {label}" for (entity, record_id), label in moved_on.items()
                  if (entity, record_id) not in settled]
        edited.extend(_outside_links(batch_uid, set(latest)))
        # A merge since then moved the batch's records or links: say so, and that the
        # merge is undone first (undoing the import over it would lose a merged record).
        if edited and (merges := merges_since(batch.created_at, created | set(latest))):
            raise merged_refusal(batch.file_name, merges)
        if edited:
            shown = "; ".join(edited[:5]) + (f" and {len(edited) - 5} more"
                                             if len(edited) > 5 else "")
            raise UndoRefused(say(m.EDITED_AFTER_IMPORT, count=len(edited),
                                  file=batch.file_name, records=shown), edited)
        for entry in reversed(entries):
            _restore(entry, found[(entry.entity, entry.record_id)],
                     previous.get(f"{entry.entity}:{entry.record_id}")
                     or previous.get(str(entry.record_id)))
            changes.updated.append((entry.entity, entry.record_id))
        _delete_created(created, changes, tombstones=user or current_user())
        changelog.mark_undone(batch_uid)
        changelog.log(Kind.import_batch, batch_uid, "undo", {}, operation=changes.operation,
                      user=user)
        batch.undone_at = utcnow()
        batch.save()
    return changes


def _delete_created(created: set[tuple[str, int]], changes: Changes,
                    tombstones: str | None = None) -> None:
    """Delete what a batch made (its search entries, tags and ids elsewhere too); with
    `tombstones` (who undoes it), each leaves a 'purge' entry naming its uid."""
    for entity in CREATED_ORDER:
        ids = [i for e, i in created if e == entity]
        model = spec_for(entity).model
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            if tombstones is not None:
                changelog.log_many((changelog.Entry(entity, uid, "purge", {}, record_id)
                                    for record_id, uid in model.select(model.id, model.uid)
                                    .where(model.id.in_(chunk)).tuples()),
                                   operation=changes.operation, user=tombstones)
            search.unindex_many(entity, chunk)
            RecordTag.delete().where(RecordTag.entity == entity,
                                     RecordTag.record_id.in_(chunk)).execute()
            ExternalId.delete().where(ExternalId.entity == entity,
                                      ExternalId.record_id.in_(chunk)).execute()
            model.delete().where(model.id.in_(chunk)).execute()
        changes.deleted.extend((entity, i) for i in ids)


def _created_by(batch_uid: str) -> set[tuple[str, int]]:
    found: set[tuple[str, int]] = set()
    for entity in CREATED_ORDER:
        model = spec_for(entity).model
        found.update((entity, i) for (i,) in model.select(model.id)
                     .where(model.batch_uid == batch_uid).tuples())
    return found


def _edited_since(batch_uid: str) -> dict[tuple[str, int], str]:
    """Records the batch made that were edited or deleted since (their version moved on),
    with their labels."""
    edited: dict[tuple[str, int], str] = {}
    for entity in CREATED_ORDER:
        spec = spec_for(entity)
        model = spec.model
        edited.update(((entity, r.id), spec.label(r)) for r in model.select()
                      .where(model.batch_uid == batch_uid, model.version != 1))
    return edited


def _restore(entry: ChangeLog, record: Record, audit: list[Any] | None) -> None:
    spec = spec_for(entry.entity)
    diff = json.loads(entry.changes)
    old = {k: from_json_value(spec.model, k, v[0]) for k, v in diff.items()}
    records.apply_values(spec, record, old)
    if spec.derive is not None:
        spec.derive(record)
    if audit is not None:
        record.version = audit[0]
        record.updated_at = from_json_value(spec.model, "updated_at", audit[1])
        record.updated_by = audit[2]
    record.save()
    for name, value in old.items():
        if name in spec.virtual:
            spec.virtual[name].put(record, value)
    if spec.keys is not None:
        spec.keys([record])
    records._reindex(spec, record)
    if spec.after_write is not None:
        spec.after_write(record, set(old))


def _outside_links(batch_uid: str, restored: set[tuple[str, int]]) -> list[str]:
    """Records not made by the batch that point at records it made (undo would cut them).
    Records the batch itself changed (`restored`) get their old links back first.

    The batch's records are named by subqueries on their batch uid, not by lists of ids:
    a 100,000-row batch would make statements of 100,000 parameters."""
    def made(model: Any) -> Any:
        return model.select(model.id).where(model.batch_uid == batch_uid)

    orgs, contacts, deals = made(Organization), made(Contact), made(Opportunity)
    checks: list[tuple[str, Any, Any]] = [
        ("opportunity", Opportunity, (Opportunity.organization.in_(orgs)
                                      | Opportunity.client.in_(orgs)
                                      | Opportunity.primary_contact.in_(contacts))),
        ("contact", Contact, Contact.organization.in_(orgs)),
        ("activity", Activity, (Activity.organization.in_(orgs) | Activity.contact.in_(contacts)
                                | Activity.opportunity.in_(deals))),
    ]
    problems: list[str] = []
    for entity, model, condition in checks:
        outside = model.batch_uid.is_null() | (model.batch_uid != batch_uid)
        for row in model.select().where(condition & outside):
            if (entity, row.id) in restored:
                continue
            problems.append(f"{entity} {spec_for(entity).label(row)} (links to an imported "
                            "record)")
    return problems

