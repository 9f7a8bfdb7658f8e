"""The database peewee's models are bound to: the Store that opened last and is still open.

peewee binds a model class to one database object; Beacon's models are bound to a
`DatabaseProxy` that the Store points at its own database when it opens and back
at the previous one when it closes (a command run inside a test, the screenshots'
throwaway database). Only tracker/models.py and tracker/storage use this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee as pw

if TYPE_CHECKING:
    from tracker.storage.store import Store

proxy = pw.DatabaseProxy()
_open: list[Store] = []


def bind(store: Store) -> None:
    _open.append(store)
    proxy.initialize(store.db)


def unbind(store: Store) -> None:
    if store in _open:
        _open.remove(store)
    proxy.initialize(_open[-1].db if _open else None)


def release(store: Store) -> None:
    """Undo the newest bind of `store` (Store.activated), leaving earlier ones."""
    for index in range(len(_open) - 1, -1, -1):
        if _open[index] is store:
            del _open[index]
            break
    proxy.initialize(_open[-1].db if _open else None)


def active() -> Store:
    """The Store the models are bound to; a bug to ask before one is open."""
    if not _open:
        raise RuntimeError("no Beacon database is open (tracker.storage.open_store first)")
    return _open[-1]


def open_stores() -> list[Store]:
    return list(_open)


def is_open() -> bool:
    return bool(_open)
