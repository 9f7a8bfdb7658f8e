"""`beacon update ENTITY UID FIELD=VALUE... [--expect-version N] [--json]`: change a record
from a script, through the same service as the window.

With `--expect-version N` the change is made only if the record is still at version N
(a compare-and-swap in the database: two scripts or colleagues cannot both win); a stale
N is refused with the record's current version and exit code 3, and nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tracker.errors import StaleRecord

EXIT_STALE = 3


def _assignment(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected FIELD=VALUE, not {text!r}")
    return name.strip(), value


def _cmd_update(args: argparse.Namespace) -> int:
    from tracker.cli import open_for
    from tracker.services import records

    open_for(args, seed=False)
    values: dict[str, Any] = dict(args.assignments)
    record = records.find_by_uid(args.entity, args.uid)
    try:
        changes = records.update(args.entity, record.id, args.expect_version, values)
    except StaleRecord as stale:
        if args.json:
            json.dump({"status": "refused", "entity": args.entity, "uid": args.uid,
                       "expected_version": stale.expected, "current_version": stale.actual},
                      sys.stdout)
            print()
        print(f"beacon: refused: {stale}", file=sys.stderr)
        return EXIT_STALE
    now = records.find_by_uid(args.entity, args.uid, include_deleted=True)
    result = {"status": "updated" if changes.updated else "unchanged", "entity": args.entity,
              "uid": args.uid, "version": now.version, "fields": sorted(values)}
    if args.json:
        json.dump(result, sys.stdout)
        print()
    else:
        print(f"{args.entity} {args.uid}: {result['status']}, version {now.version}")
    return 0


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    from tracker.cli import entity_name

    update = commands.add_parser(
        "update", help="change fields of one record (refused if --expect-version is stale)")
    update.add_argument("entity", type=entity_name, help="organizations, contacts, ...")
    update.add_argument("uid", help="the record's uid (as exported)")
    update.add_argument("assignments", nargs="+", type=_assignment, metavar="FIELD=VALUE",
                        help="new values, e.g. title='CSO' city=Shanghai (FIELD= clears)")
    update.add_argument("--expect-version", type=int, metavar="N",
                        help="change only if the record is still at version N")
    update.add_argument("--json", action="store_true", help="print the result as JSON")
    update.set_defaults(handler=_cmd_update)
