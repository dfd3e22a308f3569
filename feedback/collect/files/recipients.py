"""Whom an imported row credits: our agent or team, by name or through a helpdesk id's mapping
(:mod:`~feedback.collect.files.resolve`), and the ids no mapping names yet, listed for mapping.

A rating given to a bot is no one's praise: Intercom's CSAT report names whom each rating is
for ("Agent rated type": "Teammate", or "Fin AI Agent" for its bot); such a row is rejected
saying so, rather than credited to the teammate or team the conversation had.
"""

from __future__ import annotations

import re

from feedback.collect.files.no_answer import no_answer
from feedback.collect.files.resolve import Resolver
from feedback.collect.validate import Problem
from feedback.domain import MAX_EXTERNAL_ID

__all__ = ["EXCEL_SCIENTIFIC", "recipient", "unmapped_agent"]

# A number as Excel shows (and saves to CSV) one of more than 11 digits: "7,81105E+12".
EXCEL_SCIENTIFIC = re.compile(r"\d[.,]\d+E\+\d+", re.IGNORECASE)
# Whom a rating is for, where a file says it is a bot: "Fin AI Agent" (Intercom's), "Chatbot",
# "Bot", "AI agent", "KI-Agent".
_BOT = re.compile(r"\bfin\b|bot\b|\bai[- ]agent|\bki[- ]agent", re.IGNORECASE)


def recipient(
    fields: dict[str, str], resolver: Resolver, system: str, problems: list[Problem]
) -> tuple[int | None, int | None, tuple[tuple[str, str], ...]]:
    """Our agent and team for a row's ``fields`` (its text by field name; ids written as
    nobody's are emptied in place), and the (kind, helpdesk id) pairs no mapping names; each
    reason to reject the row is added to ``problems``."""
    text = fields.get
    agent_id = team_id = None
    unknown: list[tuple[str, str]] = []
    if (rated := text("rated", "")) and _BOT.search(rated):
        problems.append(Problem("agent", "bot_rated", {"value": rated}))
    for kind in ("agent", "group"):
        # Excel's "3,60012E+11" for a long helpdesk id: it names many people at once, and
        # mapped, it would credit all their ratings to one. Said so, never listed to map.
        written = text(f"{kind}_ref", "")
        if written and no_answer(written):  # Zammad's unassigned owner "-": nobody
            fields[f"{kind}_ref"] = ""
        elif EXCEL_SCIENTIFIC.fullmatch(written):
            field = "agent" if kind == "agent" else "team"
            problems.append(Problem(field, f"excel_{kind}_id", {"value": written}))
            fields[f"{kind}_ref"] = ""
    if agent := text("agent"):
        agent_id = resolver.agent(agent)
        if agent_id is None:
            problems.append(Problem("agent", "unknown_agent", {"value": agent}))
    if ref := text("agent_ref"):
        agent_id = _mapped(resolver, system, "agent", ref)
        if agent_id is None:
            unknown.append(("agent", ref))
    if ref := text("group_ref"):
        team_id = _mapped(resolver, system, "group", ref)
        if team_id is None:
            unknown.append(("group", ref))
    if team_id is None and (team := text("team")):
        team_id = resolver.team(team)
        # A helpdesk's group ("Support") is rarely one of our team names: where the row names
        # one of our agents, the agent's team counts and the group name is no reason to reject.
        if team_id is None and agent_id is None and not unknown:
            problems.append(Problem("team", "unknown_team", {"value": team}))
    return agent_id, team_id, tuple(unknown)


def unmapped_agent(unknown: tuple[tuple[str, str], ...]) -> str | None:
    return next((r for k, r in unknown if k == "agent" and len(r) <= MAX_EXTERNAL_ID), None)


def _mapped(resolver: Resolver, system: str, kind: str, ref: str) -> int | None:
    """Our agent (``kind`` agent) or team (group) for a helpdesk's ``ref``: its mapping, else,
    where ``ref`` is no numeric id but a name (Intercom's UI export names the teammate, "Anna
    Meier"), our agent's handle or name or our team's name."""
    found = resolver.ref(system, kind, ref)
    if found is None and not ref.isdigit():
        found = resolver.agent(ref) if kind == "agent" else resolver.team(ref)
    return found
