"""Renaming a team twice in Chromium: the second rename is of the same team.

The team picker's labels are the teams' names, and the browser sends a choice back by its
label. After a rename the old name matched no team, Streamlit fell back to the first one, and
the next rename renamed that team instead of the one still shown as chosen.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from feedback.auth.roles import Actor
from feedback.i18n import t
from feedback.services import people
from feedback.store.directory import read_directory
from feedback.store.open import open_store
from tests.e2e.driving import choose, exceptions, open_page, open_tab, rerun
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LANG = "de"


def _teams(server: Server) -> dict[int, str]:
    engine = open_store(server.database_url)
    try:
        return dict(read_directory(engine).teams)
    finally:
        engine.dispose()


def test_a_second_rename_renames_the_same_team(page: Page, server: Server) -> None:
    engine = open_store(server.database_url)
    try:
        team_id = people.add_team(engine, Actor.system("e2e"), "Zebra-Umbenennteam")
    finally:
        engine.dispose()
    before = _teams(server)
    open_page(page, server.url("people", LANG))
    main = page.get_by_test_id("stMain")
    open_tab(page, main.get_by_role("tab", name=t("people.tab_teams", LANG)))
    form = main.get_by_test_id("stForm").filter(has_text=t("people.rename_team", LANG))
    pick = form.get_by_role("combobox", name=t("people.pick_team", LANG))
    choose(page, pick, "Zebra-Umbenennteam")
    new_name = form.get_by_label(t("people.new_name", LANG))
    button = form.get_by_role("button", name=t("people.rename_button", LANG))

    new_name.fill("Zebra-Zwischenname")
    rerun(page, button.click)
    expect(pick).to_have_value("Zebra-Zwischenname")
    new_name.fill("Zebra-Endname")
    rerun(page, button.click)

    after = _teams(server)
    assert after[team_id] == "Zebra-Endname"
    assert {k: v for k, v in after.items() if k != team_id} == {
        k: v for k, v in before.items() if k != team_id
    }
    assert exceptions(page) == []
