"""Verified backups: made, listed, thinned, restored; refused for a damaged database; a
damaged file found when opening is moved aside and the newest backup put back."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tracker import backups
from tracker.errors import StorageUnavailable
from tracker.opening import check_on_start, open_data
from tracker.services import records
from tracker.storage import Store, open_store

pytestmark = pytest.mark.sqlite_only


def names(entity: str = "organization") -> list[str]:
    from tracker.queries import ListQuery

    query = ListQuery(entity)
    return sorted(r["name"] for r in query.rows_for(query.ids()))


def beacon(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def corrupt_a_data_page(path: Path) -> None:
    """Random bytes over a page holding rows (not the first, which holds the schema)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'organization'").fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(os.urandom(page_size))


def test_a_backup_is_verified_listed_and_owner_only(db: Store) -> None:
    records.create("organization", {"name": "Juventas"})
    backup = backups.make("manual")
    assert backup.counts["organization"] == 1
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.path.parent.stat().st_mode) == 0o700
    assert backup.path.parent == db.path.parent / "backups"
    note = json.loads(backup.path.with_name(backup.name + ".json").read_text())
    assert note["reason"] == "manual" and note["counts"]["organization"] == 1
    assert [b.path for b in backups.listing()] == [backup.path]
    copy = sqlite3.connect(backup.path)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("SELECT name FROM organization").fetchall() == [("Juventas",)]
    copy.close()
    assert not list(backup.path.parent.glob(".*partial"))


def test_a_copy_without_its_note_is_never_listed(db: Store) -> None:
    backup = backups.make("manual")
    backup.path.with_name(backup.name + ".json").unlink()
    assert backups.listing() == []


def test_backup_of_a_damaged_database_is_refused_and_leaves_nothing(db: Store) -> None:
    for number in range(300):
        records.create("organization", {"name": f"Org {number}"})
    backups.make("manual")
    path = db.path
    db.close()
    corrupt_a_data_page(path)
    with open_store(path) as store:
        with pytest.raises(StorageUnavailable, match="damaged, so no backup was written") as e:
            backups.make("manual", store)
        assert e.value.kind == "damaged"
        assert len(backups.listing(store)) == 1  # only the good one from before
    folder = path.parent / "backups"
    assert not [p for p in folder.iterdir() if "partial" in p.name]
    done = beacon(path, "backup")
    assert done.returncode == 2 and "damaged, so no backup was written" in done.stderr
    assert "Traceback" not in done.stderr
    checked = beacon(path, "check")
    assert checked.returncode == 1 and "Traceback" not in checked.stderr + checked.stdout
    assert "integrity" in checked.stdout or "damaged" in checked.stdout


def test_thinning_keeps_recent_daily_weekly_monthly(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 26, 12, 0)
    made = [backups.Backup(tmp_path / f"b{i}.sqlite3", now - dt.timedelta(hours=7 * i),
                           "daily", 3) for i in range(2000)]  # every 7 hours for 1.6 years
    kept = backups.to_keep(made, now)
    recent = [b for b in kept if now - b.created_at < dt.timedelta(hours=24)]
    assert len(recent) == 4  # 0, 7, 14, 21 hours ago
    days = {b.created_at.date() for b in kept}
    months = {(b.created_at.year, b.created_at.month) for b in kept}
    assert len(days) <= 4 + 12 + 10 + 9 and len(months) == 9
    assert made[0] in kept
    assert max(now - b.created_at for b in kept) < dt.timedelta(days=9 * 31)
    twelve_days = {b.created_at.date() for b in made[:60]}
    assert sorted(twelve_days, reverse=True)[:12] == sorted(
        {b.created_at.date() for b in kept}, reverse=True)[:12]


def test_thin_deletes_files_and_notes(db: Store) -> None:
    first = backups.make("manual")
    second = backups.make("manual")
    removed = backups.thin(now=dt.datetime.now() + dt.timedelta(days=2))
    assert removed == [first.path]  # same day: only the newest of it stays
    assert not first.path.exists() and not first.path.with_name(first.name + ".json").exists()
    assert second.path.exists()


def test_restore_puts_the_backup_back_after_backing_up_the_present(db: Store) -> None:
    records.create("organization", {"name": "Juventas"})
    old = backups.make("manual")
    records.create("organization", {"name": "CARsgen"})
    done = backups.restore(old.path)
    assert names() == ["Juventas"]
    assert done.safety is not None and done.safety.reason == "before-restore"
    assert done.safety.counts["organization"] == 2
    backups.restore(done.safety.path)
    assert names() == ["CARsgen", "Juventas"]


