"""`beacon duplicates contacts|organizations [--json]`, `beacon merge ...`,
`beacon undo-merge MERGE_ID`, `beacon keep-separate ...` and `beacon merges [--json]`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tracker.cli import open_for
from tracker.identity.finder import find_duplicates, groups
from tracker.identity.merge import (
    CHOSEN,
    keep_separate,
    merge_history,
    merge_records,
    uid_to_id,
    undo_merge,
)

PLURAL = {"contacts": "contact", "contact": "contact", "organizations": "organization",
          "organization": "organization", "orgs": "organization"}


def identity_entity(text: str) -> str:
    found = PLURAL.get(text.lower())
    if found is None:
        raise argparse.ArgumentTypeError(f"{text!r}: contacts or organizations")
    return found


def _cmd_duplicates(args: argparse.Namespace) -> int:
    open_for(args)
    pairs = find_duplicates(args.entity)
    if args.json:
        json.dump({"entity": args.entity, "pairs": [p.as_json() for p in pairs],
                   "groups": [[vars(s) for s in g] for g in groups(pairs)]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for pair in pairs:
        print("\t".join((f"{pair.score:.2f}", "match" if pair.exact else "maybe",
                         f"{pair.first.label} ({pair.first.uid})",
                         f"{pair.second.label} ({pair.second.uid})", pair.reason_text())))
    print(f"{len(pairs)} pair(s) in {len(groups(pairs))} group(s); merge with `beacon merge "
          f"{args.entity}s SURVIVOR_UID OTHER_UID`", file=sys.stderr)
    return 0


def _choices(items: list[str] | None, entity: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in items or []:
        name, _, side = item.partition("=")
        found[name.strip()] = side.strip() or "other"
    return found


def _cmd_merge(args: argparse.Namespace) -> int:
    open_for(args)
    survivor = uid_to_id(args.entity, args.survivor)
    other = uid_to_id(args.entity, args.other)
    result = merge_records(args.entity, survivor, other, _choices(args.take, args.entity))
    if args.json:
        json.dump({"merge": result.merge_uid, "entity": args.entity, "survivor": args.survivor,
                   "other": args.other, "changed": len(result.changes.updated)},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(result.merge_uid)
        print(f"merged; undo with `beacon undo-merge {result.merge_uid}`", file=sys.stderr)
    return 0


def _cmd_undo_merge(args: argparse.Namespace) -> int:
    open_for(args)
    changes = undo_merge(args.merge)
    print(f"undone: {len(changes.updated) + len(changes.created)} record(s) restored")
    return 0


def _cmd_keep_separate(args: argparse.Namespace) -> int:
    open_for(args)
    keep_separate(args.entity, uid_to_id(args.entity, args.first),
                  uid_to_id(args.entity, args.second))
    print("kept separate: the pair is no longer offered as duplicates")
    return 0


def _cmd_merges(args: argparse.Namespace) -> int:
    open_for(args)
    history = merge_history()
    if args.json:
        json.dump(history, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for entry in history:
        state = f"undone {entry['undone_at']} by {entry['undone_by']}" if entry[
            "undone_at"] else "in effect"
        print("\t".join((entry["merge"], entry["at"], entry["user"], entry["entity"],
                         f"{entry['other']} -> {entry['survivor']}", state)))
    return 0


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    what = "contacts or organizations"
    duplicates = commands.add_parser(
        "duplicates", help="pairs of contacts or organizations that may be one, with reasons")
    duplicates.add_argument("entity", type=identity_entity, help=what)
    duplicates.add_argument("--json", action="store_true", help="print pairs and groups as JSON")
    duplicates.set_defaults(handler=_cmd_duplicates)

    merge = commands.add_parser("merge", help="merge OTHER into SURVIVOR (every link moves)")
    merge.add_argument("entity", type=identity_entity, help=what)
    merge.add_argument("survivor", metavar="SURVIVOR_UID")
    merge.add_argument("other", metavar="OTHER_UID")
    fields = sorted({f for names in CHOSEN.values() for f in names})
    merge.add_argument("--take", action="append", metavar="FIELD=other",
                       help="take this field from the other record (notes=both keeps both); "
                            f"fields: {', '.join(fields)}")
    merge.add_argument("--json", action="store_true", help="print the merge id as JSON")
    merge.set_defaults(handler=_cmd_merge)

    undo = commands.add_parser("undo-merge", help="put both records and every link back")
    undo.add_argument("merge", metavar="MERGE_ID")
    undo.set_defaults(handler=_cmd_undo_merge)

    keep = commands.add_parser("keep-separate",
                               help="two records are different: stop offering the pair")
    keep.add_argument("entity", type=identity_entity, help=what)
    keep.add_argument("first", metavar="UID")
    keep.add_argument("second", metavar="UID")
    keep.set_defaults(handler=_cmd_keep_separate)

    merges = commands.add_parser("merges", help="the merge log: who merged what, and when")
    merges.add_argument("--json", action="store_true", help="print an array of JSON objects")
    merges.set_defaults(handler=_cmd_merges)
