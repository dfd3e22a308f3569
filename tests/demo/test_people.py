"""Demo teams and agents: spread, handles, consent, who gets praised."""

from __future__ import annotations

import collections
import re
from datetime import date, timedelta

from feedback.demo import DemoData, DemoQuote
from feedback.demo.calendar import period_start
from feedback.demo.people import CUSTOMER_NAMES_DE, CUSTOMER_NAMES_EN, handle_for
from feedback.domain import Source
from tests.demo.conftest import END, MONTHS, share

# --- teams and agents -------------------------------------------------------------------------


def test_counts(data: DemoData) -> None:
    assert len(data.teams) == 6
    assert len({t.name for t in data.teams}) == 6
    assert len(data.agents) == 40
    assert len(data.quotes) == 3000


def test_agents_are_spread_over_teams_with_unique_handles(data: DemoData) -> None:
    team_names = {t.name for t in data.teams}
    per_team = collections.Counter(a.team for a in data.agents)
    assert set(per_team) == team_names
    assert min(per_team.values()) >= 4
    handles = [a.handle for a in data.agents]
    assert len(set(handles)) == 40
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*", h) for h in handles)
    assert handle_for("Mehmet", "Yılmaz") == "mehmet.yilmaz"
    assert handle_for("Fatma", "Öztürk") == "fatma.oeztuerk"


def test_about_three_quarters_consent_to_be_named(data: DemoData) -> None:
    consenting = sum(a.consent_named for a in data.agents)
    assert 26 <= consenting <= 34


def test_praise_is_skewed_and_newcomers_start_later(quotes: tuple[DemoQuote, ...]) -> None:
    per_agent = collections.Counter(q.agent_handle for q in quotes if q.agent_handle)
    counts = sorted(per_agent.values(), reverse=True)
    assert counts[0] >= 5 * counts[-1]
    top_five = sum(counts[:5]) / sum(counts)
    assert 0.18 <= top_five <= 0.4
    start = period_start(END, MONTHS)
    first_seen: dict[str, date] = {}
    for q in quotes:
        if q.agent_handle:
            first_seen.setdefault(q.agent_handle, q.said_on)
    late = [h for h, d in first_seen.items() if d > start + timedelta(days=120)]
    assert 4 <= len(late) <= 12  # the newcomers, not everyone


def test_submitters_and_agents_exist(data: DemoData) -> None:
    agents = {a.handle: a for a in data.agents}
    team_names = {t.name for t in data.teams}
    for q in data.quotes:
        assert q.team in team_names
        if q.agent_handle is not None:
            assert agents[q.agent_handle].team == q.team
        if q.source is Source.MANUAL:
            assert agents[q.submitted_by].team == q.team
    manual = [q for q in data.quotes if q.source is Source.MANUAL and q.agent_handle]
    assert 0.45 <= share(manual, lambda q: q.submitted_by == q.agent_handle) <= 0.85
    assert 0.08 <= share(data.quotes, lambda q: q.agent_handle is None) <= 0.18


def test_named_agents_are_the_praised_ones(data: DemoData) -> None:
    """A "Frau Meier" in a quote is that quote's agent: redaction keeps it, so it must be ours."""
    surnames = {a.handle: a.last_name for a in data.agents}
    honorific = re.compile(r"\b(?:Frau|Herrn?|Ms|Mr) ([A-ZÄÖÜ][\wäöüßı-]+)")
    for q in data.quotes:
        for name in honorific.findall(q.text):
            assert q.agent_handle is not None, q.text
            assert name == surnames[q.agent_handle], q.text
    customer_surnames = {n.split()[-1] for n in CUSTOMER_NAMES_DE + CUSTOMER_NAMES_EN}
    assert not customer_surnames & set(surnames.values())
