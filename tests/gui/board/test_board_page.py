"""The board driven like a person: drag cards, drop on won/lost, Ctrl+Z, keyboard moves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from tracker.models import Opportunity, Stage
from tracker.queries import ListQuery
from tracker.services import money, records
from tracker.services.opportunities import move_opportunity
from tracker.services.pipelines import default_pipeline, stages_of

from ui.board.board_page import BoardPage
from ui.board.card_delegate import STALE
from ui.board.card_model import CardRole
from ui.context import AppContext

from tests.gui.board.dragging import drag_card, drop_on, press_and_start_drag

pytestmark = pytest.mark.gui


def new_deal(title: str, stage: Stage, value: str | None = None, currency: str | None = None,
             **extra: object) -> int:
    values: dict[str, object] = {"title": title, "stage": stage.id, **extra}
    if value is not None:
        values.update(value=value, currency=currency)
    return records.create("opportunity", values).first_created


@pytest.fixture
def stages(context: AppContext) -> list[Stage]:
    return stages_of(default_pipeline().id)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, stages: list[Stage]) -> BoardPage:
    money.set_base_currency("CNY")
    money.set_rate("USD", "CNY", "7.2", dt.date(2026, 11, 1))
    new_deal("Juventas CAR-T licensing", stages[0], "1000", "USD", owner="Wang")
    new_deal("CARsgen distribution", stages[0], "5000", "CNY", owner="Li")
    new_deal("ImmunoChina CDMO", stages[2], "20000", "CNY", owner="Wang")
    board = BoardPage(context)
    qtbot.addWidget(board)
    board.resize(1440, 900)
    board.show()
    qtbot.waitExposed(board)
    return board


def titles(board: BoardPage, stage: Stage) -> list[str]:
    model = board.columns[stage.id].model
    return [model.card_at(row).title for row in range(model.rowCount())]  # type: ignore[union-attr]


def test_columns_show_cards_and_totals_in_two_currencies(page: BoardPage,
                                                         stages: list[Stage]) -> None:
    lead = page.columns[stages[0].id]
    assert titles(page, stages[0]) == ["Juventas CAR-T licensing", "CARsgen distribution"]
    assert ">2<" in lead.title.text()
    assert "CNY 5K" in lead.currencies.text() and "USD 1K" in lead.currencies.text()
    # 1,000 USD at the user's 7.2 plus 5,000 CNY: 12,200 CNY, never 6,000 of nothing.
    assert lead.base_total.text() == "≈ CNY 12.2K"
    tooltip = lead.base_total.toolTip()
    assert "USD 1,000.00 × 7.2 (rate of 2026-11-01) = CNY 7,200.00" in tooltip
    assert lead.weighted.text() == "Weighted CNY 1.2K"  # Lead: 10 %


def test_a_column_all_in_the_base_currency_shows_its_total_once(page: BoardPage,
                                                                 stages: list[Stage]) -> None:
    meeting = page.columns[stages[2].id]  # ImmunoChina CDMO: CNY 20,000 at 30 %
    lines = [meeting.currencies.text(), meeting.base_total.text(), meeting.weighted.text()]
    assert lines == ["All in CNY", "CNY 20K", "Weighted CNY 6K"]
    assert sum("CNY 20K" in line for line in lines) == 1
    # the header keeps its lines, level with a column of two currencies beside it
    lead = page.columns[stages[0].id]
    assert meeting.view.mapTo(page, meeting.view.rect().topLeft()).y() == lead.view.mapTo(
        page, lead.view.rect().topLeft()).y()


def test_the_search_hint_shows_whole_at_1280x720(qtbot: QtBot, window: Any) -> None:
    window.resize(1280, 720)  # the window's smallest size, with its style sheet and font
    page = window.show_page("board")
    qtbot.waitUntil(lambda: page.width() < 1100 and page.search.isVisible())
    hint = page.search.placeholderText()
    # the text, the frame's margins and the clear button's room (it read "Search deals (piny…")
    assert page.search.width() >= page.search.fontMetrics().horizontalAdvance(hint) + 40
    assert page.rates_button.geometry().right() <= page.width()  # nothing pushed out


def test_drag_a_card_to_another_column(page: BoardPage, stages: list[Stage],
                                       context: AppContext) -> None:
    source = page.columns[stages[0].id]
    target = page.columns[stages[3].id]
    deal = Opportunity.get(Opportunity.title == "Juventas CAR-T licensing")
    assert drag_card(source.view, 0, target.view.viewport())
    moved = Opportunity.get_by_id(deal.id)
    assert moved.stage_id == stages[3].id and moved.version == deal.version + 1
    assert titles(page, stages[0]) == ["CARsgen distribution"]
    assert titles(page, stages[3]) == ["Juventas CAR-T licensing"]
    assert source.base_total.text() == "CNY 5K"
    assert ">1<" in target.title.text()
    assert target.base_total.text() == "≈ CNY 7.2K"
    assert target.weighted.text() == "Weighted CNY 3.6K"  # Proposal: 50 %
    listed = ListQuery("opportunity", filters={"stage": stages[3].id}).rows_for(
        ListQuery("opportunity", filters={"stage": stages[3].id}).ids())
    assert [row["title"] for row in listed] == ["Juventas CAR-T licensing"]
    assert listed[0]["stage"] == stages[3].name
    assert context.undo.next_label == "Move Juventas CAR-T licensing to Proposal"


def test_ctrl_z_puts_the_card_back(qtbot: QtBot, page: BoardPage, stages: list[Stage]) -> None:
    assert drag_card(page.columns[stages[0].id].view, 0,
                     page.columns[stages[1].id].view.viewport())
    assert titles(page, stages[1]) == ["Juventas CAR-T licensing"]
    page.activateWindow()
    page.columns[stages[1].id].view.setFocus()
    QTest.keyClick(page.columns[stages[1].id].view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: titles(page, stages[1]) == [])
    deal = Opportunity.get(Opportunity.title == "Juventas CAR-T licensing")
    assert deal.stage_id == stages[0].id
    assert titles(page, stages[0]) == ["Juventas CAR-T licensing", "CARsgen distribution"]


def test_drop_on_lost_asks_for_a_reason(qtbot: QtBot, page: BoardPage,
                                        stages: list[Stage]) -> None:
    assert drag_card(page.columns[stages[2].id].view, 0, page.lost_zone)
    dialog = page.lost_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason, no loss
    line_edit = dialog.reason.lineEdit()
    assert line_edit is not None
    qtbot.keyClicks(line_edit, "Chose a local CDMO")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    deal = Opportunity.get(Opportunity.title == "ImmunoChina CDMO")
    assert (deal.status, deal.lost_reason) == ("lost", "Chose a local CDMO")
    assert titles(page, stages[2]) == []
    assert ">0<" in page.columns[stages[2].id].title.text()


def test_cancelling_the_lost_reason_keeps_the_deal_open(qtbot: QtBot, page: BoardPage,
                                                        stages: list[Stage]) -> None:
    assert drag_card(page.columns[stages[2].id].view, 0, page.lost_zone)
    dialog = page.lost_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert Opportunity.get(Opportunity.title == "ImmunoChina CDMO").status == "open"
    assert titles(page, stages[2]) == ["ImmunoChina CDMO"]


def test_drop_on_won_closes_the_deal(page: BoardPage, stages: list[Stage]) -> None:
    assert drag_card(page.columns[stages[0].id].view, 1, page.won_zone)
    deal = Opportunity.get(Opportunity.title == "CARsgen distribution")
    assert deal.status == "won" and deal.closed_on is not None
    assert titles(page, stages[0]) == ["Juventas CAR-T licensing"]


def test_a_drop_on_the_cards_own_column_is_refused(page: BoardPage,
                                                   stages: list[Stage]) -> None:
    column = page.columns[stages[0].id]
    before = Opportunity.get(Opportunity.title == "Juventas CAR-T licensing").version
    assert not drag_card(column.view, 0, column.view.viewport())
    assert Opportunity.get(Opportunity.title == "Juventas CAR-T licensing").version == before


def test_keyboard_moves_to_next_and_previous_stage(page: BoardPage, stages: list[Stage]) -> None:
    view = page.columns[stages[0].id].view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    deal = Opportunity.get(Opportunity.title == "Juventas CAR-T licensing")
    assert deal.stage_id == stages[1].id
    # The card stays selected in its new column, so the next press moves it on.
    moved_view = page.columns[stages[1].id].view
    assert moved_view.currentIndex().data(CardRole).id == deal.id
    QTest.keyClick(moved_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.columns[stages[2].id].view, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier)
    assert Opportunity.get_by_id(deal.id).stage_id == stages[1].id


def test_a_stale_card_is_marked(qtbot: QtBot, page: BoardPage, stages: list[Stage],
                                context: AppContext) -> None:
    quiet = Opportunity.get(Opportunity.title == "CARsgen distribution")
    context.run(records.update, "opportunity", quiet.id, None,
                {"last_activity_at": dt.datetime.now() - dt.timedelta(days=120)})
    qtbot.waitUntil(lambda: page.columns[stages[0].id].model.card_at(1) is not None
                    and page.columns[stages[0].id].model.card_at(1).stale)  # type: ignore
    view = page.columns[stages[0].id].view
    fresh, stale = (view.model().index(row, 0).data(CardRole) for row in (0, 1))
    assert not fresh.stale and stale.stale and stale.idle_days > 30
    image = view.viewport().grab().toImage()
    stale_rect = view.visualRect(view.model().index(1, 0))
    fresh_rect = view.visualRect(view.model().index(0, 0))
    stripe_x = stale_rect.left() + 7
    assert QColor(image.pixel(stripe_x, stale_rect.center().y())) == STALE
    assert QColor(image.pixel(stripe_x, fresh_rect.center().y())) != STALE


def test_a_conflicting_edit_is_reported_not_overwritten(page: BoardPage,
                                                        stages: list[Stage]) -> None:
    source = page.columns[stages[0].id].view
    mime = press_and_start_drag(source, 0)
    deal = Opportunity.get(Opportunity.title == "Juventas CAR-T licensing")
    records.update("opportunity", deal.id, None, {"next_step": "Edited elsewhere"})
    assert drop_on(page.columns[stages[4].id].view.viewport(), mime)
    assert Opportunity.get_by_id(deal.id).stage_id == stages[0].id
    assert page.banner.isVisible() and "changed this deal" in page.banner.text()


def test_a_move_made_elsewhere_shows_on_the_board(qtbot: QtBot, page: BoardPage,
                                                  stages: list[Stage],
                                                  context: AppContext) -> None:
    deal = Opportunity.get(Opportunity.title == "ImmunoChina CDMO")
    context.run(move_opportunity, deal.id, stages[5].id, deal.version, undo_label="Move")
    qtbot.waitUntil(lambda: titles(page, stages[5]) == ["ImmunoChina CDMO"])
    assert titles(page, stages[2]) == []


def test_filters_and_search_narrow_the_columns(qtbot: QtBot, page: BoardPage,
                                               stages: list[Stage]) -> None:
    page.owner_box.setCurrentIndex(page.owner_box.findData("Li"))
    assert titles(page, stages[0]) == ["CARsgen distribution"]
    assert page.columns[stages[0].id].base_total.text() == "CNY 5K"
    page.owner_box.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "juven")
    qtbot.waitUntil(lambda: titles(page, stages[0]) == ["Juventas CAR-T licensing"])
    assert titles(page, stages[2]) == []


def test_double_click_asks_to_open_the_record(qtbot: QtBot, page: BoardPage,
                                              stages: list[Stage]) -> None:
    view = page.columns[stages[2].id].view
    rect = view.visualRect(view.model().index(0, 0))
    deal = Opportunity.get(Opportunity.title == "ImmunoChina CDMO")
    with qtbot.waitSignal(page.open_record_requested) as opened:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, rect.center())
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier, rect.center())
    assert opened.args == ["opportunity", deal.id]


def test_totals_say_which_currency_has_no_rate(qtbot: QtBot, page: BoardPage,
                                               stages: list[Stage],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(money, "DEFAULT_TO_CNY", {"USD": Decimal("7.1072")})  # none for EUR
    new_deal("Euro deal", stages[0], "100", "EUR")
    page.reload()
    lead = page.columns[stages[0].id]
    assert "(no rate: EUR)" in lead.base_total.text()
    assert lead.base_total.text().startswith("≈ CNY 12.2K")
    assert Decimal("12200") == page.board().totals()[stages[0].id].money.base_total
