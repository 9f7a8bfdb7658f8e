"""Currencies, exchange rates and conversion; no total adds currencies unconverted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from tracker import messages as m
from tracker.errors import ValidationError
from tracker.messages import say
from tracker.models import Currency, ExchangeRate, Setting
from tracker.services import changelog
from tracker.services.context import Changes, Kind, current_user, new_uid, utcnow
from tracker.services.settings import put_setting
from tracker.storage import writing

CURRENCIES = (("CNY", "Chinese yuan", 2, "¥"), ("USD", "US dollar", 2, "$"),
              ("EUR", "Euro", 2, "€"))
BASE_CURRENCY_KEY = "base_currency"
# Shipped so a new install never totals "≈ CNY 0 (no rate: USD)": the yuan's central parity
# the China Foreign Exchange Trade System announced on this day (100 USD = 710.72 CNY,
# 100 EUR = 831.29 CNY, as Xinhua published it). Used only for a pair the user has no rate
# of (either direction); the first rate the user enters for a pair replaces it.
DEFAULT_RATES_AS_OF = dt.date(2025, 9, 1)
DEFAULT_RATES_SOURCE = "CFETS central parity, 2025-09-01"
DEFAULT_TO_CNY = {"USD": Decimal("7.1072"), "EUR": Decimal("8.3129")}


def ensure_currencies() -> None:
    with writing():
        for code, name, minor, symbol in CURRENCIES:
            Currency.get_or_create(code=code, defaults={"name": name, "minor_units": minor,
                                                        "symbol": symbol})


def base_currency() -> str:
    row = Setting.get_or_none(Setting.key == BASE_CURRENCY_KEY)
    return row.value if row else "CNY"


def set_base_currency(code: str) -> Changes:
    """The currency every total converts to; shared by everyone on this database."""
    if Currency.get_or_none(Currency.code == code) is None:
        known = ", ".join(sorted(currency_codes()))
        raise ValidationError.single("base_currency", say(m.UNKNOWN_CURRENCY, value=code,
                                                           known=known))
    return put_setting(BASE_CURRENCY_KEY, code)


def set_rate(currency: str, quote: str, rate: Decimal | str, as_of: dt.date) -> Changes:
    """1 `currency` = `rate` `quote` as of a day; a second rate for the same day replaces it."""
    known = set(currency_codes())
    for name, code in (("currency", currency), ("quote", quote)):
        if code not in known:
            raise ValidationError.single(name, say(m.UNKNOWN_CURRENCY, value=code,
                                                  known=", ".join(sorted(known))), code)
    if currency == quote:
        raise ValidationError.single("quote", say(m.RATE_PAIR), quote)
    try:
        value = Decimal(str(rate).strip().replace(",", ""))
        if not value.is_finite() or value <= 0:
            raise ValidationError.single("rate", say(m.RATE_POSITIVE), rate)
    except InvalidOperation:
        raise ValidationError.single("rate", say(m.NOT_NUMBER, value=rate), rate) from None
    operation = new_uid()
    with writing():
        old = _rate_row(currency, quote, as_of)
        if old is not None and old.rate == str(value):
            return Changes(operation=operation)
        ExchangeRate.insert(currency=currency, quote=quote, rate=str(value), as_of=as_of,
                            updated_at=utcnow(), updated_by=current_user()).on_conflict(
            conflict_target=[ExchangeRate.currency, ExchangeRate.quote, ExchangeRate.as_of],
            preserve=[ExchangeRate.rate, ExchangeRate.updated_at,
                      ExchangeRate.updated_by]).execute()
        changelog.log(Kind.exchange_rate, _rate_key(currency, quote, as_of),
                      "create" if old is None else "update",
                      {"rate": [None if old is None else old.rate, str(value)]},
                      operation=operation)
    return Changes(touched={Kind.exchange_rate}, operation=operation)


def _rate_key(currency: str, quote: str, as_of: dt.date) -> str:
    """How the change log names a rate: its pair and day (rates carry no uid)."""
    return f"{currency}/{quote}/{as_of.isoformat()}"


def _rate_row(currency: str, quote: str, as_of: dt.date) -> ExchangeRate | None:
    row: ExchangeRate | None = ExchangeRate.get_or_none(
        ExchangeRate.currency == currency, ExchangeRate.quote == quote,
        ExchangeRate.as_of == as_of)
    return row


def default_rate(currency: str, quote: str) -> Decimal | None:
    """The shipped rate between two currencies (through CNY), or None if one is not shipped."""
    if currency == quote:
        return Decimal(1)
    to_cny = {"CNY": Decimal(1), **DEFAULT_TO_CNY}
    if currency not in to_cny or quote not in to_cny:
        return None
    return (to_cny[currency] / to_cny[quote]).quantize(Decimal("0.000001"))


def is_default_rate(currency: str, quote: str) -> bool:
    """True when converting this pair uses the shipped rate (the user has none of it)."""
    return currency != quote and _user_rate(currency, quote) is None and \
        default_rate(currency, quote) is not None


def default_rates() -> list[tuple[str, str, Decimal, dt.date]]:
    """The shipped rates the user has not replaced: (currency, quote, rate, as of)."""
    return [(code, "CNY", rate, DEFAULT_RATES_AS_OF) for code, rate in DEFAULT_TO_CNY.items()
            if _user_rate(code, "CNY") is None]


def rate_for(currency: str, quote: str) -> tuple[Decimal, dt.date | None] | None:
    """The newest rate from `currency` to `quote` the user entered (inverse used if only that
    is known), else the shipped default rate of DEFAULT_RATES_AS_OF."""
    if currency == quote:
        return Decimal(1), None
    found = _user_rate(currency, quote)
    if found is not None:
        return found
    shipped = default_rate(currency, quote)
    return (shipped, DEFAULT_RATES_AS_OF) if shipped is not None else None


def _user_rate(currency: str, quote: str) -> tuple[Decimal, dt.date | None] | None:
    row = (ExchangeRate.select().where(ExchangeRate.currency == currency,
                                       ExchangeRate.quote == quote)
           .order_by(ExchangeRate.as_of.desc()).first())
    if row is not None:
        return Decimal(row.rate), row.as_of
    row = (ExchangeRate.select().where(ExchangeRate.currency == quote,
                                       ExchangeRate.quote == currency)
           .order_by(ExchangeRate.as_of.desc()).first())
    if row is not None:
        return Decimal(1) / Decimal(row.rate), row.as_of
    return None


def minor_units(code: str) -> int:
    row = Currency.get_or_none(Currency.code == code)
    return int(row.minor_units) if row else 2


def all_minor_units() -> dict[str, int]:
    """Minor units of every currency, in one query (for converting many rows)."""
    return {c.code: int(c.minor_units) for c in Currency.select()}


def to_decimal(value_minor: int, currency: str) -> Decimal:
    return Decimal(value_minor).scaleb(-minor_units(currency))


def currency_units() -> dict[str, int]:
    """Minor units of every known currency, read once so a list formats rows without queries."""
    return {c.code: int(c.minor_units) for c in Currency.select()}


def format_minor(value_minor: int | None, currency: str | None, units: int) -> str:
    """`CNY 1,200,000.00`: one amount in its own currency (never a sum of several)."""
    if value_minor is None or not currency:
        return ""
    return f"{currency} {Decimal(value_minor).scaleb(-units):,.{units}f}"


def format_money(value_minor: int | None, currency: str | None) -> str:
    if value_minor is None or not currency:
        return ""
    return format_minor(value_minor, currency, minor_units(currency))



def list_rates() -> list[ExchangeRate]:
    """Every rate the user entered, newest date first within each currency pair."""
    return list(ExchangeRate.select().order_by(ExchangeRate.currency, ExchangeRate.quote,
                                               ExchangeRate.as_of.desc()))


def delete_rate(currency: str, quote: str, as_of: dt.date) -> Changes:
    """Forget a rate; the change log keeps what it was (a tombstone)."""
    operation = new_uid()
    with writing():
        old = _rate_row(currency, quote, as_of)
        if old is None:
            return Changes(operation=operation)
        ExchangeRate.delete().where(ExchangeRate.id == old.id).execute()
        changelog.log(Kind.exchange_rate, _rate_key(currency, quote, as_of), "delete",
                      {"rate": [old.rate, None]}, operation=operation)
    return Changes(touched={Kind.exchange_rate}, operation=operation)


def currency_codes() -> list[str]:
    return [c.code for c in Currency.select().order_by(Currency.code)]
