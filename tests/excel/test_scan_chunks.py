"""The safety scan reads a part a megabyte at a time (a big part's next chunk inflated on a
second thread): what lies across two chunks is judged as if it were read in one."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from tracker.errors import ImportFileError
from tracker.excel import safety
from tracker.excel.reading import open_workbook, read_sheet

from .helpers import rewrite_parts, write_xlsx

FILLER = b"<x/>"  # an element the reader passes over
SHEET = "xl/worksheets/sheet1.xml"


def sheet_with(tmp_path: Path, inserted: bytes, at: int, name: str) -> Path:
    """A workbook whose sheet holds `inserted` starting `at` bytes into the part, after its
    two rows and filler, and filler after it: the part is over READ_AHEAD_FROM."""
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Acme"]])

    def change(part: str, data: bytes) -> bytes | None:
        if part != SHEET:
            return None
        cut = data.index(b"</sheetData>")
        count, rest = divmod(at - cut, len(FILLER))
        head = data[:cut] + FILLER * count + b" " * rest
        assert len(head) == at
        tail = FILLER * ((safety.READ_AHEAD_FROM + safety.CHUNK) // len(FILLER))
        return head + inserted + tail + data[cut:]

    return rewrite_parts(good, tmp_path / name, change)


def cell(text: bytes) -> bytes:
    return b'<row r="3"><c r="A3" t="inlineStr"><is><t>' + text + b"</t></is></c></row>"


def refused(path: Path, reason: str) -> None:
    with pytest.raises(ImportFileError, match=reason):
        safety.check_file(path)


@pytest.mark.parametrize("split", [1, 4, 8])
def test_a_declaration_split_between_two_chunks_is_refused(tmp_path: Path, split: int) -> None:
    declaration = b'<!DOCTYPE lolz [<!ENTITY lol "lol">]>'
    bomb = sheet_with(tmp_path, declaration, safety.CHUNK - split, "bomb.xlsx")
    refused(bomb, "entit")


def test_a_text_run_across_two_chunks_is_refused(tmp_path: Path) -> None:
    run = cell(b"x" * safety.LONG_RUN)
    big = sheet_with(tmp_path, run, safety.CHUNK - safety.LONG_RUN // 2, "long.xlsx")
    refused(big, "32,767 characters")


def test_the_longest_cell_across_two_chunks_is_read(tmp_path: Path) -> None:
    """32,767 characters of four bytes each, the most a cell holds, lying across the
    boundary: accepted, and the workbook reads as written."""
    longest = "𠀀" * safety.MAX_CELL_CHARS
    path = sheet_with(tmp_path, cell(longest.encode()), safety.CHUNK - safety.LONG_RUN // 2,
                      "longest.xlsx")
    assert safety.check_file(path).kind == "xlsx"
    assert read_sheet(open_workbook(path)).rows == [["Name"], ["Acme"], [longest]]


def test_a_part_damaged_past_its_first_chunks_is_refused_as_damaged(tmp_path: Path) -> None:
    """The inflating thread's error reaches the scan: refused in Beacon's words."""
    path = sheet_with(tmp_path, FILLER, safety.CHUNK, "damaged.xlsx")
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(SHEET)
    data = bytearray(path.read_bytes())
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length  # past the local header
    middle = start + info.compress_size * 3 // 4
    data[middle:middle + 64] = b"\xa5" * 64  # noise inside the deflate stream
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFileError) as caught:
        safety.check_file(path)
    assert "damaged" in str(caught.value)
    assert "zlib" not in str(caught.value) and "Error" not in str(caught.value)


def test_a_long_cell_of_escaped_characters_across_two_chunks_is_read(tmp_path: Path) -> None:
    """30,000 ampersands are 150,000 bytes as XML writes them (&amp;): a cell Excel allows,
    read as written (the exact limit is the reader's, in characters)."""
    escaped = cell(b"&amp;" * 30_000)
    path = sheet_with(tmp_path, escaped, safety.CHUNK - 75_000, "ampersands.xlsx")
    assert safety.check_file(path).kind == "xlsx"
    assert read_sheet(open_workbook(path)).rows[2] == ["&" * 30_000]
