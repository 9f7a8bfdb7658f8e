"""A .vcf file's bytes as one clean vCard text per card, before vobject reads them.

Real files mix what vobject alone cannot read: UTF-16 without a byte-order mark (a Mac
address book), vCard 2.1 QUOTED-PRINTABLE values with soft line breaks and no CHARSET
(Latin-2 written by Outlook), `CHARSET=SHIFT_JIS`, a truncated PHOTO. Here each card is
cut out of the file on its own, its lines unfolded, quoted-printable values decoded
with their declared charset (else the card's own encoding, found by
tracker.encodings), and pictures, sounds and keys dropped (Beacon keeps none of them):
a line that is no property at all (a name with a slash, text without a colon) is set aside
with the card, for its notes: a card that still cannot be read is one card in error, never
the whole file.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

from vobject.base import line_re

from tracker.encodings import Decoded, decode_bytes

# Properties Beacon does not keep and that hold large or binary values.
DROPPED = {"PHOTO", "LOGO", "SOUND", "KEY"}
# vCard 3.0's PROFILE:VCARD says only what the file is; vobject takes it for a component.
STRUCTURE = {"PROFILE"}
# One text each, though writers leave their commas unescaped ("Smith, John").
SINGLE_TEXT = {"FN", "TITLE", "NOTE", "ROLE", "X-PHONETIC-ORG"}
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")
_CARD = re.compile(rb"BEGIN:VCARD[ \t]*[\r\n]+.*?(?:END:VCARD|(?=BEGIN:VCARD)|\Z)",
                   re.IGNORECASE | re.DOTALL)
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_PARAM_CHARSET = re.compile(rb";\s*CHARSET=([\w.:-]+)", re.IGNORECASE)
_QP = re.compile(rb";\s*(?:ENCODING=)?QUOTED-PRINTABLE", re.IGNORECASE)
_ESCAPED_BREAK = re.compile(rb"(?<!\\)(\\\\)*\\$")  # ends in an odd number of backslashes
_PROPERTY = re.compile(rb"^[A-Za-z0-9_.-]+[;:]")


@dataclass
class RawCard:
    number: int  # position in the file, from 1
    text: str  # the card as vCard text vobject reads (one property a line)
    closed: bool  # it ends with END:VCARD (False: the file was cut short)
    # Lines that are no vCard property (X-messaging/twitter-All:..., text with no colon):
    # (line number in the card, text), kept in the card's notes rather than losing the card.
    unreadable: list[tuple[int, str]] = field(default_factory=list)


def split_cards(data: bytes) -> tuple[list[RawCard], Decoded | None]:
    """Each card of the file as text; the whole file's decoding when it needed one (UTF-16:
    cards cannot be cut out of its bytes)."""
    whole: Decoded | None = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (b"\x00" in data[:4096]):
        whole = decode_bytes(data)
        data = whole.text.encode("utf-8")
    chunks = [found.group(0) for found in _CARD.finditer(data)]
    # The file's encoding for what no CHARSET declares, found from every card's bytes at
    # once: one card's name alone is too little to tell GB18030 from Korean.
    everything = b"\n".join(_undeclared(_logical_lines(chunk)) for chunk in chunks)
    file_encoding = decode_bytes(everything).encoding if _8bit(everything) else "utf-8"
    cards = []
    for number, chunk in enumerate(chunks, start=1):
        closed = bool(re.search(rb"END:VCARD\s*$", chunk, re.IGNORECASE))
        text, unreadable = _card_text(chunk, file_encoding)
        cards.append(RawCard(number, text, closed, unreadable))
    return cards, whole


def _8bit(data: bytes) -> bool:
    return any(b >= 0x80 for b in data)


def _undeclared(lines: list[bytes]) -> bytes:
    """A card's 8-bit bytes no CHARSET parameter names (quoted-printable decoded)."""
    return b"\n".join(quopri.decodestring(_value(line)) if _QP.search(_head(line)) else line
                      for line in lines if not _PARAM_CHARSET.search(_head(line)))


def _card_encoding(undeclared: bytes, file_encoding: str) -> str:
    """UTF-8 when the card's bytes are UTF-8; else the file's encoding when they read in
    it; else what the card's own bytes read as (a file of cards from several phones)."""
    if not _8bit(undeclared):
        return "utf-8"
    for encoding in ("utf-8", file_encoding):
        try:
            undeclared.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return encoding
    return decode_bytes(undeclared).encoding


