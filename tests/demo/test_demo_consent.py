"""The demo shows both pictures of consent: a team whose unnamed agents share "Aus dem Team
Nord", and teams whose one or two unnamed agents show no team (feedback/insights/unnamed_teams)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

from feedback.demo import DemoData
from feedback.demo.people import NORD
from feedback.demo.seed import seed_demo
from feedback.insights.unnamed_teams import MIN_UNNAMED, teamless
from feedback.store.directory import read_directory
from feedback.store.open import open_store


def test_nord_names_its_team_and_the_others_share_no_team(data: DemoData, tmp_path: Path) -> None:
    engine = open_store(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        seed_demo(engine, dataclasses.replace(data, quotes=()))
        found = read_directory(engine)
    finally:
        engine.dispose()
    unnamed = Counter(a.team_id for a in found.agents.values() if a.active and not a.consent_named)
    nord = found.team_by_name(NORD)
    assert nord is not None
    assert unnamed[nord] >= MIN_UNNAMED
    assert teamless(found) == frozenset(found.teams) - {nord}
    # The cards without a team are several people's: none of them is one person's, or two's.
    assert sum(unnamed[tid] for tid in teamless(found)) >= MIN_UNNAMED
