"""Opening Beacon's data for a session (the window, a command): the store, seeded from the
article the first time it is created."""

from __future__ import annotations

from pathlib import Path

from tracker.storage import Store, Target, open_store


def open_data(where: str | Path | Target | None, *, seed: bool = True) -> Store:
    """Open a file or server (None: the default file); a brand-new one is seeded."""
    store = open_store(where)
    if seed and store.created:
        from tracker.seeding import seed_database

        try:
            seed_database()
        except BaseException:
            store.close()
            raise
    return store
