"""What every window part is given by the composition root (ui/app.py).

No global app object: views receive an AppContext through their constructor.
`context.run(service, ...)` is how the window changes data: it calls a tracker
service, announces what changed on the bus (so every view refreshes what it
shows) and records the operation for Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from tracker.errors import UndoRefused
from tracker.services import records
from tracker.services.context import Changes
from tracker.storage import Store

from ui.settings import Settings


class ChangeBus(QObject):
    """Announces every change of data, whichever view made it."""

    changed = Signal(object)  # tracker.services.context.Changes

    def publish(self, changes: Changes) -> None:
        if changes.anything:
            self.changed.emit(changes)


class UndoHistory(QObject):
    """Operations this window made, newest last; undo replays the change log backwards,
    or runs the operation's own undo (an import batch undoes as a batch)."""

    available = Signal(bool, str)  # can undo, label of what would be undone

    def __init__(self, bus: ChangeBus) -> None:
        super().__init__()
        self._bus = bus
        self._stack: list[tuple[str, str, Callable[[], Changes] | None]] = []

    def push(self, changes: Changes, label: str,
             undo: Callable[[], Changes] | None = None) -> None:
        if changes.operation and changes.anything:
            self._stack.append((changes.operation, label, undo))
            self.available.emit(True, label)

    def discard(self, operation: str) -> None:
        """Forget an operation undone elsewhere (the wizard's Undo, the import history)."""
        kept = [entry for entry in self._stack if entry[0] != operation]
        if len(kept) != len(self._stack):
            self._stack = kept
            self.available.emit(bool(self._stack), self.next_label or "")

    @property
    def next_label(self) -> str | None:
        return self._stack[-1][1] if self._stack else None

    @property
    def next_operation(self) -> str | None:
        """The operation Ctrl+Z would undo (a dialog undoes its own last step only if so)."""
        return self._stack[-1][0] if self._stack else None

    def undo(self) -> Changes | None:
        """Undo the newest operation; raises UndoRefused if a record moved on since."""
        if not self._stack:
            return None
        operation, _label, own_undo = self._stack[-1]
        try:
            changes = own_undo() if own_undo is not None else records.undo_operation(operation)
        except UndoRefused:
            self._stack.pop()
            self.available.emit(bool(self._stack), self.next_label or "")
            raise
        self._stack.pop()
        self.available.emit(bool(self._stack), self.next_label or "")
        self._bus.publish(changes)
        return changes


class StartUp(QObject):
    """Work the first screen can do without waits until the window's first frame is shown.

    The main window holds it while it is built and releases it after its first paint;
    a page made on its own (tests, screenshots) is never held and runs the work at once.
    `released` says the work waiting for the first frame has run (counts are in).
    """

    released = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._waiting: list[Callable[[], None]] | None = None

    def hold(self) -> None:
        if self._waiting is None:
            self._waiting = []

    def after_first_frame(self, work: Callable[[], None]) -> None:
        if self._waiting is None:
            work()
        else:
            self._waiting.append(work)

    def release(self) -> None:
        waiting, self._waiting = self._waiting or [], None
        for work in waiting:
            work()
        self.released.emit()


@dataclass
class AppContext:
    store: Store  # the open database (a file or a team server), opened by ui/app.py
    bus: ChangeBus
    undo: UndoHistory
    settings: Settings
    startup: StartUp = field(default_factory=StartUp)

    def run(self, service: Callable[..., Changes], *args: Any, undo_label: str | None = None,
            initiator: object | None = None, **kwargs: Any) -> Changes:
        """Call a tracker service; publish what changed; remember it for Ctrl+Z.

        `initiator` is the view that asked (it refreshes itself; others see it in the
        published Changes and skip a second reload). Errors (ValidationError, StaleRecord,
        StorageUnavailable) reach the caller, which shows them where the user is working.
        """
        changes = service(*args, **kwargs)
        changes.initiator = initiator
        self.bus.publish(changes)
        if undo_label is not None:
            self.undo.push(changes, undo_label)
        return changes

    @classmethod
    def create(cls, store: Store, settings: Settings | None = None) -> AppContext:
        bus = ChangeBus()
        return cls(store=store, bus=bus, undo=UndoHistory(bus),
                   settings=settings or Settings())
