"""Workbooks built inside tests: normal ones with openpyxl, hostile ones by rewriting parts."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

_ROOT = Path(__file__).resolve().parents[2]
# Beside the clone (CI, /work/main) or beside its worktree folder (/work/wt/NAME);
# BEACON_SAMPLES names another place.
SAMPLES = next((p for p in (Path(os.environ.get("BEACON_SAMPLES", _ROOT / "missing")),
                            _ROOT.parent / "shared" / "samples",
                            _ROOT.parent.parent / "shared" / "samples") if p.is_dir()),
               _ROOT.parent / "shared" / "samples")


def plan_file(path: Path, **options: Any) -> Any:
    """The dry run of importing a real file as a user would: no --map, the record type
    guessed (a .vcf through the vCard import)."""
    from tracker.excel.importer import ImportOptions, plan_import
    from tracker.vcards.importing import plan_vcard_import

    if path.suffix == ".vcf":
        return plan_vcard_import(path)
    return plan_import(path, ImportOptions(**options))


def imported_file(path: Path, **options: Any) -> Any:
    """Import the file, then plan it again: nothing to create or change, no errors."""
    from tracker.excel.batches import apply_import, report

    plan = plan_file(path, **options)
    assert plan.problems == [], report(plan, None, dry_run=True)["errors"][:3]
    apply_import(plan)
    again = plan_file(path, **options)
    assert again.counts["create"] == again.counts["update"] == again.counts["error"] == 0, [
        (r.row, r.action, r.changes, r.problems) for r in again.rows
        if r.action in ("create", "update", "error")][:3]
    return plan


REALWORLD = _ROOT / "tests" / "fixtures" / "realworld"  # kept files (their SOURCES.md)


def contact(name: str) -> dict[str, Any]:
    """A contact's values as its snapshot holds them, by its name or Chinese name."""
    from tracker.models import Contact
    from tracker.services import records

    found = Contact.get((Contact.name == name) | (Contact.name_zh == name),
                        Contact.deleted_at.is_null())
    values: dict[str, Any] = records.snapshot("contact", found)
    return values


def organization_of(values: dict[str, Any]) -> str:
    from tracker.models import Organization

    return str(Organization.get_by_id(values["organization"]).name)


def sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"sample files not present at {SAMPLES} (the team's /work/shared/samples)")
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], title: str = "Sheet1") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def rewrite_parts(source: Path, target: Path,
                  change: Callable[[str, bytes], bytes | None]) -> Path:
    """Copy a zip, passing each part through `change` (None keeps it as it is)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            changed = change(info.filename, data)
            new.writestr(info.filename, data if changed is None else changed)
    return target


def libreoffice_convert(source: Path, target_format: str, outdir: Path) -> Path:
    """Have LibreOffice write `source` as `target_format` (xlsx, ods), as a user's copy would."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = outdir / "lo-profile"
    args = [soffice, "--headless", f"-env:UserInstallation=file://{profile}"]
    if source.suffix == ".csv":
        args.append("--infilter=CSV:44,34,76,1")
    subprocess.run([*args, "--convert-to", target_format, "--outdir", str(outdir), str(source)],
                   check=True, capture_output=True, timeout=120)
    result = outdir / f"{source.stem}.{target_format.split(':')[0]}"
    assert result.exists(), f"LibreOffice did not write {result}"
    return result


def chinese_export(tmp_path: Path) -> tuple[Path, Any]:
    """Everything exported with the Chinese window's words: the file and its workbook."""
    import openpyxl

    from tracker.excel.exporter import ExportRequest, export_workbook

    out = tmp_path / "商机.xlsx"
    request = ExportRequest.everything()
    request.language = "zh_CN"
    export_workbook(out, request)
    return out, openpyxl.load_workbook(out)
