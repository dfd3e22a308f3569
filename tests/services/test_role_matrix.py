"""Every write and every guarded read of the service layer against every role, both ways:
the allowed ones work, the others raise NotAllowed with a message in German and English and
change nothing. On SQLite and PostgreSQL (the ``engine`` fixture).

Viewing pages (wall, clouds, recognition, trends) is checked per page and role in
tests/pages/test_access_matrix.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from feedback.auth.roles import PERMISSIONS, Action, Actor, NotAllowed, Role
from feedback.collect.pipeline import submit_many
from feedback.domain import Status
from feedback.services import accounts, audit, imports, people, privacy, quotes, settings
from feedback.store.models import AuditEntry
from feedback.store.settings import AppSettings, load_settings
from tests.conftest import TODAY, draft

Fixture = dict[str, int]


def _quote(engine: Engine, people_ids: Fixture, text: str) -> int:
    """A pending quote praising Anna (team Privatkunden Nord)."""
    result = submit_many(engine, [draft(text, people_ids["anna"])], today=TODAY)[0]
    assert result.quote_id is not None, result.prepared.messages("en")
    return result.quote_id


def _csv(_: Fixture) -> str:
    return "id,text,agent,date\nT-1,Danke für die schnelle Hilfe!,anna.meier,2026-11-20\n"


# One service call per action; each gets (engine, actor, people ids) and may prepare data.
CALLS: dict[Action, Callable[[Engine, Actor, Fixture], Any]] = {
    Action.SUBMIT: lambda e, a, p: quotes.submit(
        e, a, [draft("Vielen Dank, sehr freundlich!", p["anna"])], today=TODAY
    ),
    Action.MODERATE: lambda e, a, p: quotes.set_status(
        e, a, [_quote(e, p, "Danke, super Beratung!")], Status.APPROVED
    ),
    Action.DELETE: lambda e, a, p: quotes.delete_quotes(e, a, [_quote(e, p, "Danke, top!")]),
    Action.IMPORT: lambda e, a, p: imports.import_csv(e, a, _csv(p), system="zendesk", today=TODAY),
    Action.EDIT_SETTINGS: lambda e, a, p: settings.save_settings(
        e, a, AppSettings(rankings_enabled=True), today=TODAY
    ),
    Action.CHANGE_RETENTION: lambda e, a, p: settings.save_settings(
        e, a, AppSettings(retention_months=36), today=TODAY
    ),
    Action.MANAGE_USERS: lambda e, a, p: accounts.add_account(e, a, "new.agent", Role.AGENT),
    Action.MANAGE_TEAMS: lambda e, a, p: people.add_team(e, a, "Neues Team"),
    Action.MANAGE_CONSENT: lambda e, a, p: people.set_consent(e, a, p["aylin"], True),
    Action.VIEW_AUDIT: lambda e, a, p: audit.read_audit(e, a, audit.AuditFilter()),
}
# Deletion also covers retention purges and data-subject requests.
DELETE_CALLS: dict[str, Callable[[Engine, Actor, Fixture], Any]] = {
    "purge": lambda e, a, p: privacy.purge(e, a, TODAY),
    "forget_text": lambda e, a, p: privacy.forget_text(e, a, "schnelle Hilfe", dry_run=False),
    "forget_agent": lambda e, a, p: privacy.forget_agent(e, a, "aylin.kaya"),
}


def _actor(role: Role, p: Fixture) -> Actor:
    return {
        Role.AGENT: Actor("anna.meier", role, agent_id=p["anna"]),
        Role.LEAD: Actor("lea.lead", role, team_ids=frozenset({p["team_north"]})),
        Role.MANAGER: Actor("max.manager", role),
        Role.ADMIN: Actor("ada.admin", role),
    }[role]


def _audit_rows(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_every_guarded_action_has_a_call():
    viewing = {Action.VIEW_WALL, Action.VIEW_RECOGNITION, Action.VIEW_TRENDS, Action.PRESENT}
    assert set(CALLS) == set(Action) - viewing


def _check(engine: Engine, actor: Actor, p: Fixture, call: Callable[..., Any], allowed: bool):
    if allowed:
        call(engine, actor, p)
        return
    before = _audit_rows(engine)
    with pytest.raises(NotAllowed) as refused:
        call(engine, actor, p)
    german, english = refused.value.message("de"), refused.value.message("en")
    assert german.startswith("Nicht erlaubt")
    assert english.startswith("Not allowed")
    # Refused before anything was written (the calls that prepare a quote audit its creation).
    assert _audit_rows(engine) - before <= 1


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
@pytest.mark.parametrize("action", list(CALLS), ids=[a.value for a in CALLS])
def test_each_role_may_do_exactly_what_the_table_says(engine, people, role, action):
    _check(engine, _actor(role, people), people, CALLS[action], action in PERMISSIONS[role])


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
@pytest.mark.parametrize("name", list(DELETE_CALLS))
def test_purges_and_data_subject_requests_are_for_admins_only(engine, people, role, name):
    _check(engine, _actor(role, people), people, DELETE_CALLS[name], role is Role.ADMIN)


def test_a_lead_moderates_their_own_team_and_no_other(engine, people):
    lead = Actor("lea.lead", Role.LEAD, team_ids=frozenset({people["team_tech"]}))
    theirs = submit_many(engine, [draft("Danke Jonas!", people["jonas"])], today=TODAY)[0]
    other = _quote(engine, people, "Danke Anna, sehr geduldig!")
    assert theirs.quote_id is not None
    assert quotes.set_status(engine, lead, [theirs.quote_id], Status.APPROVED) == 1
    with pytest.raises(NotAllowed) as refused:
        quotes.set_status(engine, lead, [theirs.quote_id, other], Status.APPROVED)
    assert "eigenen Teams" in refused.value.message("de")
    with pytest.raises(NotAllowed):
        quotes.edit_text(engine, lead, other, "Danke!")


def test_a_lead_imports_only_rows_of_their_own_teams(engine, people):
    lead = Actor("lea.lead", Role.LEAD, team_ids=frozenset({people["team_tech"]}))
    content = (
        "id,text,agent,date\n"
        "T-1,Danke für die schnelle Hilfe!,jonas.becker,2026-11-20\n"
        "T-2,Sehr freundlich und geduldig,anna.meier,2026-11-20\n"
    )
    outcomes = imports.import_csv(engine, lead, content, system="zendesk", today=TODAY)
    assert outcomes[0].quote_id is not None
    assert outcomes[1].quote_id is None
    assert [p.code for p in outcomes[1].problems] == ["not_your_team"]


def test_a_refused_settings_change_changes_nothing(engine, people):
    with pytest.raises(NotAllowed):
        settings.save_settings(
            engine, _actor(Role.LEAD, people), AppSettings(retention_months=1), today=TODAY
        )
    assert load_settings(engine).retention_months == 24
