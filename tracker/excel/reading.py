"""Read a checked workbook or CSV into plain rows of cell values.

Workbooks go through python-calamine (.xlsx .xlsm .xls .ods; a formula cell
gives its cached value). CSV text is decoded as UTF-8 (with or without BOM),
UTF-16 (Excel's "Unicode text") or GB18030, the superset of GBK that Chinese
Excel writes, and split on whichever common delimiter the sample shows.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine

from tracker import messages as m
from tracker.encodings import CHOICES, Decoded, decode_bytes
from tracker.errors import ImportFileError
from tracker.excel.bounds import MAX_CELLS, MAX_COLUMNS, MAX_ROWS
from tracker.excel.formulas import unsaved_formulas
from tracker.excel.markup import HTML, MHT, XML_2003, ParsedBook, ParsedSheet
from tracker.excel.safety import (
    MAX_CELL_CHARS,
    CheckedFile,
    check_file,
)
from tracker.messages import say

Cell = Any  # str, int, float, bool, date, datetime, time, timedelta or None
DELIMITERS = ",;\t|"


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    # Rows (numbered from 1) holding text the encoding could not read (shown as U+FFFD).
    replaced_rows: set[int] = field(default_factory=set)
    encoding: str = ""  # a CSV file's
    # (row, column) from 0 -> formula: cells holding a formula with no value saved (.xlsx)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class Workbook:
    """An opened, checked file: its sheet names; sheets are read on demand."""

    checked: CheckedFile
    sheet_names: list[str]
    file_hash: str
    encoding: str = ""
    delimiter: str = ""
    # How the text's encoding was found (bom, utf-8, replaced, detected, chosen), and the
    # other encodings that read it differently (the encoding is not certain: ask).
    encoding_how: str = ""
    alternatives: tuple[str, ...] = ()
    hidden: frozenset[str] = frozenset()  # sheets hidden in Excel (a drop-down's lists)
    # A web page's tables or an Excel 2003 XML file's worksheets, read when it was opened.
    parsed: dict[str, ParsedSheet] = field(default_factory=dict, repr=False)

    @property
    def visible_names(self) -> list[str]:
        return [n for n in self.sheet_names if n not in self.hidden] or list(self.sheet_names)

    @property
    def path(self) -> Path:
        return self.checked.path

    @property
    def kind(self) -> str:
        return self.checked.kind

    @property
    def is_text(self) -> bool:
        """Text whose encoding Beacon finds (and the user may choose): CSV, a web page."""
        return self.kind in ("csv", HTML, MHT)


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


SUFFIX_KINDS = {"xlsx": (".xlsx", ".xlsm"), "xls": (".xls",), "ods": (".ods",), "csv": ()}


def open_workbook(path: Path | str, encoding: str | None = None) -> Workbook:
    """The checked file; a CSV's or web page's text encoding detected, or `encoding` (the
    user's)."""
    checked = check_file(path)
    digest = file_hash(checked.path)
    if encoding and checked.kind in ("csv", HTML, MHT):
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ImportFileError(checked.path.name, say(
                m.NO_SUCH_ENCODING, encoding=repr(encoding), known=", ".join(CHOICES))) from None
    if checked.kind in (HTML, MHT, XML_2003):
        return _markup_book(checked, digest, encoding)
    if checked.kind == "csv":
        if encoding:
            return Workbook(checked, [checked.path.stem], digest, encoding=encoding,
                            encoding_how="chosen")
        found = detect_encoding(checked.path)
        return Workbook(checked, [checked.path.stem], digest, encoding=found.encoding,
                        encoding_how=found.how, alternatives=found.alternatives)
    workbook = _calamine(checked)
    try:
        names = list(workbook.sheet_names)
        hidden = frozenset(s.name for s in workbook.sheets_metadata
                           if s.visible != python_calamine.SheetVisibleEnum.Visible)
    finally:
        workbook.close()
    if not names:
        raise ImportFileError(checked.path.name, say(m.NO_SHEETS))
    return Workbook(checked, names, digest, hidden=hidden)


def _markup_book(checked: CheckedFile, digest: str, encoding: str | None) -> Workbook:
    from tracker.excel.html_tables import read_html_tables
    from tracker.excel.mht import read_mht
    from tracker.excel.spreadsheet_ml import read_spreadsheet_ml

    def refuse(reason: str) -> ImportFileError:
        return ImportFileError(checked.path.name, reason)

    data = checked.path.read_bytes()
    book: ParsedBook = (read_html_tables(data, checked.path.stem, encoding, refuse)
                        if checked.kind == HTML else read_mht(data, checked.path.stem, encoding,
                                                              refuse)
                        if checked.kind == MHT else read_spreadsheet_ml(data, refuse))
    page = checked.kind in (HTML, MHT)  # an XML file's encoding is its own (declared)
    decoded = book.decoded
    return Workbook(checked, [s.name for s in book.sheets], digest,
                    encoding=decoded.encoding if page else "", encoding_how=decoded.how,
                    alternatives=decoded.alternatives if page else (),
                    hidden=frozenset(s.name for s in book.sheets if s.hidden),
                    parsed={s.name: s for s in book.sheets})


def _calamine(checked: CheckedFile) -> python_calamine.CalamineWorkbook:
    try:
        if checked.repaired is not None:
            return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(checked.repaired))
        if checked.path.suffix.lower() not in SUFFIX_KINDS[checked.kind]:  # read by content
            return python_calamine.CalamineWorkbook.from_filelike(
                io.BytesIO(checked.path.read_bytes()))
        return python_calamine.CalamineWorkbook.from_path(str(checked.path))
    except python_calamine.PasswordError:
        raise ImportFileError(checked.path.name, say(m.PASSWORD)) from None
    except (python_calamine.CalamineError, ValueError, OSError):
        raise ImportFileError(checked.path.name, say(m.UNREADABLE_WORKBOOK)) from None


