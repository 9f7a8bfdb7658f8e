"""Bulk creation gives the same records as one-by-one creation, and reports bad rows."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tracker.models import ChangeLog, Contact
from tracker.queries import ListQuery
from tracker.services import records
from tracker.services.bulk import create_many
from tracker.storage import Store


def test_bulk_rows_are_validated_indexed_and_logged(db: Path) -> None:
    org = records.create("organization", {"name": "苏州细胞科技有限公司"}).first_created
    result = create_many("contact", [
        {"name": "李明", "organization": org, "emails": "li@example.cn", "phones": "13800138000"},
        {"name": "", "emails": "broken"},
        {"name": "Anna Schmidt", "organization": org},
    ], batch_uid="batch-1")
    assert sorted(result.problems) == [1]
    assert {p.field for p in result.problems[1]} == {"name", "emails"}
    created = [i for _, i in result.changes.created]
    assert len(created) == 2
    li = Contact.get_by_id(created[0])
    assert (li.pinyin_initials, li.batch_uid, li.source, li.version) == ("lm", "batch-1",
                                                                         "import", 1)
    assert records.snapshot("contact", li)["phones"] == ["+8613800138000"]
    assert ListQuery("contact", search="lm").ids() == [li.id]
    assert ListQuery("contact", search="138001").ids() == [li.id]
    assert sorted(ListQuery("contact", search="细胞").ids()) == sorted(created)
    logs = ChangeLog.select().where(ChangeLog.batch_uid == "batch-1")
    assert sorted(entry.record_id for entry in logs) == sorted(created)
    assert json.loads(logs[0].changes)["name"][1] in ("Li Ming", "Anna Schmidt")
    # later edits work on bulk-made rows like on any other
    records.update("contact", li.id, 1, {"title": "CSO"})
    assert Contact.get_by_id(li.id).version == 2


def test_values_remembered_in_a_batch_keep_their_type(db: Path) -> None:
    """1, 1.0 and True are one dict key but three cells: each is normalized as itself,
    whichever came first in the batch (and a bad value each time with its own error)."""
    titles = [1, 1.0, True, "1", 1.0, 1, True]
    result = create_many("organization", [{"name": t, "notes": t} for t in titles]
                         + [{"name": "Acme", "website": "a b"}, {"name": "Bcme", "website": "c d"}])
    assert sorted(result.problems) == [7, 8]
    assert [p.value for i in (7, 8) for p in result.problems[i]] == ["a b", "c d"]
    made = [records.load("organization", i) for _, i in result.changes.created]
    assert [(o.name, o.notes) for o in made] == [(n, n) for n in ("1", "1.0", "True", "1", "1.0",
                                                                  "1", "True")]


def test_bulk_rows_equal_one_by_one_rows_byte_for_byte(db: Store) -> None:
    """Two organizations and two deals made one by one, then the same made in bulk: every
    stored column, search text and change-log text is the same (ids, uids and times aside),
    and the bulk ids are the ones the engine gives (SQLite: one past the largest, also after
    a purge)."""
    from tracker import search
    from tracker.models import Opportunity, Organization
    from tracker.services.bulk import bulk_create
    from tracker.services.records import spec_for, validate
    from tracker.storage import writing

    models = {"organization": Organization, "opportunity": Opportunity}

    def rows(table: str, ids: list[int]) -> list[tuple[object, ...]]:
        model = models[table]
        cursor = db.cursor(model.select().where(model.id.in_(ids)).order_by(model.id))
        names = [d[0] for d in cursor.description]
        skip = {"id", "uid", "created_at", "updated_at", "stage_entered_at", "organization_id"}
        return [tuple(v for n, v in zip(names, r, strict=True) if n not in skip)
                for r in cursor.fetchall()]

    def texts(entity: str, ids: list[int]) -> list[tuple[str, str]]:
        found = []
        for record_id in ids:
            body = search.indexed_text(entity, record_id)
            log = (ChangeLog.select().where(ChangeLog.entity == entity,
                                            ChangeLog.record_id == record_id)
                   .order_by(ChangeLog.id.desc()).first())
            changes = json.loads(log.changes)
            changes.pop("stage_entered_at", None)
            changes.pop("organization", None)
            found.append((body, json.dumps(changes, ensure_ascii=False)))
        return found

    organizations = [{"name": "上海细胞治疗有限公司", "name_zh": "上海细胞治疗", "city": "上海",
                      "tags": ["CDMO", "细胞"]},
                     {"name": "Anna's Biotech GmbH", "website": "https://anna.example",
                      "kind": "cro"}]
    one_orgs = [records.create("organization", v).first_created for v in organizations]
    deals = [{"title": "CAR-T 工艺开发 曾经", "organization": one_orgs[0], "value": "1200000",
              "currency": "CNY", "owner": "李明", "expected_close": "2025-03-05",
              "tags": ["hot"]},
             {"title": "NK licensing", "organization": one_orgs[1], "value": "250000.50",
              "currency": "USD", "probability": 40, "next_step": "Call =SUM(A1)"}]
    one_deals = [records.create("opportunity", v).first_created for v in deals]
    # the top row goes as undoing an import removes it: row and search text
    Opportunity.delete().where(Opportunity.id == one_deals[1]).execute()
    search.unindex("opportunity", one_deals[1])
    with writing():
        bulk_orgs = bulk_create("organization", [validate(spec_for("organization"), v, None)
                                                 for v in organizations],
                                source="manual", source_detail="", batch_uid=None,
                                operation="op", user="tester")
        bulk_deals = bulk_create("opportunity", [
            validate(spec_for("opportunity"), {**v, "organization": bulk_orgs[n]}, None)
            for n, v in enumerate(deals)], source="manual", source_detail="", batch_uid=None,
            operation="op", user="tester")
    assert bulk_orgs == [one_orgs[1] + 1, one_orgs[1] + 2]
    if db.dialect.name == "sqlite":
        assert bulk_deals == [one_deals[1], one_deals[1] + 1]  # what SQLite would have given
    else:  # a sequence never gives an id twice
        assert bulk_deals == [one_deals[1] + 1, one_deals[1] + 2]
    assert rows("organization", one_orgs) == rows("organization", bulk_orgs)
    assert texts("organization", one_orgs) == texts("organization", bulk_orgs)
    one_deals[1] = records.create("opportunity", deals[1]).first_created
    assert rows("opportunity", one_deals) == rows("opportunity", bulk_deals)
    assert texts("opportunity", one_deals) == texts("opportunity", bulk_deals)
    assert [records.snapshot("organization", Organization.get_by_id(i))["tags"]
            for i in bulk_orgs] == [["CDMO", "细胞"], []]
    if db.dialect.name == "sqlite":  # times stored as SQLite's text, as peewee writes them
        stamps = db.db.execute_sql(
            "SELECT created_at, updated_at, typeof(created_at) FROM opportunity UNION ALL "
            "SELECT at, at, typeof(at) FROM change_log").fetchall()
        pattern = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?")
        assert all(pattern.fullmatch(a) and pattern.fullmatch(b) and kind == "text"
                   for a, b, kind in stamps)
    assert isinstance(Opportunity.get_by_id(bulk_deals[0]).created_at, dt.datetime)


def _deal_values(organization: int, count: int) -> list[dict[str, object]]:
    from tracker.services.records import spec_for, validate

    return [validate(spec_for("opportunity"), {
        "title": f"CAR-T 工艺开发 {n:04d}", "organization": organization, "value": f"{n}.50",
        "currency": "USD" if n % 3 else "CNY", "owner": "李明" if n % 2 else "Anna",
        "expected_close": f"2026-{1 + n % 12:02d}-05", "probability": n % 100},
        None) for n in range(count)]


def test_an_imports_chunks_written_by_a_second_thread_equal_rows_written_directly(
        db: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite writes an import's chunks of MIN_ROWS rows or more from a second thread
    (tracker/storage/sqlite_pipe.py): the same columns, types, ids and search text as
    executemany writes them, and a query in between sees every row handed over."""
    from tracker import search
    from tracker.models import Opportunity
    from tracker.services.bulk import bulk_create
    from tracker.services.entities import remembered_names
    from tracker.storage import sqlite, sqlite_pipe, writing

    org = records.create("organization", {"name": "上海细胞治疗有限公司"}).first_created
    values = _deal_values(org, sqlite_pipe.MIN_ROWS + 50)
    common: dict[str, Any] = {"source": "import", "source_detail": "deals.xlsx",
                              "batch_uid": "b", "operation": "op", "user": "tester",
                              "log_each": False}
    launched = []
    launch = sqlite_pipe.PipedWrites.launch
    monkeypatch.setattr(sqlite_pipe.PipedWrites, "launch",
                        lambda self: (launched.append(len(self.pending)), launch(self))[1])
    monkeypatch.setattr(sqlite, "MIN_ROWS", 10**9)  # the first batch: written directly
    with writing():
        direct = bulk_create("opportunity", values, **common)
    assert launched == []
    monkeypatch.setattr(sqlite, "MIN_ROWS", sqlite_pipe.MIN_ROWS)
    with remembered_names(), writing():  # (as an import's chunks)
        first = bulk_create("opportunity", values, **common)
        # a read in the transaction sees the rows the thread may still be writing
        assert Opportunity.select().where(Opportunity.id.in_(first)).count() == len(values)
        second = bulk_create("opportunity", values, **common)
    if db.dialect.name == "sqlite":
        # deals, search text (the first chunk looks up its organization's name between),
        # then a chunk's deals and their search text together
        assert launched == [1, 1, 2]
        assert first == list(range(direct[-1] + 1, direct[-1] + 1 + len(values)))
        assert second == list(range(first[-1] + 1, first[-1] + 1 + len(values)))

    def stored(ids: list[int]) -> list[tuple[object, ...]]:
        cursor = db.cursor(Opportunity.select().where(Opportunity.id.in_(ids))
                           .order_by(Opportunity.id))
        names = [d[0] for d in cursor.description]
        return [tuple(v for n, v in zip(names, row, strict=True)
                      if n not in ("id", "uid", "created_at", "updated_at", "stage_entered_at"))
                for row in cursor.fetchall()]

    assert stored(first) == stored(direct) == stored(second)
    assert ([search.indexed_text("opportunity", i) for i in first]
            == [search.indexed_text("opportunity", i) for i in direct])
    assert len(ListQuery("opportunity", search="gongyi 0007").ids()) == 3


