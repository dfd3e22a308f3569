"""Teams, agents and their consent to be named."""

from __future__ import annotations

from typing import Annotated

import typer

from feedback.cli.app import app, h, state
from feedback.i18n import t
from feedback.store.db import transaction
from feedback.store.directory import add_agent, add_team, load_directory, set_consent


@app.command("team-add", help=h("team_add_help"))
def team_add(ctx: typer.Context, name: str) -> None:
    st = state(ctx)
    with transaction(st.engine()) as session:
        team = add_team(session, name, actor="cli")
    st.say("team_added", name=team.name, team_id=team.id)


@app.command("agent-add", help=h("agent_add_help"))
def agent_add(
    ctx: typer.Context,
    handle: str,
    first: Annotated[str, typer.Option(help=h("agent_first_help"))],
    last: Annotated[str, typer.Option(help=h("agent_last_help"))] = "",
    team: Annotated[str | None, typer.Option(help=h("add_team_help"))] = None,
    consent: Annotated[
        bool, typer.Option("--consent/--no-consent", help=h("agent_consent_help"))
    ] = False,
) -> None:
    st = state(ctx)
    with transaction(st.engine()) as session:
        team_id = load_directory(session).team_by_name(team) if team else None
        if team and team_id is None:
            st.fail([t("cli.unknown_team_name", st.lang, name=team)])
        agent = add_agent(
            session,
            handle=handle,
            first_name=first,
            last_name=last,
            team_id=team_id,
            consent_named=consent,
            actor="cli",
        )
    st.say("agent_added", handle=agent.handle, agent_id=agent.id)


@app.command("consent", help=h("consent_help"))
def consent(
    ctx: typer.Context,
    handle: str,
    value: Annotated[bool, typer.Option("--yes/--no", help=h("agent_consent_help"))],
) -> None:
    st = state(ctx)
    with transaction(st.engine()) as session:
        agent = load_directory(session).agent_by_handle(handle)
        if agent is None:
            st.fail([t("cli.unknown_handle", st.lang, handle=handle)])
            return
        set_consent(session, agent.id, value, actor="cli")
    st.say("consent_set", handle=handle, value=value)
