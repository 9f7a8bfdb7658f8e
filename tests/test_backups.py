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
import threading
from pathlib import Path

import pytest

from tracker import backups
from tracker.errors import StorageUnavailable
from tracker.opening import open_data
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


def with_a_backup_of_yesterday(path: Path) -> backups.Backup:
    """300 organizations, a backup dated yesterday (today's is still due), one more after."""
    with open_store(path):
        for number in range(300):
            records.create("organization", {"name": f"Org {number:03}"})
        made = backups.make("manual")
        records.create("organization", {"name": "After the backup"})
    note = made.path.with_name(made.name + ".json")
    text = json.loads(note.read_text())
    text["created_at"] = (made.created_at - dt.timedelta(days=1)).isoformat()
    note.write_text(json.dumps(text))
    return backups.listing_for(path)[0]


@pytest.mark.parametrize("case", ["truncated", "zeroed header", "empty"])
def test_a_damaged_file_is_moved_aside_and_the_newest_backup_restored(
        tmp_path: Path, case: str) -> None:
    path = tmp_path / case.replace(" ", "-") / "beacon.sqlite3"
    with_a_backup_of_yesterday(path)
    data = path.read_bytes()
    if case == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif case == "zeroed header":
        path.write_bytes(b"\0" * 100 + data[100:])
    else:
        path.write_bytes(b"")
    damaged = path.read_bytes()
    store = open_data(path, seed=False)
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


def test_a_bad_page_is_found_by_the_days_backup_and_a_restore_keeps_the_damaged_file(
        tmp_path: Path) -> None:
    """Opening looks at the cheap signs only (a start never reads the whole file); the day's
    backup, which the window makes once it is on screen, reads it all and refuses; the
    restore the window then advises moves the damaged file aside, byte for byte."""
    path = tmp_path / "beacon.sqlite3"
    yesterday = with_a_backup_of_yesterday(path)
    corrupt_a_data_page(path)
    damaged = path.read_bytes()
    store = open_data(path, seed=False)
    try:
        assert store.recovered is None
        with pytest.raises(StorageUnavailable, match="the database is damaged") as found:
            backups.daily(store, stop=threading.Event())
        assert found.value.kind == "damaged"
        assert path.read_bytes() == damaged  # nothing touched, no backup, nothing half-made
        assert [b.path for b in backups.listing(store)] == [yesterday.path]
        assert sorted(p.name for p in yesterday.path.parent.iterdir()) == [
            yesterday.name, yesterday.name + ".json"]
        done = backups.restore(yesterday.path, store)
        assert done.safety is None and done.moved_aside is not None
        assert done.moved_aside.read_bytes() == damaged
        assert len(names()) == 300 and store.check() == []
    finally:
        store.close()


@pytest.mark.parametrize("stop", [None, threading.Event()], ids=["here", "on a thread"])
def test_the_daily_backup_is_made_once_a_day(db: Store, stop: threading.Event | None) -> None:
    made = backups.daily(db, stop=stop)
    assert made is not None and backups.daily(db, stop=stop) is None
    assert [b.reason for b in backups.listing()] == ["daily"]
    assert db.dialect.verify_backup(made.path).counts["pipeline"] == 1


class StopAfter(threading.Event):
    """A stop event that is found set at its `after`-th look (every look counted)."""

    def __init__(self, after: int | None) -> None:
        super().__init__()
        self.after, self.looks = after, 0

    def is_set(self) -> bool:
        self.looks += 1
        return self.after is not None and self.looks > self.after


def test_a_stopped_daily_backup_leaves_nothing_wherever_it_is_stopped(db: Store) -> None:
    """Every moment the copy looks at its stop event (counting, copying a few MB at a time,
    checking the copy, just before it counts) is a moment a closing window may stop it."""
    from tracker.errors import BackupStopped
    from tracker.services.bulk import create_many

    create_many("organization", ({"name": f"Org {n}", "notes": "x" * 400} for n in range(12_000)))
    folder = db.path.parent / backups.FOLDER
    counting = StopAfter(None)
    made = backups.make("daily", db, counting)  # how many looks a whole copy takes
    assert counting.looks > 3
    for leftover in (made.path, made.path.with_name(made.name + ".json")):
        leftover.unlink()
    for after in sorted({0, 1, 2, counting.looks // 2, counting.looks - 1}):
        with pytest.raises(BackupStopped):
            backups.daily(db, stop=StopAfter(after))
        assert list(folder.iterdir()) == [], after
    assert backups.daily(db, stop=StopAfter(counting.looks)) is not None


class Gate(threading.Event):
    """A stop event the copy waits on at its first look, until someone sets it."""

    def __init__(self) -> None:
        super().__init__()
        self.looked = threading.Event()

    def is_set(self) -> bool:
        self.looked.set()
        self.wait()
        return True


def test_a_restore_stops_a_backup_another_thread_is_making(db: Store) -> None:
    from tracker.errors import BackupStopped

    records.create("organization", {"name": "Juventas"})
    older = backups.make("manual")
    note = older.path.with_name(older.name + ".json")  # yesterday's: today's is still due
    note.write_text(json.dumps({**json.loads(note.read_text()), "created_at": (
        older.created_at - dt.timedelta(days=1)).isoformat()}))
    records.create("organization", {"name": "After the backup"})
    gate, outcome = Gate(), []

    def daily() -> None:
        try:
            outcome.append(backups.daily(db, stop=gate))
        except BackupStopped as stopped:
            outcome.append(stopped)

    worker = threading.Thread(target=daily)
    worker.start()
    assert gate.looked.wait(30)
    backups.restore(older.path)  # stops the copy, waits for it, then replaces the file
    worker.join(30)
    assert isinstance(outcome[0], BackupStopped)
    assert names() == ["Juventas"]
    assert not list((db.path.parent / backups.FOLDER).glob(".*partial*"))


def test_a_file_where_the_backups_folder_goes_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "beacon.sqlite3"
    with open_store(path):
        records.create("organization", {"name": "Juventas"})
    (tmp_path / backups.FOLDER).write_text("not a folder")
    done = beacon(path, "backup")
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"beacon: error: {tmp_path / backups.FOLDER}: a file is where the backups folder goes, so no "
        "backup was written (move or rename that file, then try again)"]
    assert (tmp_path / backups.FOLDER).read_text() == "not a folder"


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
