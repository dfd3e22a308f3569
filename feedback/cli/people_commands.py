"""Teams, agents and their consent to be named (through :mod:`feedback.services.people`)."""

from __future__ import annotations

from typing import Annotated

import typer

from feedback.auth.roles import Actor
from feedback.cli.app import app, h, state
from feedback.i18n import t
from feedback.services import people
from feedback.store.directory import read_directory

_CLI = Actor.system("cli")


@app.command("team-add", help=h("team_add_help"))
def team_add(ctx: typer.Context, name: str) -> None:
    st = state(ctx)
    try:
        team_id = people.add_team(st.engine(), _CLI, name)
    except people.PeopleProblem as problem:
        st.fail([problem.message(st.lang)])
    st.say("team_added", name=name.strip(), team_id=team_id)


@app.command("agent-add", help=h("agent_add_help"))
def agent_add(
    ctx: typer.Context,
    handle: str,
    first: Annotated[str, typer.Option(help=h("agent_first_help"))],
    last: Annotated[str, typer.Option(help=h("agent_last_help"))] = "",
    team: Annotated[str | None, typer.Option(help=h("agent_team_help"))] = None,
    consent: Annotated[
        bool, typer.Option("--consent/--no-consent", help=h("agent_consent_help"))
    ] = False,
) -> None:
    st = state(ctx)
    team_id = read_directory(st.engine()).team_by_name(team) if team else None
    if team and team_id is None:
        st.fail([t("cli.unknown_team_name", st.lang, name=team)])
    try:
        agent = people.add_agent(
            st.engine(),
            _CLI,
            handle=handle,
            first_name=first,
            last_name=last,
            team_id=team_id,
            consent_named=consent,
        )
    except people.PeopleProblem as problem:
        st.fail([problem.message(st.lang)])
    st.say("agent_added", handle=agent.handle, agent_id=agent.id)


@app.command("consent", help=h("consent_help"))
def consent(
    ctx: typer.Context,
    handle: str,
    value: Annotated[bool, typer.Option("--yes/--no", help=h("agent_consent_help"))],
) -> None:
    st = state(ctx)
    agent = read_directory(st.engine()).agent_by_handle(handle)
    if agent is None:
        st.fail([t("cli.unknown_handle", st.lang, handle=handle)])
        return
    people.set_consent(st.engine(), _CLI, agent.id, value)
    st.say("consent_given" if value else "consent_withdrawn", handle=handle)
