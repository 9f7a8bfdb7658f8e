"""The board's columns, cards, totals in the base currency, and stage editing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.board import Board, BoardFilters, cards_for, filter_choices
from tracker.errors import UndoRefused, ValidationError
from tracker.models import ChangeLog, Opportunity, Stage
from tracker.queries import ListQuery
from tracker.services import money, records
from tracker.services.opportunities import mark_lost, mark_won, move_opportunity
from tracker.services.pipelines import (
    add_stage,
    create_pipeline,
    default_pipeline,
    delete_stage,
    rename_pipeline,
    reorder_stages,
    stages_of,
    update_stage,
)


def new_deal(title: str, stage: int, value: str | None = None, currency: str | None = None,
             **extra: object) -> int:
    values: dict[str, object] = {"title": title, "stage": stage, **extra}
    if value is not None:
        values.update(value=value, currency=currency)
    return records.create("opportunity", values).first_created


@pytest.fixture
def stages(db: Path) -> list[Stage]:
    return stages_of(default_pipeline().id)


def test_columns_follow_stage_order_and_cards_sort_by_expected_close(stages: list[Stage]) -> None:
    lead = stages[0].id
    later = new_deal("Later", lead, expected_close="2026-09-01")
    sooner = new_deal("Sooner", lead, expected_close="2026-03-01")
    undated = new_deal("Undated", lead)
    other = new_deal("Qualified one", stages[1].id)
    board = Board(default_pipeline().id)
    assert [c.name for c in board.columns()] == [s.name for s in stages]
    by_stage = board.ids_by_stage()
    assert by_stage[lead] == [sooner, later, undated]
    assert by_stage[stages[1].id] == [other]
    assert board.ids_for(lead) == [sooner, later, undated]


def test_totals_convert_each_currency_at_the_users_rate(stages: list[Stage]) -> None:
    money.set_base_currency("CNY")
    money.set_rate("USD", "CNY", "7.20", dt.date(2026, 11, 1))
    money.set_rate("USD", "CNY", "7.00", dt.date(2026, 10, 1))  # older: not used
    stage = stages[3]  # Proposal, 50 %
    new_deal("A", stage.id, "1000", "USD")
    new_deal("B", stage.id, "2000.50", "USD", probability=100)
    new_deal("C", stage.id, "10000", "CNY")
    new_deal("No value", stage.id)
    totals = Board(default_pipeline().id).totals()[stage.id]
    assert totals.count == 4
    assert totals.without_value == 1
    by_currency = {t.currency: t for t in totals.money.by_currency}
    assert by_currency["USD"].total == Decimal("3000.50")
    assert by_currency["USD"].weighted == Decimal("500") + Decimal("2000.50")
    assert by_currency["CNY"].total == Decimal("10000")
    usd = next(c for c in totals.money.conversions if c.currency == "USD")
    assert usd.rate == Decimal("7.20") and usd.as_of == dt.date(2026, 11, 1)
    assert totals.money.base_total == Decimal("3000.50") * Decimal("7.20") + 10000
    assert totals.money.base_weighted == Decimal("2500.50") * Decimal("7.20") + 5000
    assert totals.money.complete


def test_a_currency_without_a_rate_is_reported_not_added(stages: list[Stage],
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setattr(money, "DEFAULT_TO_CNY", {"USD": Decimal("7.1072")})  # no EUR shipped
    money.set_base_currency("USD")
    new_deal("Euro deal", stages[0].id, "500", "EUR")
    new_deal("Dollar deal", stages[0].id, "100", "USD")
    totals = Board(default_pipeline().id).totals()[stages[0].id]
    assert totals.money.missing_rates == ["EUR"]
    assert not totals.money.complete
    assert totals.money.base_total == Decimal("100")
    # The inverse of a rate the user gave is used when only that exists.
    money.set_rate("USD", "EUR", "0.5", dt.date(2026, 1, 5))
    totals = Board(default_pipeline().id).totals()[stages[0].id]
    assert totals.money.missing_rates == []
    assert totals.money.base_total == Decimal("1100")


def test_board_shows_open_deals_only_and_matches_the_list(stages: list[Stage]) -> None:
    kept = new_deal("Kept", stages[0].id, owner="Wang")
    won = new_deal("Won", stages[0].id, owner="Wang")
    lost = new_deal("Lost", stages[0].id, owner="Li")
    mark_won(won, None)
    mark_lost(lost, None, "budget cut")
    board = Board(default_pipeline().id)
    assert board.ids_by_stage()[stages[0].id] == [kept]
    assert board.totals()[stages[0].id].count == 1
    assert board.list_query().ids() == [kept]
    listed = ListQuery("opportunity", filters={"pipeline": default_pipeline().id,
                                               "status": "open"}).ids()
    assert listed == [kept]


def test_filters_and_search_narrow_board_and_totals_alike(stages: list[Stage]) -> None:
    a = new_deal("CAR-T licensing with Juventas", stages[0].id, "10", "CNY", owner="Wang",
                 business_line="Licensing", modality="CAR-T")
    new_deal("NK distribution", stages[0].id, "20", "CNY", owner="Li", modality="NK")
    for filters in (BoardFilters(owner="Wang"), BoardFilters(modality="CAR-T"),
                    BoardFilters(business_line="Licensing"), BoardFilters(search="juven")):
        board = Board(default_pipeline().id, filters)
        assert board.ids_by_stage()[stages[0].id] == [a], filters
        assert board.totals()[stages[0].id].money.base_total == Decimal("10"), filters
    choices = filter_choices(default_pipeline().id)
    assert choices["owner"] == ["Li", "Wang"]
    assert choices["modality"] == ["CAR-T", "NK"]


def test_cards_carry_what_the_card_shows_and_mark_stale_deals(stages: list[Stage]) -> None:
    lead = stages[0]  # stale after 30 working days
    quiet = new_deal("Quiet", lead.id, "1500", "USD", owner="Wang", next_step="Call",
                     next_step_due="2024-09-01", expected_close="2024-12-31")
    busy = new_deal("Busy", lead.id)
    records.update("opportunity", quiet, None,
                   {"last_activity_at": dt.datetime(2024, 8, 1, 2, 0)})
    records.update("opportunity", busy, None,
                   {"last_activity_at": dt.datetime(2024, 9, 20, 2, 0)})
    today = dt.date(2024, 10, 8)
    cards = {c.id: c for c in cards_for([quiet, busy, 999_999], today)}
    assert set(cards) == {quiet, busy}
    card = cards[quiet]
    assert (card.title, card.value, card.currency, card.owner, card.next_step) == (
        "Quiet", Decimal("1500"), "USD", "Wang", "Call")
    assert card.expected_close == dt.date(2024, 12, 31)
    assert card.next_step_overdue and card.probability == 10
    assert card.stale and card.idle_days > 30
    # 20 Sept to 8 Oct: 18 calendar days, 8 working days: 23-27 and 30 Sept, the adjusted
    # Sunday 29 Sept and 8 Oct; the golden week is skipped.
    assert not cards[busy].stale and cards[busy].idle_days == 8


def test_a_card_shows_its_overdue_task_instead_of_no_next_step(stages: list[Stage]) -> None:
    from tracker.services.activities import add_activity

    day = dt.date(2024, 10, 8)
    bare = new_deal("No step, late task", stages[0].id)
    add_activity("task", subject="Send the CDA", due_on="2024-10-01", opportunity=bare)
    add_activity("task", subject="Later task", due_on="2024-10-20", opportunity=bare)
    done = add_activity("task", subject="Done task", due_on="2024-09-01",
                        opportunity=bare).first_created
    records.update("activity", done, None, {"done": True})
    stepped = new_deal("Step later than task", stages[0].id, next_step="Visit",
                       next_step_due="2024-10-30")
    add_activity("task", subject="Call Dr Wang", due_on="2024-10-07", opportunity=stepped)
    sooner = new_deal("Step sooner", stages[0].id, next_step="Visit",
                      next_step_due="2024-10-02")
    add_activity("task", subject="Call later", due_on="2024-10-09", opportunity=sooner)
    quiet = new_deal("Nothing to do", stages[0].id)
    cards = {c.id: c for c in cards_for([bare, stepped, sooner, quiet], day)}
    assert cards[bare].to_do == ("Send the CDA", dt.date(2024, 10, 1), True)
    assert cards[stepped].to_do == ("Call Dr Wang", dt.date(2024, 10, 7), True)
    assert cards[sooner].to_do == ("Visit", dt.date(2024, 10, 2), True)
    assert cards[quiet].to_do == ("", None, False)


def test_moving_updates_columns_and_totals(stages: list[Stage]) -> None:
    deal = new_deal("Mover", stages[0].id, "100", "CNY")
    version = Opportunity.get_by_id(deal).version
    move_opportunity(deal, stages[2].id, version)
    totals = Board(default_pipeline().id).totals()
    assert totals[stages[0].id].count == 0
    assert totals[stages[2].id].count == 1
    assert totals[stages[2].id].money.base_weighted == Decimal("30")


def test_create_pipeline_and_edit_its_stages(db: Path) -> None:
    changes = create_pipeline("Distribution", (("Prospect", 10, 30), ("Terms", 60, 14)))
    pipeline_id = changes.first_created
    add_stage(pipeline_id, "Evaluation", 30, 21, position=1)
    names = [s.name for s in stages_of(pipeline_id)]
    assert names == ["Prospect", "Evaluation", "Terms"]
    terms = stages_of(pipeline_id)[2]
    update_stage(terms.id, name="Commercial terms", probability=65, stale_days=None)
    terms = Stage.get_by_id(terms.id)
    assert (terms.name, terms.probability, terms.stale_days) == ("Commercial terms", 65, None)
    reorder_stages(pipeline_id, [s.id for s in reversed(stages_of(pipeline_id))])
    assert [s.name for s in stages_of(pipeline_id)] == ["Commercial terms", "Evaluation",
                                                         "Prospect"]
    rename_pipeline(pipeline_id, "Distribution China")
    with pytest.raises(ValidationError):
        create_pipeline("Distribution China")
    with pytest.raises(ValidationError):
        add_stage(pipeline_id, "Evaluation", 40)
    with pytest.raises(ValidationError):
        update_stage(terms.id, probability=120)
    with pytest.raises(ValidationError):
        reorder_stages(pipeline_id, [terms.id])
    assert ChangeLog.select().where(ChangeLog.entity == "stage").count() >= 2


def test_deleting_a_stage_with_deals_asks_where_they_go(stages: list[Stage]) -> None:
    source, target = stages[1], stages[2]
    open_deal = new_deal("Open", source.id)
    closed = new_deal("Closed", source.id)
    mark_won(closed, None)
    binned = new_deal("Binned", source.id)
    records.delete("opportunity", binned)
    with pytest.raises(ValidationError) as refused:
        delete_stage(source.id)
    assert refused.value.for_field("move_to")
    assert Stage.get_or_none(Stage.id == source.id) is not None
    changes = delete_stage(source.id, move_to=target.id)
    assert Stage.get_or_none(Stage.id == source.id) is None
    for deal in (open_deal, closed, binned):
        assert Opportunity.get_by_id(deal).stage_id == target.id
    assert Opportunity.get_by_id(closed).status == "won"  # moving does not reopen
    assert [s.position for s in stages_of(default_pipeline().id)] == list(range(len(stages) - 1))
    assert ChangeLog.select().where(ChangeLog.operation == changes.operation,
                                    ChangeLog.entity == "opportunity").count() == 2
    with pytest.raises(UndoRefused):
        records.undo_operation(changes.operation)


def test_an_empty_stage_deletes_without_a_target_but_not_the_last(db: Path) -> None:
    pipeline_id = create_pipeline("Tiny", (("Only", 10, None), ("Spare", 20, None))).first_created
    only, spare = stages_of(pipeline_id)
    delete_stage(spare.id)
    with pytest.raises(ValidationError):
        delete_stage(only.id)


def test_rates_are_validated_listed_and_deleted(db: Path) -> None:
    for bad in ("abc", "0", "-1", "NaN"):
        with pytest.raises(ValidationError):
            money.set_rate("USD", "CNY", bad, dt.date(2026, 1, 1))
    with pytest.raises(ValidationError):
        money.set_rate("USD", "USD", "1", dt.date(2026, 1, 1))
    with pytest.raises(ValidationError):
        money.set_rate("XYZ", "CNY", "1", dt.date(2026, 1, 1))
    money.set_rate("EUR", "CNY", "7,800.5", dt.date(2026, 1, 1))
    rates = money.list_rates()
    assert [(r.currency_id, r.quote_id, r.rate) for r in rates] == [("EUR", "CNY", "7800.5")]
    assert not money.is_default_rate("EUR", "CNY")
    money.delete_rate("EUR", "CNY", dt.date(2026, 1, 1))
    assert money.list_rates() == []
    # Back to the shipped rate, marked as such.
    assert money.rate_for("EUR", "CNY") == (Decimal("8.3129"), dt.date(2025, 9, 1))
    assert money.is_default_rate("EUR", "CNY")


def test_a_new_install_converts_with_shipped_rates_until_the_user_sets_one(
        stages: list[Stage]) -> None:
    new_deal("Dollar deal", stages[0].id, "1000", "USD")
    new_deal("Euro deal", stages[0].id, "100", "EUR")
    new_deal("Yuan deal", stages[0].id, "50", "CNY")
    totals = Board(default_pipeline().id).totals()[stages[0].id].money
    assert totals.complete and totals.missing_rates == []
    assert totals.base_total == Decimal("7107.20") + Decimal("831.29") + Decimal("50")
    assert [(c, str(r), d.isoformat()) for c, _q, r, d in money.default_rates()] == [
        ("USD", "7.1072", "2025-09-01"), ("EUR", "8.3129", "2025-09-01")]
    assert money.rate_for("USD", "EUR") == (Decimal("0.854960"), dt.date(2025, 9, 1))
    money.set_rate("USD", "CNY", "7.2", dt.date(2026, 11, 1))
    assert money.rate_for("USD", "CNY") == (Decimal("7.2"), dt.date(2026, 11, 1))
    assert not money.is_default_rate("USD", "CNY") and money.is_default_rate("EUR", "CNY")
    assert [c for c, *_ in money.default_rates()] == ["EUR"]
