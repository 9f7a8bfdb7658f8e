"""Checks a file must pass before any spreadsheet reader opens it.

python-calamine aborts the whole process on a zip bomb and allocates the grid a
sheet claims, so Beacon decides first, from the bytes, whether a file is safe:
its kind from its magic bytes (not its name), the zip's real uncompressed sizes
(streamed with a cap, since the central directory can lie), XML entity
declarations, the rows and columns a sheet claims, and the longest cell text.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Generator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tracker import messages as m
from tracker.encodings import utf16_without_bom
from tracker.errors import ImportFileError
from tracker.excel import markup
from tracker.excel.bounds import (
    OdsGrid,
    SharedStrings,
    SheetGrid,
    check_grid,
    check_xls_stream,
)
from tracker.messages import say

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_PART_BYTES = 400 * 1024 * 1024  # one XML part, uncompressed
MAX_TOTAL_BYTES = 800 * 1024 * 1024  # every part together, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for parts over RATIO_FLOOR
RATIO_FLOOR = 8 * 1024 * 1024
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_ZIP_ENTRIES = 10_000
CHUNK = 1 << 20
READ_AHEAD_FROM = 4 * CHUNK  # a part this big is inflated a chunk ahead (_chunks)

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv"}

_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
LONG_RUN = MAX_CELL_CHARS * 10 + 4  # bytes: more than any cell takes, escaped (&#1114111; is 10)
SEAM = len(b"<!DOCTYPE") - 1  # bytes of a declaration that can end one chunk


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed: its kind, and for .ods without `mimetype` the repaired bytes."""

    path: Path
    kind: str  # xlsx, xls, ods, csv, html (a web page's tables), xml2003 (SpreadsheetML)
    repaired: bytes | None = None


def require_defusedxml() -> None:
    """openpyxl only parses XML safely (no entity expansion, no XXE) with defusedxml."""
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise RuntimeError("defusedxml is not installed: openpyxl would parse XML unsafely")


def check_file(path: Path | str) -> CheckedFile:
    """Raise ImportFileError with one clear reason unless `path` is safe to read."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ImportFileError(name, say(m.NO_FILE))
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(name, say(m.EMPTY_FILE))
    if size > MAX_FILE_BYTES:
        raise ImportFileError(name, say(m.FILE_TOO_BIG, size=size // (1024 * 1024),
                                        limit=MAX_FILE_BYTES // (1024 * 1024)))
    with path.open("rb") as handle:
        head = handle.read(8)
    suffix = path.suffix.lower()
    if head.startswith(ZIP_MAGIC):
        return _check_zip(path, suffix)
    if head.startswith(OLE2_MAGIC):
        return _check_ole2(path, suffix)
    with path.open("rb") as handle:
        head = handle.read(4096)
    tagged = markup.sniff(head)  # a web page table or Excel 2003 XML, whatever its name
    if tagged is not None:
        return CheckedFile(path, tagged)
    if suffix in {".xlsx", ".xlsm", ".ods", ".xls", ".xml", ".htm", ".html", ".mht", ".mhtml"}:
        _check_workbook_text(path, suffix, head)  # a CSV named .xls is read as the CSV it is
    return _check_text(path)


def _check_workbook_text(path: Path, suffix: str, head: bytes) -> None:
    """A "workbook" that is text and no table Beacon reads: refused unless it is a CSV
    (read as one: what it holds decides, not its name)."""
    utf16 = utf16_without_bom(head) is not None or head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and _CONTROL_BYTES.search(head):  # a picture, a damaged file: not text
        raise ImportFileError(path.name, say(m.NOT_AN_XLS) if suffix == ".xls" else say(
            m.NOT_A_WORKBOOK, suffix=suffix))
    text = head.replace(b"\x00", b"").decode("utf-8", errors="replace").casefold()
    if text.lstrip().startswith("<"):
        raise ImportFileError(path.name, say(m.NOT_AN_XLS) if suffix == ".xls" else say(
            m.NOT_A_WORKBOOK, suffix=suffix))


def _check_ole2(path: Path, suffix: str) -> CheckedFile:
    data = path.read_bytes()
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode(
            "utf-16-le") in data:
        raise ImportFileError(path.name, say(m.XLS_PASSWORD))
    _check_xls_grid(path, data)  # an .xls named otherwise is read as the .xls it is
    return CheckedFile(path, "xls")


def _check_xls_grid(path: Path, data: bytes) -> None:
    """The sheets' DIMENSIONS claims and cell positions, read from the Workbook stream."""
    import olefile

    try:
        with olefile.OleFileIO(data) as container:
            name = next((n for n in ("Workbook", "Book") if container.exists(n)), None)
            if name is None:
                raise ImportFileError(path.name, say(m.NOT_AN_XLS))
            stream = container.openstream(name).read(MAX_PART_BYTES)
    except ImportFileError:
        raise
    except Exception:  # noqa: BLE001  (olefile raises many kinds on a damaged file)
        raise ImportFileError(path.name, say(m.DAMAGED)) from None
    check_xls_stream(stream, lambda reason: ImportFileError(path.name, reason))


