"""Ten processes change the same 100 records at once: every acknowledged change is kept,
every refused one was reported with the record's newer version, and none is lost."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tracker.models import ChangeLog, Organization
from tracker.services.bulk import create_many
from tracker.storage import Store

ROOT = Path(__file__).resolve().parent.parent
PROCESSES, RECORDS, OPERATIONS = 10, 100, 30


def test_ten_processes_lose_no_update(db: Store, tmp_path: Path) -> None:
    created = create_many("organization", [{"name": f"Partner {n}"} for n in range(RECORDS)])
    ids = [i for _, i in created.changes.created]
    uids = [o.uid for o in Organization.select().where(Organization.id.in_(ids))]
    uids_file = tmp_path / "uids.json"
    uids_file.write_text(json.dumps(uids), encoding="utf-8")
    db.close_thread_connection()  # the workers alone from here on

    workers = [subprocess.Popen([sys.executable, "-m", "tests.concurrency_worker", str(db),
                                 str(uids_file), str(n), str(OPERATIONS),
                                 str(tmp_path / f"worker{n}.json")], cwd=ROOT)
               for n in range(PROCESSES)]
    for worker in workers:
        assert worker.wait(timeout=600) == 0
    attempts = [a for n in range(PROCESSES)
                for a in json.loads((tmp_path / f"worker{n}.json").read_text("utf-8"))]
    assert len(attempts) == PROCESSES * OPERATIONS

    acknowledged = [a for a in attempts if a["code"] == 0]
    refused = [a for a in attempts if a["code"] == 3]
    busy = [a for a in attempts if a["code"] == 2]
    assert len(acknowledged) + len(refused) + len(busy) == len(attempts)  # nothing silent
    for attempt in acknowledged:
        assert attempt["answer"]["status"] == "updated"
        assert attempt["answer"]["version"] == attempt["expected"] + 1
    for attempt in refused:  # reported, with the newer version it lost to
        assert attempt["answer"]["status"] == "refused"
        assert attempt["answer"]["current_version"] > attempt["expected"]
        assert "changed by someone else" in attempt["said"]
    for attempt in busy:
        assert attempt["said"].startswith("beacon: error:"), attempt["said"]

    final = {o.uid: o for o in Organization.select()}
    kept = Counter(token for o in final.values() for token in o.notes.split())
    for attempt in acknowledged:  # 0 lost updates: every acknowledged token is there once
        assert kept[attempt["token"]] == 1, attempt
    for attempt in refused + busy:
        assert kept[attempt["token"]] == 0, attempt
    per_record = Counter(a["uid"] for a in acknowledged)
    for uid, record in final.items():
        assert record.version == 1 + per_record[uid], uid
        logged = ChangeLog.select().where(ChangeLog.record_uid == uid,
                                          ChangeLog.action == "update").count()
        assert logged == per_record[uid]
    assert acknowledged and sum(per_record.values()) == len(acknowledged)
    print(f"{len(acknowledged)} acknowledged, {len(refused)} refused as stale, "
          f"{len(busy)} refused as busy")
