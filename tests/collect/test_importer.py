"""Helpdesk CSV import: every row accounted for, one pipeline, no double imports."""

from __future__ import annotations

from sqlalchemy import func, select

from feedback.collect.importer import import_csv
from feedback.store.models import Quote
from tests.conftest import TODAY

CSV = """ticket_id;created_at;comment;assignee;group;via;score
zd-1;2026-11-02;Danke Jonas, schnell gelöst! Meine Nummer: 0151 23456789;jonas.becker;;web;good
zd-2;02.11.2026;Sehr freundlich, vielen Dank.;Anna Meier;;mail;5
zd-3;2026-11-03;Danke!;nobody;;web;good
zd-4;gestern;Toll;anna.meier;;web;good
zd-5;2026-11-04;;anna.meier;;web;good
zd-6;2026-11-04;Gute Beratung im Team;;Technik-Hotline;voice;fünf Sterne
"""


def test_import_reports_every_row_and_stores_the_good_ones(engine, people):
    outcomes = import_csv(engine, CSV, system="zendesk", today=TODAY)

    assert [o.line for o in outcomes] == [2, 3, 4, 5, 6, 7]
    stored = [o for o in outcomes if o.quote_id is not None]
    assert [o.line for o in stored] == [2, 3]
    reasons = {o.line: o.problems[0].message("en") for o in outcomes if o.quote_id is None}
    assert "Unknown agent “nobody”" in reasons[4]
    assert "not a valid date" in reasons[5]
    assert "no comment" in reasons[6]
    assert "not a valid rating" in reasons[7]

    with engine.connect() as conn:
        rows = conn.execute(select(Quote.text, Quote.channel, Quote.rating, Quote.source)).all()
    texts = {r.text for r in rows}
    assert not any("23456789" in text for text in texts)
    assert {r.channel for r in rows} == {"chat", "email"}
    assert {r.source for r in rows} == {"import"}


def test_importing_the_same_file_twice_adds_nothing(engine, people):
    import_csv(engine, CSV, system="zendesk", today=TODAY)
    again = import_csv(engine, CSV, system="zendesk", today=TODAY)

    assert all(o.quote_id is None for o in again)
    assert "already imported" in again[0].problems[0].message("en")
    with engine.connect() as conn:
        assert conn.execute(select(func.count(Quote.id))).scalar_one() == 2
