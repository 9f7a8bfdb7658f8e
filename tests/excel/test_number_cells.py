"""Amounts and versions written as number cells (a workbook's usual way): read as the same
values whatever path the planner takes for them (whole numbers are read without a
Decimal round trip)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.errors import ValidationError
from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Opportunity
from tracker.validation import money_minor

from .helpers import write_xlsx

AMOUNTS = [  # the cell, the minor units it lands as, or the text kept in the notes
    (1000.0, 100_000), (21_742_048.0, 2_174_204_800), (0.0, 0), (250_000.5, 25_000_050),
    (1.0, 100), (999_999_999_999_999.0, 99_999_999_999_999_900), (-5.0, "-5"),
    (1e18, "1000000000000000000"), ("1,200", 120_000),
    # past 2**53 a float's repr rounds: the amount is read as written there, not as its bits
    (9_007_199_254_740_994.0, "9007199254740994"),
    (72_057_594_037_927_952.0, "72057594037927950")]


def imported(path: Path) -> dict[str, Opportunity]:
    plan = plan_import(path, ImportOptions(entity="opportunity", mode="create"))
    apply_import(plan)
    return {o.title: o for o in Opportunity.select()}


def test_whole_and_other_amounts_land_as_their_minor_units(db: Path, tmp_path: Path) -> None:
    rows = [["Title", "Amount", "Currency"], *([f"Deal {n}", cell, "CNY"]
                                               for n, (cell, _) in enumerate(AMOUNTS))]
    found = imported(write_xlsx(tmp_path / "amounts.xlsx", rows))
    for n, (cell, landed) in enumerate(AMOUNTS):
        deal = found[f"Deal {n}"]
        if isinstance(landed, str):  # too large or negative: kept in the notes
            assert deal.value_minor is None, cell
            assert f"Amount: {landed}" in deal.notes.splitlines(), (cell, deal.notes)
        else:
            assert deal.value_minor == landed, cell


def test_amounts_in_ten_thousands_are_scaled(db: Path, tmp_path: Path) -> None:
    rows = [["Title", "预计金额（万元）"], ["Deal A", 68.0], ["Deal B", 1.5]]
    found = imported(write_xlsx(tmp_path / "wan.xlsx", rows))
    assert (found["Deal A"].value_minor, found["Deal A"].currency) == (68_000_000, "CNY")
    assert found["Deal B"].value_minor == 1_500_000


def test_plain_digits_are_minor_units_up_to_the_limit() -> None:
    """validate's money_minor takes plain digits (an import's amounts) without Decimal:
    the same minor units as the same amount written with spaces, and the same refusal at
    the limit a 64-bit column holds."""
    limit = 10 ** 17
    for text in ("0", "007", "21742048", str(limit // 100 - 1), str(limit // 100),
                 "9" * 25):
        for places in (0, 2, 3):
            try:
                fast: object = money_minor("value", text, places)
            except ValidationError:
                fast = "refused"
            try:
                spaced: object = money_minor("value", f" {text} ", places)
            except ValidationError:
                spaced = "refused"
            assert fast == spaced, (text, places)
    assert money_minor("value", str(limit // 100 - 1), 2) == limit - 100
    with pytest.raises(ValidationError):
        money_minor("value", str(limit // 100), 2)
