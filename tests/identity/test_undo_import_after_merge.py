"""An import whose records were merged since: undo-import says which merge holds them and
that the merge is undone first; after `beacon undo-merge` the import undoes cleanly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tracker.errors import UndoRefused
from tracker.excel.batches import apply_import, undo_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.identity.merge import merge_history, merge_records, undo_merge
from tracker.models import Contact
from tracker.services import records
from tracker.storage import Store

from tests.excel.helpers import write_xlsx
from tests.identity.test_cli import _beacon
from tests.identity.test_merge import dump


def _import_people(tmp_path: Path) -> tuple[str, int, int, dict[str, Any]]:
    """(batch uid, Thomas Becker already in Beacon, Tom Becker the import made, the
    database before the import)."""
    thomas = records.create("contact", {"name": "Thomas Becker",
                                        "emails": ["tb@example.de"]}).first_created
    before = dump()
    path = write_xlsx(tmp_path / "people.xlsx", [["Name", "Email"],
                                                 ["Tom Becker", "tom@example.de"],
                                                 ["Anna Schmidt", "anna@example.de"]])
    result = apply_import(plan_import(path, ImportOptions(entity="contact")))
    assert result.batch_uid is not None
    return result.batch_uid, thomas, Contact.get(Contact.name == "Tom Becker").id, before


@pytest.mark.parametrize("imported_survives", [False, True])
def test_undo_import_names_the_merge_holding_its_record(db: Store, tmp_path: Path,
                                                        imported_survives: bool) -> None:
    batch, thomas, tom, before_import = _import_people(tmp_path)
    before = dump()
    survivor, other = (tom, thomas) if imported_survives else (thomas, tom)
    merge = merge_records("contact", survivor, other).merge_uid
    with pytest.raises(UndoRefused) as refused:
        undo_import(batch)
    names = ("Thomas Becker", "Tom Becker") if imported_survives else ("Tom Becker",
                                                                       "Thomas Becker")
    message = str(refused.value)
    assert message.startswith(f"a record the import of people.xlsx made or changed was merged "
                              f"since: {names[0]} was merged into {names[1]} on 20")
    who = merge_history()[0]["user"]  # BEACON_USER on a file, the login on a server
    assert message.endswith(f" by {who} (merge {merge}). Undo the merge first, then the "
                            f"import")
    assert refused.value.merges == [merge]
    assert Contact.select().where(Contact.name == "Anna Schmidt").count() == 1  # untouched
    undo_merge(merge)
    assert dump() == before
    undo_import(batch)  # as the message said: the merge first, then the import
    assert dump() == before_import


def test_several_merges_are_named_newest_first(db: Store, tmp_path: Path) -> None:
    batch, thomas, tom, _ = _import_people(tmp_path)
    anna = Contact.get(Contact.name == "Anna Schmidt").id
    first = merge_records("contact", thomas, tom).merge_uid
    other = records.create("contact", {"name": "A. Schmidt"}).first_created
    second = merge_records("contact", other, anna).merge_uid
    with pytest.raises(UndoRefused) as refused:
        undo_import(batch)
    assert refused.value.merges == [second, first]
    assert "Anna Schmidt was merged into A. Schmidt" in str(refused.value)
    assert str(refused.value).endswith("and 1 more merge(s). Undo the merges first (newest "
                                       "first), then the import")


def test_cli_undo_import_says_which_merge_to_undo_first(db: Store, db_path: Path,
                                                        tmp_path: Path) -> None:
    batch, thomas, tom, _ = _import_people(tmp_path)
    merge = merge_records("contact", thomas, tom).merge_uid
    refused = _beacon(db_path, "undo-import", batch, where=db)
    assert refused.returncode == 2
    lines = refused.stderr.splitlines()
    assert lines[0].startswith("beacon: error: a record the import of people.xlsx made or "
                               "changed was merged since: Tom Becker was merged into Thomas "
                               "Becker on ")
    assert lines[0].endswith(f"(merge {merge}). Undo the merge first, then the import")
    assert lines[1:] == [f"undo the merge with: beacon undo-merge {merge}"]
    assert "Traceback" not in refused.stderr
    undone = _beacon(db_path, "undo-merge", merge, where=db)
    assert undone.returncode == 0, undone.stderr
    again = _beacon(db_path, "undo-import", batch, where=db)
    assert again.returncode == 0, again.stderr
    assert "undone: 2 record(s) deleted" in again.stdout
