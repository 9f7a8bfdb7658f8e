"""How money, dates and conversions read on the board and the dashboard."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from tracker.board import Conversion, MoneyTotals
from tracker.services import money

from ui.translation import installed_language

SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Money", text)


# Source texts of context "Money", marked so lupdate finds them (they go through _tr).
RATE_OF = QT_TRANSLATE_NOOP("Money", "rate of %1")
DEFAULT_RATE_OF = QT_TRANSLATE_NOOP("Money", "default rate of %1: set yours under Exchange rates")
BASE_CURRENCY = QT_TRANSLATE_NOOP("Money", "base currency")
SHORT_DATE = QT_TRANSLATE_NOOP("Money", "d MMM")  # a Qt date format: 16 Oct
SHORT_DATE_YEAR = QT_TRANSLATE_NOOP("Money", "d MMM yyyy")  # 16 Oct 2027
NO_RATE = QT_TRANSLATE_NOOP("Money", "No rate to %1 for %2: not included. Add one under Exchange rates.")


def amount(value: Decimal, currency: str, *, decimals: bool = False) -> str:
    """`USD 1,200,000` (cents only when asked or when there are any)."""
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    places = 2 if decimals or value != value.to_integral_value() else 0
    return f"{currency} {locale.toString(float(value), 'f', places)}"


def compact(value: Decimal, currency: str) -> str:
    """`USD 1.2M`, `CNY 850K`: for headers and charts, where room is short."""
    magnitude = abs(value)
    for threshold, suffix in ((Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"),
                              (Decimal(10) ** 3, "K")):
        if magnitude >= threshold:
            scaled = value / threshold
            text = f"{scaled:.1f}".rstrip("0").rstrip(".") if scaled < 100 else f"{scaled:.0f}"
            return f"{currency} {text}{suffix}"
    return amount(value.quantize(Decimal(1)), currency)


def rate_line(conversion: Conversion, base: str) -> str:
    """`USD 3,000.50 × 7.2 (rate of 2026-11-01) = CNY 21,603.60`."""
    shipped = money.is_default_rate(conversion.currency, base)
    when = (_tr(DEFAULT_RATE_OF if shipped else RATE_OF).replace(
        "%1", conversion.as_of.isoformat()) if conversion.as_of else _tr(BASE_CURRENCY))
    return (f"{amount(conversion.amount, conversion.currency, decimals=True)} × "
            f"{conversion.rate.normalize():f} ({when}) = "
            f"{amount(conversion.converted, base, decimals=True)}")


def conversions_tooltip(totals: MoneyTotals, weighted: bool = False) -> str:
    lines = [rate_line(c, totals.base_currency)
             for c in (totals.weighted_conversions if weighted else totals.conversions)]
    if totals.missing_rates:
        lines.append(_tr(NO_RATE)
                     .replace("%1", totals.base_currency)
                     .replace("%2", ", ".join(totals.missing_rates)))
    return "\n".join(lines)


def short_date(day: dt.date | None, today: dt.date | None = None) -> str:
    """`16 Oct` this year, `16 Oct 2027` another year; in Chinese 10月16日, 2027年10月16日."""
    if day is None:
        return ""
    this_year = (today or dt.date.today()).year
    pattern = _tr(SHORT_DATE if day.year == this_year else SHORT_DATE_YEAR)
    return QLocale(installed_language()).toString(day, pattern)
