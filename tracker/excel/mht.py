"""MHT / MHTML "single file web pages" (what Excel's "Save as Single File Web Page" and
browsers write, often named .xls by web systems): a mail message whose parts are the page,
its pictures and, for a workbook, one HTML part per sheet. The standard library's email
parser takes the parts apart (quoted-printable and base64 undone, each part's charset
read); the HTML parts' tables are read as any web page's are (tracker.excel.html_tables),
under the same limits, all parts together counting as one file.
"""

from __future__ import annotations

import email
import re
from email.message import Message

from tracker import messages as m
from tracker.excel.html_tables import Page, read_html_pages
from tracker.excel.markup import MAX_TABLES, ParsedBook, Refuse
from tracker.messages import say

# Excel's own page of sheet tabs (links to the sheets' parts): no data of its own.
NAVIGATION_PARTS = ("tabstrip.htm", "tabstrip.html")
# Excel names each sheet in the main part: <x:Name>Kunden</x:Name> then its part's address.
_SHEET_NAMES = re.compile(r"<x:Name>([^<]{1,100})</x:Name>\s*<x:WorksheetSource\s+HRef=\"?"
                          r"([^\">\s]+)", re.IGNORECASE)


def read_mht(data: bytes, stem: str, chosen: str | None, refuse: Refuse) -> ParsedBook:
    """Each table of the file's HTML parts that holds any text, as a sheet."""
    try:
        message = email.message_from_bytes(data)
        parts = _html_parts(message, refuse)
    except RecursionError:  # parts inside parts inside parts...: no page a program writes
        raise refuse(say(m.DAMAGED)) from None
    pages: list[Page] = []
    names: dict[str, str] = {}
    for part in parts:
        location = str(part.get("Content-Location", "") or "").strip()
        if location.rsplit("/", 1)[-1].casefold() in NAVIGATION_PARTS:
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        charset = part.get_content_charset()
        text = _text(payload, charset)
        for name, address in _SHEET_NAMES.findall(text):
            names[address.rsplit("/", 1)[-1].casefold()] = " ".join(name.split())
        pages.append(Page(payload, charset, location))
    if not pages:
        raise refuse(say(m.WEB_PAGE_NO_TABLE))
    named = [Page(p.data, p.charset, names.get(p.sheet.rsplit("/", 1)[-1].casefold(), ""))
             for p in pages]
    return read_html_pages(named, stem, chosen, refuse)


def _text(payload: bytes, charset: str | None) -> str:
    """A part's text for the sheet names it gives (the tables are decoded with care later)."""
    for encoding in (charset or "utf-8", "utf-8"):
        try:
            return payload.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


def _html_parts(message: Message, refuse: Refuse) -> list[Message]:
    found: list[Message] = []
    for count, part in enumerate(message.walk(), start=1):
        if count > MAX_TABLES:
            raise refuse(say(m.TOO_MANY_TABLES, limit=f"{MAX_TABLES:,}"))
        if part.get_content_type() == "text/html":
            found.append(part)
    return found
