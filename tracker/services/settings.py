"""Settings shared by everyone on this database (the base currency, remembered column
mappings): read plainly, written through one function that logs the change."""

from __future__ import annotations

from tracker.models import Setting
from tracker.services import changelog
from tracker.services.context import Changes, Kind, new_uid
from tracker.storage import writing


def get_setting(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else str(row.value)


def put_setting(key: str, value: str, *, operation: str | None = None,
                user: str | None = None) -> Changes:
    """Set a shared setting; the change log names it by its key with old and new value."""
    operation = operation or new_uid()
    with writing():
        old = get_setting(key)
        if old == value:
            return Changes(operation=operation)
        Setting.insert(key=key, value=value).on_conflict(
            conflict_target=[Setting.key], preserve=[Setting.value]).execute()
        changelog.log(Kind.setting, key, "set", {"value": [old, value]}, operation=operation,
                      user=user)
    return Changes(touched={Kind.setting}, operation=operation)
