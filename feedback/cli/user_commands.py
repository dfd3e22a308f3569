"""``users``: accounts from the command line, acting as the admin-equivalent ``cli`` actor.

A new password is read from standard input (``--password-stdin``), never from an argument,
which would stay in the shell history and in the process list; without it, a random one is
generated and printed once.
"""

from __future__ import annotations

from typing import Annotated, NoReturn

import typer

from feedback.auth.passwords import generate_password
from feedback.auth.roles import Actor, Role
from feedback.cli.app import CliState, app, h, state
from feedback.cli.localized_typer import Typer
from feedback.cli.terminal import echo
from feedback.i18n import t
from feedback.services import accounts
from feedback.store.directory import read_directory

users_app = Typer(name="users", help=h("users_help"), no_args_is_help=True, rich_markup_mode=None)
app.add_typer(users_app)

_CLI = Actor.system("cli")
_ROLES = tuple(r.value for r in Role)

NameArg = Annotated[str, typer.Argument(help=h("users_name_help"))]
RoleArg = Annotated[str, typer.Argument(help=h("users_role_help"))]
TeamOpt = Annotated[list[str] | None, typer.Option("--team", help=h("users_team_help"))]
AgentOpt = Annotated[str | None, typer.Option("--agent", help=h("users_agent_help"))]
StdinOpt = Annotated[bool, typer.Option("--password-stdin", help=h("users_password_stdin_help"))]


@users_app.command("add", help=h("users_add_help"))
def add(
    ctx: typer.Context,
    name: NameArg,
    role: Annotated[str, typer.Option("--role", help=h("users_role_help"))],
    email: Annotated[str | None, typer.Option("--email", help=h("users_email_help"))] = None,
    team: TeamOpt = None,
    agent: AgentOpt = None,
    password_stdin: StdinOpt = False,
) -> None:
    st = state(ctx)
    password = _read_password(st) if password_stdin else generate_password()
    try:
        account = accounts.add_account(
            st.engine(),
            _CLI,
            name,
            _role(st, role),
            teams=team or [],
            agent=agent,
            email=email,
            password=password,
        )
    except accounts.AccountError as error:
        _refuse(st, error.messages(st.lang))
    st.say("users_added", username=account.username, role=_role_label(st, account.role))
    if not password_stdin:
        st.say("users_password_once", password=password)


@users_app.command("set-role", help=h("users_set_role_help"))
def set_role(
    ctx: typer.Context, name: NameArg, role: RoleArg, team: TeamOpt = None, agent: AgentOpt = None
) -> None:
    st = state(ctx)
    try:
        account = accounts.set_role(
            st.engine(), _CLI, name, _role(st, role), teams=team or [], agent=agent
        )
    except accounts.AccountError as error:
        _refuse(st, error.messages(st.lang))
    st.say("users_role_set", username=account.username, role=_role_label(st, account.role))


@users_app.command("reset-password", help=h("users_reset_password_help"))
def reset_password(ctx: typer.Context, name: NameArg, password_stdin: StdinOpt = False) -> None:
    st = state(ctx)
    password = _read_password(st) if password_stdin else generate_password()
    try:
        account = accounts.reset_password(st.engine(), _CLI, name, password)
    except accounts.AccountError as error:
        _refuse(st, error.messages(st.lang))
    st.say("users_password_reset", username=account.username)
    if not password_stdin:
        st.say("users_password_once", password=password)


@users_app.command("remove", help=h("users_remove_help"))
def remove(ctx: typer.Context, name: NameArg) -> None:
    st = state(ctx)
    try:
        accounts.remove_account(st.engine(), _CLI, name)
    except accounts.AccountError as error:
        _refuse(st, error.messages(st.lang))
    st.say("users_removed", username=name.strip().casefold())


@users_app.command("list", help=h("users_list_help"))
def list_users(ctx: typer.Context) -> None:
    st = state(ctx)
    found = accounts.list_accounts(st.engine(), _CLI)
    if not found:
        st.say("users_none")
        return
    directory = read_directory(st.engine())
    rows = [
        [
            t("cli.users_col_username", st.lang),
            t("cli.users_col_role", st.lang),
            t("cli.users_col_teams", st.lang),
            t("cli.users_col_agent", st.lang),
            t("cli.users_col_email", st.lang),
            t("cli.users_col_password", st.lang),
        ]
    ]
    for account in found:
        agent = directory.agents.get(account.agent_id) if account.agent_id else None
        teams = sorted(directory.teams.get(tid, str(tid)) for tid in account.team_ids)
        rows.append(
            [
                account.username,
                _role_label(st, account.role),
                ", ".join(teams) or "-",
                agent.handle if agent else "-",
                account.email or "-",
                t("cli.yes" if account.has_password else "cli.no", st.lang),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _role(st: CliState, value: str) -> Role:
    wanted = value.strip().casefold()
    if wanted not in _ROLES:
        _refuse(st, [t("cli.bad_choice", st.lang, value=value, allowed=", ".join(_ROLES))])
    return Role(wanted)


def _role_label(st: CliState, role: Role) -> str:
    label = t(f"auth.role_{role.value}", st.lang)
    return role.value if label == role.value else f"{role.value} ({label})"


def _read_password(st: CliState) -> str:
    """The first line of standard input, without its line break (spaces are kept)."""
    line = typer.get_text_stream("stdin").readline().rstrip("\r\n")
    if not line:
        _refuse(st, [t("cli.users_no_password", st.lang)])
    return line


def _refuse(st: CliState, lines: list[str]) -> NoReturn:
    """Like :meth:`CliState.fail`, headed "not done" (nothing was stored, nor removed)."""
    echo(t("cli.not_done", st.lang), err=True)
    for line in lines:
        echo(f"  - {line}", err=True)
    raise typer.Exit(code=1)
