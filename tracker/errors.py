"""Typed errors the core raises; the window turns them into dialogs, the CLI into one line."""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker import messages as m
from tracker.messages import say


class BeaconError(Exception):
    """Base of every error a user can be shown (environment or input, never a bug)."""


class StorageUnavailable(BeaconError):
    """The database cannot be opened or written: locked, read-only, full, foreign, too new.

    `kind` tells callers what to do without reading words: "damaged", "empty",
    "not_sqlite" (a file Beacon may recover from a backup), "read_only", "disk_full",
    "locked", or "" for the rest."""

    def __init__(self, path: str, reason: str, hint: str = "", kind: str = "") -> None:
        self.path = path
        self.reason = reason
        self.hint = hint
        self.kind = kind
        text = f"{path}: {reason}"
        if hint:
            text += f" ({hint})"
        super().__init__(text)


class BackupStopped(Exception):  # noqa: N818  (named for what happened, like StaleRecord)
    """A backup made on another thread was stopped (its window closed, a restore began)
    before it counted; nothing of it was left. Not a problem to show anyone."""


@dataclass
class FieldProblem:
    field: str
    message: str
    value: object = None


class ValidationError(BeaconError):
    """One or more fields are wrong; each problem names the field and says what is wrong."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))

    @classmethod
    def single(cls, field_name: str, message: str, value: object = None) -> ValidationError:
        return cls([FieldProblem(field_name, message, value)])

    def for_field(self, field_name: str) -> str | None:
        for problem in self.problems:
            if problem.field == field_name:
                return problem.message
        return None


class StaleRecord(BeaconError):
    """Someone else changed (or deleted) the record since the user opened it."""

    def __init__(self, entity: str, uid: str, expected: int, actual: int | None) -> None:
        self.entity = entity
        self.uid = uid
        self.expected = expected
        self.actual = actual
        super().__init__(say(m.STALE_DELETED, entity=entity, uid=uid) if actual is None else
                         say(m.STALE_VERSION, entity=entity, uid=uid, actual=actual,
                             expected=expected))


class NotFound(BeaconError):
    def __init__(self, entity: str, key: object) -> None:
        self.entity = entity
        self.key = key
        super().__init__(say(m.NOT_FOUND, entity=entity, key=key))


@dataclass
class ImportProblem:
    row: int | None
    column: str | None
    reason: str


class ImportFileError(BeaconError):
    """A workbook or CSV that cannot be read at all: names file, sheet, row and column."""

    def __init__(
        self,
        file: str,
        reason: str,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.reason = reason
        where = [file]
        if sheet:
            where.append(f"sheet {sheet!r}")
        if row is not None:
            where.append(f"row {row}")
        if column:
            where.append(f"column {column!r}")
        super().__init__(", ".join(where) + f": {reason}")


@dataclass
class UndoRefused(BeaconError):
    """An undo that would overwrite later edits; lists the records edited since, and the
    merges (uids, newest first) that must be undone before it."""

    reason: str
    records: list[str] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return self.reason
