"""Values as people write them in spreadsheets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tracker.errors import ValidationError
from tracker.excel import values


@pytest.mark.parametrize(("raw", "day_first", "expected"), [
    (dt.datetime(2024, 3, 5, 10, 0), True, dt.date(2024, 3, 5)),
    (45356, True, dt.date(2024, 3, 5)),
    ("2024-03-05", True, dt.date(2024, 3, 5)),
    ("5/3/2024", True, dt.date(2024, 3, 5)),
    ("3/5/2024", False, dt.date(2024, 3, 5)),
    ("2024/3/5", True, dt.date(2024, 3, 5)),
    ("2024年3月5日", True, dt.date(2024, 3, 5)),
    ("２０２４年３月５日", True, dt.date(2024, 3, 5)),
    ("8/27/2024 10:11", False, dt.date(2024, 8, 27)),
    ("2024-08-30 14:39:58", True, dt.date(2024, 8, 30)),
    ("  ", True, None),
])
def test_dates(raw: object, day_first: bool, expected: dt.date | None) -> None:
    assert values.parse_date("d", raw, day_first=day_first) == expected


def test_date_order_is_decided_per_column() -> None:
    assert values.day_first_for(["8/27/2024 10:11", "1/2/2024"]) is False
    assert values.day_first_for(["27/8/2024", "1/2/2024"]) is True
    assert values.day_first_for(["2024-01-02"]) is True
    # any cell at all: a list (no dict key) does not stop the column being read
    assert values.day_first_for(["5/3/2024", ["5/3/2024"], "27/3/2024"]) is True


def test_distinct_cells_each_read_once_as_their_text() -> None:
    """A column's distinct texts in the order first written: equal texts once, TRUE apart
    from 1 (one dict key, two texts), a date cell apart from a date-time one."""
    column = ["Acme", " Acme ", None, 1, 1.0, True, "1", False, 0, dt.date(2024, 3, 5),
              dt.datetime(2024, 3, 5, 9, 30), "", "Beta"]
    assert values.distinct_texts(column) == ["Acme", "", "1", "TRUE", "FALSE", "0",
                                             "2024-03-05", "2024-03-05 09:30:00", "Beta"]
    assert values.distinct_texts(["Acme", "Acme", None]) == ["Acme", ""]
    assert values.distinct_texts([1.0, 1]) == ["1"]


def test_bad_date_names_what_was_expected() -> None:
    with pytest.raises(ValidationError, match="not a date"):
        values.parse_date("expected_close", "next week")
    with pytest.raises(ValidationError, match="not a real date"):
        values.parse_date("expected_close", "2024-02-30")


@pytest.mark.parametrize(("raw", "amount", "currency"), [
    (1200000, Decimal(1200000), None),
    (1200000.0, Decimal(1200000), None),
    ("1,200,000", Decimal(1200000), None),
    ("¥1,200,000", Decimal(1200000), "CNY"),
    ("￥１，２００，０００", Decimal(1200000), "CNY"),
    ("RMB 1.2m", Decimal(1200000), "CNY"),
    ("US$250k", Decimal(250000), "USD"),
    ("120万", Decimal(1200000), None),
    ("120万元", Decimal(1200000), "CNY"),
    ("1.5亿", Decimal(150000000), None),
    ("€ 99.50", Decimal("99.50"), "EUR"),
    ("2388", Decimal(2388), None),
    ("", None, None),
])
def test_money(raw: object, amount: Decimal | None, currency: str | None) -> None:
    got_amount, got_currency = values.parse_money("value", raw)
    assert got_amount == amount
    assert got_currency == currency


def test_money_refuses_words() -> None:
    with pytest.raises(ValidationError, match="not an amount of money"):
        values.parse_money("value", "about a million")


def test_lists_split_on_common_separators_and_krayin_json() -> None:
    assert values.split_list("a@x.com; b@y.com、c@z.com") == ["a@x.com", "b@y.com", "c@z.com"]
    krayin = '[{"label": "work", "value": "contact@wilson.com"}, {"label": "home", ' \
             '"value": "contact.home@wilson.com"}]'
    assert values.split_list(krayin) == ["contact@wilson.com", "contact.home@wilson.com"]


def test_status_and_percent() -> None:
    assert values.parse_status("s", "Closed Won") == "won"
    assert values.parse_status("s", "输单") == "lost"
    with pytest.raises(ValidationError):
        values.parse_status("s", "1")
    assert values.parse_percent("p", 0.5) == 50
    assert values.parse_percent("p", "75%") == 75


@pytest.mark.parametrize(("name", "step", "status"), [
    # other CRMs' names that hold a known word: read by it
    ("验证客户", "qualified", None), ("方案报价中", "proposal", None),
    ("商务谈判中", "negotiation", None), ("合同签订中", "contracting", None),
    ("初步沟通", "lead", None), ("需求确定", "qualified", None),
    ("Proposal Sent", "proposal", None), ("Demo completed", "meeting", None),
    ("Contacted", "lead", None), ("Stage 3 - Proposal", "proposal", None),
    ("Decision Maker Bought-In", "proposal", None),  # HubSpot's default pipeline
    ("Closed - Won", None, "won"), ("Closed/Won", None, "won"), ("已赢单", None, "won"),
    ("输单关闭", None, "lost"), ("丢失", None, "lost"), ("Lost to competitor", None, "lost"),
    # a word turned around, a sale said to be done, or two steps at once: the user says
    ("未赢单", None, None), ("Not qualified", None, None), ("不合格", None, None),
    ("Contract Signed", None, None), ("签约收款", None, None), ("待成交", None, None),
    ("On Hold", None, None), ("无效", None, None),
])
def test_stage_and_status_names_of_other_crms(name: str, step: str | None,
                                              status: str | None) -> None:
    from tracker.catalogue.words import status_of, step_of

    assert (step_of(name), status_of(name)) == (step, status)


def test_text_cells() -> None:
    assert values.clean_text(95101.0) == "95101"
    assert values.clean_text("\u3000 Aurora \u00a0") == "Aurora"
