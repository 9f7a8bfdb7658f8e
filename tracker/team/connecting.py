"""Logging in to a team server: check a password by connecting, then keep it in the
system keychain (keyring) or ~/.pgpass, never in Beacon's settings. Shared by
`beacon team login` and the window's File > Connect to a team server…"""

from __future__ import annotations

from pathlib import Path

from tracker import messages as m
from tracker.messages import say
from tracker.storage import Store, Target, credentials, open_store
from tracker.storage.credentials import NoKeychain

KEYCHAIN = "keychain"


def keychain_available() -> bool:
    return credentials.keychain_available()


def connect(url: str, password: str | None = None, *, seed: bool = True) -> Store:
    """Open a server with this password (None: the keychain's or ~/.pgpass's)."""
    from tracker.opening import open_data

    return open_data(Target(url=url, password=password or None), seed=seed)


def check_login(url: str, password: str) -> None:
    """Connect once with this password (StorageUnavailable says what is wrong)."""
    store = open_store(Target(url=url, password=password))
    store.close()


def remember_password(url: str, password: str, *, prefer_pgpass: bool = False,
                      pgpass: Path | None = None) -> str:
    """Keep the password for the next start; returns where ("keychain" or the pgpass
    file). Without a keychain on this system it goes to ~/.pgpass (owner-only)."""
    if not prefer_pgpass:
        try:
            credentials.save_in_keychain(url, password)
            return say(m.KEPT_IN_KEYCHAIN)
        except NoKeychain:
            pass
    return str(credentials.save_in_pgpass(url, password, pgpass))


def forget_password(url: str) -> None:
    credentials.forget(url)
