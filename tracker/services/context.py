"""Who is acting and when: the ambient facts every write records."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


def new_uid() -> str:
    from uuid6 import uuid7  # it reads its own package metadata (0.02 s): on the first write

    return str(uuid7())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def today() -> dt.date:
    return dt.date.today()


def current_user() -> str:
    """Who is recorded as making changes: on a team server its login (the server stamps
    created_by/updated_by with it too, so no client can write another name); on a file
    BEACON_USER, else the operating system's login."""
    from tracker.storage import active, is_open

    if is_open():
        server_login = active().user
        if server_login:
            return server_login
    configured = os.environ.get("BEACON_USER")
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Kind(StrEnum):
    """What changed: a record type, or a shared thing (settings, exchange rates).

    Members are named as their values, so a Kind hashes and compares as its text: sets of
    Kinds and entity names ("opportunity") mix, and `Kind("setting ")` is an error.
    """

    organization = "organization"
    contact = "contact"
    opportunity = "opportunity"
    conference = "conference"
    incentive = "incentive"
    activity = "activity"
    pipeline = "pipeline"
    stage = "stage"
    setting = "setting"
    exchange_rate = "exchange_rate"
    import_batch = "import_batch"
    saved_view = "saved_view"
    market_fact = "market_fact"
    team_visibility = "team_visibility"  # who sees whose deals: every record list changes
    database = "database"  # the whole database replaced (a team server's restore)


# What a change of a team's visibility changes: every kind of record a member may (or may
# no longer) see.
RECORD_KINDS = frozenset({Kind.organization, Kind.contact, Kind.opportunity, Kind.conference,
                          Kind.incentive, Kind.activity})


# (kind, id): a Kind, or its text where code appends plain entity names (a Kind is a str);
# entities() turns each into a Kind, so a name that is no Kind is caught there.
Ref = tuple[str, int]


def _refs(items: list[tuple[Any, int]]) -> list[Ref]:
    return [(Kind(kind), int(record_id)) for kind, record_id in items]


@dataclass
class Changes:
    """What a service changed, so each view refreshes only what it shows.

    `created`/`updated`/`deleted` name records (and pipelines, stages) by kind and id;
    `touched` names kinds changed as a whole, which have no ids (settings, exchange
    rates). `initiator` is whoever asked for the change (the window sets it to the page
    that made it, which then does not reload a second time: Anki's
    operation_did_execute(changes, handler)).
    """

    created: list[Ref] = field(default_factory=list)
    updated: list[Ref] = field(default_factory=list)
    deleted: list[Ref] = field(default_factory=list)
    operation: str = ""
    touched: set[Kind] = field(default_factory=set)
    initiator: object | None = None

    def __post_init__(self) -> None:
        self.created, self.updated = _refs(self.created), _refs(self.updated)
        self.deleted, self.touched = _refs(self.deleted), {Kind(k) for k in self.touched}

    def merge(self, other: Changes) -> Changes:
        self.created.extend(_refs(other.created))
        self.updated.extend(_refs(other.updated))
        self.deleted.extend(_refs(other.deleted))
        self.touched |= other.touched
        return self

    @property
    def anything(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.touched)

    def entities(self) -> set[Kind]:
        """Every kind changed (a name that is not a Kind is a bug, raised here)."""
        return {Kind(kind) for kind, _ in self.created + self.updated + self.deleted} \
            | self.touched

    def ids(self, entity: str) -> set[int]:
        return {i for e, i in self.created + self.updated + self.deleted if e == entity}

    @property
    def first_created(self) -> int:
        return self.created[0][1]
