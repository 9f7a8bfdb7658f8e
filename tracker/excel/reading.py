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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine

from tracker import messages as m
from tracker.errors import ImportFileError
from tracker.excel.bounds import MAX_CELLS, MAX_COLUMNS, MAX_ROWS
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

    @property
    def path(self) -> Path:
        return self.checked.path

    @property
    def kind(self) -> str:
        return self.checked.kind


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def open_workbook(path: Path | str) -> Workbook:
    checked = check_file(path)
    digest = file_hash(checked.path)
    if checked.kind == "csv":
        encoding = detect_encoding(checked.path)
        return Workbook(checked, [checked.path.stem], digest, encoding=encoding)
    workbook = _calamine(checked)
    try:
        names = list(workbook.sheet_names)
    finally:
        workbook.close()
    if not names:
        raise ImportFileError(checked.path.name, say(m.NO_SHEETS))
    return Workbook(checked, names, digest)


def _calamine(checked: CheckedFile) -> python_calamine.CalamineWorkbook:
    try:
        if checked.repaired is not None:
            return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(checked.repaired))
        return python_calamine.CalamineWorkbook.from_path(str(checked.path))
    except python_calamine.PasswordError:
        raise ImportFileError(checked.path.name, say(m.PASSWORD)) from None
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise ImportFileError(checked.path.name, say(m.UNREADABLE_WORKBOOK, reason=exc)) from None


def read_sheet(workbook: Workbook, name: str | None = None) -> Sheet:
    """Rows of one sheet (the first when `name` is None), checked against the limits."""
    sheet_name = name or workbook.sheet_names[0]
    if sheet_name not in workbook.sheet_names:
        raise ImportFileError(workbook.path.name, say(
            m.NO_SUCH_SHEET, name=repr(sheet_name), sheets=", ".join(workbook.sheet_names)))
    if workbook.kind == "csv":
        rows, delimiter = read_csv(workbook.path, workbook.encoding)
        workbook.delimiter = delimiter
        return Sheet(sheet_name, rows)
    book = _calamine(workbook.checked)
    try:
        try:
            data = book.get_sheet_by_name(sheet_name)
            rows = data.to_python(skip_empty_area=False)
            merged = list(data.merged_cell_ranges or [])
        except python_calamine.CalamineError as exc:
            raise ImportFileError(workbook.path.name, say(m.UNREADABLE_SHEET, reason=exc),
                                  sheet=sheet_name) from None
    finally:
        book.close()
    _check_rows(rows, workbook.path.name, sheet_name)
    return Sheet(sheet_name, rows, merged)


def _check_rows(rows: list[list[Cell]], file_name: str, sheet: str) -> None:
    if len(rows) > MAX_ROWS:
        raise ImportFileError(file_name, say(m.SHEET_ROWS, rows=f"{len(rows):,}",
                                             limit=f"{MAX_ROWS:,}"), sheet=sheet)
    for number, row in enumerate(rows, start=1):
        if len(row) > MAX_COLUMNS:
            raise ImportFileError(file_name, say(m.SHEET_COLUMNS, columns=f"{len(row):,}",
                                                 limit=f"{MAX_COLUMNS:,}"), sheet=sheet)
        if max(map(len, [v for v in row if isinstance(v, str)]), default=0) <= MAX_CELL_CHARS:
            continue  # the common case: no cell to name
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


def detect_encoding(path: Path) -> str:
    with path.open("rb") as handle:
        sample = handle.read(256 * 1024)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # a character cut at the sample's end
            return "utf-8"
    try:
        sample.decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        return "cp1252"


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
    try:
        with path.open(encoding=encoding, newline="") as handle:
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
    except csv.Error as exc:
        raise ImportFileError(path.name, say(m.UNREADABLE_CSV, reason=exc),
                              row=len(rows) + 1) from None
    except UnicodeDecodeError as exc:
        raise ImportFileError(path.name, say(m.UNKNOWN_ENCODING, reason=exc.reason)) from None
    _check_rows(rows, path.name, path.stem)
    return rows, delimiter
