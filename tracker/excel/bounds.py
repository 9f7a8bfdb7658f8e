"""How much memory a workbook will make the reader take, decided from its bytes first.

python-calamine builds each sheet as a dense grid from A1 to the last cell it finds (32
bytes a cell, then a Python list slot each), reserves room for as many shared strings as
the file claims, and for an .xls as many cells as its DIMENSIONS record claims. A 1.8 KB
file with one cell at ALK299999 asked for 9.6 GB; a claim of two billion strings for
48 GB; the allocation fails and the whole process aborts. So before any reader runs, the
claims are checked against each other and against the real uncompressed bytes:

- a sheet's grid (last row x last column, counting cells and rows written without a
  reference by position, as the reader does) must fit MAX_CELLS, and so must its
  declared <dimension>;
- the shared-strings table cannot claim more strings than its bytes can hold;
- an .xls sheet's DIMENSIONS record and its cells' positions must fit the same grid.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from tracker import messages as m
from tracker.errors import ImportFileError
from tracker.messages import say

MAX_ROWS = 300_000
MAX_COLUMNS = 1_000
MAX_CELLS = 8_000_000  # 300,000 rows x 26 columns; ~250 MB in the reader, ~65 MB of lists
MIN_STRING_BYTES = 5  # `<si/>`: no shared string takes fewer bytes

# Literal prefixes (`<row `, ` r="`) let the regex engine skip ahead at C speed: a
# 100,000 x 21 sheet (82 MB of XML) is counted in about 0.3 s.
_ROW_REF = re.compile(rb'<row (?:[^>]*? )?r="(\d+)"')
_CELL_LETTERS = re.compile(rb' r="([A-Z]+)\d')
_CELL_REF = re.compile(rb' r="([A-Z]+)(\d+)"')
# Namespaced tags (<x:row>, <x:c>) and cells without a reference take the slow path.
_ANY_ROW = re.compile(rb"<(?:\w+:)?row[\s/>]")
_ANY_ROW_REF = re.compile(rb"<(?:\w+:)?row\b[^>]*?\sr=\"(\d+)\"")
_ANY_CELL_REF = re.compile(rb"<(?:\w+:)?c\b[^>]*?\sr=\"([A-Z]+)(\d+)\"")
_CELL_WITHOUT_REF = re.compile(rb"<(?:\w+:)?c(?=[\s/>])(?![^>]*\sr=)")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?\bref=\"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\"")
_SST = re.compile(rb"<(?:\w+:)?sst\b[^>]*?\buniqueCount=\"(\d+)\"")


def _greater(text: bytes, digit: bytes, first: int, last: int) -> bytes:
    """A regex for strings of `digit` characters (A-Z or 0-9) that compare greater than
    `text` as spreadsheet references do: longer, or as long and greater at the first
    difference."""
    alphabet = bytes(range(first, last + 1))
    options = [digit + b"{%d,}" % (len(text) + 1)]
    for index, char in enumerate(text):
        above = alphabet[alphabet.index(char) + 1:]
        if above:
            rest = len(text) - index - 1
            options.append(re.escape(text[:index]) + b"[" + above[:1] + b"-" + above[-1:]
                           + b"]" + (digit + b"{%d}" % rest if rest else b""))
    return b"(?:" + b"|".join(options) + b")"


def _outside(text: bytes, digit: bytes, top: bytes) -> tuple[bytes, int]:
    """A regex for references longer than `text` or as long and starting higher, and the
    largest value one that matches neither can have (`100000` -> 199999, `AB` -> AZ)."""
    options = [digit + b"{%d,}" % (len(text) + 1)]
    if text[:1] != top:
        options.append(b"[" + bytes([text[0] + 1]) + b"-" + top + b"]" + digit
                       + b"{%d}" % (len(text) - 1))
    largest = text[:1] + top * (len(text) - 1)
    bound = int(largest) if top == b"9" else column_index(largest)
    return b"(?:" + b"|".join(options) + b")", bound


def _column_letters(index: int) -> bytes:
    letters = b""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = bytes([65 + rest]) + letters
    return letters


Refuse = Callable[[str], ImportFileError]


def column_index(letters: bytes | str) -> int:
    """A1 -> 1, AA -> 27: a column's number from its letters."""
    text = letters.decode() if isinstance(letters, bytes) else letters
    index = 0
    for char in text:
        index = index * 26 + (ord(char) - 64)
    return index


