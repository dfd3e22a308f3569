"""The one or two agents of a team without consent are not named by "from team X" either: the rule,
computed from a real store and changed as an admin would change it, and what others see."""

from __future__ import annotations

import pytest

from feedback.auth.roles import Actor, Role
from feedback.collect.pipeline import submit_quote
from feedback.domain import Status
from feedback.i18n import t
from feedback.insights import recognition
from feedback.insights.unnamed_teams import Warnings, teamless, teamless_names, warnings
from feedback.services import people as service
from feedback.services.exports import as_others_see
from feedback.store.directory import read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.read import quotes_frame
from tests.conftest import TODAY, draft

ADMIN = Actor("admin.anna", Role.ADMIN)
ALL = QuoteFilter(statuses=tuple(s.value for s in Status))


def _colleague(engine, people, handle: str, team: str, consent: bool = False) -> int:
    return service.add_agent(
        engine,
        ADMIN,
        handle=handle,
        first_name=handle.split(".")[0].title(),
        last_name=handle.split(".")[1].title(),
        team_id=people[team],
        consent_named=consent,
    ).id


def test_a_team_with_one_agent_without_consent_names_no_team_for_them(engine, people):
    # Nord: Anna consents, Aylin does not. The hotline (Jonas, consenting) has nobody unnamed.
    found = read_directory(engine)
    assert teamless(found) == {people["team_north"], people["team_tech"]}
    assert teamless_names(found) == {"Privatkunden Nord", "Technik-Hotline"}


def test_three_colleagues_without_consent_keep_their_team(engine, people):
    _colleague(engine, people, "bernd.vogel", "team_north")
    _colleague(engine, people, "carla.roth", "team_north")
    assert people["team_north"] not in teamless(read_directory(engine))


def test_two_colleagues_without_consent_name_no_team_either(engine, people):
    # Aylin and Bernd: each knows their own praise, so every other "from Nord" card without a
    # name would be the other one's. Their quotes name no team, and the filter leaves them out.
    _colleague(engine, people, "bernd.vogel", "team_north")
    for text, agent in (("Aylin war super!", "aylin"), ("Anna war toll!", "anna")):
        assert submit_quote(engine, draft(text, people[agent]), today=TODAY).stored
    found = read_directory(engine)
    assert people["team_north"] in teamless(found)
    shown, _privacy = as_others_see(engine, quotes_frame(engine, ALL))
    teams = dict(zip(shown["agent_id"], shown["team"], strict=True))
    assert teams[people["aylin"]] is None
    assert teams[people["anna"]] == "Privatkunden Nord"
    assert warnings(found).teams == ("Privatkunden Nord",)


def test_an_inactive_colleague_without_consent_does_not_count(engine, people):
    bernd = _colleague(engine, people, "bernd.vogel", "team_north")
    service.set_agent_active(engine, ADMIN, bernd, False)
    assert people["team_north"] in teamless(read_directory(engine))


def test_the_one_colleague_without_a_team_is_not_left_alone_either(engine, people):
    # Nord's Aylin would be the only "no team" card: the hotline's three unnamed join her.
    for handle in ("bernd.vogel", "carla.roth", "dana.wolf"):
        _colleague(engine, people, handle, "team_tech")
    assert teamless(read_directory(engine)) == {people["team_north"], people["team_tech"]}
    # With three unnamed in Nord, both teams name themselves again.
    _colleague(engine, people, "emil.lang", "team_north")
    _colleague(engine, people, "frida.stein", "team_north")
    assert teamless(read_directory(engine)) == frozenset()


def test_two_colleagues_without_a_team_are_not_left_to_each_other(engine, people):
    # Aylin and a colleague without a team would be the only "no team" cards, each knowing
    # which are the other's: the hotline's three unnamed join them.
    service.add_agent(
        engine, ADMIN, handle="gerd.frei", first_name="Gerd", last_name="Frei", team_id=None
    )
    for handle in ("bernd.vogel", "carla.roth", "dana.wolf"):
        _colleague(engine, people, handle, "team_tech")
    assert teamless(read_directory(engine)) == {people["team_north"], people["team_tech"]}


def test_in_works_council_mode_the_mode_decides(engine, people):
    assert teamless(read_directory(engine), works_council_mode=True) == frozenset()


def test_exports_name_no_team_for_the_one_agent_without_consent(engine, people):
    for text, agent in (("Aylin war super!", "aylin"), ("Anna war toll!", "anna")):
        assert submit_quote(engine, draft(text, people[agent]), today=TODAY).stored
    shown, _privacy = as_others_see(engine, quotes_frame(engine, ALL))
    teams = dict(zip(shown["agent_id"], shown["team"], strict=True))
    assert teams[people["aylin"]] is None
    assert teams[people["anna"]] == "Privatkunden Nord"  # named agents keep their team
    praise = draft("Das ganze Team war klasse!", None, team_id=people["team_north"])
    assert submit_quote(engine, praise, today=TODAY).stored
    shown, _privacy = as_others_see(engine, quotes_frame(engine, ALL))
    assert shown[shown["agent_id"].isna()]["team"].tolist() == ["Privatkunden Nord"]

    _colleague(engine, people, "bernd.vogel", "team_north")
    _colleague(engine, people, "carla.roth", "team_north")
    shown, _privacy = as_others_see(engine, quotes_frame(engine, ALL))
    teams = dict(zip(shown["agent_id"], shown["team"], strict=True))
    assert teams[people["aylin"]] == "Privatkunden Nord"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_shout_outs_thank_the_one_without_consent_without_their_team(engine, people, lang):
    for text, agent in (("Aylin war super!", "aylin"), ("Anna war toll!", "anna")):
        submit_quote(engine, draft(text, people[agent]), today=TODAY)
    frame = quotes_frame(engine, ALL)
    lines = recognition.shout_outs(frame, lang, teamless=teamless_names(read_directory(engine)))
    assert t("recognition.from_team", lang, team="Privatkunden Nord") not in set(lines["who"])
    assert t("recognition.colleagues", lang) in set(lines["who"])
    assert "Anna" in set(lines["who"])
    # Without the rule, the line would read "from the Nord team".
    before = recognition.shout_outs(frame, lang)
    assert t("recognition.from_team", lang, team="Privatkunden Nord") in set(before["who"])


def test_warnings_name_the_team_and_the_company_wide_case(engine, people):
    assert warnings(read_directory(engine)) == Warnings(teams=("Privatkunden Nord",), alone=True)
    _colleague(engine, people, "bernd.vogel", "team_tech")
    # Two people in the company withhold consent, one in each team: both teams are warned, and
    # two are still too few to hide behind "no team" (each knows which are the other's).
    found = warnings(read_directory(engine))
    assert found.teams == ("Privatkunden Nord", "Technik-Hotline")
    assert found.alone
    _colleague(engine, people, "carla.roth", "team_tech")
    found = warnings(read_directory(engine))
    assert found.teams == ("Privatkunden Nord", "Technik-Hotline")
    assert not found.alone
