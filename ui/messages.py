"""The core's reasons (tracker.messages) in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tracker.errors import ImportFileError, StorageUnavailable, UndoRefused, ValidationError
from tracker.messages import Message

from ui.translation import installed_language


def shown(text: str) -> str:
    """A reason as the user reads it: translated when the core made it from a template."""
    if not isinstance(text, Message):
        return text
    translated = QCoreApplication.translate("Messages", text.template)
    values = {k: shown(v) if isinstance(v, Message) else v for k, v in text.values.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that names other values
        return str(text)


def error_message(error: BaseException) -> str:
    """The error's text; a validation error's reasons each in the interface's language."""
    if isinstance(error, ValidationError):
        return "; ".join(f"{p.field}: {shown(p.message)}" for p in error.problems)
    if isinstance(error, ImportFileError):  # file, sheet, row, column: reason
        translate = QCoreApplication.translate
        where = [error.file]
        if error.sheet:
            where.append(translate("Messages", "sheet %1").replace("%1", repr(error.sheet)))
        if error.row is not None:
            where.append(translate("Messages", "row %1").replace("%1", str(error.row)))
        if error.column:
            where.append(translate("Messages", "column %1").replace("%1", repr(error.column)))
        return ", ".join(where) + ": " + shown(error.reason)
    if isinstance(error, UndoRefused):
        return shown(error.reason)
    if isinstance(error, StorageUnavailable):
        hint = f" ({shown(error.hint)})" if error.hint else ""
        return f"{error.path}: {shown(error.reason)}{hint}"
    if error.args and isinstance(error.args[0], Message):  # StaleRecord, NotFound, …
        return shown(error.args[0])
    return str(error)


def number(count: int) -> str:
    """A count as the interface's language writes it (30,000)."""
    return QLocale(installed_language()).toString(count)


def plural(text: str) -> str:
    """English plurals of `%n day(s)` once Qt put the number in: `1 day`, `3 days`. A
    translation has its own forms and no "(s)", so it is left as it is."""
    if "(s)" not in text:
        return text
    import re

    number = re.search(r"\d[\d,]*", text)
    one = number is not None and number.group(0) == "1"
    return text.replace("(s)", "" if one else "s")