def test_beacon_backups_and_restore_from_the_command_line(db: Store) -> None:
    records.create("organization", {"name": "Juventas"})
    path = db.path
    db.close()
    made = beacon(path, "backup")
    assert made.returncode == 0 and "verified" in made.stdout
    listed = json.loads(beacon(path, "backups", "--json").stdout)
    assert listed[0]["reason"] == "manual" and listed[0]["counts"]["organization"] == 1
    with open_store(path):
        records.create("organization", {"name": "CARsgen"})
    restored = beacon(path, "restore", listed[0]["name"])
    assert restored.returncode == 0, restored.stderr
    assert "restored" in restored.stdout and "kept as" in restored.stdout
    with open_store(path):
        assert names() == ["Juventas"]
    missing = beacon(path, "restore", "no-such-backup.sqlite3")
    assert missing.returncode == 2 and "there is no such backup" in missing.stderr


def test_import_and_its_undo_are_each_preceded_by_a_backup(db: Store, tmp_path: Path) -> None:
    from tracker.excel.batches import apply_import, undo_import
    from tracker.excel.importer import ImportOptions, plan_import

    source = tmp_path / "orgs.csv"
    source.write_text("Name\nJuventas\nCARsgen\n", encoding="utf-8")
    result = apply_import(plan_import(source, ImportOptions(entity="organization")))
    before_import = backups.listing()[0]
    assert before_import.reason == "before-import"
    assert before_import.counts["organization"] == 0
    assert result.batch_uid is not None
    undo_import(result.batch_uid)
    assert backups.listing()[0].reason == "before-undo-import"
    assert backups.listing()[0].counts["organization"] == 2


@pytest.mark.parametrize("case", ["truncated", "zeroed header", "empty", "corrupt page"])
def test_a_damaged_file_is_moved_aside_and_the_newest_backup_restored(
        tmp_path: Path, case: str) -> None:
    path = tmp_path / case.replace(" ", "-") / "beacon.sqlite3"
    with open_store(path):
        for number in range(300):
            records.create("organization", {"name": f"Org {number:03}"})
        made = backups.make("manual")
        records.create("organization", {"name": "After the backup"})
    note = made.path.with_name(made.name + ".json")  # yesterday's: today's is still due
    text = json.loads(note.read_text())
    text["created_at"] = (made.created_at - dt.timedelta(days=1)).isoformat()
    note.write_text(json.dumps(text))
    data = path.read_bytes() if case != "corrupt page" else b""
    if case == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif case == "zeroed header":
        path.write_bytes(b"\0" * 100 + data[100:])
    elif case == "empty":
        path.write_bytes(b"")
    else:
        corrupt_a_data_page(path)
    damaged = path.read_bytes()
    store = open_data(path, seed=False)
    if case == "corrupt page":  # opening cannot see a bad data page; the daily check does
        assert store.recovered is None
        store = check_on_start(store)
    try:
        assert store.recovered is not None
        aside = store.recovered.moved_aside
        assert aside.read_bytes() == damaged  # kept, byte for byte
        assert aside.parent == path.parent and "damaged" in aside.name
        assert len(names()) == 300 and "After the backup" not in names()
        assert store.check() == []
    finally:
        store.close()


def test_without_a_backup_a_damaged_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "beacon.sqlite3"
    with open_store(path):
        records.create("organization", {"name": "Juventas"})
    data = path.read_bytes()
    path.write_bytes(b"\0" * 100 + data[100:])
    with pytest.raises(StorageUnavailable, match="not a SQLite database"):
        open_data(path, seed=False)
    assert path.read_bytes() == b"\0" * 100 + data[100:]
    done = beacon(path, "check")
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_a_foreign_or_newer_file_is_never_recovered_over(tmp_path: Path) -> None:
    path = tmp_path / "beacon.sqlite3"
    with open_store(path):
        backups.make("manual")
    path.unlink()
    foreign = sqlite3.connect(path)
    foreign.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    foreign.commit()
    foreign.close()
    before = path.read_bytes()
    with pytest.raises(StorageUnavailable, match="another program"):
        open_data(path, seed=False)
    assert path.read_bytes() == before


def test_check_on_start_makes_one_backup_a_day(db: Store) -> None:
    check_on_start(db)
    check_on_start(db)
    assert [b.reason for b in backups.listing()] == ["daily"]


def test_db_naming_a_folder_is_a_message(tmp_path: Path) -> None:
    done = beacon(tmp_path, "list", "organizations")
    assert done.returncode == 2 and "is a folder, not a database file" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_merge_and_its_undo_are_each_preceded_by_a_backup(db: Store) -> None:
    from tracker.identity.merge import merge_records, undo_merge

    first = records.create("contact", {"name": "Li Ming", "emails": ["li@example.com"]})
    second = records.create("contact", {"name": "Li Ming", "emails": ["ming@example.com"]})
    result = merge_records("contact", first.first_created, second.first_created)
    assert backups.listing()[0].reason == "before-merge"
    assert backups.listing()[0].counts["contact"] == 2
    undo_merge(result.merge_uid)
    assert backups.listing()[0].reason == "before-undo-merge"
