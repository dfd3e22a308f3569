"""Recognition page: your wall, consent-aware shout-outs, rankings only when enabled."""

from __future__ import annotations

import html
import json
import re

from streamlit.testing.v1 import AppTest

from feedback.auth.roles import Actor
from feedback.i18n import t
from feedback.services.people import add_team
from feedback.store.directory import read_directory
from feedback.store.settings import AppSettings, save_settings
from tests.pages.conftest import open_page, signed_in_app


def _recognition(role: str = "admin") -> AppTest:
    at = signed_in_app(role)
    at.query_params["lang"] = "de"
    at.run()
    at.switch_page("pages/recognition.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def show_tab(at: AppTest, name: str, lang: str = "de") -> AppTest:
    """Open a tab of the page (tabs run only when open) and rerun."""
    at.session_state["recognition_view"] = t(f"recognition.tab_{name}", lang)
    return at.run()


def test_only_the_open_tab_runs(store):
    save_settings(store, AppSettings(rankings_enabled=True), actor="test")
    at = open_page("pages/recognition.py")
    assert [tab.label for tab in at.tabs] == [
        t(f"recognition.tab_{name}", "de") for name in ("wall", "shout_outs", "rankings")
    ]
    assert [b.key for b in at.button_group] == ["wall_kind"]
    assert "shout_month" not in [s.key for s in at.selectbox], "shout-outs do not run yet"
    assert len(at.dataframe) == 0
    show_tab(at, "rankings")
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.dataframe) == 2
    assert [s.key for s in at.selectbox] == ["rank_month"]
    assert not at.button_group, "the wall's controls do not run in another tab"


def test_rankings_are_hidden_by_default(store):
    at = show_tab(open_page("pages/recognition.py"), "rankings")
    assert not at.exception, [e.value for e in at.exception]
    assert any(t("recognition.rankings_off", "de") in i.value for i in at.info)
    assert len(at.dataframe) == 0


def test_rankings_show_when_enabled(store):
    save_settings(store, AppSettings(rankings_enabled=True), actor="test")
    at = show_tab(open_page("pages/recognition.py"), "rankings")
    assert not any(t("recognition.rankings_off", "de") in i.value for i in at.info)
    assert len(at.dataframe) == 2  # agents, teams
    agents = at.dataframe[0].value
    assert agents["quotes"].is_monotonic_decreasing


def test_shout_outs_name_only_agents_who_consented(store):
    directory = read_directory(store)
    at = show_tab(open_page("pages/recognition.py"), "shout_outs")
    # Last month, a whole one: early in a month the current one may hold only a few quotes.
    at.selectbox(key="shout_month").select_index(1).run()
    cards = " ".join(h.value for h in at.html)
    assert "🎉" in cards
    hidden = {a.first_name for a in directory.agents.values() if not a.consent_named}
    consenting = {a.first_name for a in directory.agents.values() if a.consent_named}
    named = {html.unescape(n) for n in re.findall(r"🎉 (?:<bdi>)?([^<]*)<", cards)}
    assert named, "the shout-outs name someone or a team"
    assert not (hidden - consenting) & named
    # "Aus dem Team Nord", or "Aus dem Team" alone where the team has fewer than three unnamed
    # agents (insights/unnamed_teams.py): which one depends on the month's quotes
    assert t("recognition.colleagues", "de") in cards
    # The unnamed colleagues of a team share one line: no line shows twice.
    lines = [h.value for h in at.html if "🎉" in h.value]
    assert len(lines) == len(set(lines))


def test_your_wall_defaults_to_me_with_milestones(store):
    from feedback.store.users import find_user

    account = find_user(store, "demo.agent")
    assert account is not None
    assert account.agent_id is not None
    me = read_directory(store).agents[account.agent_id]
    at = _recognition("agent")
    assert at.button_group(key="wall_kind").value == "agent"
    assert at.selectbox(key="wall_agent").value == me.id
    assert any(me.full_name in s.value for s in at.subheader)
    assert any(t("recognition.milestone", "de", number=1) in m.value for m in at.markdown)


def test_team_wall(store):
    at = _recognition()
    at.button_group(key="wall_kind").set_value("team").run()
    assert not at.exception
    team = at.selectbox(key="wall_team")
    assert any(str(team.format_func(team.value)) in s.value for s in at.subheader) or at.subheader


def test_a_leads_team_wall_defaults_to_the_team_they_lead(store):
    from feedback.store.users import find_user

    account = find_user(store, "demo.lead")
    assert account is not None
    assert account.team_ids
    at = _recognition("lead")
    assert at.button_group(key="wall_kind").value == "team"
    # Not the first team by name, which the demo lead does not lead.
    assert at.selectbox(key="wall_team").value in account.team_ids


