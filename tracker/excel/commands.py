"""`beacon import`, `beacon undo-import` and `beacon export` (workbooks, CSV and vCard).

Errors are one line naming file, sheet, row and column (tracker.cli.run prints
them); nothing is half-written: an import is one transaction, an export is
written beside the target and renamed into place when complete.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker import messages as m
from tracker.errors import ImportFileError
from tracker.messages import say

if TYPE_CHECKING:
    from tracker.excel.plan import ImportPlan

EXIT_ROW_ERRORS = 1


IGNORE = "-"  # --map "Header=-": the column is left out


def _mapping(items: Sequence[str], ignored: Sequence[str] = ()) -> dict[str, str | None]:
    mapping: dict[str, str | None] = {}
    for item in items:
        header, sep, target = item.rpartition("=")
        if not sep or not header:
            raise argparse.ArgumentTypeError(f"--map takes \"Header=field\", not {item!r}")
        target = target.strip()
        mapping[header.strip()] = None if target in ("", IGNORE) else target
    for header in ignored:
        mapping[header.strip()] = None
    return mapping


def _value_map(items: list[str]) -> dict[str, dict[str, str]]:
    """--map-value "Stage:报价=Proposal" -> {"stage": {"报价": "Proposal"}}."""
    from tracker.excel.stages import MAPPED_FIELDS

    found: dict[str, dict[str, str]] = {}
    for item in items:
        field_name, colon, rest = item.partition(":")
        value, equals, meaning = rest.rpartition("=")
        field_name = field_name.strip().casefold()
        if not colon or not equals or not value.strip() or field_name not in MAPPED_FIELDS:
            raise argparse.ArgumentTypeError(
                f"--map-value takes \"Field:value=meaning\" with Field one of "
                f"{', '.join(f.capitalize() for f in MAPPED_FIELDS)}, not {item!r}")
        found.setdefault(field_name, {})[value.strip()] = meaning.strip()
    return found


def _cmd_import(args: argparse.Namespace) -> int:
    from tracker.cli import open_for
    from tracker.excel.batches import apply_import, report
    from tracker.excel.error_rows import write_errors_workbook
    from tracker.excel.headers import remember_mapping
    from tracker.excel.stages import remember_values
    from tracker.vcards.reading import is_vcard

    open_for(args)
    checking = _progress("checking")
    if is_vcard(args.file):
        plan = _plan_vcards(args, checking)
    else:
        plan = _plan_workbook(args, checking)
    if checking is not None:
        checking.finish()
    batch_uid = None
    if not args.dry_run:
        writing = _progress("writing")
        batch_uid = apply_import(plan, progress=writing).batch_uid
        if writing is not None:
            writing.finish()
        if plan.unit == "row":
            remember_mapping(plan.headers, plan.entity, plan.mapping)
            remember_values(plan.entity, _value_map(args.map_value or []))
    result = report(plan, batch_uid, dry_run=args.dry_run)
    if args.errors and result["errors"]:
        write_errors_workbook(plan, args.errors)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2, default=str)
        print()
    else:
        _print_report(result)
    return EXIT_ROW_ERRORS if result["errors"] else 0


class _Progress:
    """A line on the terminal that counts rows while a big file is checked or written."""

    def __init__(self, step: str) -> None:
        self.step = step
        self.total = 0

    def __call__(self, done: int, total: int) -> None:
        self.total = total
        print(f"\r{self.step} {done:,} / {total:,}", end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.total:
            self(self.total, self.total)
            print(file=sys.stderr)


def _progress(step: str) -> _Progress | None:
    """None when stderr is not a terminal (scripts, --json pipes and tests read stdout)."""
    return _Progress(step) if sys.stderr.isatty() else None


def _plan_vcards(args: argparse.Namespace, progress: _Progress | None) -> ImportPlan:
    from tracker.vcards.importing import plan_vcard_import

    name = Path(args.file).name
    if args.entity not in (None, "contact"):
        raise ImportFileError(name, say(m.VCARDS_HOLD_CONTACTS, entity=args.entity))
    if args.sheet or args.map:
        raise ImportFileError(name, say(m.VCARDS_HAVE_NO_COLUMNS))
    return plan_vcard_import(args.file, mode=args.mode, create_links=not args.no_create_links,
                             progress=progress)


def _plan_workbook(args: argparse.Namespace, progress: _Progress | None) -> ImportPlan:
    from tracker.excel.headers import importable_fields
    from tracker.excel.importer import ImportOptions, plan_import

    mapping = _mapping(args.map or [], args.ignore_column or [])
    if args.entity:
        allowed = set(importable_fields(args.entity))
        wrong = [t for t in mapping.values() if t is not None and t not in allowed]
        if wrong:
            raise ImportFileError(Path(args.file).name, say(
                m.NOT_A_FIELD_OF, field=repr(wrong[0]), entity=args.entity,
                fields=", ".join(sorted(allowed))))
    options = ImportOptions(entity=args.entity, sheet=args.sheet, mode=args.mode,
                            mapping=mapping or None, create_links=not args.no_create_links,
                            currency=args.currency, value_map=_value_map(args.map_value or []),
                            encoding=args.encoding)
    return plan_import(args.file, options, progress)


def _sheet(entry: dict[str, Any]) -> str:
    return f"sheet {entry['sheet']!r}, " if entry.get("sheet") else ""


def _print_report(result: dict[str, Any]) -> None:
    verb = "would be" if result["dry_run"] else "were"
    unit = result.get("unit", "row")
    column_word = "property" if unit == "card" else "column"
    print(f"{result['file']} ({result['sheet']}), {result['entity']}, mode {result['mode']}: "
          f"{result['created']} {verb} created, {result['updated']} updated, "
          f"{result['unchanged']} unchanged, {result['skipped']} skipped, "
          f"{len({e['row'] for e in result['errors']})} {unit}(s) with errors")
    by_type = result.get("created_by_type") or {}
    if len(by_type) > 1:  # people and companies in one file
        print("  created: " + ", ".join(f"{count} {entity}(s)"
                                        for entity, count in sorted(by_type.items())))
    linked = {e: n for e, n in (result.get("linked_created") or {}).items() if n}
    if linked:
        print(f"  linked records {verb} created: "
              + ", ".join(f"{n} {e}(s)" for e, n in sorted(linked.items())))
    for change in result["changes"]:
        print(f"  {unit} {change['row']}: {change['field']}: {change['old']!r} -> "
              f"{change['new']!r}")
    for linked in result.get("linked_changes", []):
        print(f"  {unit} {linked['row']}: {linked['entity']} {linked['label']!r}: "
              f"{linked['field']} added: " + ", ".join(map(repr, linked["added"])))
    for error in result["errors"]:
        column = f", {column_word} {error['column']!r}" if error["column"] else ""
        print(f"  {_sheet(error)}{unit} {error['row']}{column}: {error['reason']}")
    for warning in result.get("warnings", []):
        column = f", {column_word} {warning['column']!r}" if warning["column"] else ""
        print(f"  {_sheet(warning)}{unit} {warning['row']}{column}: warning: "
              f"{warning['reason']}")
    for skip in result.get("skips", []):
        print(f"  {_sheet(skip)}{unit} {skip['row']}: skipped: {skip['reason']}")
    for name, reason in (result.get("skipped_sheets") or {}).items():
        print(f"  sheet {name!r} not imported: {reason}")
    kept = (result.get("mapping") or {}).get("kept_in_notes") or []
    if kept:
        print("  columns kept in notes as \"Header: value\" (no Beacon field for them; "
              "--ignore-column HEADER leaves one out): " + ", ".join(map(repr, kept)))
    left_out = (result.get("mapping") or {}).get("not_imported") or []
    if left_out:
        print("  columns with values not imported (ignored; --map \"HEADER=note\" keeps one "
              "in the notes): " + ", ".join(map(repr, left_out)))
    system = (result.get("mapping") or {}).get("system_columns") or []
    if system:
        print("  columns ignored (system columns: the other program's ids and timestamps; "
              "--map \"HEADER=note\" keeps one in the notes): " + ", ".join(map(repr, system)))
    unknown = (result.get("mapping") or {}).get("unknown_values") or {}
    for field_name, values in unknown.items():
        print(f"  {field_name} values Beacon does not know (map with --map-value "
              f"\"{field_name.capitalize()}:VALUE=MEANING\"): " + ", ".join(map(repr, values)))
    for suggestion in result["suggestions"]:
        print(f"  {unit} {suggestion['row']}: {suggestion['text']}")
    if result["batch"]:
        print(f"batch {result['batch']} (undo with: beacon undo-import {result['batch']})")


def _cmd_undo_import(args: argparse.Namespace) -> int:
    from tracker.cli import open_for
    from tracker.errors import UndoRefused
    from tracker.excel.batches import undo_import

    open_for(args, seed=False)
    try:
        changes = undo_import(args.batch)
    except UndoRefused as refused:
        if not refused.merges:
            raise
        print(f"beacon: error: {refused}", file=sys.stderr)
        for merge in refused.merges:  # newest first, the order to undo them in
            print(f"undo the merge with: beacon undo-merge {merge}", file=sys.stderr)
        return 2
    print(f"undone: {len(changes.deleted)} record(s) deleted, {len(changes.updated)} restored")
    return 0


def _cmd_imports(args: argparse.Namespace) -> int:
    import json
    import sys

    from tracker.cli import open_for
    from tracker.excel.history import import_history

    open_for(args, seed=False)
    batches = import_history(args.limit or None)
    if args.json:
        json.dump([b.as_json() for b in batches], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for batch in batches:
        state = f"undone {batch.undone_at:%Y-%m-%d %H:%M}" if batch.undone_at else "active"
        print("\t".join((f"{batch.created_at:%Y-%m-%d %H:%M}", batch.file_name, batch.entity,
                         batch.created_by, f"created {batch.created}",
                         f"updated {batch.updated}", f"errors {batch.errors}", state,
                         batch.uid)))
    print(f"{len(batches)} import(s); undo one with: beacon undo-import BATCH", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from tracker.cli import open_for
    from tracker.excel.exporter import ExportRequest, export_workbook

    open_for(args)
    if args.vcard:
        from tracker.vcards.writing import export_vcards

        if args.output or args.entity not in (None, "contact") or args.stage:
            raise ImportFileError(Path(args.vcard).name, "--vcard writes contacts only; give "
                                  "no workbook, --entity or --stage with it")
        count = export_vcards(Path(args.vcard), args.search or "")
        print(f"{args.vcard}: {count} contact(s) as vCard 3.0")
        return 0
    if not args.output:
        raise ImportFileError("export", "name the .xlsx file to write (or --vcard OUT.vcf)")
    request = ExportRequest.from_cli(args.entity, args.search, args.stage)
    request.language = args.language
    counts = export_workbook(Path(args.output), request)
    print(f"{args.output}: " + ", ".join(f"{n} {e}" for e, n in counts.items()))
    return 0


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    from tracker.cli import entity_name

    importing = commands.add_parser(
        "import", help="import a workbook, CSV or vCard file (.xlsx .xlsm .xls .ods .csv "
                       ".vcf; a web page table, MHT or Excel 2003 XML, whatever its name)")
    importing.add_argument("file", help="the file to import")
    importing.add_argument("--entity", type=entity_name,
                           help="opportunities, organizations or contacts (default: guessed)")
    importing.add_argument("--sheet", help="sheet name (default: the first), several separated "
                                           "by commas, or all: sheets with the same columns "
                                           "import as one batch")
    importing.add_argument("--mode", choices=("create", "update", "upsert"), default="upsert",
                           help="create only, update only, or both (default)")
    importing.add_argument("--map", action="append", metavar="HEADER=field",
                           help="map a column to a Beacon field (\"HEADER=note\": keep it in "
                                "the notes; \"HEADER=-\" or \"HEADER=\": leave it out)")
    importing.add_argument("--ignore-column", action="append", metavar="HEADER",
                           help="leave a column out (columns Beacon has no field for are "
                                "otherwise kept in the notes as \"Header: value\")")
    importing.add_argument("--encoding", metavar="NAME",
                           help="a CSV file's text encoding when it is not certain (utf-8, "
                                "gb18030, big5, shift_jis, cp1252...)")
    importing.add_argument("--currency", metavar="CODE", type=str.upper,
                           help="currency of amounts the file names none for (CNY, USD, EUR)")
    importing.add_argument("--map-value", action="append", metavar="FIELD:VALUE=MEANING",
                           help="what a stage, status or pipeline value means, e.g. "
                                "\"Stage:报价=Proposal\", \"Status:Closed=won\" (remembered)")
    importing.add_argument("--dry-run", action="store_true", help="report, change nothing")
    importing.add_argument("--errors", metavar="OUT.xlsx",
                           help="write the rows that cannot be imported to this workbook")
    importing.add_argument("--no-create-links", action="store_true",
                           help="do not create organizations/contacts named in rows")
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    importing.set_defaults(handler=_cmd_import)

    undo = commands.add_parser("undo-import", help="undo an import batch")
    undo.add_argument("batch", help="the batch id `beacon import` printed")
    undo.set_defaults(handler=_cmd_undo_import)

    imports = commands.add_parser("imports", help="list import batches, newest first")
    imports.add_argument("--limit", type=int, default=0, help="at most this many")
    imports.add_argument("--json", action="store_true", help="print an array of JSON objects")
    imports.set_defaults(handler=_cmd_imports)

    export = commands.add_parser("export", help="write records to an Excel workbook")
    export.add_argument("output", nargs="?", help="the .xlsx file to write")
    export.add_argument("--vcard", metavar="OUT.vcf",
                        help="write contacts as vCard 3.0 instead (with --search: only those)")
    export.add_argument("--entity", type=entity_name, help="only this record type")
    export.add_argument("--search", metavar="TEXT", help="only records this search finds")
    export.add_argument("--stage", metavar="NAME", help="only opportunities in this stage")
    export.add_argument("--language", choices=("en", "zh_CN"), default="en",
                        help="write kinds and statuses as words of this language "
                             "(default en; the window uses its own)")
    export.set_defaults(handler=_cmd_export)