def check_grid(rows: int, columns: int, refuse: Refuse) -> None:
    """Refuse a sheet whose rows, columns or grid exceed what Beacon reads."""
    if rows > MAX_ROWS:
        raise refuse(say(m.SHEET_CLAIMS_ROWS, rows=f"{rows:,}", limit=f"{MAX_ROWS:,}"))
    if columns > MAX_COLUMNS:
        raise refuse(say(m.SHEET_CLAIMS_COLUMNS, columns=f"{columns:,}",
                         limit=f"{MAX_COLUMNS:,}"))
    if rows * columns > MAX_CELLS:
        raise refuse(say(m.SHEET_CLAIMS_CELLS, rows=f"{rows:,}", columns=f"{columns:,}",
                         limit=f"{MAX_CELLS:,}"))


@dataclass
class SheetGrid:
    """The grid an .xlsx worksheet part will make, counted chunk by chunk as it streams.

    Only whole tags are read: the bytes after a chunk's last `<` wait for the next chunk.
    The last row and column are kept exact without a Python step per cell: after the
    first chunk, a chunk is searched (at C speed) only for references beyond them."""

    refuse: Refuse
    last_row: int = 0  # by reference, of rows or cells
    rows_without_ref: int = 0
    last_column: int = 0
    widest_unreferenced_run: int = 0
    pending: bytes = b""
    first: bool = True
    namespaced: bool = False  # <x:worksheet>: every tag carries the prefix

    def feed(self, chunk: bytes) -> None:
        data = self.pending + chunk if self.pending else chunk
        cut = data.rfind(b"<")
        if cut < 0:
            cut = len(data)
        self.pending = data[cut:]
        self._count(data, cut)

    def close(self) -> None:
        self._count(self.pending, len(self.pending))
        self.pending = b""

    def _count(self, data: bytes, end: int) -> None:
        """Count the tags in data[:end] (sliced by position, not copied)."""
        if not end:
            return
        if self.first:
            self.first = False
            head = data[:min(end, 65536)]
            self.namespaced = b"<worksheet" not in head and b":worksheet" in head
            self._dimension(head)
        if self.namespaced:  # every reference read, the slow way
            part = data[:end]
            row_refs = _ANY_ROW_REF.findall(part)
            self.last_row = max([self.last_row, *map(int, row_refs)])
            self.rows_without_ref += len(_ANY_ROW.findall(part)) - len(row_refs)
            for letters, number in _ANY_CELL_REF.findall(part):
                self.last_column = max(self.last_column, column_index(letters))
                self.last_row = max(self.last_row, int(number))
            self._unreferenced(part)
        else:
            row_refs = _ROW_REF.findall(data, 0, end)
            if row_refs:
                self.last_row = max(self.last_row, max(map(int, row_refs)))
            # `<row` also counts a <rowBreaks>, and `<c` a <col>: too many is on the safe side
            self.rows_without_ref += data.count(b"<row", 0, end) - len(row_refs)
            cells = data.count(b"<c", 0, end)
            if cells > data.count(b' r="', 0, end) - len(row_refs):
                self._unreferenced(data[:end])
            self._beyond(data, end)
        check_grid(self.last_row + self.rows_without_ref,
                   self.last_column + self.widest_unreferenced_run, self.refuse)

    def _dimension(self, data: bytes) -> None:
        found = _DIMENSION.search(data)  # <dimension> comes before the rows
        if found is not None:
            first_row, first_col = int(found[2]), column_index(found[1])
            last_row = int(found[4] or found[2])
            last_col = column_index(found[3] or found[1])
            check_grid(max(last_row - first_row, 0) + 1, max(last_col - first_col, 0) + 1,
                       self.refuse)

    def _beyond(self, data: bytes, end: int) -> None:
        """Cells whose reference lies past the last row or column known so far.

        A reference no longer than the longest seen and not starting higher (row 1xxxxx
        after row 100000, column Ax after AB) stays inside a grid known in advance
        (199,999 rows, 52 columns): while that grid fits, only references outside it are
        looked for, at C speed. Past it, any reference beyond the last row or column."""
        if self.last_column == 0:
            letters = set(_CELL_LETTERS.findall(data, 0, end))
            if letters:
                self.last_column = column_index(max(letters, key=lambda t: (len(t), t)))
        column = _column_letters(self.last_column) or b"A"
        row = str(self.last_row).encode()
        right, right_bound = _outside(column, b"[A-Z]", b"Z")
        down, down_bound = _outside(row, rb"\d", b"9")
        if right_bound * down_bound > MAX_CELLS:  # near the limit: exact
            right = _greater(column, b"[A-Z]", 65, 90)
            down = _greater(row, rb"\d", 48, 57)
        beyond = re.compile(b' r="(?:' + right + rb"\d|[A-Z]+" + down + b'")')
        if beyond.search(data, 0, end):
            for letters, number in _CELL_REF.findall(data, 0, end):
                self.last_column = max(self.last_column, column_index(letters))
                self.last_row = max(self.last_row, int(number))

    def _unreferenced(self, data: bytes) -> None:
        """Cells placed by position in their row (no `r`): the widest such run in a row."""
        runs = [len(_CELL_WITHOUT_REF.findall(row)) for row in _ANY_ROW.split(data)]
        self.widest_unreferenced_run = max(self.widest_unreferenced_run, *runs, 0)