def _card_text(chunk: bytes, file_encoding: str = "utf-8") -> tuple[str, list[tuple[int, str]]]:
    lines = _logical_lines(chunk)
    card_encoding = _card_encoding(_undeclared(lines), file_encoding)
    out: list[str] = []
    unreadable: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        head = _head(line)
        name = re.split(rb"[;:]", head, maxsplit=1)[0].split(b".")[-1].upper()
        if name.decode("ascii", "replace") in DROPPED | STRUCTURE:
            continue
        declared = _PARAM_CHARSET.search(head)
        encoding = declared.group(1).decode("ascii", "replace") if declared else card_encoding
        if _QP.search(head):
            value = quopri.decodestring(_value(line))
            text = _decode(value, encoding).replace("\r\n", "\n").replace("\n", "\\n")
            head = _QP.sub(b"", head)
        else:
            text = _decode(_value(line), encoding)
        head = _PARAM_CHARSET.sub(b"", head)
        if name.decode("ascii", "replace") in SINGLE_TEXT:
            text = _UNESCAPED_COMMA.sub(r"\\,", text)  # vobject keeps only the first part
        written = head.decode("ascii", "replace") + ":" + text
        if line_re.match(written) is None:
            # a parameter no parser reads (TEL;X-手机:, an Android phone's own label) is
            # left out, the property kept; a line that is no property goes to the notes
            plain = _without_bad_params(head) + ":" + text
            if line_re.match(plain) is None:
                unreadable.append((number, _decode(line, card_encoding)))
                continue
            written = plain
        out.append(written)
    return "\r\n".join(out) + "\r\n", unreadable


_PARAM = re.compile(r"^[A-Za-z0-9_-]+(=(\"[^\"]*\"|[^\";:,]*)(,(\"[^\"]*\"|[^\";:,]*))*)?$")


def _without_bad_params(head: bytes) -> str:
    """The property's name and the parameters a vCard parser reads (name=value, in ASCII
    names): TEL;X-手机 becomes TEL."""
    text = head.decode("utf-8", "replace")
    name, *params = _split_params(text)
    return ";".join([name, *(p for p in params if _PARAM.match(p))])


def _split_params(head: str) -> list[str]:
    """`head` cut at the semicolons outside double quotes."""
    parts, current, quoted = [], "", False
    for char in head:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _decode(value: bytes, encoding: str) -> str:
    try:
        return value.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return decode_bytes(value).text


def _logical_lines(chunk: bytes) -> list[bytes]:
    """Lines unfolded: a line starting with a space or tab continues the one before; in a
    quoted-printable value a line ending in = continues on the next (a soft break)."""
    lines: list[bytes] = []
    for raw in _LINE_BREAK.split(chunk):
        if not raw.strip():
            if lines and _QP.search(_head(lines[-1])) and lines[-1].endswith(b"="):
                lines[-1] = lines[-1][:-1]  # Android ends a value with "=" and a blank line
            continue
        if lines and raw[:1] in (b" ", b"\t"):
            lines[-1] += raw[1:]
        elif lines and _QP.search(_head(lines[-1])) and lines[-1].endswith(b"="):
            lines[-1] += b"\n" + raw  # quopri drops "=\n"
        elif lines and b":" not in raw and _binary(lines[-1]):
            lines[-1] += raw  # a base64 picture's bare continuation lines (vCard 2.1)
        elif lines and _ESCAPED_BREAK.search(lines[-1]) and not _PROPERTY.match(raw):
            lines[-1] += b"n" + raw  # Android: a value's line break written as \ + CRLF
        else:
            lines.append(raw)
    return lines


def _binary(line: bytes) -> bool:
    """A picture, sound or key, or a base64 value: 2.1 writers continue them unindented."""
    head = _head(line).upper()
    name = re.split(rb"[;:]", head, maxsplit=1)[0].split(b".")[-1]
    return name.decode("ascii", "replace") in DROPPED or b"BASE64" in head or (
        b"ENCODING=B" in head)


def _head(line: bytes) -> bytes:
    """The property name and parameters (before the first colon outside quotes)."""
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return line[:index]
    return line


def _value(line: bytes) -> bytes:
    return line[len(_head(line)) + 1:]
