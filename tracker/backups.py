"""Verified backups: when they are made, where they live, how many are kept, and restore.

Backups go to a `backups` folder beside the database (owner-only, 0700), one file per
backup plus a small JSON note of what it holds (when, why, schema, rows per table). A
backup counts only once the storage layer has verified the copy (integrity_check and the
same row counts as the database it came from); its note is written after that, so a file
without a note is never listed or restored. One is made:

- once a day when the window starts (`daily`: the window runs it on another thread once it
  is on screen, so a start never waits for a copy of the whole file), and by `beacon
  backup` (`manual`);
- before every import, undo of an import, merge, schema upgrade, restore, erasure of a
  person and bulk delete (`before(reason)`);

and the folder is thinned like Anki's: everything from the last 24 hours (at most 20),
then the newest of each of the last 12 days, 10 weeks and 9 months that have one.

On a team server, `make`/`listing`/`restore` use PostgreSQL's pg_dump and pg_restore when
they are on PATH (tracker/storage/pg_dumps.py): custom-format dumps, verified by
`pg_restore --list`, in a `backups` folder under the user's data folder named for the
server and database; only the database's owner can make them (a member sees part of the
data). `before` and `daily` do nothing there: dumping the whole team's database before each
member's import is the server's administrator's schedule, not each laptop's.

A daily backup made on another thread reads through a connection of its own and stops
when asked (`stop`): when its window closes, and before anything that needs the file to
itself (a restore, an erasure: `stop_background`).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker import __version__
from tracker import messages as m
from tracker.errors import StorageUnavailable
from tracker.messages import say
from tracker.storage import Store, Target, active, data_dir
from tracker.storage.dialect import Dialect

FOLDER = "backups"
NOTE_SUFFIX = ".json"
KEEP_RECENT = dt.timedelta(hours=24)
KEEP_RECENT_MOST = 20
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
SHOWN_COUNTS = ("organization", "contact", "opportunity", "activity")


@dataclass(frozen=True)
class Backup:
    """A verified backup and what its note says."""

    path: Path
    created_at: dt.datetime  # local time
    reason: str
    schema: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    @property
    def name(self) -> str:
        return self.path.name

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.path), "name": self.name,
                "created_at": self.created_at.isoformat(timespec="seconds"),
                "reason": self.reason, "size": self.size, "schema": self.schema,
                "counts": {k: self.counts.get(k, 0) for k in SHOWN_COUNTS}}


@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup now in place, the copy of what was there before
    (None when that was too damaged to copy), and where a damaged file was moved."""

    backup: Backup
    safety: Backup | None
    moved_aside: Path | None = None


def folder_of(database: Path) -> Path:
    """The backups folder beside a database file, created owner-only; a folder that cannot
    be made (a file in its place, a full disk, no right to write) is a message."""
    path = database.parent / FOLDER
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise StorageUnavailable(str(path), say(m.BACKUP_FOLDER_IN_THE_WAY),
                                 say(m.HINT_MOVE_IN_THE_WAY)) from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageUnavailable(str(path.parent), say(m.DISK_FULL_BACKUP),
                                     say(m.HINT_DISK_FULL), kind="disk_full") from exc
        raise StorageUnavailable(str(path), say(m.BACKUP_NOT_WRITTEN, reason=exc.strerror),
                                 say(m.HINT_FOLDER)) from exc
    return path


def base_of(target: Target) -> Path:
    """What backups are named and kept beside: the database file; for a server, a name made
    of its host, port and database in a `servers` folder of the user's data folder."""
    if target.path is not None:
        return target.path
    place = target.place.replace(":", "-").replace("/", "-")
    return data_dir() / "servers" / (re.sub(r"[^A-Za-z0-9_-]+", "_", place) + ".server")


def folder_for(store: Store) -> Path:
    return base_of(store.target).parent / FOLDER


def _new_path(dialect: Dialect, reason: str, when: dt.datetime) -> Path:
    database = base_of(dialect.target)
    base = f"{database.stem}-{when:%Y%m%d-%H%M%S}-{reason}"
    folder = folder_of(database)
    path = folder / f"{base}{dialect.backup_suffix}"
    counter = 1
    while path.exists() or _note(path).exists():
        counter += 1
        path = folder / f"{base}-{counter}{dialect.backup_suffix}"
    return path


def _note(path: Path) -> Path:
    return path.with_name(path.name + NOTE_SUFFIX)


def _table_to_entity(counts: dict[str, int]) -> dict[str, int]:
    names = {"incentive_program": "incentive"}
    return {names.get(table, table): count for table, count in counts.items()}