@dataclass
class SharedStrings:
    """The shared-strings part: the reader reserves room for the count it claims."""

    refuse: Refuse
    size: int
    claimed: int | None = None
    head: bytes = b""

    def feed(self, chunk: bytes) -> None:
        if self.claimed is not None or len(self.head) > 4096:
            return
        self.head += chunk[:4096]
        found = _SST.search(self.head)
        if found is None:
            return
        self.claimed = int(found[1])
        most = self.size // MIN_STRING_BYTES + 1
        if self.claimed > min(most, MAX_CELLS):
            raise self.refuse(say(m.STRINGS_CLAIMED, claimed=f"{self.claimed:,}",
                                  most=f"{min(most, MAX_CELLS):,}"))


# --- .xls (BIFF inside an OLE2 compound file) ---------------------------------------------
_BOF, _EOF, _DIMENSIONS = 0x0809, 0x000A, 0x0200
_CELL_RECORDS = {0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006, 0x00BD}
_MULRK = 0x00BD


@dataclass
class _XlsSheet:
    last_row: int = 0
    last_column: int = 0
    seen: bool = field(default=False)


def check_xls_stream(stream: bytes, refuse: Refuse) -> None:
    """Walk the Workbook stream's records: each sheet's DIMENSIONS claim and the last
    row and column its cells name must fit the grid."""
    offset, depth = 0, 0
    sheet = _XlsSheet()
    size = len(stream)
    while offset + 4 <= size:
        kind, length = struct.unpack_from("<HH", stream, offset)
        data = stream[offset + 4:offset + 4 + length]
        offset += 4 + length
        if kind == _BOF:
            depth += 1
            sheet = _XlsSheet()
        elif kind == _EOF:
            if sheet.seen:
                check_grid(sheet.last_row, sheet.last_column, refuse)
            depth = max(depth - 1, 0)
            sheet = _XlsSheet()
        elif kind == _DIMENSIONS and len(data) >= 10:
            if len(data) >= 14:
                first_row, end_row, first_col, end_col = struct.unpack_from("<IIHH", data)
            else:
                first_row, end_row, first_col, end_col = struct.unpack_from("<HHHH", data)
            check_grid(max(end_row - first_row, 0) + 1, max(end_col - first_col, 0) + 1,
                       refuse)
        elif kind in _CELL_RECORDS and len(data) >= 4:
            row, column = struct.unpack_from("<HH", data)
            if kind == _MULRK and len(data) >= 6:
                column = struct.unpack_from("<H", data, len(data) - 2)[0]
            sheet.seen = True
            sheet.last_row = max(sheet.last_row, row + 1)
            sheet.last_column = max(sheet.last_column, column + 1)
            if sheet.last_row * sheet.last_column > MAX_CELLS:
                check_grid(sheet.last_row, sheet.last_column, refuse)


# --- .ods (content.xml) -------------------------------------------------------------------
_ODS_TAG = re.compile(rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>")
_ODS_REPEAT = re.compile(rb"number-(?:rows|columns)-repeated=\"(\d+)\"")


@dataclass
class OdsGrid:
    """Each sheet's last row and column holding a value, repeats included (LibreOffice pads
    a sheet with empty repeated rows to row 1,048,576: those do not count)."""

    refuse: Refuse
    row: int = 0  # rows before the current one
    row_repeat: int = 1
    column: int = 0
    last_row: int = 0
    last_column: int = 0
    pending: bytes = b""

    def feed(self, chunk: bytes) -> None:
        data = self.pending + chunk if self.pending else chunk
        cut = data.rfind(b"<")
        cut = len(data) if cut < 0 else cut
        self.pending = data[cut:]
        self._count(data, cut)

    def close(self) -> None:
        self._count(self.pending, len(self.pending))
        self.pending = b""

    def _count(self, data: bytes, end: int) -> None:
        for closing, tag, attributes, empty in _ODS_TAG.findall(data, 0, end):
            repeat = _ODS_REPEAT.search(attributes)
            count = int(repeat[1]) if repeat else 1
            if tag == b"table":
                if not closing:
                    self.row = self.column = self.last_row = self.last_column = 0
            elif tag == b"table-row":
                if closing:
                    self.row += self.row_repeat
                else:
                    self.row_repeat, self.column = count, 0
                    if empty:
                        self.row += count
            else:
                if not closing:
                    if b"value-type" in attributes:
                        self.last_row = max(self.last_row, self.row + self.row_repeat)
                        self.last_column = max(self.last_column, self.column + count)
                        check_grid(self.last_row, self.last_column, self.refuse)
                    self.column += count