def read_sheet(workbook: Workbook, name: str | None = None,
               meanwhile: Callable[[], None] | None = None) -> Sheet:
    """Rows of one sheet (the first when `name` is None), checked against the limits.
    `meanwhile` runs while python-calamine reads a workbook's sheet (on a second thread:
    calamine lets go of the GIL while it parses, about 1 s of a 100,000-row sheet)."""
    sheet_name = name or workbook.sheet_names[0]
    if sheet_name not in workbook.sheet_names:
        raise ImportFileError(workbook.path.name, say(
            m.NO_SUCH_SHEET, name=repr(sheet_name), sheets=", ".join(workbook.sheet_names)))
    if workbook.kind == "csv":
        rows, delimiter = read_csv(workbook.path, workbook.encoding)
        workbook.delimiter = delimiter
        replaced = {n for n, row in enumerate(rows, start=1)
                    if any("\ufffd" in cell for cell in row)}
        return Sheet(sheet_name, rows, replaced_rows=replaced, encoding=workbook.encoding)
    if workbook.parsed:
        return _parsed_sheet(workbook, workbook.parsed[sheet_name])
    with ThreadPoolExecutor(1, thread_name_prefix="beacon-read") as pool:
        reading = pool.submit(_calamine_grid, workbook, sheet_name)
        # the formulas saved without their values (an .xlsx written by a program)
        formulas = unsaved_formulas(workbook.path, sheet_name) if (
            workbook.kind == "xlsx") else {}
        if meanwhile is not None:
            meanwhile()
        rows, merged = reading.result()
    _check_rows(rows, workbook.path.name, sheet_name)
    _fill_merged_down(rows, merged)
    return Sheet(sheet_name, rows, merged, formulas=formulas)


def _calamine_grid(workbook: Workbook, sheet_name: str) -> tuple[list[list[Cell]], list[Any]]:
    book = _calamine(workbook.checked)
    try:
        try:
            data = book.get_sheet_by_name(sheet_name)
            return data.to_python(skip_empty_area=False), list(data.merged_cell_ranges or [])
        except python_calamine.CalamineError:
            raise ImportFileError(workbook.path.name, say(m.UNREADABLE_SHEET),
                                  sheet=sheet_name) from None
    finally:
        book.close()


def _parsed_sheet(workbook: Workbook, parsed: ParsedSheet) -> Sheet:
    rows = [list(row) for row in parsed.rows]  # the caller may change its rows
    _check_rows(rows, workbook.path.name, parsed.name)
    _fill_merged_down(rows, parsed.merged)
    replaced = {n for n, row in enumerate(rows, start=1)
                if any(isinstance(cell, str) and "\ufffd" in cell for cell in row)}
    return Sheet(parsed.name, rows, list(parsed.merged), replaced_rows=replaced,
                 encoding=workbook.encoding, formulas=dict(parsed.formulas))


def _fill_merged_down(rows: list[list[Cell]], merged: list[tuple[tuple[int, int],
                                                                  tuple[int, int]]]) -> None:
    """A cell merged down over several rows (one company beside its three contacts) holds
    its value only in its first row: each row it covers gets it, as a person reads it.
    Merges along one row (a title across the table) are left as they are."""
    for (top, left), (bottom, right) in merged:
        if bottom <= top or top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            for c in range(left, min(right, len(rows[r]) - 1) + 1):
                if rows[r][c] in (None, ""):
                    rows[r][c] = value


