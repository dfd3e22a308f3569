"""A mapping saved after an import reaches the quotes that came with its id: they are credited
to the mapped agent, audited, in one transaction that raises the quotes' data version; the
file imported again stays "0 new". On SQLite and PostgreSQL (the ``engine`` fixture)."""

from __future__ import annotations

from sqlalchemy import Engine, select, update

from feedback.auth.roles import Actor, Role
from feedback.collect.bulk import ImportReport
from feedback.collect.dry_run import DryRun
from feedback.collect.importer import open_import
from feedback.services import mappings
from feedback.services.import_preview import preview_import
from feedback.services.imports import import_stream
from feedback.store.models import AuditEntry, Quote
from feedback.store.versions import read_versions
from tests.collect.files.helpers import FIXTURES
from tests.conftest import TODAY

ADMIN = Actor("ada.admin", Role.ADMIN)


def _import(engine: Engine, actor: Actor, name: str) -> ImportReport:
    with (FIXTURES / name).open("rb") as handle:
        parsed = open_import(engine, handle, name=name, today=TODAY)
        return import_stream(engine, actor, parsed.entries(), today=TODAY)


def _preview(engine: Engine, actor: Actor, name: str) -> DryRun:
    with (FIXTURES / name).open("rb") as handle:
        parsed = open_import(engine, handle, name=name, today=TODAY)
        return preview_import(engine, actor, parsed, today=TODAY)


def _stored(engine: Engine) -> list[tuple[str, int | None, int | None, str | None]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(Quote.external_id, Quote.agent_id, Quote.team_id, Quote.source_agent_ref)
            .where(Quote.external_id.is_not(None))
            .order_by(Quote.external_id)
        ).all()
    return [(str(r[0]), r[1], r[2], r[3]) for r in rows]


def _credit_audit(engine: Engine) -> list[tuple[str, int | None, dict[str, object]]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(AuditEntry.actor, AuditEntry.entity_id, AuditEntry.changes)
            .where(AuditEntry.entity == "quote", AuditEntry.action == "edit")
            .order_by(AuditEntry.entity_id)
        ).all()
    return [tuple(r) for r in rows]


def test_a_zendesk_agent_id_mapped_after_the_import_credits_its_quotes(engine, people):
    north, tech = people["team_north"], people["team_tech"]
    mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3001", people["anna"])
    mappings.save_mapping(engine, ADMIN, "zendesk", "group", "4001", north)
    mappings.save_mapping(engine, ADMIN, "zendesk", "group", "4002", tech)

    first = _import(engine, ADMIN, "zendesk_ratings.json")

    # 9002 (agent 3002) and 9006 (agent 3999) name a mapped group: stored with its team, no
    # agent, their agent id kept; 9005 names no mapped id at all: rejected naming both.
    assert (first.imported, first.present, first.rejected) == (3, 0, 1)
    assert _stored(engine) == [
        ("9001", people["anna"], north, None),
        ("9002", None, tech, "3002"),
        ("9006", None, north, "3999"),
    ]
    before = read_versions(engine)

    saved = mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3999", people["aylin"])

    assert saved.changed
    (credited,) = saved.credited
    assert _stored(engine)[2] == ("9006", people["aylin"], north, None)  # waits no more
    assert _stored(engine)[1] == ("9002", None, tech, "3002")  # its id is still not mapped
    assert _credit_audit(engine) == [("ada.admin", credited, {"agent_id": [None, people["aylin"]]})]
    after = read_versions(engine)
    assert after["quotes"] > before["quotes"]  # cached walls and trends read it anew
    # Saved again: nothing left to credit, nothing changed.
    again = mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3999", people["aylin"])
    assert (again.changed, again.credited) == (False, ())

    # The same file again: 9005, rejected before, now names a mapped agent: stored (her team,
    # its group still unmapped); the rest is present. Once more: "0 new".
    second = _import(engine, ADMIN, "zendesk_ratings.json")
    assert (second.imported, second.present, second.rejected) == (1, 3, 0)
    third = _import(engine, ADMIN, "zendesk_ratings.json")
    assert (third.imported, third.present, third.rejected) == (0, 4, 0)


def test_a_lead_maps_a_freshdesk_agent_and_credits_only_their_teams_quotes(engine, people):
    north = people["team_north"]
    lead = Actor("lea.lead", Role.LEAD, team_ids=frozenset({north}))

    # A lead of one team: rows whose Freshdesk ids no mapping names are that team's.
    first = _import(engine, lead, "freshdesk.json")
    assert first.imported > 0
    stored = _stored(engine)
    assert {team for _, _, team, _ in stored} == {north}
    of_61 = sorted(ext for ext, _, _, ref in stored if ref == "61")
    assert {ref for *_, ref in stored} == {"61", "62"}  # every row's agent id waits
    assert of_61
    assert all(agent is None for _, agent, _, _ in stored)

    saved = mappings.save_mapping(engine, lead, "freshdesk", "agent", "61", people["anna"])

    assert len(saved.credited) == len(of_61)
    credited = sorted(ext for ext, agent, _, _ in _stored(engine) if agent == people["anna"])
    assert credited == of_61
    assert [entry[0] for entry in _credit_audit(engine)] == ["lea.lead"] * len(of_61)

    again = _import(engine, lead, "freshdesk.json")
    assert (again.imported, again.present) == (0, first.imported)


