"""`beacon import`'s report as the lines it prints, each a message template
(tracker.messages) in the language asked for (tracker.translations): English unless
`--language zh_CN` or BEACON_LANG says otherwise. `--json` prints the report itself."""

from __future__ import annotations

from typing import Any

from tracker import messages as m
from tracker.excel.program_defaults import program_default_messages
from tracker.messages import Message, say
from tracker.translations import translated

ENTITIES = {"organization": m.ENTITY_ORGANIZATION, "contact": m.ENTITY_CONTACT,
            "opportunity": m.ENTITY_OPPORTUNITY}


def _entity(code: str) -> Message | str:
    template = ENTITIES.get(code)
    return say(template) if template else code


def _listed(items: Any) -> str:
    return ", ".join(map(repr, items))


def _counts(counts: dict[str, int], language: str) -> str:
    return ", ".join(str(translated(say(m.COUNT_OF, count=n, entity=_entity(e)), language))
                     for e, n in sorted(counts.items()))


class _Lines:
    def __init__(self, result: dict[str, Any], language: str) -> None:
        self.result = result
        self.language = language
        self.lines: list[str] = []
        card = result.get("unit", "row") == "card"
        self.at_column = m.AT_PROPERTY if card else m.AT_COLUMN
        self.card = card

    def add(self, message: Message, indent: bool = True) -> None:
        text = str(translated(message, self.language))
        self.lines.append(f"  {text}" if indent else text)

    def at(self, row: Any) -> Message:
        return say(m.CARD_NUMBER, number=row) if self.card else say(m.ROW_NUMBER, row=row)

    def where(self, entry: dict[str, Any]) -> dict[str, Any]:
        """The sheet, row (or card) and column of an error, warning or skip."""
        sheet = say(m.IN_SHEET, sheet=repr(entry["sheet"])) if entry.get("sheet") else ""
        column = say(self.at_column, column=repr(entry["column"])) if entry.get(
            "column") else ""
        return {"sheet": sheet, "at": self.at(entry["row"]), "column": column}


def report_lines(result: dict[str, Any], language: str) -> list[str]:
    lines = _Lines(result, language)
    add = lines.add
    dry = result["dry_run"]
    unit = say(m.UNIT_CARD if lines.card else m.UNIT_ROW)
    add(say(m.REPORT_SUMMARY_DRY if dry else m.REPORT_SUMMARY, file=result["file"],
            sheet=result["sheet"], entity=_entity(result["entity"]), mode=result["mode"],
            created=result["created"], updated=result["updated"],
            unchanged=result["unchanged"], skipped=result["skipped"],
            errors=len({e["row"] for e in result["errors"]}), unit=unit), indent=False)
    by_type = result.get("created_by_type") or {}
    if len(by_type) > 1:  # people and companies in one file
        add(say(m.REPORT_CREATED_BY_TYPE, counts=_counts(by_type, language)))
    linked = {e: n for e, n in (result.get("linked_created") or {}).items() if n}
    if linked:
        add(say(m.REPORT_LINKED_DRY if dry else m.REPORT_LINKED,
                counts=_counts(linked, language)))
    for change in result["changes"]:
        add(say(m.REPORT_CHANGE, at=lines.at(change["row"]), field=change["field"],
                old=repr(change["old"]), new=repr(change["new"])))
    for change in result.get("linked_changes", []):
        add(say(m.REPORT_LINKED_CHANGE, at=lines.at(change["row"]),
                entity=_entity(change["entity"]), label=repr(change["label"]),
                field=change["field"], added=_listed(change["added"])))
    for error in result["errors"]:
        add(say(m.REPORT_ERROR, reason=error["reason"], **lines.where(error)))
    for warning in result.get("warnings", []):
        add(say(m.REPORT_WARNING, reason=warning["reason"], **lines.where(warning)))
    for skip in result.get("skips", []):
        where = lines.where({**skip, "column": None})
        add(say(m.REPORT_SKIP, sheet=where["sheet"], at=where["at"], reason=skip["reason"]))
    for name, reason in (result.get("skipped_sheets") or {}).items():
        add(say(m.REPORT_SHEET_SKIPPED, sheet=repr(name), reason=reason))
    mapping = result.get("mapping") or {}
    for key, template in (("kept_in_notes", m.REPORT_KEPT_COLUMNS),
                          ("not_imported", m.REPORT_NOT_IMPORTED),
                          ("system_columns", m.REPORT_SYSTEM_COLUMNS)):
        if mapping.get(key):
            add(say(template, columns=_listed(mapping[key])))
    for message in program_default_messages(mapping.get("program_defaults") or []):
        add(message)
    for field_name, values in (mapping.get("unknown_values") or {}).items():
        add(say(m.REPORT_UNKNOWN_VALUES, field=field_name, name=field_name.capitalize(),
                values=_listed(values)))
    for suggestion in result["suggestions"]:
        add(say(m.REPORT_SUGGESTION, at=lines.at(suggestion["row"]), text=suggestion["text"]))
    if result["batch"]:
        add(say(m.REPORT_BATCH, batch=result["batch"]), indent=False)
    return lines.lines
