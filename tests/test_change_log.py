"""One writer of the change log: every kind of change is logged the same way, naming
what changed by its uid (or key) with each field's old and new value; deletes leave
tombstones. Changes name kinds by an enum."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tracker.excel.batches import apply_import, undo_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.migrations import LATEST_VERSION, upgrade
from tracker.models import ChangeLog, Organization, Stage
from tracker.services import money, records, settings
from tracker.services.bulk import create_many
from tracker.services.context import Changes, Kind
from tracker.services.pipelines import add_stage, default_pipeline
from tracker.storage import Store, Target, open_store

from tests.excel.helpers import write_xlsx


def entries(kind: str) -> list[tuple[str | None, str, dict[str, list[object]]]]:
    return [(e.record_uid, e.action, json.loads(e.changes)) for e in
            ChangeLog.select().where(ChangeLog.entity == kind).order_by(ChangeLog.id)]


def test_records_are_logged_by_uid_with_old_and_new_values(db: Store) -> None:
    org = records.create("organization", {"name": "Juventas", "city": "Tianjin"}).first_created
    uid = Organization.get_by_id(org).uid
    records.update("organization", org, 1, {"city": "Beijing"})
    records.delete("organization", org, 2)
    logged = entries("organization")
    assert [(u, a) for u, a, _ in logged] == [(uid, "create"), (uid, "update"), (uid, "delete")]
    assert logged[1][2] == {"city": ["Tianjin", "Beijing"]}
    assert logged[2][2]["deleted_at"][0] is None and logged[2][2]["deleted_at"][1]  # tombstone


def test_settings_and_rates_are_logged_by_key_and_name_their_kind(db: Store) -> None:
    changes = money.set_base_currency("USD")
    assert changes.touched == {Kind.setting} and not changes.updated
    # None: no setting was stored (CNY was the default)
    assert entries("setting") == [("base_currency", "set", {"value": [None, "USD"]})]
    day = dt.date(2026, 11, 2)
    rate = money.set_rate("EUR", "USD", "1.08", day)
    assert rate.touched == {Kind.exchange_rate} and rate.entities() == {"exchange_rate"}
    money.set_rate("EUR", "USD", "1.10", day)
    money.delete_rate("EUR", "USD", day)
    assert entries("exchange_rate") == [
        ("EUR/USD/2026-11-02", "create", {"rate": [None, "1.08"]}),
        ("EUR/USD/2026-11-02", "update", {"rate": ["1.08", "1.10"]}),
        ("EUR/USD/2026-11-02", "delete", {"rate": ["1.10", None]})]  # a tombstone
    assert settings.put_setting("base_currency", "USD").anything is False  # unchanged
    logged_setting = ChangeLog.get(ChangeLog.entity == "setting")
    assert logged_setting.record_id is None  # no pseudo id 0


def test_pipelines_stages_and_bulk_creations_are_logged_by_uid(db: Store) -> None:
    pipeline = default_pipeline()
    added = add_stage(pipeline.id, "Due diligence", 40)
    stage = Stage.get_by_id(added.created[0][1])
    assert entries("stage")[-1][:2] == (stage.uid, "create")
    result = create_many("contact", [{"name": "李明"}, {"name": "Anna Schmidt"}])
    assert len(entries("contact")) == 2 and result.changes.entities() == {Kind.contact}


def test_an_import_is_logged_once_as_its_batch_and_undo_leaves_tombstones(db: Store,
                                                                         tmp_path) -> None:
    path = write_xlsx(tmp_path / "orgs.xlsx", [["Name", "City"], ["Juventas", "Tianjin"],
                                               ["CARsgen", "Shanghai"]])
    result = apply_import(plan_import(path, ImportOptions(entity="organization")))
    [batch] = entries("import_batch")
    assert batch[:2] == (result.batch_uid, "import")
    assert batch[2]["created"] == [None, {"organization": 2}]
    uids = {o.uid for o in Organization.select()}
    undo_import(result.batch_uid)
    purged = [(u, a) for u, a, _ in entries("organization")]
    assert sorted(purged) == sorted((u, "purge") for u in uids)
    assert [a for _, a, _ in entries("import_batch")] == ["undone:import", "undo"]


def test_changes_name_kinds_by_an_enum() -> None:
    changes = Changes(updated=[("opportunity", 3)])
    assert changes.updated[0][0] is Kind.opportunity
    assert changes.entities() & {"opportunity", "stage"} == {Kind.opportunity}
    with pytest.raises(ValueError):
        Changes(updated=[("setting ", 0)])
    late = Changes()
    late.updated.append(("no such kind", 1))
    with pytest.raises(ValueError):
        late.entities()


def test_upgrade_to_9_keeps_the_log_and_takes_entries_without_ids(empty_target: Target) -> None:
    """A schema-8 database with a logged change: after the upgrade the entry is still
    there, and a setting (no internal id, a key longer than a uid) can be logged."""
    with open_store(empty_target, migrate=False) as store:
        upgrade(store.dialect, 0, target=8)
        # (a person: today's organization service needs schema 10's phone table)
        records.create("contact", {"name": "Li Ming"})
    with open_store(empty_target) as store:
        assert store.dialect.schema_version() == LATEST_VERSION
        assert [a for _, a, _ in entries("contact")] == ["create"]
        key = "import_mapping:opportunity:" + "f" * 40
        settings.put_setting(key, "{}")
        assert ChangeLog.get(ChangeLog.entity == "setting").record_uid == key
