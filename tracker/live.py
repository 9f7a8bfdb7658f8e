"""Changes other people and programs make, as they commit: a colleague on the team
server, the CLI or an import in another process on the same file.

The engine's part (how a commit is noticed, what it names) is the Store's
`watch()` signal (tracker/storage: LISTEN/NOTIFY on PostgreSQL, `PRAGMA data_version`
and the change log on SQLite). This module turns what it reports into the `Changes`
the window's pages already refresh from, naming each record, so a page refreshes
what changed and nothing else; changes this window made itself (told by their
operation) are left out, as the window has shown them already.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable

from tracker.models import RECORD_MODELS, ChangeLog, ImportBatch
from tracker.services.context import RECORD_KINDS, Changes, Kind
from tracker.storage import Store
from tracker.storage.dialect import UNSEEN, ChangeNote, ChangeSignal

OWN_OPERATIONS_KEPT = 2000
_CREATING = {"create", "restore"}  # change-log actions; any other changed a record
_REMOVING = {"delete", "purge"}  # purge: an undone import's rows, gone for good


class LiveFeed:
    """What others committed since the last `take()` (one per window)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.signal: ChangeSignal = store.watch()
        self._own: deque[str] = deque(maxlen=OWN_OPERATIONS_KEPT)
        self._own_set: set[str] = set()

    def fileno(self) -> int | None:
        """A socket to wait on, or None: call `take()` on a timer."""
        return self.signal.fileno()

    def made_here(self, operation: str) -> None:
        """An operation this window ran (its change-log rows are not news to it)."""
        if not operation or operation in self._own_set:
            return
        if len(self._own) == self._own.maxlen:
            self._own_set.discard(self._own[0])
        self._own.append(operation)
        self._own_set.add(operation)

    def take(self) -> Changes | None:
        """Others' changes since the last call, or None when there are none."""
        notes = [note for note in self.signal.take()
                 if not (note.operation and note.operation in self._own_set)]
        if not notes:
            return None
        return changes_of(notes)

    def catch_up(self, since: dt.datetime) -> Changes | None:
        """What changed from `since` (UTC) on, read from the change log and the import
        batches: after the signal was lost (a dropped connection to the server), what
        may have gone by unheard. Stamps are the writers' clocks: give a margin."""
        notes = [ChangeNote(e.entity, e.record_id, e.action, e.operation or "")
                 for e in ChangeLog.select().where(ChangeLog.at >= since).order_by(ChangeLog.id)]
        for batch in ImportBatch.select().where(
                (ImportBatch.created_at >= since) | (ImportBatch.undone_at >= since)):
            notes.append(ChangeNote(batch.entity, None, "import" if batch.undone_at is None
                                    else "undo-import", batch_uid=batch.uid))
        notes = [n for n in notes if not (n.operation and n.operation in self._own_set)]
        return changes_of(notes) if notes else None

    def close(self) -> None:
        self.signal.close()


# Kinds the change log names by key, without an id: a colleague's change reloads them whole.
_TOUCHED = frozenset({Kind.setting, Kind.exchange_rate})
_KINDS = {kind.value: kind for kind in Kind}


def changes_of(notes: Iterable[ChangeNote]) -> Changes:
    """The records notes name, as created / updated / deleted (each once, in order).

    A note names its kind by the change log's text; one this Beacon has no Kind for (a
    newer colleague's) names nothing this window shows, and is passed over."""
    changes = Changes(operation="")
    seen: set[tuple[str, Kind, int]] = set()

    def add(what: str, kind: Kind, record_id: int) -> None:
        if (what, kind, record_id) not in seen:
            seen.add((what, kind, record_id))
            getattr(changes, what).append((kind, record_id))

    for note in notes:
        kind = _KINDS.get(note.entity)
        if kind is None:
            continue
        if note.action == UNSEEN:  # which record is not said: its kind's lists reload
            changes.touched.add(kind)
            continue
        if note.batch_uid is not None:
            model = RECORD_MODELS.get(kind)
            if model is None:
                continue
            what = "created" if note.action == "import" else "deleted"
            for (record_id,) in model.select(model.id).where(
                    model.batch_uid == note.batch_uid).tuples():
                add(what, kind, int(record_id))
            continue
        if note.record_id is None:  # a setting, an exchange rate: changed as a whole
            if kind in _TOUCHED:
                changes.touched.add(kind)
            elif kind is Kind.team_visibility:  # deals came into or went out of sight
                changes.touched |= RECORD_KINDS | {kind}
            elif kind is Kind.database:  # a backup put back: everything may differ
                changes.touched |= set(Kind)
            continue
        if note.action in _CREATING:
            add("created", kind, note.record_id)
        elif note.action in _REMOVING:
            add("deleted", kind, note.record_id)
        else:
            add("updated", kind, note.record_id)
    return changes
