"""Who is acting and when: the ambient facts every write records."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from dataclasses import dataclass, field


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


@dataclass
class Changes:
    """What a service changed, so each view refreshes only what it shows."""

    created: list[tuple[str, int]] = field(default_factory=list)
    updated: list[tuple[str, int]] = field(default_factory=list)
    deleted: list[tuple[str, int]] = field(default_factory=list)
    operation: str = ""

    def merge(self, other: Changes) -> Changes:
        self.created.extend(other.created)
        self.updated.extend(other.updated)
        self.deleted.extend(other.deleted)
        return self

    def entities(self) -> set[str]:
        return {entity for entity, _ in self.created + self.updated + self.deleted}

    def ids(self, entity: str) -> set[int]:
        return {i for e, i in self.created + self.updated + self.deleted if e == entity}

    @property
    def first_created(self) -> int:
        return self.created[0][1]
