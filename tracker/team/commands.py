"""`beacon team init|add-user|users|visibility|login|push`: a team's PostgreSQL server.

The three commands of a team server (the README):
    beacon team init postgresql://postgres@db.example/beacon [--visibility own]
    beacon --db postgresql://postgres@db.example/beacon team add-user ana [--manager]
    beacon --db postgresql://ana@db.example/beacon team login     (then any command)
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from tracker.errors import BeaconError

VISIBILITY_HELP = {
    "all": "everyone sees and edits every deal",
    "own": "members see and edit their own deals (and the shared organizations, contacts, "
           "conferences and programs); managers see all",
}


def _server_of(args: argparse.Namespace) -> str:
    from tracker import messages as m
    from tracker.messages import say
    from tracker.team import server_target

    if not args.db:
        raise BeaconError(say(m.SERVER_ADDRESS_NEEDED))
    return str(server_target(args.db))


def _cmd_init(args: argparse.Namespace) -> int:
    from tracker.team import init_team

    report = init_team(args.url, args.visibility)
    print(f"team database ready on {report.where}"
          + (" (database created" + (", seeded from the article)" if report.seeded else ")")
             if report.database_created else (" (seeded from the article)" if report.seeded
                                              else "")))
    print(f"roles: {report.member_role} (every member), {report.manager_role} (managers)")
    print(f"visibility: {report.visibility}: {VISIBILITY_HELP[report.visibility]}")
    if report.users:
        print("members: " + ", ".join(f"{name}{' (manager)' if manager else ''}"
                                      for name, manager in report.users))
    else:
        print("next: beacon --db URL team add-user NAME [--manager]")
    return 0


def _cmd_add_user(args: argparse.Namespace) -> int:
    from tracker.cli import open_for
    from tracker.team import add_user

    _server_of(args)
    store = open_for(args, seed=False)
    password = _read_password("password for the new login: ") if args.ask_password else None
    member = add_user(store, args.name, manager=args.manager, password=password)
    kind = "manager (sees every deal)" if member.manager else (
        "member" + (" (sees and edits own deals)" if member.visibility == "own" else ""))
    print(f"{member.name}: {'added' if member.created else 'updated'} as {kind} "
          f"on {store.label}")
    if member.password is not None and not args.ask_password:
        print(f"password: {member.password}  (shown once; give it to {member.name})")
    print(f"{member.name} connects with:")
    print(f"  beacon --db {member.url} team login    (asks the password once and keeps it "
          "in the system keychain or ~/.pgpass)")
    print(f"  beacon --db {member.url}               (the window; or File > Connect to a "
          "team server…)")
    return 0


def _cmd_remove_user(args: argparse.Namespace) -> int:
    from tracker.cli import open_for
    from tracker.team import remove_user

    _server_of(args)
    store = open_for(args, seed=False)
    if remove_user(store, args.name):
        print(f"{args.name} can no longer connect to {store.target.place}; the records "
              f"{args.name} made stay, with that name on them")
    else:
        print(f"{args.name} was not in the team on {store.target.place}")
    return 0


def _cmd_users(args: argparse.Namespace) -> int:
    from tracker.cli import open_for

    _server_of(args)
    store = open_for(args, seed=False)
    team = store.team()
    print(f"visibility: {team.visibility()}")
    for user in team.users():
        print(f"{user.name}\t{'manager' if user.manager else 'member'}")
    return 0


def _cmd_visibility(args: argparse.Namespace) -> int:
    from tracker.cli import open_for
    from tracker.team import set_visibility

    _server_of(args)
    store = open_for(args, seed=False)
    if args.value:
        set_visibility(store, args.value)
    value = store.team().visibility()
    print(f"{value}: {VISIBILITY_HELP.get(value, value)}")
    return 0


def _read_password(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def _cmd_login(args: argparse.Namespace) -> int:
    from tracker.team.connecting import check_login, remember_password

    url = _server_of(args)
    password = _read_password(f"password for {url}: ")
    check_login(url, password)
    where = remember_password(url, password, prefer_pgpass=args.pgpass)
    print(f"logged in; the password is kept in {where}")
    return 0


def _cmd_push(args: argparse.Namespace) -> int:
    from tracker.opening import open_data
    from tracker.team import server_target
    from tracker.team.push import push

    store = open_data(server_target(args.url))
    args.store = store
    report = push(args.laptop, store)
    added = ", ".join(f"{n} {e}" for e, n in report.added.items()) or "nothing new"
    print(f"copied to {report.target}: {added}; {report.history} history entries")
    if report.already:
        print("already there (left as they are): "
              + ", ".join(f"{n} {e}" for e, n in report.already.items()))
    return 0


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    team = commands.add_parser("team", help="a team's shared PostgreSQL server")
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    init = actions.add_parser("init", help="make or update a team's database: schema, roles, "
                                           "row-level security (run again: changes nothing)")
    init.add_argument("url", help="postgresql://ADMIN@host/beacon (the database is created "
                                  "if missing)")
    init.add_argument("--visibility", choices=tuple(VISIBILITY_HELP),
                      help="; ".join(f"{k}: {v}" for k, v in VISIBILITY_HELP.items())
                      + " (default: all, or as it was)")
    init.set_defaults(handler=_cmd_init)

    add = actions.add_parser("add-user", help="a teammate's login (with --db ADMIN-URL)")
    add.add_argument("name", help="the login name, e.g. ana")
    add.add_argument("--manager", action="store_true", help="sees every deal")
    add.add_argument("--ask-password", action="store_true",
                     help="set this password instead of a generated one")
    add.set_defaults(handler=_cmd_add_user)

    remove = actions.add_parser("remove-user", help="a teammate who left (with --db ADMIN-URL)")
    remove.add_argument("name")
    remove.set_defaults(handler=_cmd_remove_user)

    users = actions.add_parser("users", help="list the team's logins")
    users.set_defaults(handler=_cmd_users)

    visibility = actions.add_parser("visibility", help="show or set who sees whose deals")
    visibility.add_argument("value", nargs="?", choices=tuple(VISIBILITY_HELP))
    visibility.set_defaults(handler=_cmd_visibility)

    login = actions.add_parser("login", help="check your password and keep it (keychain, or "
                                             "~/.pgpass)")
    login.add_argument("--pgpass", action="store_true", help="keep it in ~/.pgpass")
    login.set_defaults(handler=_cmd_login)

    push = actions.add_parser("push", help="copy a laptop database's records to the team "
                                           "server, with their history (twice adds nothing)")
    push.add_argument("laptop", help="the laptop's Beacon file (beacon.sqlite3)")
    push.add_argument("url", help="the team server, postgresql://you@host/beacon")
    push.set_defaults(handler=_cmd_push)
