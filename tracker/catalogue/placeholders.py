"""Values other programs write into a field the person left empty.

Outlook's CSV export (and Google Contacts' "Outlook CSV" export, which copies its layout)
fills every contact's Priority with "Normal", Private with "False", Gender with
"Unspecified" and an empty Birthday or Anniversary with "0/0/00" (the Chinese Outlook
writes 普通 and 未指定). Kept in the notes they would add the same lines to every person;
they say nothing a person wrote. So in a column kept in the notes, and only there, such a
value counts as blank, and the import report says how many there were (nothing is left out
in silence).

Keyed by the header (folded, as headers are compared) and the value (folded): "Normal"
under Priority is Outlook's default, "High" is the person's; "Normal" anywhere else is data.
Only a program's documented value for an empty field belongs here, never a guess from a
file.
"""

from __future__ import annotations

from functools import lru_cache

from tracker.catalogue.headers import fold, read_header

# An empty date as Outlook writes it in the short-date form of its locale (0/0/00 in the
# US and China, 0.0.00 in Germany), or a database's zero date (0000-00-00).
_ZERO_DATES = ("0/0/00", "0.0.00", "00/00/0000", "0000-00-00")

PLACEHOLDERS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Outlook's contact fields, English (and Google Contacts' Outlook CSV)
    (("Priority",), ("Normal",)),
    (("Sensitivity",), ("Normal",)),
    (("Private",), ("False",)),
    (("Gender",), ("Unspecified",)),
    (("Birthday", "Anniversary"), _ZERO_DATES),
    # the same fields as the Chinese Outlook names them
    (("优先级",), ("普通",)),
    (("敏感度",), ("普通",)),
    (("性别",), ("未指定",)),
    (("生日", "周年纪念日", "纪念日"), _ZERO_DATES),
)


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for headers, values in PLACEHOLDERS:
        for header in headers:
            key = fold(header)
            table[key] = table.get(key, frozenset()) | {fold(v) for v in values}
    return table


@lru_cache(maxsize=4096)
def placeholders_of(header: str) -> frozenset[str]:
    """The folded values that, under this header, are the exporting program's default for
    an empty field (empty: the header has none)."""
    table = _table()
    for name in read_header(header).names:
        if name in table:
            return table[name]
    return frozenset()


def is_placeholder(header: str, text: str) -> bool:
    """Whether this text, under this header, is another program's default for an empty
    field (Priority: Normal), not something a person wrote."""
    found = placeholders_of(header)
    return bool(found) and fold(text) in found
