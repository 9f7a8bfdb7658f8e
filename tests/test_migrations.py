"""The schema is built by numbered migrations on both engines, and the models agree with it."""

from __future__ import annotations

import pytest

from tracker import models, search
from tracker.migrations import LATEST_VERSION, STEPS, upgrade
from tracker.storage import Store, Target, open_store


def test_steps_are_numbered_from_one() -> None:
    assert [step.VERSION for step in STEPS] == list(range(1, LATEST_VERSION + 1))


def test_migrated_schema_matches_every_model(db: Store) -> None:
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        expected = {f.column_name for f in model._meta.sorted_fields}
        assert {c.name for c in db.db.get_columns(table)} == expected, table


def at_version(target: Target, version: int) -> None:
    """A database built by the first `version` steps only, then closed."""
    with open_store(target, migrate=False) as store:
        upgrade(store.dialect, 0, target=version)
        assert store.dialect.schema_version() == version


def test_upgrade_from_every_earlier_schema_keeps_rows(empty_target: Target) -> None:
    """A database at each earlier version is upgraded (a file is backed up first) and
    keeps its rows."""
    for start in range(1, LATEST_VERSION):
        target = empty_target if start == 1 else fresh(empty_target, start)
        at_version(target, start)
        with open_store(target) as store:
            assert store.dialect.schema_version() == LATEST_VERSION
            if store.path is not None:  # a verified backup, listed with its reason
                from tracker.backups import listing

                assert any(b.reason == f"upgrade-to-v{LATEST_VERSION}" and b.schema == start
                           for b in listing(store))


def fresh(target: Target, number: int) -> Target:
    """Another empty database beside `target` (a file in the same folder)."""
    if target.path is None:
        pytest.skip("one empty server database per test")
    return Target(path=target.path.with_name(f"v{number}.sqlite3"))


def test_upgrade_to_2_keeps_search_rows(empty_target: Target) -> None:
    """A schema-1 database with a searchable organization is still searched after the
    upgrade (SQLite: its search tables now buffer 16 MB before writing a segment)."""
    from tracker.migrations.m0002_search_hashsize import HASH_SIZE, TABLES

    with open_store(empty_target, migrate=False) as store:
        upgrade(store.dialect, 0, target=1)
        search.index_many("organization", [(7, search.index_text(["Juventas Cell Therapy"]))])
    with open_store(empty_target) as store:
        assert search.count_matches("organization", "juven") == 1
        if store.dialect.name == "sqlite":
            for table in TABLES:
                found = store.db.execute_sql(
                    f"SELECT v FROM {table}_config WHERE k = 'hashsize'").fetchone()
                assert found == (HASH_SIZE,), table


def test_upgrade_to_3_adds_reminder_tables_and_keeps_tasks(empty_target: Target) -> None:
    """A schema-2 database with a due task: after the upgrade the task is on the agenda,
    not yet announced, and announcing it is remembered."""
    import datetime as dt

    from tracker import reminders
    from tracker.models import Activity

    with open_store(empty_target, migrate=False) as store:
        upgrade(store.dialect, 0, target=2)
        Activity.insert(uid="u1", created_at=dt.datetime(2026, 1, 1),
                        updated_at=dt.datetime(2026, 1, 1), kind="task",
                        subject="Call Dr Wang", due_on=dt.date.today()).execute()
    with open_store(empty_target):
        pending = reminders.to_notify()
        assert [r.subject for r in pending] == ["Call Dr Wang"]
        reminders.mark_notified(pending)
        assert reminders.to_notify() == []


def test_upgrade_to_8_adds_saved_views(empty_target: Target) -> None:
    """A schema-7 database takes saved views after the upgrade; its records stay."""
    import datetime as dt

    from tracker.models import Organization
    from tracker.views import list_views, save_view

    with open_store(empty_target, migrate=False) as store:
        upgrade(store.dialect, 0, target=7)
        Organization.insert(uid="o1", created_at=dt.datetime(2026, 1, 1),
                            updated_at=dt.datetime(2026, 1, 1), name="Juventas").execute()
    with open_store(empty_target):
        save_view("organizations", "Everyone", {"sort": "name"})
        assert [v.name for v in list_views("organizations")] == ["Everyone"]
        assert Organization.get().name == "Juventas"
