"""Every row of our own export comes back: into the same store as "0 new, N already present",
into an empty one as the same quotes (texts, ratings, sources and ids).

Before, a re-imported export duplicated every helpdesk rating whose words another rating had
(the files carried no helpdesk id), every text whose placeholders the German files write in
words ("Kundennummer [entfernt]"), every text guarded against formulas ("'=...") and every
quote of an agent without consent (not named in the file). On SQLite and PostgreSQL (the
``engine`` fixture); the empty store is SQLite.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from collections.abc import Iterator

import openpyxl  # type: ignore[import-untyped, unused-ignore]
import pytest
from sqlalchemy import Engine, select

from feedback.auth.roles import Actor
from feedback.collect.importer import open_import, store_parsed
from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft, Source
from feedback.services.exports import export_quotes
from feedback.store.db import make_engine, transaction
from feedback.store.directory import add_agent, add_team
from feedback.store.filters import QuoteFilter
from feedback.store.installation import own_system
from feedback.store.migrate import upgrade
from feedback.store.models import Agent, Quote
from tests.conftest import TODAY

FORMATS = [("csv", "de"), ("csv-excel", "de"), ("csv-excel", "en"), ("xlsx", "de"), ("json", "de")]
SUFFIX = {"csv": ".csv", "csv-excel": ".csv", "xlsx": ".xlsx", "json": ".json"}
# (text, agent, rating, helpdesk id): person's quotes without an id; Aylin gave no consent.
QUOTES = [
    ("Danke!", "anna", 2, "zd-1"),
    ("Danke!", "anna", 2, "zd-2"),  # the same words, another rating: its own quote
    ("Lange gewartet, aber Frau Meier hat es gelöst.", "anna", 1, "zd-3"),  # archived
    ("Meine Kundennummer 40012345 hatte sie sofort, danke!", "anna", None, None),
    ("Rufen Sie mich gern wieder an: 0171 2345678. Super Service!", "jonas", None, None),
    ("Schreiben Sie an max.muster@example.org, Herr Becker war spitze", "jonas", None, None),
    ("=SUMME(A1) fand ich lustig, Herr Becker hat gelacht", "jonas", None, None),
    ('Sie sagte "danke";\nwir auch. Frau Kaya ist klasse!', "aylin", None, None),
    ("Aylin Kaya hat mir sehr geholfen", "aylin", 5, "fd-7"),
]


def _directory(engine: Engine) -> dict[str, int]:
    with transaction(engine) as session:
        north = add_team(session, "Privatkunden Nord", actor="test").id
        tech = add_team(session, "Technik-Hotline", actor="test").id
        agents = (("anna", "Meier", north, True), ("jonas", "Becker", tech, True))
        return {
            first: add_agent(
                session,
                handle=f"{first}.{last.lower()}",
                first_name=first.title(),
                last_name=last,
                team_id=team,
                consent_named=consent,
                actor="test",
            ).id
            for first, last, team, consent in (*agents, ("aylin", "Kaya", north, False))
        }


def _fill(engine: Engine, people: dict[str, int]) -> None:
    drafts = []
    for index, (text, agent, rating, external_id) in enumerate(QUOTES):
        draft = QuoteDraft(
            text=text,
            channel="email",
            said_on=TODAY - dt.timedelta(days=index),
            submitted_by="anna.meier",
            agent_id=people[agent],
        )
        if external_id:
            system = "zendesk" if external_id.startswith("zd") else "freshdesk"
            scale = 2 if system == "zendesk" else 5
            draft = dataclasses.replace(
                draft,
                rating=rating,
                rating_scale=scale,
                source=Source.IMPORT,
                source_system=system,
                external_id=external_id,
                submitted_by=f"import:{system}",
            )
        drafts.append(draft)
    results = submit_many(engine, drafts, today=TODAY)
    assert all(r.stored for r in results), [r.prepared.problems for r in results]


@pytest.fixture
def store(engine: Engine) -> Engine:
    _fill(engine, _directory(engine))
    return engine


@pytest.fixture
def empty(tmp_path) -> Iterator[Engine]:
    other = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    upgrade(other)
    _directory(other)
    yield other
    other.dispose()


def _export(engine: Engine, fmt: str, lang: str) -> bytes:
    flt = QuoteFilter(statuses=())
    return export_quotes(engine, Actor.system("test"), flt, fmt, lang).body


def _import(engine: Engine, body: bytes, fmt: str) -> tuple[int, int, int]:
    """(new, already present, rejected) of importing ``body`` into ``engine``."""
    parsed = open_import(engine, io.BytesIO(body), name="export" + SUFFIX[fmt], today=TODAY)
    entries = list(parsed.entries())
    outcomes = store_parsed(entries, lambda d: submit_many(engine, d, today=TODAY))
    codes = [{p.code for p in o.problems} for o in outcomes]
    present = sum(1 for c in codes if c & {"duplicate", "duplicate_external"})
    new = sum(1 for o, c in zip(outcomes, codes, strict=True) if not c and o.quote_id)
    return new, present, len(outcomes) - new - present


def _stored(engine: Engine) -> list[tuple[object, ...]]:
    columns = (Quote.text, Quote.rating, Quote.rating_scale, Quote.said_on, Quote.agent_id)
    with transaction(engine) as session:
        rows = session.execute(select(*columns, Quote.source_system, Quote.external_id))
        return sorted(tuple(row) for row in rows)


@pytest.mark.parametrize(("fmt", "lang"), FORMATS)
def test_our_export_imported_into_the_same_store_is_all_present(store, fmt, lang):
    before = _stored(store)
    assert _import(store, _export(store, fmt, lang), fmt) == (0, len(QUOTES), 0)
    assert _stored(store) == before


@pytest.mark.parametrize(("fmt", "lang"), FORMATS)
def test_our_export_fills_an_empty_store_with_the_same_quotes(store, empty, fmt, lang):
    body = _export(store, fmt, lang)
    assert _import(empty, body, fmt) == (len(QUOTES) - 2, 0, 2)  # Aylin's two: nobody named
    mine = own_system(store)
    expected = []
    for text, rating, scale, day, agent, system, external_id in _stored(store):
        if agent == _agent_id(store, "aylin"):
            continue  # not named in the file (no consent): nobody to credit elsewhere
        theirs = (system, external_id) if external_id else (mine, _number(store, text, day))
        expected.append((text, rating, scale, day, _same_agent(store, empty, agent), *theirs))
    assert _stored(empty) == sorted(expected)
    # A second import of the same file into that store adds nothing either.
    assert _import(empty, body, fmt) == (0, len(QUOTES) - 2, 2)


def test_a_number_given_to_another_quote_since_does_not_swallow_the_row(store):
    """A restored copy that went its own way, or a freed number: the stored quote of that
    number is another one (other words, another day). The row is new, never "present"."""
    body = _export(store, "csv", "de")
    with transaction(store) as session:
        quote = session.scalars(select(Quote).where(Quote.text.startswith("Rufen Sie"))).one()
        quote.text = "Ein ganz anderes Lob, an einem anderen Tag."
        quote.said_on = quote.said_on - dt.timedelta(days=30)
        quote.fingerprint = "0" * 64  # its words' fingerprint: another quote's
    assert _import(store, body, "csv") == (1, len(QUOTES) - 1, 0)


def test_a_json_round_trip_stays_exact(store, empty):
    first = json.loads(_export(store, "json", "de"))
    _import(empty, _export(store, "json", "de"), "json")
    again = json.loads(_export(empty, "json", "de"))
    kept = ("id", "status", "source")  # this store's number, moderation, how it came in

    def exact(rows: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{k: v for k, v in r.items() if k not in kept} for r in rows if r["agent"]]

    assert exact(again) == exact(first)


def test_an_agent_without_consent_is_named_in_no_export(store):
    for fmt, lang in FORMATS:
        body = _export(store, fmt, lang)
        if fmt == "xlsx":
            sheet = openpyxl.load_workbook(io.BytesIO(body)).active
            body = repr(list(sheet.iter_rows(values_only=True))).encode()
        assert b"Kaya" not in body, fmt
        assert b"Aylin" not in body, fmt


def test_words_for_placeholders_and_the_formula_guard_read_back_as_stored(store):
    body = _export(store, "csv-excel", "de").decode("utf-8-sig")
    assert "Kundennummer [entfernt]" in body
    assert "'=SUMME" in body
    stored = {row[0] for row in _stored(store)}
    assert "Meine Kundennummer [REF] hatte sie sofort, danke!" in stored


def _agent_id(engine: Engine, first: str) -> int:
    with transaction(engine) as session:
        return session.scalars(select(Agent.id).where(Agent.handle.startswith(first))).one()


def _same_agent(store: Engine, empty: Engine, agent_id: object) -> int | None:
    with transaction(store) as session:
        handle = session.scalars(select(Agent.handle).where(Agent.id == agent_id)).one()
    with transaction(empty) as session:
        return session.scalars(select(Agent.id).where(Agent.handle == handle)).one()


def _number(engine: Engine, text: object, day: object) -> str:
    with transaction(engine) as session:
        number = session.scalars(
            select(Quote.id).where(Quote.text == text, Quote.said_on == day)
        ).one()
        return str(number)
