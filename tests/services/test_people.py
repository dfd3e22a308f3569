"""Teams, agents and consent through the role-checked service, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from feedback.auth.roles import Actor, NotAllowed, Role
from feedback.i18n import t
from feedback.services import people as service
from feedback.services.people import PeopleProblem
from feedback.store.audit import audit_frame
from feedback.store.directory import read_directory

ADMIN = Actor("admin.anna", Role.ADMIN)


def _refused(call, key: str) -> PeopleProblem:
    with pytest.raises(PeopleProblem) as caught:
        call()
    assert caught.value.key == key
    return caught.value


@pytest.mark.parametrize(
    ("name", "stored"),
    [
        ("Privatkunden Süd", "Privatkunden Süd"),
        ("  Nachtschicht \n", "Nachtschicht"),
        ("x" * 80, "x" * 80),
        ("=Team 1", "=Team 1"),  # a name, not a formula: exports neutralise it
        ("Team 👩\u200d💻", "Team 👩\u200d💻"),  # an emoji joined by a zero width joiner
    ],
)
def test_a_team_is_added_with_one_audit_row(engine, name, stored):
    team_id = service.add_team(engine, ADMIN, name)

    assert read_directory(engine).teams[team_id] == stored
    audit = audit_frame(engine, entity="team")
    assert audit[["actor", "action", "entity_id"]].values.tolist() == [
        ["admin.anna", "create", team_id]
    ]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("", "name_empty"),
        ("   ", "name_empty"),
        ("x" * 81, "name_too_long"),
        ("Nord\tSüd", "name_control"),
        ("Nord\x00", "name_control"),
        ("Nord\u202eduS", "name_control"),  # a right-to-left override
        ("Nord\u200b", "name_control"),  # a zero-width space
        ("privatkunden nord", "team_exists"),  # the same name in another case
        (" Privatkunden Nord ", "team_exists"),
    ],
)
def test_a_bad_or_duplicate_team_name_is_refused_in_both_languages(engine, people, name, key):
    problem = _refused(lambda: service.add_team(engine, ADMIN, name), key)

    assert len(read_directory(engine).teams) == 2, "nothing is written"
    assert problem.message("de") != problem.message("en")
    assert "{" not in problem.message("de") + problem.message("en")


def test_the_refusals_name_the_field_and_the_limit():
    problem = _refused(lambda: service.clean_name("x" * 81, field="team"), "name_too_long")
    assert problem.message("de") == "„Teamname“ ist zu lang (höchstens 80 Zeichen)."
    assert problem.message("en") == "“Team name” is too long (at most 80 characters)."


def test_renaming_a_team_is_audited_with_old_and_new_name(engine, people):
    north = people["team_north"]

    assert service.rename_team(engine, ADMIN, north, " Privatkunden Nord-Ost ") is True
    assert service.rename_team(engine, ADMIN, north, "Privatkunden Nord-Ost") is False
    assert service.rename_team(engine, ADMIN, north, "PRIVATKUNDEN NORD-OST") is True, "case only"

    assert read_directory(engine).teams[north] == "PRIVATKUNDEN NORD-OST"
    edits = audit_frame(engine, entity="team").query("action == 'edit'")
    assert [row["name"] for row in edits["changes"]] == [
        ["Privatkunden Nord-Ost", "PRIVATKUNDEN NORD-OST"],
        ["Privatkunden Nord", "Privatkunden Nord-Ost"],
    ]


@pytest.mark.parametrize(
    ("team", "name", "key"),
    [
        ("team_north", "technik-hotline", "team_exists"),
        ("team_north", "", "name_empty"),
        (None, "Neu", "team_unknown"),
    ],
)
def test_a_rename_that_clashes_or_names_no_team_is_refused(engine, people, team, name, key):
    team_id = people[team] if team else 9999
    _refused(lambda: service.rename_team(engine, ADMIN, team_id, name), key)
    assert audit_frame(engine, entity="team").query("action == 'edit'").empty


def test_an_agent_is_added_without_consent_unless_given(engine, people):
    added = service.add_agent(
        engine,
        ADMIN,
        handle=" lena.wolf ",
        first_name="Lena",
        last_name="Wolf",
        team_id=people["team_tech"],
    )

    stored = read_directory(engine).agents[added.id]
    assert (stored.handle, stored.full_name, stored.consent_named) == (
        "lena.wolf",
        "Lena Wolf",
        False,
    )
    assert audit_frame(engine, entity="agent", entity_id=added.id)["actor"].tolist() == [
        "admin.anna"
    ]


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"handle": "ANNA.MEIER"}, "handle_exists"),
        ({"handle": "lena wolf"}, "handle_spaces"),
        ({"handle": ""}, "name_empty"),
        ({"first_name": " "}, "name_empty"),
        ({"last_name": "W\x07olf"}, "name_control"),
        ({"team_id": 9999}, "team_unknown"),
    ],
)
def test_a_bad_agent_is_refused_and_nothing_is_written(engine, people, changes, key):
    fields = {"handle": "lena.wolf", "first_name": "Lena", "last_name": "Wolf", "team_id": None}
    _refused(lambda: service.add_agent(engine, ADMIN, **(fields | changes)), key)
    assert len(read_directory(engine).agents) == 3


@pytest.mark.parametrize(
    ("agent", "consent", "changed"),
    [("aylin", True, True), ("anna", False, True), ("anna", True, False)],
)
def test_consent_changes_are_audited_and_repeats_are_not(engine, people, agent, consent, changed):
    agent_id = people[agent]
    before = len(audit_frame(engine, entity="agent", entity_id=agent_id))

    assert service.set_consent(engine, ADMIN, agent_id, consent) is changed

    assert read_directory(engine).agents[agent_id].consent_named is consent
    audit = audit_frame(engine, entity="agent", entity_id=agent_id)
    assert len(audit) == before + changed
    if changed:
        assert audit.iloc[0]["changes"] == {"consent_named": [not consent, consent]}


def test_moving_and_deactivating_an_agent(engine, people):
    anna, tech = people["anna"], people["team_tech"]

    assert service.set_agent_team(engine, ADMIN, anna, tech) is True
    assert service.set_agent_team(engine, ADMIN, anna, tech) is False
    assert service.set_agent_active(engine, ADMIN, anna, False) is True
    assert service.set_agent_team(engine, ADMIN, anna, None) is True

    stored = read_directory(engine).agents[anna]
    assert (stored.team_id, stored.active) == (None, False)
    changes = audit_frame(engine, entity="agent", entity_id=anna)["changes"].tolist()
    assert changes[:3] == [
        {"team_id": [tech, None]},
        {"active": [True, False]},
        {"team_id": [people["team_north"], tech]},
    ]


@pytest.mark.parametrize(
    "write",
    [
        lambda e, ids: service.set_consent(e, ADMIN, 9999, True),
        lambda e, ids: service.set_agent_team(e, ADMIN, 9999, None),
        lambda e, ids: service.set_agent_active(e, ADMIN, 9999, False),
    ],
)
def test_an_unknown_agent_is_refused(engine, people, write):
    problem = _refused(lambda: write(engine, people), "agent_unknown")
    assert "9999" in problem.message("de")


def test_moving_an_agent_to_an_unknown_team_is_refused(engine, people):
    _refused(lambda: service.set_agent_team(engine, ADMIN, people["anna"], 9999), "team_unknown")


@pytest.mark.parametrize("role", [Role.AGENT, Role.LEAD, Role.MANAGER])
@pytest.mark.parametrize(
    ("write", "action"),
    [
        (lambda e, a, ids: service.add_team(e, a, "Neu"), "manage_teams"),
        (lambda e, a, ids: service.rename_team(e, a, ids["team_north"], "Neu"), "manage_teams"),
        (
            lambda e, a, ids: service.add_agent(e, a, handle="neu", first_name="Neu"),
            "manage_teams",
        ),
        (lambda e, a, ids: service.set_consent(e, a, ids["aylin"], True), "manage_consent"),
        (lambda e, a, ids: service.set_agent_team(e, a, ids["anna"], None), "manage_teams"),
        (lambda e, a, ids: service.set_agent_active(e, a, ids["anna"], False), "manage_teams"),
    ],
)
def test_only_admins_manage_people(engine, people, role, write, action):
    actor = Actor("someone", role, team_ids=frozenset({people["team_north"]}))
    before = audit_frame(engine)

    with pytest.raises(NotAllowed) as refused:
        write(engine, actor, people)

    assert refused.value.action.value == action
    assert t(f"auth.action_{action}", "de") in refused.value.message("de")
    assert len(audit_frame(engine)) == len(before), "a refusal writes nothing"
