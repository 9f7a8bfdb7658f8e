"""The pipeline in figures, for an export's Summary sheet: by stage (count, total per
currency, total in the base currency, weighted total) and a forecast by month.

Amounts are converted with the newest rate to the base currency; a currency with no
rate is listed and left out of base totals, never added unconverted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from tracker.models import Currency, Opportunity, Pipeline, Stage
from tracker.services import money
from tracker.storage import active

CHUNK = 900


@dataclass
class StageLine:
    pipeline: str
    stage: str
    count: int = 0
    by_currency: dict[str, Decimal] = field(default_factory=dict)
    total_base: Decimal = Decimal(0)
    weighted_base: Decimal = Decimal(0)


@dataclass
class MonthLine:
    month: str
    count: int = 0
    total_base: Decimal = Decimal(0)
    weighted_base: Decimal = Decimal(0)


@dataclass
class PipelineSummary:
    base_currency: str
    stages: list[StageLine]
    months: list[MonthLine]
    currencies: list[str]
    missing_rates: list[str]


def pipeline_summary(ids: Sequence[int]) -> PipelineSummary:
    base = money.base_currency()
    rates: dict[str, Decimal | None] = {}
    lines: dict[tuple[int, int, str], StageLine] = {}
    months: dict[str, MonthLine] = {}
    missing: set[str] = set()
    currencies: set[str] = set()
    minor_units = dict(Currency.select(Currency.code, Currency.minor_units).tuples())
    o = Opportunity
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start:start + CHUNK])
        query = (o.select(Pipeline.position, Pipeline.name, Stage.position, Stage.name,
                          o.status, o.value_minor, o.currency, o.probability,
                          Stage.probability, o.expected_close)
                 .join_from(o, Stage, on=(o.stage == Stage.id))
                 .join_from(o, Pipeline, on=(o.pipeline == Pipeline.id))
                 .where(o.id.in_(chunk)))
        for (p_pos, p_name, s_pos, s_name, status, minor, currency, probability,
             stage_probability, expected_close) in active().cursor(query):
            label = s_name if status == "open" else status.capitalize()
            key = (p_pos, s_pos if status == "open" else 1000 + (status == "lost"), label)
            line = lines.setdefault(key, StageLine(p_name, label))
            line.count += 1
            base_value = None
            if minor is not None and currency:
                amount = Decimal(minor).scaleb(-minor_units.get(currency, 2))
                currencies.add(currency)
                line.by_currency[currency] = line.by_currency.get(currency, Decimal(0)) + amount
                if currency not in rates:
                    found = money.rate_for(currency, base)
                    rates[currency] = found[0] if found else None
                rate = rates[currency]
                if rate is None:
                    missing.add(currency)
                else:
                    base_value = (amount * rate).quantize(Decimal("0.01"))
            share = Decimal(probability if probability is not None else stage_probability) / 100
            if status == "won":
                share = Decimal(1)
            elif status == "lost":
                share = Decimal(0)
            if base_value is not None:
                line.total_base += base_value
                line.weighted_base += (base_value * share).quantize(Decimal("0.01"))
            if status == "open" and expected_close is not None:
                label = str(expected_close)[:7]  # the raw cursor gives ISO text
                month = months.setdefault(label, MonthLine(label))
                month.count += 1
                if base_value is not None:
                    month.total_base += base_value
                    month.weighted_base += (base_value * share).quantize(Decimal("0.01"))
    ordered = [lines[k] for k in sorted(lines)]
    return PipelineSummary(base, ordered, [months[k] for k in sorted(months)],
                           sorted(currencies, key=lambda c: (c != base, c)), sorted(missing))