def test_a_bulk_write_that_fails_leaves_nothing_and_says_so(db: Store) -> None:
    """A row the database refuses (a link to no organization) fails the whole transaction,
    also when a second thread writes it: the error reaches the caller, nothing is kept."""
    from tracker.models import Opportunity
    from tracker.services.bulk import bulk_create
    from tracker.storage import sqlite_pipe, writing

    org = records.create("organization", {"name": "Downs PLC"}).first_created
    values = _deal_values(org, sqlite_pipe.MIN_ROWS + 10)
    values[-1] = {**values[-1], "organization": org + 1000}
    with pytest.raises(db.dialect.driver_errors) as refused, writing():
        bulk_create("opportunity", values, source="import", source_detail="", batch_uid="b",
                    operation="op", user="tester")
    assert "foreign key" in str(refused.value).lower()  # a bug's own error, loud
    assert Opportunity.select().count() == 0
    # the connection goes on working: the same rows without the bad link go in
    with writing():
        ids = bulk_create("opportunity", values[:-1], source="import", source_detail="",
                          batch_uid="b", operation="op", user="tester")
    assert Opportunity.select().count() == len(ids) == len(values) - 1


def test_a_chunk_whose_every_value_repeats_is_written_whole(db: Store) -> None:
    """Rows alike in every column (a log of one repeated event) still go in, each of them."""
    from tracker.storage import sqlite_pipe, writing

    columns = ["entity", "record_uid", "action", "changes", "operation", "user", "source",
               "version"]
    rows = [("organization", "uid-1", "update", "{}", "op", "tester", "manual", 1)] * (
        sqlite_pipe.MIN_ROWS + 1)
    with writing():
        db.insert_rows("change_log", columns, rows, same={"at": "2026-11-26 10:00:00"})
    assert ChangeLog.select().where(ChangeLog.record_uid == "uid-1").count() == len(rows)