def test_a_lead_leaves_another_teams_quotes_to_its_lead(engine, people):
    north, tech = people["team_north"], people["team_tech"]
    mappings.save_mapping(engine, ADMIN, "zendesk", "group", "4002", tech)
    mappings.save_mapping(engine, ADMIN, "zendesk", "group", "4001", north)
    _import(engine, ADMIN, "zendesk_ratings.json")
    lead = Actor("lea.lead", Role.LEAD, team_ids=frozenset({north}))

    # 3002's rating went to Technik-Hotline's group: not the north lead's to credit.
    saved = mappings.save_mapping(engine, lead, "zendesk", "agent", "3002", people["anna"])

    assert (saved.changed, saved.credited) == (True, ())
    # An admin saving the same mapping credits it.
    by_admin = mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3002", people["anna"])
    assert (by_admin.changed, len(by_admin.credited)) == (False, 1)


def test_a_group_mapping_credits_nothing_and_a_credited_quote_keeps_its_agent(engine, people):
    mappings.save_mapping(engine, ADMIN, "zendesk", "group", "4001", people["team_north"])
    _import(engine, ADMIN, "zendesk_ratings.json")
    assert mappings.save_mapping(engine, ADMIN, "zendesk", "group", "4999", people["team_tech"])
    assert _credit_audit(engine) == []

    first = mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3999", people["aylin"])
    moved = mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3999", people["jonas"])

    assert len(first.credited) == 1
    # A changed mapping moves no quote: it credits only quotes that thank no agent yet.
    assert (moved.changed, moved.credited) == (True, ())
    assert _stored(engine)[-1][1] == people["aylin"]


def test_a_re_import_credits_quotes_stored_before_their_id_was_kept(engine, people):
    """Quotes imported before migration 0012 kept no agent id: the mapping cannot find them,
    but the file imported again names the agent, and its present rows credit them."""
    north, tech = people["team_north"], people["team_tech"]
    mappings.save_mapping(engine, ADMIN, "zendesk", "group", "4001", north)
    mappings.save_mapping(engine, ADMIN, "zendesk", "group", "4002", tech)
    _import(engine, ADMIN, "zendesk_ratings.json")
    with engine.begin() as conn:  # as an older version stored them
        conn.execute(update(Quote).values(source_agent_ref=None))
    saved = mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3999", people["aylin"])
    assert saved.credited == ()
    lead = Actor("lea.lead", Role.LEAD, team_ids=frozenset({tech}))
    assert mappings.save_mapping(engine, lead, "zendesk", "agent", "3002", people["jonas"])

    # The north lead's import: 9002 (Technik-Hotline) is not theirs; 9006 is, present and now
    # credited; 9005, rejected before, names Aylin now: new.
    north_lead = Actor("nora.lead", Role.LEAD, team_ids=frozenset({north}))
    predicted = _preview(engine, north_lead, "zendesk_ratings.json")  # read only: credits none
    assert ("9006", None) in [(ext, agent) for ext, agent, _, _ in _stored(engine)]
    by_lead = _import(engine, north_lead, "zendesk_ratings.json")
    assert (by_lead.imported, by_lead.present, by_lead.rejected) == (1, 2, 1)
    assert by_lead.credited == predicted.credited == 1
    assert (predicted.would_import, predicted.present) == (1, 2)
    aylin, jonas = people["aylin"], people["jonas"]
    assert [(ext, agent) for ext, agent, _, _ in _stored(engine)] == [
        ("9001", None),
        ("9002", None),
        ("9005", aylin),
        ("9006", aylin),
    ]
    assert [(actor, changes) for actor, _, changes in _credit_audit(engine)] == [
        ("nora.lead", {"agent_id": [None, aylin]})
    ]

    predicted = _preview(engine, ADMIN, "zendesk_ratings.json")
    again = _import(engine, ADMIN, "zendesk_ratings.json")
    assert predicted.credited == again.credited
    assert (again.imported, again.present, again.credited) == (0, 4, 1)  # 9002, for the admin
    assert _stored(engine)[1][:2] == ("9002", jonas)
    assert _import(engine, ADMIN, "zendesk_ratings.json").credited == 0
