"""`beacon person export UID OUT.json|OUT.xlsx` and `beacon person erase UID`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tracker.cli import open_for


def _cmd_export(args: argparse.Namespace) -> int:
    from tracker.privacy import write_export

    open_for(args, seed=False)
    data = write_export(args.uid, Path(args.output))
    lists = ", ".join(f"{len(v)} {k}" for k, v in data.items() if isinstance(v, list))
    print(f"{args.output}: {data['person']['name']} ({lists}); the export is in the audit log")
    return 0


def _cmd_erase(args: argparse.Namespace) -> int:
    from tracker.privacy import erase_person

    open_for(args, seed=False)
    erased = erase_person(args.uid)
    counts = ", ".join(f"{v} {k}" for k, v in sorted(erased.counts.items()) if v)
    print(f"erased {erased.uid} everywhere ({counts or 'the record alone'}); restoring an "
          "older backup erases them again")
    return 0


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    person = commands.add_parser("person", help="a person's data: export everything, or erase")
    actions = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="everything held about one contact, as .json "
                                               "or .xlsx (logged)")
    export.add_argument("uid", help="the contact's Beacon ID (or its number)")
    export.add_argument("output", help="OUT.json or OUT.xlsx")
    export.set_defaults(handler=_cmd_export)
    erase = actions.add_parser("erase", help="erase one contact everywhere (not undoable)")
    erase.add_argument("uid", help="the contact's Beacon ID (or its number)")
    erase.set_defaults(handler=_cmd_erase)
