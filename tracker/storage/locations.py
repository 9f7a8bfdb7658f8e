"""Where the data is: a SQLite file (a path) or a PostgreSQL server (a URL).

A `postgresql://` address is never taken for a path: `--db postgresql://ana@db/beacon`
connects to the server, it does not make a folder named `postgresql:`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from tracker import messages as m
from tracker.errors import StorageUnavailable
from tracker.messages import say

DB_FILE_NAME = "beacon.sqlite3"
SERVER_SCHEMES = ("postgresql", "postgres")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def data_dir() -> Path:
    """The user's data folder, or BEACON_DATA_DIR when set."""
    override = os.environ.get("BEACON_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("Beacon", "Beacon"))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


@dataclass(frozen=True)
class Target:
    """What `--db` named: exactly one of `path` (a SQLite file) or `url` (a server)."""

    path: Path | None = None
    url: str | None = None
    # A server password typed in a dialog or `team login`, used to connect and kept nowhere
    # (never in the URL, the label or settings; see tracker.storage.credentials).
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def label(self) -> str:
        """How the status bar and messages name it: the file, or user@host:port/database
        (never the password)."""
        if self.path is not None:
            return str(self.path)
        parts = urlsplit(self.url or "")
        user = f"{parts.username}@" if parts.username else ""
        port = f":{parts.port}" if parts.port else ""
        return f"{user}{parts.hostname or 'localhost'}{port}{parts.path or '/'}"

    @property
    def place(self) -> str:
        """The file, or host:port/database without the login (the status bar names the user
        on its own)."""
        if self.path is not None:
            return str(self.path)
        return self.label.split("@", 1)[-1] if self.user else self.label

    @property
    def user(self) -> str | None:
        """The server login this target names (None for a file, or when the URL names none)."""
        return urlsplit(self.url).username if self.url else None

    def __str__(self) -> str:
        return str(self.path) if self.path is not None else str(self.url)


def target_of(value: str | Path | Target | None) -> Target:
    """A path, a postgresql:// URL, or None for the default file."""
    if isinstance(value, Target):
        return value
    if value is None or value == "":
        return Target(path=default_db_path().expanduser().resolve())
    if isinstance(value, str):
        scheme = _SCHEME.match(value)
        if scheme is not None:
            if scheme.group(1).lower() in SERVER_SCHEMES:
                return Target(url=value)
            raise StorageUnavailable(value, say(m.DB_UNKNOWN_ADDRESS), say(m.HINT_DB_ADDRESS))
    return Target(path=Path(value).expanduser().resolve())
