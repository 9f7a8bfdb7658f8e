"""A .vcf file's bytes as one clean vCard text per card, before vobject reads them.

Real files mix what vobject alone cannot read: UTF-16 without a byte-order mark (a Mac
address book), vCard 2.1 QUOTED-PRINTABLE values with soft line breaks and no CHARSET
(Latin-2 written by Outlook), `CHARSET=SHIFT_JIS`, a truncated PHOTO. Here each card is
cut out of the file on its own, its lines unfolded, quoted-printable values decoded
with their declared charset (else the card's own encoding, found by
tracker.encodings), and pictures, sounds and keys dropped (Beacon keeps none of them); a
card inside a card (an AGENT, or a card begun where another lacks its END:VCARD) is cut
out as a card of its own;
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
_BEGIN = re.compile(rb"^\s*BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(rb"^\s*END:VCARD\s*$", re.IGNORECASE)
# A card inside a card: vCard 2.1's AGENT (an assistant, a secretary), its BEGIN:VCARD on
# the AGENT line or the next; vCard 3.0 writes it as one escaped value ("BEGIN:VCARD\nFN:...").
_AGENT = rb"^(?:[\w-]+\.)?AGENT(?:;[^:]*)?:\s*"
_AGENT_BEGIN = re.compile(_AGENT + rb"BEGIN:VCARD\s*$", re.IGNORECASE)
_AGENT_EMPTY = re.compile(_AGENT + rb"$", re.IGNORECASE)
_AGENT_INLINE = re.compile(_AGENT + rb"BEGIN:VCARD\\n", re.IGNORECASE)
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
    agent_of: int | None = None  # the number of the card whose AGENT this card is


@dataclass
class _Chunk:
    """One card's lines as cut from the file, before decoding."""

    start: float  # where it begins in the file (its cards are numbered in this order)
    lines: list[bytes]
    agent_of: float | None = None  # the start of the card whose AGENT it is
    nested: bool = False  # another card began inside it
    closed: bool = False


def _cut(data: bytes) -> list[_Chunk]:
    """The file's cards, a card inside another (an AGENT, or a BEGIN:VCARD where a card
    has no END:VCARD yet) cut out as a card of its own. A card still open at the end of
    the file was cut short, unless another card began inside it: then it lacks only its
    END:VCARD, and what it says is whole."""
    stack: list[_Chunk] = []
    done: list[_Chunk] = []
    for index, line in enumerate(_LINE_BREAK.split(data)):
        agent = _AGENT_BEGIN.match(line)
        if _BEGIN.match(line) or (agent and stack):
            outer = stack[-1] if stack else None
            agent_of = None
            if outer is not None:
                outer.nested = True
                if agent or (outer.lines and _AGENT_EMPTY.match(outer.lines[-1])):
                    if not agent:
                        outer.lines.pop()  # the AGENT line that announced it
                    agent_of = outer.start
            stack.append(_Chunk(index, [b"BEGIN:VCARD"], agent_of))
        elif _END.match(line):
            if stack:
                card = stack.pop()
                card.lines.append(b"END:VCARD")
                card.closed = True
                done.append(card)
        elif stack:
            stack[-1].lines.append(line)
    for card in stack:
        if card.nested:
            card.lines.append(b"END:VCARD")
            card.closed = True
        done.append(card)
    return sorted(done, key=lambda c: c.start)


def _inline_agents(chunk: _Chunk) -> list[_Chunk]:
    """vCard 3.0's AGENT:BEGIN:VCARD\\nFN:...\\nEND:VCARD (one escaped value, maybe folded):
    taken out of the card, as a card of its own."""
    found: list[_Chunk] = []
    if not any(b"AGENT" in line.upper() for line in chunk.lines):
        return found
    for number, line in enumerate(_logical_lines(b"\r\n".join(chunk.lines)), start=1):
        if _AGENT_INLINE.match(line):
            value = _value(line).replace(b"\\n", b"\n").replace(b"\\N", b"\n")
            inner = [unescaped.replace(b"\\;", b";").replace(b"\\,", b",").replace(
                b"\\:", b":") for unescaped in value.split(b"\n") if unescaped.strip()]
            closed = bool(inner) and bool(_END.match(inner[-1]))
            found.append(_Chunk(chunk.start + number / 10_000, inner, chunk.start,
                                closed=closed))
    if found:
        chunk.lines = [line for line in _logical_lines(b"\r\n".join(chunk.lines))
                       if not _AGENT_INLINE.match(line)]
    return found


def split_cards(data: bytes) -> tuple[list[RawCard], Decoded | None]:
    """Each card of the file as text; the whole file's decoding when it needed one (UTF-16:
    cards cannot be cut out of its bytes)."""
    whole: Decoded | None = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (b"\x00" in data[:4096]):
        whole = decode_bytes(data)
        data = whole.text.encode("utf-8")
    chunks = _cut(data)
    chunks = sorted(chunks + [a for c in chunks for a in _inline_agents(c)],
                    key=lambda c: c.start)
    texts = [b"\r\n".join(c.lines) for c in chunks]
    # The file's encoding for what no CHARSET declares, found from every card's bytes at
    # once: one card's name alone is too little to tell GB18030 from Korean.
    everything = b"\n".join(_undeclared(_logical_lines(text)) for text in texts)
    file_encoding = decode_bytes(everything).encoding if _8bit(everything) else "utf-8"
    numbers = {c.start: n for n, c in enumerate(chunks, start=1)}
    cards = []
    for number, (chunk, raw) in enumerate(zip(chunks, texts, strict=True), start=1):
        text, unreadable = _card_text(raw, file_encoding)
        agent_of = numbers.get(chunk.agent_of) if chunk.agent_of is not None else None
        cards.append(RawCard(number, text, chunk.closed, unreadable, agent_of))
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
