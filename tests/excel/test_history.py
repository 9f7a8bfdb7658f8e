"""Import history: every batch with its file, time, who and counts; `beacon imports`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tracker.excel.batches import apply_import, undo_import
from tracker.excel.history import import_history
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Organization
from tracker.storage import Store

from .helpers import write_xlsx

ROOT = Path(__file__).resolve().parents[2]


def _import(path: Path) -> str:
    result = apply_import(plan_import(path, ImportOptions(entity="organization")))
    assert result.batch_uid is not None
    return result.batch_uid


def test_history_lists_batches_newest_first_with_counts(seeded: Store, tmp_path: Path) -> None:
    org = Organization.select().order_by(Organization.id).first()
    first = _import(write_xlsx(tmp_path / "partners.xlsx", [
        ["Company name", "City"], ["Brand New Bio", "Suzhou"], ["Second Bio", "Wuxi"],
        [org.name, "Hangzhou"], ["", "no name"]]))
    second = _import(write_xlsx(tmp_path / "more.xlsx", [["Company name"], ["Third Bio"]]))
    undo_import(second)
    batches = import_history()
    assert [b.uid for b in batches] == [second, first]
    newest, older = batches
    assert (older.file_name, older.entity, older.created_by) == ("partners.xlsx",
                                                                  "organization", "tester")
    assert (older.created, older.updated, older.errors, older.undone) == (2, 1, 1, False)
    assert (newest.created, newest.undone) == (1, True)

    run = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(seeded), "imports",
                          "--json"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    listed = json.loads(run.stdout)
    assert [(b["file"], b["created"], b["updated"], b["undone_at"] is not None)
            for b in listed] == [("more.xlsx", 1, 0, True), ("partners.xlsx", 2, 1, False)]
    text = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(seeded),
                           "imports"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert text.stdout.splitlines()[1].split("\t")[1:7] == [
        "partners.xlsx", "organization", "tester", "created 2", "updated 1", "errors 1"]