def _check_rows(rows: list[list[Cell]], file_name: str, sheet: str) -> None:
    if len(rows) > MAX_ROWS:
        raise ImportFileError(file_name, say(m.SHEET_ROWS, rows=f"{len(rows):,}",
                                             limit=f"{MAX_ROWS:,}"), sheet=sheet)
    for number, row in enumerate(rows, start=1):
        if len(row) > MAX_COLUMNS:
            raise ImportFileError(file_name, say(m.SHEET_COLUMNS, columns=f"{len(row):,}",
                                                 limit=f"{MAX_COLUMNS:,}"), sheet=sheet)
        for value in row:  # the common case: no cell to name (a plain loop is fastest)
            if value.__class__ is str and len(value) > MAX_CELL_CHARS:
                break
        else:
            continue
        for index, value in enumerate(row):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise ImportFileError(file_name, say(m.LONG_CELL, length=f"{len(value):,}",
                                                     limit=f"{MAX_CELL_CHARS:,}"),
                                      sheet=sheet, row=number, column=column_name(index))


def column_name(index: int) -> str:
    """0 -> A, 26 -> AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def detect_encoding(path: Path) -> Decoded:
    """The text's encoding, from its first 256 KB (tracker.encodings: a byte-order mark,
    UTF-8, UTF-8 with a few bad bytes, else charset-normalizer)."""
    with path.open("rb") as handle:
        sample = handle.read(256 * 1024)
    cut = len(sample) == 256 * 1024
    if cut:  # a character cut at the sample's end is not a bad byte
        try:
            sample.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start >= len(sample) - 4:
                sample = sample[:exc.start]
    return decode_bytes(sample)


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: sum(line.count(d) for line in lines) for d in DELIMITERS}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv(path: Path, encoding: str) -> tuple[list[list[Cell]], str]:
    """The rows of a CSV file; bytes the encoding cannot read become U+FFFD (the rows holding
    one are warned about by the import), never a silent re-reading as another encoding."""
    try:
        with path.open(encoding=encoding, newline="", errors="replace") as handle:
            sample = handle.read(64 * 1024)
            delimiter = sniff_delimiter(sample)
            handle.seek(0)
            csv.field_size_limit(MAX_CELL_CHARS * 4)
            rows: list[list[Cell]] = []
            cells = 0
            reader = csv.reader(handle, delimiter=delimiter)
            for row in reader:
                cells += len(row)
                if cells > MAX_CELLS:  # 100 MB of commas would be 100 million cells
                    raise ImportFileError(path.name, say(m.CSV_CELLS, limit=f"{MAX_CELLS:,}"))
                if len(rows) >= MAX_ROWS:
                    raise ImportFileError(path.name, say(m.CSV_ROWS, limit=f"{MAX_ROWS:,}"))
                if len(row) > MAX_COLUMNS:
                    raise ImportFileError(path.name, say(
                        m.CSV_COLUMNS, row=len(rows) + 1, columns=f"{len(row):,}",
                        limit=f"{MAX_COLUMNS:,}"))
                rows.append(row)
    except csv.Error:
        raise ImportFileError(path.name, say(m.UNREADABLE_CSV),
                              row=len(rows) + 1) from None
    except UnicodeDecodeError:
        raise ImportFileError(path.name, say(m.UNKNOWN_ENCODING)) from None
    _check_rows(rows, path.name, path.stem)
    _unwrap_rows(rows, delimiter)
    return rows, delimiter


WRAPPED_MIN_COLUMNS = 6  # fewer: a quoted note under a table could read as a row


def _unwrap_rows(rows: list[list[Cell]], delimiter: str) -> None:
    """Rows a generator wrote as one quoted field ("1,0970F…,Pedro Dixon,""Grimes, Madden
    and Huff"",…": datablist's sample lists, when a value holds a comma): read again, when
    that gives exactly the columns the file's other rows have."""
    lengths: dict[int, int] = {}
    for row in rows:
        lengths[len(row)] = lengths.get(len(row), 0) + 1
    width = max(lengths, key=lambda n: lengths[n]) if lengths else 0
    if width < WRAPPED_MIN_COLUMNS or not lengths.get(1):
        return
    for index, row in enumerate(rows):
        if len(row) == 1 and isinstance(row[0], str) and row[0].count(delimiter) >= width - 1:
            inner = next(csv.reader([row[0]], delimiter=delimiter), [])
            if len(inner) == width:
                rows[index] = list(inner)
