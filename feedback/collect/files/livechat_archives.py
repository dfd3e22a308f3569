"""LiveChat's archived chats (Agent Chat API, ``list_archives``: the chats under ``chats``):
the rated agent and the chat's group as columns of their own. Pure, no I/O.

Source: platform.text.com/docs/messaging/agent-chat-api (List Archives: each chat with its
``users``, agents and the customer, and its ``thread``) and
platform.text.com/messaging/references/default-properties (the ``rating`` namespace: ``score``
``0`` thumbs down, ``1`` thumbs up, and the customer's ``comment``, in a chat's and a
thread's ``properties``). The rating names no agent: the agent rated is the one who wrote last
in the thread (a chat handed over is rated after the last agent's answer), else the chat's
only agent; a chat with several agents and no events names nobody. The chat gains
``agent.id`` (the agent's login, mapped), ``agent.name`` and ``group.id`` (the thread's first
group, else the chat's: mapped); its ``users`` (the customer's name and e-mail among them) and
the thread's ``events`` (the conversation itself) are dropped, never columns.
"""

from __future__ import annotations

from typing import Any

__all__ = ["with_rated_agent"]

_DROPPED_FROM_THREAD = ("events", "user_ids")


def with_rated_agent(value: dict[str, Any]) -> dict[str, Any]:
    """``value`` with its rated agent and group lifted into columns if it is a LiveChat chat
    (``users`` of LiveChat's types and a ``thread``); anything else unchanged."""
    users = value.get("users")
    thread = value.get("thread")
    if not isinstance(users, list) or not isinstance(thread, dict):
        return value
    typed = [u for u in users if isinstance(u, dict) and u.get("type") in ("agent", "customer")]
    if not typed or len(typed) != len(users):
        return value
    agents = {str(u["id"]): u for u in typed if u["type"] == "agent" and u.get("id")}
    rated = agents.get(_last_writer(thread, agents) or "")
    if rated is None and len(agents) == 1:
        rated = next(iter(agents.values()))
    kept = {k: v for k, v in value.items() if k not in ("users", "thread")}
    kept["thread"] = {k: v for k, v in thread.items() if k not in _DROPPED_FROM_THREAD}
    return {
        **kept,
        "agent.id": rated.get("id") if rated else None,
        "agent.name": rated.get("name") if rated else None,
        "group.id": _group(thread) or _group(value),
    }


def _last_writer(thread: dict[str, Any], agents: dict[str, Any]) -> str | None:
    events = thread.get("events")
    authors = [
        str(e.get("author_id"))
        for e in (events if isinstance(events, list) else ())
        if isinstance(e, dict) and str(e.get("author_id")) in agents
    ]
    return authors[-1] if authors else None


def _group(value: dict[str, Any]) -> str | None:
    access = value.get("access")
    groups = access.get("group_ids") if isinstance(access, dict) else None
    if isinstance(groups, list) and groups:
        return str(groups[0])
    return None