def test_an_agent_opens_only_their_own_wall_and_team_walls(store):
    from feedback.store.users import find_user

    account = find_user(store, "demo.agent")
    assert account is not None
    at = _recognition("agent")
    assert at.selectbox(key="wall_agent").options == [
        read_directory(store).agents[account.agent_id or -1].full_name
    ]
    at.button_group(key="wall_kind").set_value("team").run()
    assert len(at.selectbox(key="wall_team").options) == len(read_directory(store).teams)


def test_a_manager_opens_every_consenting_agents_wall(store):
    at = _recognition("manager")
    at.button_group(key="wall_kind").set_value("agent").run()
    consenting = [a for a in read_directory(store).agents.values() if a.consent_named and a.active]
    assert len(at.selectbox(key="wall_agent").options) == len(consenting)


def test_shout_outs_read_in_order_row_by_row(store):
    """Cards fill rows left to right: on a phone, where Streamlit stacks each row's columns,
    they still read in the page's order (by team, then name), not column by column."""
    at = show_tab(open_page("pages/recognition.py"), "shout_outs")
    at.selectbox(key="shout_month").select_index(1).run()
    header = re.compile(r"🎉 (?:<bdi>)?(.*?)(?:</bdi>)?</div>.*?>(.*?) · ", re.DOTALL)
    cards = [
        (html.unescape(m.group(2)), html.unescape(m.group(1)))
        for h in at.html
        if (m := header.search(h.value))
    ]
    assert len(cards) > 3, "more cards than one row holds"
    assert cards == sorted(cards, key=lambda card: (card[0].casefold(), card[1].casefold()))


def test_rankings_caption_points_at_their_own_month_and_shares_are_whole(store):
    save_settings(store, AppSettings(rankings_enabled=True), actor="test")
    at = show_tab(open_page("pages/recognition.py"), "rankings")
    captions = [c.value for c in at.caption]
    assert t("recognition.rankings_caption", "de") in captions
    assert "Lob des Monats" not in " ".join(captions)  # the tab has its own month picker
    shares = at.dataframe[1].value["positive_share"]
    assert all(0 <= share <= 100 and share == int(share) for share in shares)
    config = json.loads(at.dataframe[1].proto.columns)["positive_share"]
    assert config["type_config"]["format"] == "%d %%"


def test_the_open_tab_stays_open_when_the_language_changes(store):
    at = show_tab(open_page("pages/recognition.py"), "rankings")
    at.session_state["ui_lang"] = "en"  # what the sidebar's language switch sets
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(t("recognition.rankings_off", "en") in i.value for i in at.info)


def test_a_team_without_quotes_says_it_has_no_themes_yet(store):
    new = add_team(store, Actor.system("test"), "Neues Team Süd")
    at = _recognition()
    at.button_group(key="wall_kind").set_value("team").run()
    at.selectbox(key="wall_team").set_value(new).run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("recognition.no_themes", "de") in [m.value for m in at.markdown]
    assert t("recognition.no_quotes", "de") in [c.value for c in at.caption]


def test_an_admins_team_wall_opens_on_a_team_with_praise_not_an_empty_one(store):
    """An admin leads no team: the wall opened on the first team by name, here a new one
    without a single quote."""
    empty = add_team(store, Actor.system("test"), "AAA Neues Team")
    at = _recognition("admin")
    at.button_group(key="wall_kind").set_value("team").run()

    chosen = at.selectbox(key="wall_team").value
    assert chosen != empty
    assert chosen in read_directory(store).teams
    assert t("recognition.no_quotes", "de") not in [c.value for c in at.caption]


def test_a_long_quote_is_cut_in_the_newest_quotes(store):
    """A browser walk found a 2,000-character quote shown whole: sixty lines on a phone."""
    from feedback.collect.pipeline import submit_many
    from feedback.domain import QuoteDraft, Status
    from feedback.render.cards import CARD_CHARS
    from feedback.store.users import find_user
    from tests.conftest import TODAY

    account = find_user(store, "demo.agent")
    assert account is not None
    sentence = "Ich möchte mich ganz herzlich für die wunderbare Beratung bedanken. "
    draft = QuoteDraft(
        text=sentence * 29,
        channel="phone",
        said_on=TODAY,
        submitted_by="demo.agent",
        agent_id=account.agent_id,
        status=Status.APPROVED,
    )
    (result,) = submit_many(store, [draft], today=TODAY)
    assert result.stored
    at = _recognition("agent")
    shown = [t.value for t in at.text if t.value.startswith(sentence.strip())]
    assert shown, [t.value[:40] for t in at.text]
    assert all(len(text) <= CARD_CHARS for text in shown)
    assert any(text.endswith("…") for text in shown)
