"""Which currency, and which unit, a file's amounts are in.

In order: a currency column (CurrencyIsoCode, 货币 with 人民币 / 美元) for its rows; the
currency a cell names itself (US$250k, ¥1,200,000); the amount column's header
(`金额(美元)`, `Amount (USD)`); what the user said (the wizard's question, `--currency`);
CNY for a Chinese template (an amount column headed in Chinese). A file that says nothing
is asked about, never read as the base currency in silence. A unit in the header
(`预计金额（万元）`, `in thousands`) scales every amount of its column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tracker import messages as m
from tracker.catalogue.headers import read_header
from tracker.chinese import has_cjk
from tracker.errors import ImportFileError, ValidationError
from tracker.excel import values as cells
from tracker.messages import say

SAMPLE_ROWS = 2000


@dataclass(frozen=True)
class MoneyColumns:
    """How one file's amounts are read."""

    value_header: str | None  # the amount column
    currency_header: str | None  # a currency column
    unit: Decimal  # amounts are in units of this much
    unit_text: str  # the header's unit as written (万元), for the report
    currency: str | None  # of amounts that name none (and rows with no currency cell)
    currency_from: str  # header, chosen, chinese, cells, "" (nothing said)
    asks: bool  # some amount names no currency and the file says none: ask the user


def money_columns(headers: Sequence[str], mapping: dict[str, str | None],
                  rows: Sequence[Sequence[Any]], chosen: str | None = None) -> MoneyColumns:
    value_header = next((h for h in headers if mapping.get(h) == "value"), None)
    currency_header = next((h for h in headers if mapping.get(h) == "currency"), None)
    if value_header is None:
        return MoneyColumns(None, currency_header, Decimal(1), "", None, "", False)
    header = read_header(value_header)
    unit = header.unit or Decimal(1)
    currency, source = None, ""
    if header.currency:
        currency, source = header.currency, "header"
    elif chosen:
        currency, source = chosen, "chosen"
    elif has_cjk(value_header):
        currency, source = "CNY", "chinese"
    asks = False
    if currency is None:
        asks = _some_amount_names_no_currency(headers, value_header, currency_header, rows)
        if not asks:
            source = "column" if currency_header else "cells"
    elif currency_header:
        source = f"column, else {source}"
    return MoneyColumns(value_header, currency_header, unit, header.unit_text, currency,
                        source, asks)


def _some_amount_names_no_currency(headers: Sequence[str], value_header: str,
                                   currency_header: str | None,
                                   rows: Sequence[Sequence[Any]]) -> bool:
    value_at = list(headers).index(value_header)
    currency_at = list(headers).index(currency_header) if currency_header else None
    for row in rows[:SAMPLE_ROWS]:
        value = row[value_at] if value_at < len(row) else None
        if cells.is_blank(value):
            continue
        if currency_at is not None and currency_at < len(row) and not cells.is_blank(
                row[currency_at]):
            continue
        try:
            _, named = cells.parse_money("value", value)
        except ValidationError:
            continue  # not an amount: kept in the notes, whatever the currency
        if named is None:
            return True
    return False


def require_currency(file_name: str, sheet: str, money: MoneyColumns) -> None:
    """The command line's refusal when a file's amounts name no currency."""
    if money.asks:
        raise ImportFileError(file_name, say(m.NEEDS_CURRENCY, column=repr(money.value_header)),
                              sheet=sheet)
