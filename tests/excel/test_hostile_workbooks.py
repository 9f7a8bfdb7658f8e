"""Workbooks made to exhaust memory: refused from their bytes before any reader runs,
quickly and in little memory; normal wide and namespaced sheets still read."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tracker.errors import ImportFileError
from tracker.excel.reading import open_workbook, read_sheet

from .helpers import sample

_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.'
        'xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'sharedStrings+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
        '"worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>'),
}
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ONE_STRING = f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>Name</t></si></sst>'
HEADER = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'


def xlsx(path: Path, rows: str, dimension: str = "", strings: str = ONE_STRING,
         prefix: str = "") -> Path:
    """A workbook written by hand, as a hostile one would be (tag prefix: `x:`)."""
    ns = f' xmlns:{prefix[:-1]}="{MAIN}"' if prefix else f' xmlns="{MAIN}"'
    dim = f'<{prefix}dimension ref="{dimension}"/>' if dimension else ""
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><{prefix}worksheet{ns}>{dim}'
             f'<{prefix}sheetData>{rows}</{prefix}sheetData></{prefix}worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, text in _PARTS.items():
            out.writestr(name, text)
        out.writestr("xl/worksheets/sheet1.xml", sheet)
        out.writestr("xl/sharedStrings.xml", strings)
    return path


def hostile_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, what the refusal says). Without the checks, python-calamine asks for
    9.6 GB (far cell, cells without references), 48 GB (string count) or 11 PB (.xls)."""
    files = {
        "far cell": (xlsx(folder / "far.xlsx", HEADER + '<row r="299999"><c r="ALK299999">'
                          '<v>1</v></c></row>'), "row 299,999 and column 999"),
        "far cell in a near row": (xlsx(folder / "near.xlsx", HEADER + '<row r="2"><c '
                                        'r="ALK299999"><v>1</v></c></row>'), "row 299,999"),
        "declared dimension": (xlsx(folder / "dim.xlsx", HEADER, "A1:ALK299999"),
                               "row 299,999 and column 999"),
        "string count": (xlsx(folder / "sst.xlsx", HEADER, strings=ONE_STRING.replace(
            'uniqueCount="1"', 'uniqueCount="2000000000"')), "claims 2,000,000,000 texts"),
        "cells placed by position": (xlsx(folder / "norefs.xlsx", "<row>" + "<c><v>1</v></c>"
                                          * 999 + "</row>" + "<row><c><v>1</v></c></row>"
                                          * 12_000), "column 999"),
        "namespaced tags": (xlsx(folder / "ns.xlsx", '<x:row r="1"><x:c r="A1"><x:v>1</x:v>'
                                 '</x:c><x:c r="ALK299999"><x:v>1</x:v></x:c></x:row>',
                                 prefix="x:"), "row 299,999"),
    }
    sheet = sample("tamam001-ALWAFI_P1__odoo12__base__res_partner.xls").read_bytes()
    dimensions = sheet.index(struct.pack("<HHIIHH", 0x0200, 14, 0, 9, 0, 11))
    claim = bytearray(sheet)
    struct.pack_into("<IIHH", claim, dimensions + 4, 0, 0xFFFFFFF0, 0, 0xFFF0)
    (folder / "dim.xls").write_bytes(claim)
    files[".xls dimensions"] = (folder / "dim.xls", "4,294,967,281 rows")
    far = bytearray(sheet)
    last_cell = far.rindex(struct.pack("<HHHH", 0x00FD, 10, 8, 10))
    struct.pack_into("<HH", far, last_cell + 4, 65535, 255)
    (folder / "far.xls").write_bytes(far)
    files[".xls far cell"] = (folder / "far.xls", "row 65,536 and column 256")
    return files


def test_each_hostile_workbook_is_refused_with_a_reason(tmp_path: Path) -> None:
    for name, (path, reason) in hostile_files(tmp_path).items():
        with pytest.raises(ImportFileError) as caught:
            read_sheet(open_workbook(path))
        assert reason in str(caught.value), name


CHILD = """
import json, resource, sys, time
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from tracker.errors import ImportFileError
from tracker.excel.reading import open_workbook, read_sheet
results = {}
for name, path in json.loads(sys.argv[1]).items():
    started = time.perf_counter()
    try:
        read_sheet(open_workbook(path))
        results[name] = "read"
    except ImportFileError as error:
        results[name] = str(error)
    results[name + " seconds"] = time.perf_counter() - started
# VmHWM: this program's peak (ru_maxrss would keep the parent's, from before exec)
peak = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
results["resident MB"] = int(peak.split()[1]) / 1024
print(json.dumps(results))
"""


def test_the_reader_under_a_memory_cap_refuses_instead_of_aborting(tmp_path: Path) -> None:
    """A child process limited to 1.5 GB of address space (python-calamine aborts the
    process when an allocation fails): every hostile file is refused, resident memory
    stays under 500 MB, and each refusal takes well under a second."""
    files = hostile_files(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps({n: str(p) for n, (p, _) in files.items()}),
         str(1536 * 1024 * 1024)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    for name, (_, reason) in files.items():
        assert reason in results[name], (name, results[name])
    assert results["resident MB"] < 500
    print({n: round(v, 3) for n, v in results.items() if n.endswith("seconds")})


def test_a_large_csv_of_empty_cells_is_refused(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.excel import reading

    monkeypatch.setattr(reading, "MAX_CELLS", 10_000)  # 100 MB of commas, made small
    commas = tmp_path / "commas.csv"
    commas.write_text(("," * 99 + "\n") * 200, encoding="utf-8")
    with pytest.raises(ImportFileError, match="more than 10,000 cells"):
        read_sheet(open_workbook(commas))


def test_wide_and_namespaced_sheets_still_read(tmp_path: Path) -> None:
    """60 columns (two-letter references), cells without references, x: prefixes."""
    def letters(index: int) -> str:
        return (chr(64 + index // 26) if index >= 26 else "") + chr(65 + index % 26)

    wide = "".join(f'<row r="{r}">' + "".join(f'<c r="{letters(c)}{r}"><v>{c}</v></c>'
                                              for c in range(60)) + "</row>"
                   for r in range(1, 2001))
    rows = read_sheet(open_workbook(xlsx(tmp_path / "wide.xlsx", wide, "A1:BH2000"))).rows
    assert len(rows) == 2000 and len(rows[0]) == 60 and rows[-1][-1] == 59
    plain = "".join("<row>" + "<c><v>1</v></c>" * 5 + "</row>" for _ in range(100))
    assert len(read_sheet(open_workbook(xlsx(tmp_path / "plain.xlsx", plain))).rows) == 100
    prefixed = ('<x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c><x:c r="C1"><x:v>8</x:v></x:c>'
                '</x:row>')
    rows = read_sheet(open_workbook(xlsx(tmp_path / "x.xlsx", prefixed, prefix="x:"))).rows
    assert rows == [[7.0, "", 8.0]]
