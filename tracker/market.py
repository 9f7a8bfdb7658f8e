"""The market figures the article states (funding, trial counts, prices), each with the
sentence it came from: the window's Market page and `beacon market` read them here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tracker.models import MarketFact


@dataclass(frozen=True)
class Figure:
    topic: str
    figure: str
    unit: str
    period: str
    statement: str
    source: str  # the article's sentence, verbatim

    @property
    def headline(self) -> str:
        """`-83%`, `USD 2.5 billion`, `2,034 trials`, `peak`."""
        if not self.unit:
            return self.figure
        if self.unit == "%":
            return f"{self.figure}%"
        if self.unit in ("USD", "CNY", "EUR"):
            return f"{self.unit} {self.figure}"
        return f"{self.figure} {self.unit}"

    def as_json(self) -> dict[str, Any]:
        return {"topic": self.topic, "figure": self.figure, "unit": self.unit,
                "period": self.period, "statement": self.statement, "source": self.source}


def market_figures() -> list[Figure]:
    """In the order the article gives them."""
    return [Figure(f.topic, f.figure, f.unit, f.period, f.statement, f.source_detail)
            for f in MarketFact.select().order_by(MarketFact.id)]