def write_backup_of(dialect: Dialect, reason: str,
                    stop: threading.Event | None = None) -> Backup:
    """Write and verify one backup of the open database, with its note (with `stop`: on
    this thread, through a connection of its own, stopped when `stop` is set)."""
    when = dt.datetime.now()
    path = _new_path(dialect, reason, when)
    check = (dialect.write_backup(path) if stop is None
             else dialect.write_backup_apart(path, stop))
    counts = _table_to_entity(check.counts)
    note = {"created_at": when.isoformat(), "reason": reason, "schema": check.schema,
            "counts": counts, "beacon": __version__,
            "database": dialect.target.path.name if dialect.target.path
            else dialect.target.place}
    try:
        fd = os.open(_note(path), os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(note, handle, ensure_ascii=False, indent=1)
    except OSError as exc:
        for leftover in (path, _note(path)):
            leftover.unlink(missing_ok=True)
        raise StorageUnavailable(str(path.parent), say(m.DISK_FULL_BACKUP)
                                 if exc.errno == 28 else say(m.BACKUP_NOT_WRITTEN,
                                                             reason=exc.strerror),
                                 say(m.HINT_DISK_FULL)) from exc
    return Backup(path, when, reason, check.schema, counts)


def make(reason: str = "manual", store: Store | None = None,
         stop: threading.Event | None = None) -> Backup:
    """A verified backup now; the folder is thinned after."""
    store = store or active()
    backup = write_backup_of(store.dialect, reason, stop)
    thin(store)
    return backup


def before(reason: str, store: Store | None = None) -> Backup | None:
    """The backup before a change that is hard to take back (import, undo, merge, restore,
    erasure, bulk delete). On a team server the server's backups stand in: nothing."""
    store = store or active()
    if store.is_server:
        return None
    return make(f"before-{reason}", store)


def daily_due(store: Store | None = None) -> bool:
    """Whether today's backup is still to be made: a file Beacon may write, with no backup
    made today (for whatever reason)."""
    store = store or active()
    if store.is_server or store.read_only or store.path is None:
        return False
    today = dt.date.today()
    return not any(b.created_at.date() == today for b in listing(store))


def daily(store: Store | None = None, stop: threading.Event | None = None) -> Backup | None:
    """Today's backup, once a day: None if it is already there (or on a server, or for a
    read-only file). With `stop`, made from the calling thread's own connection (the
    window's worker) and stopped by setting `stop` or by `stop_background`."""
    store = store or active()
    if not daily_due(store):
        return None
    if stop is None:
        return make("daily", store)
    with _background(store, stop):
        return make("daily", store, stop)


@dataclass
class _Copying:
    stop: threading.Event
    ended: threading.Event = field(default_factory=threading.Event)


_copying: dict[Path, _Copying] = {}  # database file -> the backup another thread makes of it
_copying_lock = threading.Lock()


@contextmanager
def _background(store: Store, stop: threading.Event) -> Iterator[None]:
    assert store.path is not None
    key, copying = store.path, _Copying(stop)
    with _copying_lock:
        _copying[key] = copying
    try:
        yield
    finally:
        with _copying_lock:
            if _copying.get(key) is copying:
                del _copying[key]
        copying.ended.set()


def stop_background(store: Store | None = None) -> None:
    """Stop a backup another thread is making of this database and wait until it has let
    go of the file (a fraction of a second): before a restore replaces the file, or an
    erasure needs the log emptied."""
    store = store or active()
    if store.path is None:
        return
    with _copying_lock:
        copying = _copying.get(store.path)
    if copying is not None:
        copying.stop.set()
        copying.ended.wait()


def listing(store: Store | None = None) -> list[Backup]:
    """Verified backups of the open database, newest first."""
    store = store or active()
    return listing_for(base_of(store.target))


def listing_for(database: Path) -> list[Backup]:
    """Verified backups of the database file at `database`, newest first."""
    folder = database.parent / FOLDER
    if not folder.is_dir():
        return []
    found = []
    prefix = f"{database.stem}-"
    for note in folder.glob(f"{prefix}*{NOTE_SUFFIX}"):
        path = note.with_name(note.name[:-len(NOTE_SUFFIX)])
        backup = _read_note(path, note)
        if backup is not None:
            found.append(backup)
    found.sort(key=lambda b: (b.created_at, b.name), reverse=True)
    return found


def _read_note(path: Path, note: Path) -> Backup | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
        return Backup(path, dt.datetime.fromisoformat(data["created_at"]), str(data["reason"]),
                      int(data["schema"]), {k: int(v) for k, v in data["counts"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        return None  # not one of ours, or a note cut short: never restored from


def to_keep(backups: list[Backup], now: dt.datetime | None = None) -> list[Backup]:
    """Anki's thinning: the last 24 hours (at most 20), then the newest of each of the last
    12 days, 10 weeks and 9 months that have a backup. The newest is always kept."""
    now = now or dt.datetime.now()
    ordered = sorted(backups, key=lambda b: (b.created_at, b.name), reverse=True)
    keep: dict[Path, Backup] = {}
    recent = [b for b in ordered if now - b.created_at < KEEP_RECENT][:KEEP_RECENT_MOST]
    keep.update((b.path, b) for b in ordered[:1] + recent)
    for bucket, limit in ((lambda d: d.date(), KEEP_DAILY),
                          (lambda d: tuple(d.isocalendar())[:2], KEEP_WEEKLY),
                          (lambda d: (d.year, d.month), KEEP_MONTHLY)):
        seen: set[Any] = set()
        for backup in ordered:
            key = bucket(backup.created_at)
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.add(key)
            keep[backup.path] = backup
    return [b for b in ordered if b.path in keep]


def thin(store: Store | None = None, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups `to_keep` leaves out; returns what was deleted."""
    backups = listing(store)
    kept = {b.path for b in to_keep(backups, now)}
    removed = _stale_partials(store or active())
    for backup in backups:
        if backup.path not in kept:
            _note(backup.path).unlink(missing_ok=True)  # the note first: never half-listed
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def _stale_partials(store: Store) -> list[Path]:
    """Copies a killed Beacon left half-written (never listed: they have no note), once
    they are an hour old (a copy being written now is younger)."""
    base = base_of(store.target)
    if not (base.parent / FOLDER).is_dir():
        return []
    limit = dt.datetime.now().timestamp() - 3600
    stale = [p for p in (base.parent / FOLDER).glob(f".{base.stem}-*.partial*")
             if p.stat().st_mtime < limit]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def find(name: str, store: Store | None = None) -> Path:
    """A backup named by its file name (as `beacon backups` lists it) or by a path."""
    store = store or active()
    for backup in listing(store):
        if name in (backup.name, str(backup.path)):
            return backup.path
    path = Path(name).expanduser()
    if path.is_file():
        return path
    raise StorageUnavailable(name, say(m.NO_SUCH_BACKUP), say(m.HINT_LIST_BACKUPS))


def restore(source: Path, store: Store | None = None) -> Restored:
    """Put a backup in place of the open database: the backup is verified first, the
    current state is backed up (or, when too damaged to copy, moved aside), then the file
    is replaced, its schema brought up to date and erasures made since applied again."""
    from tracker.migrations import LATEST_VERSION, upgrade

    store = store or active()
    stop_background(store)  # the file is replaced: no other connection may hold it
    dialect = store.dialect
    check = dialect.verify_backup(source)
    if check.schema > LATEST_VERSION:
        raise StorageUnavailable(str(source), say(m.DB_NEWER, version=check.schema,
                                                  latest=LATEST_VERSION), say(m.HINT_UPDATE))
    restored = _read_note(source, _note(source)) or Backup(
        source, dt.datetime.fromtimestamp(source.stat().st_mtime), "file", check.schema,
        _table_to_entity(check.counts))
    moved: Path | None = None
    try:
        safety: Backup | None = write_backup_of(dialect, "before-restore")
    except StorageUnavailable as error:
        if error.reason.template != m.BACKUP_OF_DAMAGED:  # type: ignore[attr-defined]
            raise
        safety, moved = None, dialect.move_aside()
    dialect.restore_backup(source)
    version = dialect.schema_version()
    if version < LATEST_VERSION:
        upgrade(dialect, version)
    reapply_erasures(store)
    if store.is_server:
        _announce_restore(store, restored)
    thin(store)
    return Restored(restored, safety, moved)


def _announce_restore(store: Store, restored: Backup) -> None:
    """On a team server colleagues' open windows hold data the restore replaced: the change
    log says who put which backup back, and its notification has every window reload."""
    from tracker.services import changelog
    from tracker.services.context import Kind, new_uid

    with store.activated(), store.writing():
        changelog.log(Kind.database, restored.name, "restore", {"backup": [None, restored.name]},
                      operation=new_uid())


def reapply_erasures(store: Store) -> None:
    """People erased since a backup was taken stay erased once it is back in place."""
    try:
        from tracker.privacy import reapply_erasures as reapply
    except ImportError:  # the erasure service is not part of this build
        return
    reapply(store)
