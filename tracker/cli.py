"""The headless `beacon` commands: seed, list, check, backup (and import/export, added
by tracker.excel). The window and `beacon screenshots` are started by ui.launcher,
which reuses this parser, so nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import peewee as pw

from tracker import __version__
from tracker.errors import BeaconError
from tracker.storage import Store
from tracker.text_safety import terminal_safe_output

Handler = Callable[[argparse.Namespace], int]
ENTITY_NAMES = {
    "organizations": "organization", "contacts": "contact", "opportunities": "opportunity",
    "conferences": "conference", "incentives": "incentive", "activities": "activity",
}
# Extra command groups register here: each adds subparsers and sets `handler`.
EXTENSIONS: list[str] = ["tracker.excel.commands", "tracker.backup_commands",
                         "tracker.person_commands", "tracker.record_commands",
                         "tracker.team.commands", "tracker.identity.commands"]


def entity_name(text: str) -> str:
    """`opportunities`, `opportunity` or `opps` all name the opportunity list."""
    lowered = text.lower()
    if lowered in ENTITY_NAMES:
        return ENTITY_NAMES[lowered]
    if lowered in ENTITY_NAMES.values():
        return lowered
    for plural, singular in ENTITY_NAMES.items():
        if plural.startswith(lowered):
            return singular
    raise argparse.ArgumentTypeError(
        f"unknown record type {text!r} (one of: {', '.join(ENTITY_NAMES)})")


def open_for(args: argparse.Namespace, *, seed: bool = True, recover: bool = True) -> Store:
    """Open the database `--db` names (a file or a postgresql:// URL), seeding a brand-new
    one from the article; `run` closes it when the command ends."""
    from tracker.opening import open_data

    store = open_data(args.db, seed=seed, recover=recover)
    if store.recovered is not None:
        done = store.recovered
        print(f"beacon: the database was damaged and was moved to {done.moved_aside}; "
              f"restored the backup of {done.backup.created_at:%Y-%m-%d %H:%M} "
              f"({done.backup.name})", file=sys.stderr)
    args.store = store
    return store


def _cmd_seed(args: argparse.Namespace) -> int:
    from tracker.seeding import seed_database

    open_for(args, seed=False)
    report = seed_database(reset=args.reset)
    print(", ".join(f"{k}: {v}" for k, v in report.items()))
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from tracker.exporting import records_as_dicts
    from tracker.queries import ListQuery

    open_for(args)
    query = ListQuery(args.entity, search=args.search or "")
    columns = [c.key for c in query.spec.columns][:5]
    if args.view:
        from dataclasses import replace

        from tracker.views import PAGE_ENTITIES, find_view

        page = next(p for p, e in PAGE_ENTITIES.items() if e == args.entity)
        view = find_view(args.view, page=page)
        query = view.query()
        if args.search:
            query = replace(query, search=args.search)
        known = {c.key for c in query.spec.columns}
        columns = [c for c in view.definition.get("columns") or [] if c in known] or columns
    ids = query.ids()
    if args.limit:
        ids = ids[: args.limit]
    if args.json:
        json.dump(records_as_dicts(args.entity, ids), sys.stdout, ensure_ascii=False, indent=2,
                  default=str)
        print()
        return 0
    rows = query.rows_for(ids)
    for row in rows:
        print("\t".join("" if row.get(c) is None else str(row[c]) for c in columns))
    print(f"{len(rows)} {args.entity} record(s)", file=sys.stderr)
    return 0


def _cmd_market(args: argparse.Namespace) -> int:
    from tracker.market import market_figures

    open_for(args)
    figures = market_figures()
    if args.json:
        json.dump([f.as_json() for f in figures], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for figure in figures:
        print("\t".join((figure.headline, figure.period, figure.topic, figure.source)))
    return 0


def _cmd_views(args: argparse.Namespace) -> int:
    from tracker.views import list_views

    open_for(args)
    views = list_views()
    if args.json:
        json.dump([v.as_json() for v in views], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for view in views:
        print("\t".join((view.page, view.name, "built in" if view.builtin else "saved")))
    return 0


def _cmd_agenda(args: argparse.Namespace) -> int:
    from tracker.reminders import agenda

    open_for(args)
    found = agenda(days_ahead=args.days, owner=args.owner)
    if args.json:
        json.dump([r.as_json() for r in found], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for reminder in found:
        when = (f"{reminder.days_late} d late" if reminder.overdue
                else "today" if reminder.days_late == 0 else f"in {-reminder.days_late} d")
        what = "next step" if reminder.kind == "next_step" else reminder.kind
        print("\t".join((reminder.due_on.isoformat(), when, what, reminder.subject,
                         reminder.related, reminder.owner)))
    overdue = sum(1 for r in found if r.overdue)
    due_today = sum(1 for r in found if r.days_late == 0)
    print(f"{overdue} overdue, {due_today} due today"
          + (f", {len(found) - overdue - due_today} in the next {args.days} day(s)"
             if args.days else ""), file=sys.stderr)
    return 0


def build_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction[Any]]:
    parser = argparse.ArgumentParser(
        prog="beacon", description="Beacon: opportunity tracker for China cell-therapy BD.")
    parser.add_argument("--version", action="version", version=f"beacon {__version__}")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="database file, or a team server as postgresql://user@host/db "
                             "(default: BEACON_DATA_DIR or the user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    seed = commands.add_parser("seed", help="add the article's records (twice adds nothing)")
    seed.add_argument("--reset", action="store_true",
                      help="also restore seeded records edited or deleted since")
    seed.set_defaults(handler=_cmd_seed)

    listing = commands.add_parser("list", help="list records of one type")
    listing.add_argument("entity", type=entity_name, help=", ".join(ENTITY_NAMES))
    listing.add_argument("--search", metavar="TEXT", help="Chinese, pinyin, initials or words")
    listing.add_argument("--json", action="store_true", help="print an array of JSON objects")
    listing.add_argument("--limit", type=int, default=0, help="at most this many")
    listing.add_argument("--view", metavar="NAME",
                         help="a saved view's filters, sort and columns (see `beacon views`)")
    listing.set_defaults(handler=_cmd_list)

    market = commands.add_parser("market", help="the article's market figures, with sources")
    market.add_argument("--json", action="store_true", help="print an array of JSON objects")
    market.set_defaults(handler=_cmd_market)

    views = commands.add_parser("views", help="saved views (search, filters, sort, columns)")
    views.add_argument("--json", action="store_true", help="print an array of JSON objects")
    views.set_defaults(handler=_cmd_views)

    agenda = commands.add_parser("agenda", help="open tasks and next steps that are due")
    agenda.add_argument("--days", type=int, default=0, metavar="N",
                        help="also what falls due in the next N days")
    agenda.add_argument("--owner", metavar="NAME",
                        help="only this owner's (and nobody's) tasks and deals")
    agenda.add_argument("--json", action="store_true", help="print an array of JSON objects")
    agenda.set_defaults(handler=_cmd_agenda)

    import importlib

    for module_name in EXTENSIONS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.add_commands(commands)
    return parser, commands


def run(args: argparse.Namespace) -> int:
    """Run a parsed headless command; user-facing errors become one line on stderr.
    Nothing it prints can drive the terminal (text_safety.TerminalSafe)."""
    with terminal_safe_output():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.handler(args))
    except BeaconError as error:
        print(f"beacon: error: {error}", file=sys.stderr)
        return 2
    except pw.DatabaseError as error:  # damaged, locked or disconnected mid-command
        store = getattr(args, "store", None)
        problem = store.problem(error) if store is not None else None
        if problem is None:
            raise  # a bug: loud, with its traceback
        print(f"beacon: error: {problem}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`beacon list ... | head`): not an error worth a traceback.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("beacon: interrupted", file=sys.stderr)
        return 130
    finally:
        store = getattr(args, "store", None)
        if store is not None:
            store.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser, _ = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.error("the window is started by `beacon` (ui.launcher); give a command here")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
