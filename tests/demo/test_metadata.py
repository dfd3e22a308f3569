"""Demo moderation states, sources, ratings and tags."""

from __future__ import annotations

import collections
import re
from datetime import timedelta

from feedback.demo import DemoQuote
from feedback.demo.calendar import period_start
from feedback.domain import MAX_TAG_CHARS, MAX_TAGS, Source, Status
from tests.demo.conftest import END, share

# --- moderation, sources, ratings, tags -------------------------------------------------------


def test_status_mix(quotes: tuple[DemoQuote, ...]) -> None:
    counts = collections.Counter(q.status for q in quotes)
    shares = {s: counts[s] / len(quotes) for s in Status}
    assert 0.80 <= shares[Status.APPROVED] <= 0.90
    assert 0.06 <= shares[Status.PENDING] <= 0.14
    assert 0.015 <= shares[Status.REJECTED] <= 0.05
    assert 0.01 <= shares[Status.ARCHIVED] <= 0.04
    archived = [q.said_on for q in quotes if q.status is Status.ARCHIVED]
    assert max(archived) < period_start(END, 11)  # only old ones are archived
    recent = [q for q in quotes if q.said_on > END - timedelta(days=7)]
    assert share(recent, lambda q: q.status is Status.PENDING) > 0.4  # the queue


def test_negative_quotes_are_rare_and_mostly_held_back(quotes: tuple[DemoQuote, ...]) -> None:
    negative = [q for q in quotes if {"Beschwerde", "Eskalation"} & set(q.tags)]
    assert 0.025 <= len(negative) / len(quotes) <= 0.06
    held = share(negative, lambda q: q.status in (Status.PENDING, Status.REJECTED))
    assert held >= 0.7
    mixed = [q for q in negative if "Eskalation" in q.tags]
    assert all(q.agent_handle is not None for q in mixed)  # mixed ones still praise someone


def test_sources_and_external_ids(quotes: tuple[DemoQuote, ...]) -> None:
    imported = [q for q in quotes if q.source is Source.IMPORT]
    assert 0.2 <= len(imported) / len(quotes) <= 0.3
    assert {q.source_system for q in imported} == {"zendesk", "freshdesk"}
    for q in imported:
        assert q.submitted_by == f"import:{q.source_system}"
        assert q.rating is not None
        prefix = "zd" if q.source_system == "zendesk" else "fd"
        assert q.external_id is not None
        assert re.fullmatch(prefix + r"-\d+", q.external_id)
    ids = [q.external_id for q in imported]
    assert len(set(ids)) == len(ids)
    for system in ("zendesk", "freshdesk"):
        numbers = [int(str(q.external_id)[3:]) for q in imported if q.source_system == system]
        assert numbers == sorted(numbers)  # ticket numbers rise with time
    manual = [q for q in quotes if q.source is Source.MANUAL]
    assert all(q.source_system is None and q.external_id is None for q in manual)


def test_ratings(quotes: tuple[DemoQuote, ...]) -> None:
    rated = [q for q in quotes if q.rating is not None]
    assert 0.33 <= len(rated) / len(quotes) <= 0.47
    assert all(q.rating_scale in (5, 10) for q in rated)
    assert all(q.rating is not None and 1 <= q.rating <= (q.rating_scale or 0) for q in rated)
    assert share(rated, lambda q: q.rating_scale == 5) >= 0.7
    assert all(q.rating_scale is None for q in quotes if q.rating is None)
    five = [q.rating for q in rated if q.rating_scale == 5]
    assert sum(r == 5 for r in five) / len(five) >= 0.5  # thank-you quotes rate high


def test_tags(quotes: tuple[DemoQuote, ...]) -> None:
    tagged = [q for q in quotes if q.tags]
    assert 0.2 <= len(tagged) / len(quotes) <= 0.6
    for q in tagged:
        assert len(q.tags) <= MAX_TAGS
        assert len(set(q.tags)) == len(q.tags)
        assert all(0 < len(t) <= MAX_TAG_CHARS for t in q.tags)
    all_tags = {t for q in quotes for t in q.tags}
    assert {"Weihnachten", "Kündigung verhindert", "Störung", "Erstkontakt"} <= all_tags