@pytest.mark.sqlite_only
def test_an_error_while_the_thread_also_failed_still_undoes_the_transaction(
        db: Store) -> None:
    """The importer fails (a cancel, a bug) while SQLite's thread has failed too (here a
    number no column can hold): the transaction is still rolled back, the first error is
    the one raised, and the connection writes again."""
    from tracker import search
    from tracker.models import Organization
    from tracker.storage import sqlite_pipe, writing

    class Cancelled(Exception):
        pass

    count = sqlite_pipe.MIN_ROWS + 1
    with pytest.raises(Cancelled), writing():
        ids = db.insert_rows("organization", ["uid", "name", "name_key"],
                             [(f"u{n}", f"Org {n}", f"org {n}") for n in range(count)],
                             new_ids=True, same={"version": 2**70})
        search.index_many("organization", [(i, "org") for i in ids])  # the thread starts
        raise Cancelled
    assert not db.in_transaction() and Organization.select().count() == 0
    records.create("organization", {"name": "Downs PLC"})
    assert [o.name for o in Organization.select()] == ["Downs PLC"]


def test_a_write_after_an_import_waits_for_its_last_checkpoint(db: Store) -> None:
    """An import's long write ends with the log's copy running on SQLite's thread: the next
    transaction starts only once it is done."""
    from tracker.storage import writing

    with db.long_write(), writing():
        records.create("organization", {"name": "Downs Group"})
    pipe = getattr(db.db._state, "pipe", None)
    with writing():
        assert pipe is None or not pipe.busy
        records.create("organization", {"name": "Downs PLC"})
    assert ChangeLog.select().count() >= 2
