"""A team server's password: in the system's keychain (keyring) or in ~/.pgpass, never in
Beacon's settings and never in the address that the status bar and messages show.

libpq reads ~/.pgpass (or PGPASSFILE) itself; the keychain is asked by Beacon before it
connects, when the address carries no password. keyring is imported only when a server
is opened (a laptop's SQLite start never loads it).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from tracker import messages as m
from tracker.errors import BeaconError
from tracker.messages import say

SERVICE = "Beacon team server"
DEFAULT_PORT = 5432


class NoKeychain(BeaconError):
    """No keychain backend on this system (a Linux without Secret Service, say)."""

    def __init__(self) -> None:
        super().__init__(say(m.NO_KEYCHAIN))


def account(url: str) -> str:
    """The keychain's name for a login: user@host:port/database (as the status bar says)."""
    parts = urlsplit(url)
    database = (parts.path or "/").lstrip("/")
    return (f"{unquote(parts.username or '')}@{parts.hostname or 'localhost'}:"
            f"{parts.port or DEFAULT_PORT}/{database}")


def password_in(url: str) -> str | None:
    parts = urlsplit(url)
    return unquote(parts.password) if parts.password is not None else None


def _keyring() -> Any | None:
    """The keyring module when a real backend is there, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration: as good as none  # noqa: BLE001
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keychain_available() -> bool:
    return _keyring() is not None


def stored_password(url: str) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(SERVICE, account(url))
    except Exception:  # a locked or unreachable keychain: connect without  # noqa: BLE001
        return None
    return found if isinstance(found, str) else None


def save_in_keychain(url: str, password: str) -> None:
    keyring = _keyring()
    if keyring is None:
        raise NoKeychain()
    try:
        keyring.set_password(SERVICE, account(url), password)
    except Exception as exc:  # the keychain refused (locked, cancelled)  # noqa: BLE001
        raise BeaconError(say(m.KEYCHAIN_REFUSED, reason=type(exc).__name__)) from exc


def forget(url: str) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, account(url))
    except Exception:  # nothing stored  # noqa: BLE001
        pass


def pgpass_path() -> Path:
    configured = os.environ.get("PGPASSFILE")
    if configured:
        return Path(configured).expanduser()
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "~")).expanduser() / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace(":", "\\:")


def save_in_pgpass(url: str, password: str, path: Path | None = None) -> Path:
    """Add (or replace) this login's line in ~/.pgpass, which is kept owner-only (libpq
    ignores a pgpass file others can read)."""
    parts = urlsplit(url)
    key = ":".join(_escaped(part) for part in (
        parts.hostname or "localhost", str(parts.port or DEFAULT_PORT),
        (parts.path or "/").lstrip("/"), unquote(parts.username or "")))
    path = path or pgpass_path()
    lines: list[str] = []
    if path.exists():
        lines = [line for line in path.read_text(encoding="utf-8").splitlines()
                 if not line.startswith(key + ":")]
    lines.append(f"{key}:{_escaped(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    path.chmod(0o600)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
