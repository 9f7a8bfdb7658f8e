"""Integrity checks and backups of the open database (the store's dialect does the work)."""

from __future__ import annotations

from pathlib import Path

from tracker.storage import active


def check() -> list[str]:
    """Problems found, as sentences; empty when the database is sound."""
    return active().check()


def backup(target: Path | None = None) -> Path:
    """A consistent copy; by default beside the database file."""
    return active().backup(target)
