"""No page that others see names an agent who did not consent: not on a card, not inside the
customer's words, not in a word cloud, not as a filter option."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import streamlit as st
from google.protobuf import text_format  # type: ignore[import-untyped]
from sqlalchemy import Engine

from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft, Status
from feedback.i18n import t
from feedback.store.directory import read_directory
from tests.conftest import TODAY
from tests.pages.conftest import open_page

PUBLIC_PAGES = (
    "pages/wall.py",
    "pages/presentation.py",
    "pages/recognition.py",
    "pages/wordclouds.py",
)


# Pages whose tabs run only when open: (tab state key, label key) of every other tab.
TABS_THAT_RUN_WHEN_OPEN = {
    "pages/recognition.py": (
        ("recognition_view", "recognition.tab_shout_outs"),
        ("recognition_view", "recognition.tab_rankings"),
    ),
}


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()


def everything_shown(at: Any) -> str:
    """Every element of the page as text: markdown, HTML bodies, iframes, widget options (the
    sidebar's "I am" field included: it is a text field, not a list of everyone)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            parts.append(text_format.MessageToString(proto, as_utf8=True))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return "\n".join(parts)


def praise_hidden_agents(store: Engine) -> re.Pattern[str]:
    """Store approved quotes that name each agent without consent (first and last name, many
    times, so they also top the word counts); return a pattern for those names."""
    directory = read_directory(store)
    hidden = [a for a in directory.agents.values() if not a.consent_named]
    assert hidden, "the demo store must have agents without consent"
    drafts = [
        QuoteDraft(
            text=f"Ein großes Lob an {a.first_name}! {a.first_name} {a.last_name} war klasse, "
            f"Frau oder Herr {a.last_name} hat alles gelöst. Danke {a.first_name}! #{n}",
            channel="chat",
            said_on=TODAY - dt.timedelta(days=1 + n % 5),
            submitted_by="test",
            agent_id=a.id,
            team_id=a.team_id,
            status=Status.APPROVED,
        )
        for a in hidden
        for n in range(6)
    ]
    assert all(r.quote_id for r in submit_many(store, drafts))
    # First names in any case; last names as names are written (capitalised or in capitals),
    # so a verb like "weiß" in a customer's sentence is not taken for the surname Weiß.
    first = "|".join(re.escape(a.first_name) for a in hidden)
    last = "|".join(
        re.escape(v) for a in hidden for v in (a.last_name, a.last_name.upper()) if a.last_name
    )
    return re.compile(rf"(?<!\w)(?:(?i:{first})|{last})(?!\w)")


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_agents_without_consent_are_never_named(store, path):
    hidden = praise_hidden_agents(store)

    at = open_page(path)

    assert not at.exception, [e.value for e in at.exception]
    shown = everything_shown(at)
    for key, tab in TABS_THAT_RUN_WHEN_OPEN.get(path, ()):
        at.session_state[key] = t(tab, "de")
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        shown += everything_shown(at)
    assert "Lob an" in shown or path != "pages/wall.py", "the new quotes must be on the wall"
    found = [shown[max(0, m.start() - 60) : m.end() + 20] for m in hidden.finditer(shown)]
    assert not found
