"""Helpdesk mappings through the service: who may keep them, what is refused, what is audited.
On SQLite and PostgreSQL (the ``engine`` fixture)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.auth.roles import Actor, NotAllowed, Role
from feedback.services import mappings
from feedback.services.mappings import MappingProblem
from feedback.store.db import transaction
from feedback.store.directory import add_agent
from feedback.store.mappings import Mapping
from feedback.store.models import AuditEntry, HelpdeskMapping

ADMIN = Actor("ada.admin", Role.ADMIN)


def _lead(people) -> Actor:
    return Actor("lea.lead", Role.LEAD, team_ids=frozenset({people["team_north"]}))


def test_an_admin_maps_agents_and_groups_and_changes_them(engine, people):
    assert mappings.save_mapping(engine, ADMIN, "zendesk", "agent", " 3001 ", people["anna"])
    assert mappings.save_mapping(engine, ADMIN, "zendesk", "group", "4001", people["team_tech"])
    assert not mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3001", people["anna"])
    assert mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3001", people["jonas"])

    assert mappings.list_mappings(engine, ADMIN) == [
        Mapping("zendesk", "agent", "3001", people["jonas"]),
        Mapping("zendesk", "group", "4001", people["team_tech"]),
    ]
    with engine.connect() as conn:
        audit = conn.execute(
            select(AuditEntry.actor, AuditEntry.action, AuditEntry.changes)
            .where(AuditEntry.entity == "mapping")
            .order_by(AuditEntry.id)
        ).all()
    assert [(a.actor, a.action) for a in audit] == [
        ("ada.admin", "create"),
        ("ada.admin", "create"),
        ("ada.admin", "edit"),
    ]
    assert audit[-1].changes["target_id"] == [people["anna"], people["jonas"]]

    assert mappings.remove_mapping(engine, ADMIN, "zendesk", "agent", "3001")
    assert not mappings.remove_mapping(engine, ADMIN, "zendesk", "agent", "3001")
    assert len(mappings.list_mappings(engine, ADMIN, "zendesk")) == 1


def test_a_lead_keeps_mappings_of_their_own_teams_only(engine, people):
    lead = _lead(people)
    assert mappings.save_mapping(engine, lead, "freshdesk", "agent", "61", people["anna"])
    assert mappings.save_mapping(engine, lead, "freshdesk", "group", "51", people["team_north"])
    mappings.save_mapping(engine, ADMIN, "freshdesk", "agent", "62", people["jonas"])

    for target_kind, target in (("agent", people["jonas"]), ("group", people["team_tech"])):
        with pytest.raises(NotAllowed) as refused:
            mappings.save_mapping(engine, lead, "freshdesk", target_kind, "99", target)
        assert "eigenen Teams" in refused.value.message("de")
    # Nor may a lead repoint or remove another team's mapping onto their own people.
    with pytest.raises(NotAllowed):
        mappings.save_mapping(engine, lead, "freshdesk", "agent", "62", people["anna"])
    with pytest.raises(NotAllowed):
        mappings.remove_mapping(engine, lead, "freshdesk", "agent", "62")

    assert [m.external_id for m in mappings.list_mappings(engine, lead)] == ["61", "51"]
    assert len(mappings.list_mappings(engine, ADMIN)) == 3


def test_a_lead_cannot_map_onto_an_agent_without_a_team(engine, people):
    with transaction(engine) as session:
        loner = add_agent(
            session,
            handle="ohne.team",
            first_name="Ohne",
            last_name="Team",
            team_id=None,
            consent_named=False,
            actor="test",
        ).id
    with pytest.raises(NotAllowed):
        mappings.save_mapping(engine, _lead(people), "intercom", "agent", "814", loner)
    assert mappings.save_mapping(engine, ADMIN, "intercom", "agent", "814", loner)


@pytest.mark.parametrize("role", [Role.AGENT, Role.MANAGER])
def test_roles_without_import_may_not_see_or_keep_mappings(engine, people, role):
    actor = Actor("someone", role, agent_id=people["anna"])
    with pytest.raises(NotAllowed):
        mappings.list_mappings(engine, actor)
    with pytest.raises(NotAllowed):
        mappings.save_mapping(engine, actor, "zendesk", "agent", "1", people["anna"])
    with pytest.raises(NotAllowed):
        mappings.remove_mapping(engine, actor, "zendesk", "agent", "1")
    with engine.connect() as conn:
        assert conn.execute(select(HelpdeskMapping.id)).all() == []


@pytest.mark.parametrize(
    ("system", "kind", "external_id", "target", "key"),
    [
        ("", "agent", "1", "anna", "mapping_bad_system"),
        ("x" * 41, "agent", "1", "anna", "mapping_bad_system"),
        ("zendesk", "person", "1", "anna", "mapping_bad_kind"),
        ("zendesk", "agent", "  ", "anna", "mapping_bad_external_id"),
        ("zendesk", "agent", "1" * 121, "anna", "mapping_bad_external_id"),
        ("zendesk", "agent", "1", None, "mapping_unknown_agent"),
        ("zendesk", "group", "1", None, "mapping_unknown_group"),
    ],
)
def test_refused_values_say_why_in_both_languages(
    engine, people, system, kind, external_id, target, key
):
    target_id = people[target] if target else 9999
    with pytest.raises(MappingProblem) as refused:
        mappings.save_mapping(engine, ADMIN, system, kind, external_id, target_id)
    assert refused.value.key == key
    assert refused.value.message("de") != refused.value.message("en")


def test_deleting_the_agent_deletes_their_mapping(engine, people):
    from feedback.store.models import Agent

    mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3001", people["aylin"])
    with transaction(engine) as session:
        session.delete(session.get_one(Agent, people["aylin"]))
    assert mappings.list_mappings(engine, ADMIN) == []
