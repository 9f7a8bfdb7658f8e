"""The article's market figures have a place: the Market page (Ctrl+9), each figure with its
sentence, and `beacon market`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tracker.models import MarketFact
from tracker.seeding import article_text

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def test_market_page_shows_every_figure_with_its_sentence(window, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert window.current_key() == "market"
    facts = list(MarketFact.select().order_by(MarketFact.id))
    assert len(page.cards) == len(facts) >= 10
    first = page.cards[facts.index(next(f for f in facts if f.unit == "%"))]
    texts = [label.text() for label in first.findChildren(QLabel)]
    fact = next(f for f in facts if f.unit == "%")
    assert f"{fact.figure}%" in texts and fact.topic in texts
    assert f"“{fact.source_detail}”" in texts and fact.source_detail in article_text()


def test_cli_market_lists_the_figures_with_sources(seeded, tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(seeded), "market",
                          "--json"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    assert len(figures) == MarketFact.select().count()
    assert all(f["source"] in article_text() for f in figures)
    assert any(f["figure"] == "2.5 billion" and f["unit"] == "USD" for f in figures)
