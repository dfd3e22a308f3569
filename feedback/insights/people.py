"""The people page's tables: accounts, teams, agents with their consent, and what an edit of
the agents' table changed. Pure functions over the directory and the accounts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from feedback.i18n import format_datetime, t
from feedback.store.directory import Directory
from feedback.store.users import Account

AGENT_COLUMNS: tuple[str, ...] = ("id", "handle", "name", "team", "consent", "active")
# Columns of the agents' table an admin may change, each through its own service call.
EDITABLE: tuple[str, ...] = ("team", "consent", "active")


@dataclass(frozen=True, slots=True)
class AgentChange:
    """One edited cell: ``field`` is "team" (value: team id or None), "consent" or "active"."""

    agent_id: int
    handle: str
    field: str
    value: int | bool | None


def agent_table(directory: Directory) -> pd.DataFrame:
    """Every agent, active and consent or not: id, handle, name, team (name or None), consent,
    active; by team, then handle."""
    rows = [
        {
            "id": a.id,
            "handle": a.handle,
            "name": a.full_name,
            "team": directory.teams.get(a.team_id) if a.team_id is not None else None,
            "consent": a.consent_named,
            "active": a.active,
        }
        for a in directory.agents.values()
    ]
    frame = pd.DataFrame(rows, columns=list(AGENT_COLUMNS))
    order = frame.assign(_team=frame["team"].fillna("").str.casefold())
    order = order.assign(_handle=order["handle"].str.casefold())
    return (
        order.sort_values(["_team", "_handle"])
        .drop(columns=["_team", "_handle"])
        .reset_index(drop=True)
    )


def agent_changes(
    before: pd.DataFrame, after: pd.DataFrame, team_ids: Mapping[str, int]
) -> list[AgentChange]:
    """The cells of :data:`EDITABLE` that differ between ``before`` and ``after`` (the same
    agents, matched by id). ``team_ids`` maps a team's name to its id."""
    old = before.set_index("id")
    changes: list[AgentChange] = []
    for row in after.to_dict("records"):
        agent_id = int(row["id"])
        if agent_id not in old.index:
            continue
        was = old.loc[agent_id]
        for column in EDITABLE:
            new, prior = _plain(row[column]), _plain(was[column])
            if new == prior:
                continue
            if column == "team":
                value: int | bool | None = team_ids.get(str(new)) if new else None
            else:
                value = bool(new)
            changes.append(AgentChange(agent_id, str(row["handle"]), column, value))
    return changes


def _plain(value: Any) -> Any:
    """Missing cells (None, NaN) as None, so an untouched empty team is no change."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return value


def team_table(directory: Directory) -> pd.DataFrame:
    """Teams by name: id, name, agents (how many, active or not)."""
    counts: dict[int, int] = {}
    for agent in directory.agents.values():
        if agent.team_id is not None:
            counts[agent.team_id] = counts.get(agent.team_id, 0) + 1
    frame = pd.DataFrame(
        [
            {"id": tid, "name": name, "agents": counts.get(tid, 0)}
            for tid, name in directory.teams.items()
        ],
        columns=["id", "name", "agents"],
    )
    return frame.sort_values("name", key=lambda s: s.str.casefold()).reset_index(drop=True)


def account_table(
    accounts: Sequence[Account],
    directory: Directory,
    lang: str | None,
    *,
    now: dt.datetime,
    zone: dt.tzinfo,
) -> pd.DataFrame:
    """Accounts without secrets: username, display_name, email, role (label), teams (names),
    agent (handle), sign_in (password or company sign-in), locked (until when, local time)."""
    handles = {a.id: a.handle for a in directory.agents.values()}
    rows = []
    for account in accounts:
        locked = account.locked_until
        rows.append(
            {
                "username": account.username,
                "display_name": account.display_name,
                "email": account.email or "",
                "role": t(f"auth.label_{account.role.value}", lang),
                "teams": ", ".join(
                    sorted(directory.teams.get(tid, f"#{tid}") for tid in account.team_ids)
                ),
                "agent": handles.get(account.agent_id, "") if account.agent_id else "",
                "sign_in": t(
                    "people.sign_in_password" if account.has_password else "people.sign_in_company",
                    lang,
                ),
                "locked": (
                    format_datetime(locked.astimezone(zone), lang, "short")
                    if locked is not None and locked > now
                    else ""
                ),
            }
        )
    columns = ["username", "display_name", "email", "role", "teams", "agent", "sign_in", "locked"]
    return pd.DataFrame(rows, columns=columns)


def teams_of_one(directory: Directory) -> list[str]:
    """The names of the teams with exactly one active agent, by name.

    Such a team's figures and cards point at that one person, whether they consented to be
    named or not, and in works-council mode too. Inactive agents do not count: they no longer
    take calls. A team without active agents singles nobody out today and is not listed."""
    active: dict[int, int] = {}
    for agent in directory.agents.values():
        if agent.active and agent.team_id is not None:
            active[agent.team_id] = active.get(agent.team_id, 0) + 1
    names = [name for tid, name in directory.teams.items() if active.get(tid) == 1]
    return sorted(names, key=str.casefold)


def still_signing_in(
    changes: Sequence[AgentChange], accounts: Sequence[Account], lang: str | None
) -> str | None:
    """After agents were set inactive: which accounts linked to them can still sign in (an
    inactive agent's account is not closed with them), and where to remove one; else None."""
    gone = {c.agent_id for c in changes if c.field == "active" and not c.value}
    names = sorted(a.username for a in accounts if a.agent_id in gone)
    if not names:
        return None
    return t(
        "people.inactive_can_sign_in",
        lang,
        accounts=", ".join(names),
        tab=t("people.tab_accounts", lang),
    )
