"""Teams of one: a team with exactly one active agent points at that person on every
team-level view. Computed from a real store, changed as an admin would change it."""

from __future__ import annotations

from feedback.auth.roles import Actor, Role
from feedback.insights.people import teams_of_one
from feedback.services import people as service
from feedback.store.directory import read_directory

ADMIN = Actor("admin.anna", Role.ADMIN)


def test_a_team_with_one_agent_is_a_team_of_one_and_a_team_of_two_is_not(engine, people):
    # "Technik-Hotline" has Jonas only; "Privatkunden Nord" has Anna and Aylin.
    assert teams_of_one(read_directory(engine)) == ["Technik-Hotline"]


def test_an_inactive_agent_does_not_count(engine, people):
    service.set_agent_active(engine, ADMIN, people["aylin"], False)
    assert teams_of_one(read_directory(engine)) == ["Privatkunden Nord", "Technik-Hotline"]


def test_a_second_active_agent_ends_the_warning(engine, people):
    service.set_agent_team(engine, ADMIN, people["aylin"], people["team_tech"])
    # Aylin moved: now Nord has Anna only and the hotline has two.
    assert teams_of_one(read_directory(engine)) == ["Privatkunden Nord"]
    service.add_agent(
        engine,
        ADMIN,
        handle="mia.roth",
        first_name="Mia",
        last_name="Roth",
        team_id=people["team_north"],
        consent_named=False,
    )
    assert teams_of_one(read_directory(engine)) == []


def test_teams_without_active_agents_and_agents_without_team_single_nobody_out(engine, people):
    empty = service.add_team(engine, ADMIN, "Nachtschicht")
    service.set_agent_active(engine, ADMIN, people["jonas"], False)
    service.set_agent_team(engine, ADMIN, people["aylin"], None)
    # Nord keeps Anna alone now; the hotline has no active agent, the night shift nobody.
    assert teams_of_one(read_directory(engine)) == ["Privatkunden Nord"]
    assert "Nachtschicht" in read_directory(engine).teams.values()
    assert empty in read_directory(engine).teams
