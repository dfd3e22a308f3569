"""The import page's saved helpdesk mappings: listed, and one mapped to the wrong person
removed, so that the next dry run asks for its id again (there was no way back: a saved id is
no longer unknown, and every later import credited that agent's ratings to someone else)."""

from __future__ import annotations

from sqlalchemy import select

from feedback.auth.roles import Actor, Role
from feedback.collect.importer import open_import
from feedback.i18n import t
from feedback.render.plain import markdown_literal
from feedback.services.imports import import_stream
from feedback.services.mappings import list_mappings, save_mapping
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from tests.collect.files.helpers import FIXTURES
from tests.conftest import TODAY
from tests.pages.conftest import open_page
from tests.pages.import_helpers import PAGE, dry_run, upload

ADMIN = Actor("test.admin", Role.ADMIN)


def test_a_wrong_helpdesk_mapping_is_removed_and_its_id_asked_for_again(store_url, store):
    directory = read_directory(store)
    team = min(directory.teams)
    wrong = next(a for a in directory.agents.values() if a.team_id == team)
    for group in ("4001", "4002", "4999"):
        save_mapping(store, ADMIN, "zendesk", "group", group, team)
    save_mapping(store, ADMIN, "zendesk", "agent", "5001", wrong.id)

    at = open_page(PAGE, "de")
    (shown,) = [e for e in at.expander if e.label.startswith("Gespeicherte Helpdesk-Zuordnungen")]
    assert shown.label == "Gespeicherte Helpdesk-Zuordnungen (4)"
    picker = at.selectbox(key="import_saved_id")
    assert f"Zendesk · Agenten-ID 5001 → {wrong.full_name}" in picker.options

    picker.set_value("zendesk\x1fagent\x1f5001").run()
    at.button(key="import_remove_id").click().run()

    assert not at.exception, [e.value for e in at.exception]
    removed = markdown_literal(f"Zendesk · Agenten-ID 5001 → {wrong.full_name}")
    assert at.success[0].value == f"Entfernt: {removed}"
    assert [m.external_id for m in list_mappings(store, ADMIN) if m.kind == "agent"] == []
    upload(at)
    assert dry_run(at)[t("imports.count_unknown_agents", "de")] > 0


def test_a_lead_sees_only_the_mappings_of_their_own_teams(store_url, store):
    directory = read_directory(store)
    own, other = sorted(directory.teams)[:2]
    save_mapping(store, ADMIN, "zendesk", "group", "4001", own)
    save_mapping(store, ADMIN, "zendesk", "group", "4002", other)

    at = open_page(PAGE, "en", role="lead")

    assert at.selectbox(key="import_saved_id").options == [
        f"Zendesk · group id 4001 → {directory.teams[own]}"
    ]


def test_without_saved_mappings_the_page_shows_no_list(store_url):
    at = open_page(PAGE, "de")
    assert not [e for e in at.expander if "Helpdesk-Zuordnungen" in e.label]


def test_an_id_on_one_row_is_counted_in_the_singular(store_url):
    # The picker said "Agent id 814 (1 rows)".
    at = open_page(PAGE, "en")
    upload(at, "intercom_conversations.json")
    dry_run(at)
    labels = [box.label for box in at.selectbox if (box.key or "").startswith("import_target_")]
    assert t("imports.unknown_agent_one", "en", id="814") in labels
    assert not [label for label in labels if "(1 rows)" in label or "(1 Zeilen)" in label]
    assert t("imports.unknown_group", "en", id="7001", rows=2) in labels


def test_mapping_an_agent_id_credits_the_quotes_imported_before_it(store_url, store):
    """A rating whose agent id was unknown went to a team (here: the one team of the lead who
    imported it); mapping the id on the page credits it to the agent and says so. It stayed
    with the team before, "already present" on every re-import."""
    directory = read_directory(store)
    team = min(directory.teams)
    agent = next(a for a in directory.agents.values() if a.team_id == team and a.active)
    lead = Actor("test.lead", Role.LEAD, team_ids=frozenset({team}))
    with (FIXTURES / "zendesk_ratings.json").open("rb") as handle:
        parsed = open_import(store, handle, name="zendesk_ratings.json", today=TODAY)
        assert import_stream(store, lead, parsed.entries(), today=TODAY).imported == 4

    at = open_page(PAGE, "en")
    upload(at)
    dry_run(at)
    at.selectbox(key="import_target_agent_3999").set_value(agent.id)
    submit = next(b for b in at.button if b.label == t("imports.save_targets", "en"))
    submit.click().run()

    assert not at.exception, [e.value for e in at.exception]
    label = f"{agent.full_name} ({directory.teams[team]})"
    assert [s.value for s in at.success] == [
        t("imports.targets_saved", "en", count=1),
        t("imports.credited", "en", count=2, agent=markdown_literal(label)),
    ]
    with store.connect() as conn:
        credited = conn.scalars(
            select(Quote.external_id).where(
                Quote.agent_id == agent.id,
                Quote.source_system == "zendesk",
                Quote.external_id.in_(["9001", "9002", "9005", "9006"]),
            )
        ).all()
    assert sorted(credited) == ["9005", "9006"]
