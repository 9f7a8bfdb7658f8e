"""Storage faults as they really happen: a full disk (a small tmpfs filled up) while
opening for the first time, saving, importing and backing up; a read-only folder and a
read-only file. Each says what it is, and nothing is lost or left half-made."""

from __future__ import annotations

from pathlib import Path

import pytest

from .faults import FILL_DISK, FREE_DISK, READ_ONLY_FOLDER, on_small_disk, py, read_only_file

pytestmark = pytest.mark.sqlite_only

OPEN = """
from tracker.errors import StorageUnavailable
from tracker.opening import open_data
from tracker.queries import ListQuery
def names():
    query = ListQuery("organization")
    return sorted(r["name"] for r in query.rows_for(query.ids()))
"""
MAKE = OPEN + """
from tracker import backups
from tracker.services import records
store = open_data(HERE / "beacon.sqlite3", seed=False)
org = records.create("organization", {"name": "Juventas", "notes": "kept"}).created[0][1]
backups.make("manual")
store.close()
say(made=org)
"""


def test_first_run_on_a_full_disk_leaves_no_unseeded_database(tmp_path: Path) -> None:
    said = on_small_disk(tmp_path / "disk", FILL_DISK, py(OPEN + """
try:
    open_data(HERE / "beacon.sqlite3")
    say(opened=True)
except StorageUnavailable as error:
    say(error=str(error), kind=error.kind, left=sorted(os.listdir(HERE)))
"""), FREE_DISK, py(OPEN + """
store = open_data(HERE / "beacon.sqlite3")
say(created=store.created, organizations=len(names()))
"""))
    assert "the disk is full" in said[0]["error"] and said[0]["kind"] == "disk_full"
    assert said[0]["left"] == ["filler"]  # no empty database to refuse forever
    assert said[1]["created"] and said[1]["organizations"] > 10  # seeded once there is room


def test_save_on_a_full_disk_says_so_and_loses_nothing(tmp_path: Path) -> None:
    said = on_small_disk(tmp_path / "disk", py(MAKE), py(OPEN + """
from tracker.services import records
store = open_data(HERE / "beacon.sqlite3", seed=False)
fill()
try:
    for number in range(500):
        record = records.load("organization", 1)
        records.update("organization", 1, record.version, {"notes": "x" * 4000 + str(number)})
    say(saved=True)
except StorageUnavailable as error:
    say(error=str(error), kind=error.kind)
"""), FREE_DISK, py(OPEN + """
from tracker.services import records
store = open_data(HERE / "beacon.sqlite3", seed=False)
say(check=store.check(), notes_start=records.load("organization", 1).notes[:4])
"""))
    assert said[1]["kind"] == "disk_full" and "the disk is full" in said[1]["error"]
    assert "rollback" not in said[1]["error"]
    assert said[2]["check"] == []
    assert said[2]["notes_start"] in ("kept", "xxxx")  # the last save that fitted, whole


def test_import_on_a_full_disk_writes_none_of_it(tmp_path: Path) -> None:
    rows = "\n".join(f"Org {n},{'long text ' * 40}" for n in range(3000))
    (tmp_path / "orgs.csv").write_text("Name,Notes\n" + rows + "\n", encoding="utf-8")
    said = on_small_disk(tmp_path / "disk", py(MAKE), py(OPEN + """
from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
source = HERE.parent / "orgs.csv"
store = open_data(HERE / "beacon.sqlite3", seed=False)
plan = plan_import(source, ImportOptions(entity="organization"))
fill()
try:
    apply_import(plan)
    say(imported=True)
except StorageUnavailable as error:
    say(error=str(error), kind=error.kind, backups=sorted(os.listdir(HERE / "backups")))
"""), FREE_DISK, py(OPEN + """
store = open_data(HERE / "beacon.sqlite3", seed=False)
say(check=store.check(), names=names())
"""))
    assert said[1]["kind"] == "disk_full" and "the disk is full" in said[1]["error"]
    assert not [name for name in said[1]["backups"] if "partial" in name]
    assert said[2] == {"check": [], "names": ["Juventas"]}


def test_opening_on_a_full_disk_is_called_disk_full(tmp_path: Path) -> None:
    said = on_small_disk(tmp_path / "disk", py(MAKE), FILL_DISK, py(OPEN + """
try:
    open_data(HERE / "beacon.sqlite3", seed=False)
    say(opened=True)
except StorageUnavailable as error:
    say(error=str(error), kind=error.kind)
"""), FREE_DISK, py(OPEN + """
store = open_data(HERE / "beacon.sqlite3", seed=False)
say(names=names(), recovered=store.recovered is not None)
"""))
    assert said[1]["kind"] == "disk_full" and "damaged" not in said[1]["error"]
    assert said[2] == {"names": ["Juventas"], "recovered": False}


def test_backup_on_a_full_disk_leaves_no_file(tmp_path: Path) -> None:
    said = on_small_disk(tmp_path / "disk", py(MAKE), py(OPEN + """
from tracker import backups
store = open_data(HERE / "beacon.sqlite3", seed=False)
fill()
before = sorted(os.listdir(HERE / "backups"))
try:
    backups.make("manual")
    say(made=True)
except StorageUnavailable as error:
    say(error=str(error), kind=error.kind, same=sorted(os.listdir(HERE / "backups")) == before)
"""))
    assert said[1]["kind"] == "disk_full"
    assert "the disk is full, so no backup was written" in said[1]["error"]
    assert said[1]["same"]


READ_AND_TRY = OPEN + """
from tracker.services import records
store = open_data(HERE / "beacon.sqlite3", seed=False)
said = {"read_only": store.read_only, "names": names()}
try:
    records.create("organization", {"name": "CARsgen"})
except StorageUnavailable as error:
    said.update(error=str(error), kind=error.kind)
say(**said)
"""


def test_a_read_only_folder_opens_read_only(tmp_path: Path) -> None:
    said = on_small_disk(tmp_path / "disk", py(MAKE), READ_ONLY_FOLDER, py(READ_AND_TRY))
    assert said[1]["read_only"] == "folder" and said[1]["names"] == ["Juventas"]
    assert said[1]["kind"] == "read_only" and "read-only" in said[1]["error"]
    assert "damaged" not in said[1]["error"]


def test_a_read_only_file_opens_read_only(tmp_path: Path) -> None:
    said = on_small_disk(tmp_path / "disk", py(MAKE), read_only_file("beacon.sqlite3"),
                         py(READ_AND_TRY))
    assert said[1]["read_only"] == "file" and said[1]["names"] == ["Juventas"]
    assert said[1]["kind"] == "read_only" and "damaged" not in said[1]["error"]
