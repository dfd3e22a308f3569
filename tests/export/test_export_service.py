"""Exports of a filtered view from a real store: who may export what, consent, filters."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine

from feedback.auth.roles import Actor, NotAllowed, Role
from feedback.domain import Status
from feedback.services.exports import export_quotes
from feedback.store.db import transaction
from feedback.store.filters import QuoteFilter
from feedback.store.models import Setting
from feedback.store.settings import AppSettings
from tests.export.store_data import TEXTS, seed_store, unnamed_colleague

ALL = tuple(s.value for s in Status)
APPROVED = 3  # seed_store approves its first three quotes


def _rows(engine: Engine, actor: Actor, flt: QuoteFilter) -> list[dict[str, object]]:
    rows = json.loads(export_quotes(engine, actor, flt, "json").body)
    assert isinstance(rows, list)
    return rows


# (role, statuses asked for, how many quotes come back; None = refused)
ROLE_CASES = [
    (Role.AGENT, ("approved",), None),
    (Role.MANAGER, ("approved",), APPROVED),
    (Role.MANAGER, ALL, None),
    (Role.LEAD, ("approved",), APPROVED),
    (Role.ADMIN, ALL, len(TEXTS)),
]


@pytest.mark.parametrize(("role", "statuses", "count"), ROLE_CASES)
def test_who_may_export_what(engine: Engine, role, statuses, count):
    seed_store(engine)
    actor = Actor("someone", role)
    flt = QuoteFilter(statuses=statuses)
    if count is None:
        with pytest.raises(NotAllowed):
            export_quotes(engine, actor, flt, "csv")
    else:
        assert export_quotes(engine, actor, flt, "csv").count == count


def test_a_lead_gets_unapproved_quotes_of_their_own_teams_only(engine: Engine):
    people = seed_store(engine)
    lead = Actor("kim", Role.LEAD, team_ids=frozenset({people["north"]}))
    rows = _rows(engine, lead, QuoteFilter(statuses=ALL))
    assert rows
    assert {r["team"] for r in rows} == {"Privatkunden Nord"}
    others = QuoteFilter(statuses=ALL, team_ids=(people["tech"],))
    assert _rows(engine, lead, others) == []
    assert _rows(engine, Actor("nobody", Role.LEAD), QuoteFilter(statuses=ALL)) == []


def test_the_filter_decides_the_rows(engine: Engine):
    people = seed_store(engine)
    unnamed_colleague(engine, people["tech"])
    admin = Actor.system()
    tech = _rows(engine, admin, QuoteFilter(statuses=ALL, team_ids=(people["tech"],)))
    assert {r["team"] for r in tech} == {"Technik & Hotline"}
    searched = _rows(engine, admin, QuoteFilter(statuses=ALL, search="Vorwahl"))
    assert [r["text"] for r in searched] == [TEXTS[4]]
    assert {r["status"] for r in _rows(engine, admin, QuoteFilter())} == {"approved"}


def test_agents_without_consent_stay_unnamed(engine: Engine):
    seed_store(engine)
    rows = _rows(engine, Actor.system(), QuoteFilter(statuses=ALL))
    named = {r["agent"] for r in rows}
    assert named == {"Anna Meier", None}
    body = json.dumps(rows, ensure_ascii=False)
    assert "Kaya" not in body
    assert "Aylin" not in body
    assert "Frau [NAME] war toll" in body


@pytest.mark.skipif(
    "works_council_mode" not in AppSettings.model_fields, reason="no works-council mode yet"
)
def test_works_council_mode_names_nobody(engine: Engine):
    seed_store(engine)
    with transaction(engine) as session:
        session.add(Setting(key="works_council_mode", value=True))
    rows = _rows(engine, Actor.system(), QuoteFilter(statuses=ALL))
    assert {r["agent"] for r in rows} == {None}
    assert "danke [NAME] 🎉" in json.dumps(rows, ensure_ascii=False)


@pytest.mark.parametrize(("lang", "heading"), [("de", "Datum"), ("en", "Date")])
def test_headings_follow_the_language(engine: Engine, lang, heading):
    seed_store(engine)
    body = export_quotes(engine, Actor.system(), QuoteFilter(), "csv-excel", lang).body
    assert body.decode("utf-8-sig").split(";")[1] == heading