def _check_text(path: Path) -> CheckedFile:
    with path.open("rb") as handle:
        sample = handle.read(64 * 1024)
    utf16 = sample.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(sample) is not None
    if b"\x00" in sample and not utf16:
        raise ImportFileError(path.name, say(m.BINARY_FILE))
    return CheckedFile(path, "csv")


def _check_zip(path: Path, suffix: str) -> CheckedFile:
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise ImportFileError(name, say(m.DAMAGED)) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ZIP_ENTRIES:
            raise ImportFileError(name, say(m.TOO_MANY_PARTS, count=len(entries)))
        names = {entry.filename for entry in entries}
        if "xl/workbook.xml" in names:
            kind = "xlsx"
        elif "content.xml" in names:
            kind = "ods"
        elif "EncryptedPackage" in names:
            kind = "encrypted"
        else:
            raise ImportFileError(name, say(m.ZIP_NOT_SPREADSHEET))
        if kind == "ods":
            manifest = _read_part(archive, "META-INF/manifest.xml", name) if (
                "META-INF/manifest.xml" in names) else b""
            if b"encryption-data" in manifest:
                raise ImportFileError(name, say(m.ODS_PASSWORD))
        total = 0
        for entry in entries:
            if not entry.is_dir():
                total += _scan_part(archive, entry, name, kind, total)
        repaired = _with_mimetype(archive, entries) if (
            kind == "ods" and "mimetype" not in names) else None
    return CheckedFile(path, kind, repaired)


def _read_part(archive: zipfile.ZipFile, part: str, name: str) -> bytes:
    with archive.open(part) as handle:
        data = handle.read(MAX_PART_BYTES + 1)
    if len(data) > MAX_PART_BYTES:
        raise ImportFileError(name, say(m.PART_TOO_LARGE, part=part))
    return data


