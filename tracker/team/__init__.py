"""Team mode: one Beacon database on a PostgreSQL server for a BD team.

A team server in three commands (the README's): `beacon team init URL` (the database,
its schema and seed, roles, grants, row-level security; run again it changes nothing),
`beacon --db URL team add-user NAME [--manager]` (a login role), and each member
connecting with `--db postgresql://NAME@host/beacon` (or File > Connect to a team
server…). What the server enforces lives in tracker/storage/pg_team.py; this module
checks what the user asked for and says what happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit, urlunsplit

from tracker import messages as m
from tracker.errors import BeaconError, StorageUnavailable
from tracker.messages import say
from tracker.storage import Store, Target, create_database, target_of

VISIBILITIES = ("all", "own")
_ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,62}$")


class TeamError(BeaconError):
    """A team operation refused: a wrong name, a member changing what managers change."""


@dataclass
class TeamReport:
    where: str
    database_created: bool
    seeded: bool
    member_role: str
    manager_role: str
    visibility: str
    users: list[tuple[str, bool]] = field(default_factory=list)


@dataclass
class TeamInfo:
    """What the window's File > Team… shows."""

    where: str
    me: str
    manager: bool
    visibility: str
    may_change: bool
    users: list[tuple[str, bool]]


@dataclass
class NewMember:
    name: str
    created: bool
    manager: bool
    password: str | None
    url: str  # how the member connects (no password in it)
    visibility: str


def server_target(where: str | Target) -> Target:
    target = target_of(where)
    if not target.is_server:
        raise StorageUnavailable(str(target), say(m.TEAM_NEEDS_SERVER), say(m.HINT_TEAM_SERVER))
    return target


def check_visibility(value: str) -> str:
    if value not in VISIBILITIES:
        raise TeamError(say(m.NOT_ONE_OF, value=value, allowed=", ".join(VISIBILITIES)))
    return value


def init_team(where: str | Target, visibility: str | None = None) -> TeamReport:
    """Make (or bring up to date) a team's database: run by its administrator, e.g.
    `postgresql://postgres@db.example/beacon`."""
    from tracker.opening import open_data

    if visibility is not None:
        check_visibility(visibility)
    target = server_target(where)
    made = create_database(target)
    with open_data(target) as store:
        seeded = store.created
        roles = store.team().init(visibility)
        team = store.team()
        return TeamReport(where=store.label, database_created=made, seeded=seeded,
                          member_role=roles.member, manager_role=roles.manager,
                          visibility=team.visibility(),
                          users=[(u.name, u.manager) for u in team.users()])


def member_url(store: Store, name: str) -> str:
    """The address a member connects with: the server's, with their name and no password."""
    parts = urlsplit(str(store.target.url))
    host = parts.hostname or "localhost"
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{quote(name, safe='')}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(("postgresql", netloc, parts.path or "/beacon", parts.query, ""))


def _require_team(store: Store) -> None:
    if not store.team().is_team():
        raise TeamError(say(m.TEAM_NOT_SET_UP, where=store.label))


def add_user(store: Store, name: str, *, manager: bool = False,
             password: str | None = None) -> NewMember:
    """A teammate's login role (created, or moved between member and manager)."""
    if not _ROLE_NAME.match(name) or name.lower().startswith("pg_"):
        raise TeamError(say(m.BAD_LOGIN_NAME, name=name))
    _require_team(store)
    team = store.team()
    created, given = team.add_user(name, manager=manager, password=password)
    return NewMember(name=name, created=created, manager=manager, password=given,
                     url=member_url(store, name), visibility=team.visibility())


def remove_user(store: Store, name: str) -> bool:
    """A teammate who left: their login no longer connects to this database."""
    _require_team(store)
    return store.team().remove_user(name)


def set_visibility(store: Store, value: str) -> str:
    """Change who sees whose deals. The change is logged (Kind.team_visibility, by the
    setting's key), so every open window hears of it (LISTEN/NOTIFY, or catching up from the
    log) and reloads what it shows: deals come into or go out of members' sight."""
    from tracker.services import changelog
    from tracker.services.context import Kind, new_uid
    from tracker.storage.pg_team import VISIBILITY_KEY

    check_visibility(value)
    _require_team(store)
    team = store.team()
    with store.activated(), store.writing():
        old = team.visibility()
        if not team.set_visibility(value):
            raise TeamError(say(m.VISIBILITY_MANAGERS_ONLY))
        if old != value:
            changelog.log(Kind.team_visibility, VISIBILITY_KEY, "set",
                          {"value": [old, value]}, operation=new_uid())
    return value


def team_info(store: Store) -> TeamInfo:
    _require_team(store)
    team = store.team()
    return TeamInfo(where=store.target.place, me=store.user or "", manager=team.is_manager(),
                    visibility=team.visibility(), may_change=team.may_set_visibility(),
                    users=[(u.name, u.manager) for u in team.users()])
