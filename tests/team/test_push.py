"""Moving to the team: a laptop's records go to the server by uid, with their history;
running it twice adds nothing; the article's seeded records are not doubled."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker import search
from tracker.cli import main
from tracker.models import ChangeLog, Contact, ContactEmail, Opportunity, Organization
from tracker.opening import open_data
from tracker.services import records
from tracker.services.pipelines import default_pipeline, stages_of
from tracker.storage import open_store

from tests.team.conftest import TeamServer


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """A seeded laptop database with a consultant's own work, edited a few times."""
    path = tmp_path / "laptop.sqlite3"
    with open_data(path):
        org = records.create("organization", {"name": "Bioheng", "name_zh": "北恒生物",
                                              "city": "Nanjing", "tags": ["CAR-T"],
                                              "phones": ["025-5868 1234", "400 820 5555"],
                                              "emails": ["bd@bioheng.example"]}).first_created
        records.update("organization", org, None, {"city": "南京"})
        contact = records.create("contact", {"name": "Li Ming", "name_zh": "李明",
                                             "organization": org,
                                             "emails": ["li.ming@bioheng.example"]}).first_created
        stage = stages_of(default_pipeline().id)[2]
        deal = records.create("opportunity", {"title": "Bioheng CDMO partnership",
                                              "organization": org, "primary_contact": contact,
                                              "stage": stage.id}).first_created
        records.update("opportunity", deal, None, {"next_step": "send the NDA"})
        records.create("activity", {"kind": "call", "subject": "Intro call",
                                    "opportunity": deal, "contact": contact})
    return path


def test_push_copies_records_with_history_and_twice_adds_nothing(
        team_server: TeamServer, laptop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(team_server.admin_url):
        before = Organization.select().count()
    assert main(["team", "push", str(laptop), team_server.admin_url]) == 0
    said = capsys.readouterr().out
    assert "1 organization, 1 contact, 1 opportunity, 1 activity" in said
    assert "history entries" in said and "already there" in said  # the seeded records

    with open_store(team_server.admin_url):
        assert Organization.select().count() == before + 1
        org = Organization.get(Organization.name == "Bioheng")
        contact = Contact.get(Contact.name == "Li Ming")
        deal = Opportunity.get(Opportunity.title == "Bioheng CDMO partnership")
        assert (deal.organization_id, deal.primary_contact_id) == (org.id, contact.id)
        assert deal.stage.name == stages_of(default_pipeline().id)[2].name
        assert (org.city, org.version, deal.next_step, deal.version) == ("南京", 2,
                                                                         "send the NDA", 2)
        assert [e.email for e in ContactEmail.select().where(ContactEmail.contact == contact)] \
            == ["li.ming@bioheng.example"]
        pushed = records.snapshot("organization", org)
        assert pushed["tags"] == ["CAR-T"] and pushed["emails"] == ["bd@bioheng.example"]
        assert pushed["phones"] == ["+862558681234", "400 820 5555"]
        history = [(e.action, e.version) for e in ChangeLog.select().where(
            ChangeLog.entity == "organization", ChangeLog.record_id == org.id)
            .order_by(ChangeLog.id)]
        assert history == [("create", 1), ("update", 2)]
        assert search.count_matches("contact", "lm") >= 1  # found by pinyin initials
        assert search.count_matches("organization", "北恒") == 1
        counts = {model: model.select().count() for model in (Organization, Contact,
                                                              Opportunity, ChangeLog)}

    assert main(["team", "push", str(laptop), team_server.admin_url]) == 0
    assert "nothing new; 0 history entries" in capsys.readouterr().out
    with open_store(team_server.admin_url):
        assert {model: model.select().count() for model in counts} == counts


def test_push_refuses_what_is_not_a_laptop_file(team_server: TeamServer, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["team", "push", str(tmp_path / "missing.sqlite3"), team_server.admin_url]) == 2
    assert "there is no such file" in capsys.readouterr().err
    assert not (tmp_path / "missing.sqlite3").exists()
    assert main(["team", "push", team_server.admin_url, team_server.admin_url]) == 2
    assert "copied from a database file" in capsys.readouterr().err


@pytest.mark.gui
def test_the_window_copies_a_laptop_file_and_shows_the_records(
        team_server: TeamServer, laptop: Path, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from ui.app import build_main_window, create_application
    from ui.context import AppContext
    from ui.settings import Settings
    from ui.team_push import push_file

    create_application()
    store = open_store(team_server.admin_url)
    try:
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = build_main_window(AppContext.create(store, settings))
        qtbot.addWidget(window)
        window.show()  # a page on screen follows changes; a hidden one refreshes when shown
        qtbot.waitExposed(window)
        assert window.push_action.isVisible()  # on a team server only
        page = window.show_page("organizations")
        box = push_file(window, window.context, str(laptop))
        assert "Organizations 1" in box.text() and "Contacts 1" in box.text()
        bioheng = Organization.get(Organization.name == "Bioheng")
        qtbot.waitUntil(lambda: page.model.row_of(bioheng.id) is not None)
        box.close()
        window.close()
    finally:
        store.close()