def _scan_part(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str, kind: str,
               total_before: int) -> int:
    """Stream one part with a cap; look for entity declarations and absurd sheet claims.
    Returns the bytes read."""
    if entry.file_size > MAX_PART_BYTES or total_before + entry.file_size > MAX_TOTAL_BYTES:
        raise ImportFileError(name, say(m.ZIP_BOMB_SIZE,
                                        limit=MAX_TOTAL_BYTES // (1024 * 1024)))
    if (entry.file_size > RATIO_FLOOR and entry.compress_size
            and entry.file_size / entry.compress_size > MAX_RATIO):
        raise ImportFileError(name, say(m.ZIP_BOMB_RATIO))
    is_xml = entry.filename.endswith((".xml", ".rels", ".vml")) or entry.filename == "mimetype"
    is_sheet = (kind == "xlsx" and entry.filename.startswith("xl/worksheets/")) or (
        kind == "ods" and entry.filename == "content.xml")
    is_strings = entry.filename in {"xl/sharedStrings.xml", "content.xml"} or is_sheet
    sheet = entry.filename.rsplit("/", 1)[-1] if is_sheet else None
    read = 0
    seam = b""  # the last bytes read: a declaration may be split between two chunks
    run = 0  # bytes since the last "<" read: a text run goes on into the next chunk

    def refuse(reason: str) -> ImportFileError:
        return ImportFileError(name, reason, sheet=sheet)

    grid: SheetGrid | OdsGrid | None = None
    if is_sheet:
        grid = SheetGrid(refuse) if kind == "xlsx" else OdsGrid(refuse)
    strings = SharedStrings(refuse, entry.file_size) if (
        entry.filename == "xl/sharedStrings.xml") else None
    try:
        handle = archive.open(entry)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError):
        raise ImportFileError(name, say(m.DAMAGED_OR_ENCRYPTED)) from None
    with handle, closing(_chunks(handle, entry.file_size)) as chunks:
        while True:
            try:
                chunk = next(chunks, b"")
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
                raise ImportFileError(name, say(m.DAMAGED)) from None
            if not chunk:
                break
            read += len(chunk)
            if read > MAX_PART_BYTES or total_before + read > MAX_TOTAL_BYTES:
                raise ImportFileError(name, say(m.ZIP_BOMB_SIZE,
                                                limit=MAX_TOTAL_BYTES // (1024 * 1024)))
            if (read > RATIO_FLOOR and entry.compress_size
                    and read / entry.compress_size > MAX_RATIO):
                raise ImportFileError(name, say(m.ZIP_BOMB_RATIO))
            if is_xml and (_declares(chunk) or _declares(seam + chunk[:SEAM])):
                raise ImportFileError(name, say(m.ENTITY_BOMB))
            if is_strings:
                if _has_long_run(chunk, run):
                    raise ImportFileError(name, say(m.CELL_OVER_LIMIT,
                                                    limit=f"{MAX_CELL_CHARS:,}"), sheet=sheet)
                last = chunk.rfind(b"<")
                run = run + len(chunk) if last < 0 else len(chunk) - last - 1
            if grid is not None:
                grid.feed(chunk)
            if strings is not None:
                strings.feed(chunk)
            seam = (seam + chunk[-SEAM:])[-SEAM:]
    if grid is not None:
        grid.close()
    return read


def _chunks(handle: IO[bytes], size: int) -> Generator[bytes, None, None]:
    """A part's bytes a chunk at a time. A big part's next chunk is read on a second
    thread while this one is scanned: zlib lets go of the GIL while it inflates (about
    a third of the time a 90 MB sheet takes to scan)."""
    if size < READ_AHEAD_FROM:
        while chunk := handle.read(CHUNK):
            yield chunk
        return
    with ThreadPoolExecutor(1, thread_name_prefix="beacon-scan") as pool:
        ahead = pool.submit(handle.read, CHUNK)
        while chunk := ahead.result():
            ahead = pool.submit(handle.read, CHUNK)
            yield chunk


def _declares(data: bytes) -> bool:
    """Whether XML bytes hold a DOCTYPE or an entity declaration ("!" is rare in a
    sheet and found at memchr speed; "<" is everywhere)."""
    return b"!" in data and (b"<!DOCTYPE" in data or b"<!ENTITY" in data)


def _has_long_run(chunk: bytes, before: int) -> bool:
    """Whether a text run longer than any cell's text can be (LONG_RUN bytes with no tag)
    is in this chunk: the run the chunks before ended with (`before` bytes) going on into
    it, or an aligned block of LONG_RUN bytes of it holding no tag (memchr per block, so
    a 50 MB sheet takes milliseconds)."""
    first = chunk.find(b"<")
    if before + (len(chunk) if first < 0 else first) >= LONG_RUN:
        return True
    return any(chunk.find(b"<", start, start + LONG_RUN) < 0
               for start in range(0, len(chunk) - LONG_RUN + 1, LONG_RUN))


def _refuse_size(name: str, sheet: str | None, rows: int, columns: int) -> None:
    check_grid(rows, columns, lambda reason: ImportFileError(name, reason, sheet=sheet))


def _with_mimetype(archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]) -> bytes:
    """An .ods written without its `mimetype` entry (Odoo's test file), repaired in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                     compress_type=zipfile.ZIP_STORED)
        for entry in entries:
            if not entry.is_dir():
                out.writestr(entry.filename, archive.read(entry),
                             compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
