"""`beacon check`, `beacon backup [FILE]`, `beacon backups [--json]`, `beacon restore BACKUP`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tracker import backups
from tracker import messages as m
from tracker.cli import open_for
from tracker.errors import StorageUnavailable
from tracker.messages import say
from tracker.storage import Store


def _size(count: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024  # type: ignore[assignment]
    return str(count)


def _counts(backup: backups.Backup) -> str:
    return ", ".join(f"{backup.counts.get(k, 0):,} {k}" for k in backups.SHOWN_COUNTS)


def _cmd_check(args: argparse.Namespace) -> int:
    """Problems as lines and exit 1; a database that cannot even be read says so (exit 2)."""
    store = open_for(args, seed=False)
    try:
        problems = store.check()
    except store.dialect.driver_errors as error:
        problem = store.problem(error)
        if problem is None:
            raise
        problems = [f"damaged: {problem}"]
    for problem_text in problems:
        print(problem_text)
    if problems:
        return 1
    print("ok")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    store = open_for(args, seed=False)
    if args.output:
        target = store.backup(Path(args.output))
        print(target)
        return 0
    backup = backups.make("manual", store)
    print(f"{backup.path} ({_size(backup.size)}; {_counts(backup)}; verified)")
    return 0


def _cmd_backups(args: argparse.Namespace) -> int:
    store = open_for(args, seed=False)
    found = backups.listing(store)
    if args.json:
        json.dump([b.as_dict() for b in found], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for backup in found:
        print(f"{backup.name}\t{backup.created_at:%Y-%m-%d %H:%M}\t{backup.reason}\t"
              f"{_size(backup.size)}\t{_counts(backup)}")
    print(f"{len(found)} verified backup(s) in {backups.folder_for(store)}", file=sys.stderr)
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    store = open_for(args, seed=False, recover=False)
    source = backups.find(args.backup, store)
    if store.is_server and not (args.yes or _confirmed(store, source)):
        raise StorageUnavailable(store.label, say(m.SERVER_RESTORE_UNCONFIRMED,
                                                  where=store.label),
                                 say(m.HINT_CONFIRM_RESTORE))
    done = backups.restore(source, store)
    print(f"restored {done.backup.name} ({done.backup.created_at:%Y-%m-%d %H:%M}; "
          f"{_counts(done.backup)})")
    if done.safety is not None:
        print(f"what was there before is kept as {done.safety.path}")
    if done.moved_aside is not None:
        print(f"the damaged database was moved to {done.moved_aside}")
    return 0


def _confirmed(store: Store, source: Path) -> bool:
    """Asked at a terminal: a restore on a server replaces every colleague's data."""
    if not sys.stdin.isatty():
        return False
    print(f"Restoring {source.name} replaces all data on {store.label} for the whole team "
          "(a backup of what is there now is made first).")
    answer = input("Type 'restore' to go ahead: ")
    return answer.strip().lower() == "restore"


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    check = commands.add_parser("check", help="check the database's integrity")
    check.set_defaults(handler=_cmd_check)

    backup = commands.add_parser("backup", help="write a verified backup of the database")
    backup.add_argument("output", nargs="?",
                        help="file to write (default: the backups folder beside the database)")
    backup.set_defaults(handler=_cmd_backup)

    listing = commands.add_parser("backups", help="list the verified backups, newest first")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=_cmd_backups)

    restore = commands.add_parser(
        "restore", help="put a backup in place of the database (backs up the current first)")
    restore.add_argument("backup", help="a name `beacon backups` lists, or a backup file")
    restore.add_argument("--yes", action="store_true",
                         help="on a team server: go ahead without asking (it replaces the "
                              "whole team's data)"),
    restore.set_defaults(handler=_cmd_restore)
