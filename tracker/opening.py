"""Opening Beacon's data for a session (the window, a command): the store, seeded from the
article the first time it is created, recovered from the newest verified backup when the
file is damaged.

Recovery: a file Beacon has backups of that no longer opens as a Beacon database
(damaged pages, a zeroed header, cut to nothing) is moved aside with its -wal and -shm,
never deleted; the newest backup that still verifies is put in its place; the Store
carries what happened (`store.recovered`) so the window and the CLI can tell the user
which day they are back to and where the damaged file lies. A file that is merely another
program's, newer, locked, read-only or on a full disk is never touched.

Opening looks only at what is cheap (the header, the size against the page count, the
schema page): a start never waits for a read of the whole file. A bad page further in is
found by the day's backup, which the window makes once it is on screen (its integrity
check runs on the copy) and says so there, pointing to File > Backups…: the damaged file
stays where it is until the user restores, and a restore moves it aside, kept.
"""

from __future__ import annotations

from pathlib import Path

from tracker.errors import StorageUnavailable
from tracker.storage import Store, Target, open_store, target_of

RECOVERABLE = ("damaged", "empty", "not_sqlite")


def open_data(where: str | Path | Target | None, *, seed: bool = True,
              recover: bool = True) -> Store:
    """Open a file or server (None: the default file); a brand-new one is seeded, a
    damaged one recovered from its newest verified backup."""
    target = target_of(where)
    try:
        store = open_store(target)
    except StorageUnavailable as error:
        if not recover or error.kind not in RECOVERABLE or target.path is None:
            raise
        store = recover_from_backup(target, error)
    if seed and store.created:
        from tracker.seeding import seed_database

        try:
            seed_database()
        except BaseException:
            store.discard()  # an unseeded database would never be seeded later
            raise
    if not store.created and not store.read_only:
        from tracker.excel.batches import finish_interrupted

        finish_interrupted()  # an import whose writer was killed: taken back whole
    return store


def recover_from_backup(target: Target, error: StorageUnavailable) -> Store:
    """Move the damaged file aside and open the newest backup that verifies in its place;
    `error` is raised again when there is no such backup (the file is left where it is)."""
    from tracker import backups
    from tracker.storage import sqlite_files

    assert target.path is not None
    usable = None
    for backup in backups.listing_for(target.path):
        try:
            sqlite_files.verify_copy(backup.path)
        except StorageUnavailable:
            continue
        usable = backup
        break
    if usable is None:
        raise error
    aside = sqlite_files.move_aside(target.path)
    sqlite_files.replace_with(target.path, usable.path)
    store = open_store(target)
    backups.reapply_erasures(store)
    store.recovered = backups.Restored(usable, None, aside)
    return store
