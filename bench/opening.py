"""Opening and closing the benchmark's database through the storage seam."""

from __future__ import annotations

from pathlib import Path

from tracker.storage import Store, active, is_open, open_store


def open_database(where: str | Path) -> Store:
    return open_store(where)


def close_database() -> None:
    while is_open():
        active().close()
