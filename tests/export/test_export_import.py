"""A plain CSV export reads back through the importer: the same texts, dates and agents."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, select

from feedback.auth.roles import Actor
from feedback.domain import Status
from feedback.services.exports import export_quotes
from feedback.services.imports import import_csv
from feedback.store.db import transaction
from feedback.store.directory import add_agent, add_team
from feedback.store.filters import QuoteFilter
from feedback.store.migrate import upgrade
from feedback.store.models import Agent, Quote
from tests.conftest import open_backend
from tests.export.store_data import TEXTS, seed_store, unnamed_colleague

ALL = QuoteFilter(statuses=tuple(s.value for s in Status))


def _same_people(engine: Engine) -> None:
    with transaction(engine) as session:
        north = add_team(session, "Privatkunden Nord", actor="test").id
        tech = add_team(session, "Technik & Hotline", actor="test").id
        for handle, first, last, team, consent in (
            ("anna.meier", "Anna", "Meier", north, True),
            ("aylin.kaya", "Aylin", "Kaya", tech, False),
        ):
            add_agent(
                session,
                handle=handle,
                first_name=first,
                last_name=last,
                team_id=team,
                consent_named=consent,
                actor="test",
            )


def _stored(engine: Engine) -> dict[str, tuple[dt.date, str | None]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(Quote.text, Quote.said_on, Agent.handle).outerjoin(
                Agent, Agent.id == Quote.agent_id
            )
        ).all()
    return {text: (said_on, handle) for text, said_on, handle in rows}


def test_plain_csv_export_imports_as_the_same_texts(
    engine: Engine, tmp_path_factory: pytest.TempPathFactory
):
    unnamed_colleague(engine, seed_store(engine)["tech"])  # the team is named in the file
    exported = export_quotes(engine, Actor.system(), ALL, "csv")
    original = _stored(engine)
    backend = engine.dialect.name
    with open_backend(backend, tmp_path_factory) as fresh:
        upgrade(fresh)
        _same_people(fresh)
        outcomes = import_csv(
            fresh, Actor.system(), exported.body.decode("utf-8"), system="love-wall"
        )
        assert len(outcomes) == exported.count == len(TEXTS)
        assert all(o.quote_id is not None for o in outcomes), [o.problems for o in outcomes]
        imported = _stored(fresh)
    # Texts a spreadsheet would run come back with the guard's "'" (the CSV is formula-safe;
    # JSON carries them exactly): compared here are the others.
    plain = [text for text in original if not text.startswith(("=", "+", "-", "@"))]
    assert len(plain) == 3
    for stored in plain:
        # The agent without consent is masked in the export, so the copy holds "[NAME]".
        copy = stored.replace("Kaya", "[NAME]")
        assert copy in imported, copy
        said_on, handle = original[stored]
        assert imported[copy][0] == said_on
        # Only agents who consented are named in an export, so only they come back.
        assert imported[copy][1] == (handle if handle == "anna.meier" else None)
    for stored in set(original) - set(plain):
        assert stored in imported or "'" + stored in imported, stored
