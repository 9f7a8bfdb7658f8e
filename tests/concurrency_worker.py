"""One of the processes of tests/test_concurrency.py: reads a record, then changes it with
`beacon update ... --expect-version` as a script would, a fixed number of times, and writes
down what each attempt was told."""

from __future__ import annotations

import io
import json
import random
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path


def main(where: str, uids_file: str, worker: int, operations: int, out_file: str) -> None:
    from tracker.cli import main as beacon
    from tracker.services import records
    from tracker.storage import open_store

    uids = json.loads(Path(uids_file).read_text(encoding="utf-8"))
    rng = random.Random(worker)
    attempts = []
    with open_store(where):  # for reading, as a script reads before it writes
        for number in range(operations):
            uid = rng.choice(uids)
            record = records.find_by_uid("organization", uid)
            token = f"w{worker}n{number}"
            printed, said = io.StringIO(), io.StringIO()
            with redirect_stdout(printed), redirect_stderr(said):
                code = beacon(["--db", where, "update", "organization", uid,
                               f"notes={record.notes} {token}".strip(),
                               "--expect-version", str(record.version), "--json"])
            answer = json.loads(printed.getvalue()) if printed.getvalue().strip() else None
            attempts.append({"uid": uid, "token": token, "expected": record.version,
                             "code": code, "answer": answer, "said": said.getvalue()})
    Path(out_file).write_text(json.dumps(attempts), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
