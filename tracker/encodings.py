"""Which encoding a text file (CSV, vCard) is in: by its byte-order mark, a declared charset,
strict UTF-8, UTF-16 without a mark (every other byte zero), then charset-normalizer (not
a hand-written guess) among the encodings such files come in.

UTF-8 with a few bad bytes stays UTF-8: the bad bytes become U+FFFD and the caller says
where, rather than re-reading the whole file as cp1252. A file whose best readings
disagree is ambiguous: the caller asks which (the wizard's encoding list, --encoding).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

# What spreadsheets, phones and address books write, most common first.
CANDIDATES = ("utf_8", "gb18030", "big5", "shift_jis", "euc_kr", "cp1252", "cp1250",
              "iso8859_2", "cp1251", "iso8859_15")
# Shown in the wizard's encoding list (Python codec names).
CHOICES = ("utf-8", "gb18030", "big5", "shift_jis", "euc_kr", "cp1252", "cp1250", "iso8859_2",
           "cp1251", "utf-16")
BAD_SHARE = 0.25  # at most this share of non-ASCII characters unreadable: UTF-8, bad bytes
_MID_WORD_CAPITAL = re.compile(r"[a-zß-ÿ][A-ZÀ-ÞĀ-Ž]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name
    how: str  # bom, declared, utf-8, utf-16, detected, replaced (UTF-8, bad bytes replaced)
    alternatives: tuple[str, ...] = field(default=())  # readings that differ: ambiguous

    @property
    def ambiguous(self) -> bool:
        return bool(self.alternatives)


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """The text of `data`; `declared`: a charset the file itself names (vCard CHARSET=)."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                      (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name, "bom")
    utf16 = utf16_without_bom(data)
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"), utf16, "utf-16")
    if declared:
        try:
            return Decoded(data.decode(declared), codecs.lookup(declared).name, "declared")
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return Decoded(data.decode("utf-8", errors="replace"), "utf-8", "replaced")
    return _detected(data)


def utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark (a Mac address book's export): ASCII characters leave
    a zero in every other byte."""
    sample = data[:4096]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes: several characters of two or more bytes read right (text
    in another encoding almost never forms them), and bad bytes are a small share."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) >= 0x80 and ch != "\ufffd")
    return bad > 0 and good >= 2 and bad <= BAD_SHARE * (good + bad)


def _detected(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    results = list(from_bytes(data, cp_isolation=list(CANDIDATES)))
    if not results:
        return Decoded(data.decode("cp1252", errors="replace"), "cp1252", "detected",
                       ("gb18030", "utf-8"))
    best = results[0]
    encoding = _central_european(data, str(best.encoding))
    others = []
    chinese = next((r for r in results if str(r.encoding) == "gb18030"), None)
    if encoding != "gb18030" and chinese is not None and chinese.chaos <= best.chaos + 0.01:
        # A few Chinese characters (孙八) read as well in Korean or Big5, and the detector
        # picks one at random: for Beacon's users GB18030 comes first, the other after.
        others.append(encoding)
        encoding = "gb18030"
    readings = {encoding: data.decode(encoding, errors="replace")}
    close = {encoding, *others}
    for other in results[1:6]:
        name = str(other.encoding)
        if name not in readings and other.chaos <= best.chaos + 0.15:
            readings[name] = data.decode(name, errors="replace")
            if other.chaos <= best.chaos + 0.05:
                close.add(name)
    # Readings about as good by the detector's measure differ in what a person sees at
    # once: a letter glued to a number (5ş against 5º), a Cyrillic or CJK letter inside a
    # Latin word (Crщdito), symbols mixed into letters (–¼–³‚µ for 名無し), bytes that do
    # not read. The fewest such slips wins; a reading with more is no alternative.
    slips = {name: _slips(text) for name, text in readings.items()}
    fewest = min(slips.values())
    if slips[encoding] > fewest and encoding != "gb18030":
        encoding = next(name for name, count in slips.items() if count == fewest)
    text = readings[encoding]
    others = [name for name in dict.fromkeys([*others, *readings])
              if name != encoding and slips.get(name, fewest) <= slips[encoding]
              and (name in close or encoding not in close)
              and readings.get(name, data.decode(name, errors="replace")) != text]
    return Decoded(text, encoding, "detected", tuple(others))


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ORDINALS = "ºª"


def _slips(text: str) -> int:
    """How many places of the text read as no writer would have written them."""
    count = 0
    for found in _NON_ASCII.finditer(text):
        run, start, end = found.group(), found.start(), found.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        first = run[0]
        if before.isdigit() and first.isalpha() and first not in _ORDINALS:
            count += 1  # 5ş
        if (before.isascii() and before.isalpha() or after.isascii() and after.isalpha()) and (
                any(ch.isalpha() and not _latin(ch) for ch in run)):
            count += 1  # Crщdito, P鴫o
        if len(run) > 1 and any(ch.isalpha() for ch in run) and any(
                _symbol(ch) for ch in run):
            count += 1  # •º‰
        count += run.count("\ufffd")  # bytes the reading cannot read at all
    return count


def _latin(ch: str) -> bool:
    return ch in _ORDINALS or unicodedata.name(ch, "").startswith("LATIN")


def _symbol(ch: str) -> bool:
    """Punctuation, a sign or a fraction outside the CJK blocks (，。 belong with 汉字)."""
    return ord(ch) < 0x2E80 and unicodedata.category(ch)[0] in "PSNC" and not ch.isdigit()


def _central_european(data: bytes, detected: str) -> str:
    """cp1250 or ISO-8859-2: they differ in 0x80-0xBF. Bytes 0x80-0x9F are letters only in
    cp1250; otherwise the reading with more letters and fewer capitals inside words."""
    if detected not in ("cp1250", "iso8859_2"):
        return detected
    if any(0x80 <= b <= 0x9F for b in data):
        return "cp1250"

    def plausible(name: str) -> int:
        text = data.decode(name, errors="replace")
        return sum(ch.isalpha() for ch in text) - 2 * len(_MID_WORD_CAPITAL.findall(text))

    return max(("iso8859_2", "cp1250"), key=plausible)
