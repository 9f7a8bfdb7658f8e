"""Phone numbers as people write them, in rows that name no country: a North American
number written the North American way ((415) 293-3313, 415-293-3313, 1-415-293-3313) is
+1 when it is a valid one; one that is no valid number there either, or is grouped only by
spaces, is kept as typed and flagged; none becomes a +86 number. China's 12xxx public
service lines are kept as typed, like 95555 and 400 numbers."""

from __future__ import annotations

from pathlib import Path

from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.storage import Store

from .helpers import contact, write_xlsx

ROWS = [
    ["Name", "Email", "Phone", "Country"],
    ["Ann Parens", "ann@example.com", "(415) 293-3313", ""],
    ["Bob Dashes", "bob@example.com", "415-293-3314", None],
    ["Cat One", "cat@example.com", "1-415-293-3315", ""],
    ["Dan Dots", "dan@example.com", "415.293.3316 x12", ""],
    ["Eve Plus", "eve@example.com", "+1 415 293 3317", ""],
    ["Fay Toronto", "fay@example.com", "(905) 364-8900", ""],
    ["李明", "li@example.cn", "138-0013-8000", ""],
    ["王芳", "wang@example.cn", "400-820-5555", ""],
    ["政务热线", "hotline@example.cn", "12345", ""],
    ["Gus Spaces", "gus@example.com", "415 293 3313", ""],
    ["Hal Nowhere", "hal@example.com", "1-955-371-0847 x371", ""],
    ["Ian China", "ian@example.cn", "(415) 293-3318", "China"],
]


def test_north_american_numbers_in_rows_with_no_country(db: Store, tmp_path: Path) -> None:
    plan = plan_import(write_xlsx(tmp_path / "people.xlsx", ROWS), ImportOptions())
    assert plan.counts["create"] == len(ROWS) - 1 and plan.problems == []
    warned = {(w.row, w.column): w.reason for w in plan.warnings}
    assert set(warned) == {(11, "Phone"), (12, "Phone"), (13, "Phone")}
    assert warned[(11, "Phone")] == (
        "415 293 3313 is not a valid phone number (numbers without +country code are read "
        "as CN); kept in the notes as written")
    assert warned[(12, "Phone")] == (
        "1-955-371-0847 x371 is written as a North American number (+1) but is not a valid "
        "one, nor a Chinese one; kept in the notes as written")
    apply_import(plan)
    for name, number in (("Ann Parens", "+14152933313"), ("Bob Dashes", "+14152933314"),
                         ("Cat One", "+14152933315"), ("Dan Dots", "+14152933316;ext=12"),
                         ("Eve Plus", "+14152933317")):
        assert contact(name)["phones"] == [number], name
    assert contact("Fay Toronto")["phones"] == ["+19053648900"]  # Canada shares +1
    assert contact("李明")["phones"] == ["+8613800138000"]
    assert contact("王芳")["phones"] == ["400-820-5555"]  # a service number, as typed
    assert contact("政务热线")["phones"] == ["12345"]
    # no certain reading: kept as typed, never a +86 number
    for name, typed in (("Gus Spaces", "415 293 3313"), ("Hal Nowhere", "1-955-371-0847 x371"),
                        ("Ian China", "(415) 293-3318")):
        values = contact(name)
        assert values["phones"] == [] and values["notes"].splitlines()[0] == f"Phone: {typed}"
