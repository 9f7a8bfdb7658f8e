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
    from tracker.translations import cli_language
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
        _print_report(result, cli_language(args.language))
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


def _print_report(result: dict[str, Any], language: str) -> None:
    from tracker.excel.report_lines import report_lines

    for line in report_lines(result, language):
        print(line)


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
    importing.add_argument("--language", choices=("en", "zh_CN"),
                           help="write the report in this language (default: BEACON_LANG, "
                                "else en)")
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
                        help="write kinds, statuses and the seeded pipelines' stage names as words "
                             "of this language "
                             "(default en; the window uses its own)")
    export.set_defaults(handler=_cmd_export)
