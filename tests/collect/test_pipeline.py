"""The one submission pipeline, end to end on real stores (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import Engine, func, select

from feedback.analyze.types import Analysis, Sentiment
from feedback.collect.pipeline import default_analyzer, preview_quote, submit_many, submit_quote
from feedback.domain import MAX_QUOTE_CHARS, Source, Status
from feedback.store.filters import QuoteFilter
from feedback.store.models import AuditEntry, Quote, QuoteTerm
from feedback.store.read import quotes_frame
from tests.conftest import TODAY, draft

ALL = QuoteFilter(statuses=tuple(s.value for s in Status))
FIXTURE_AUDIT_ROWS = 5  # the `people` fixture creates two teams and three agents


def _count(engine: Engine, model: type) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def test_submission_stores_redacted_text_with_analysis_and_audit(engine, people):
    text = "Danke Frau Meier! Schreiben Sie mir an max.mustermann@web.de. Viele Grüße, Hans Schmidt"
    result = submit_quote(engine, draft(text, people["anna"]), today=TODAY)

    assert result.stored, result.prepared.messages("en")
    row = quotes_frame(engine, ALL).iloc[0]
    assert "max.mustermann@web.de" not in row["text"]
    assert "Schmidt" not in row["text"]
    assert "Meier" in row["text"]  # our agent's name stays
    assert row["status"] == "pending"
    assert row["team"] == "Privatkunden Nord"  # taken from the agent
    assert row["sentiment_label"] == "positive"
    assert row["analyser_version"]
    assert {r["kind"] for r in row["redactions"]} >= {"email", "name"}
    assert _count(engine, QuoteTerm) > 0
    with engine.connect() as conn:
        audit = conn.execute(select(AuditEntry.action, AuditEntry.actor)).all()
    assert ("create", "anna.meier") in audit


def test_a_quote_is_stored_with_the_themes_it_credits_and_keeps_every_aspect_as_evidence(
    engine, people
):
    mixed = "Die Wartezeit war viel zu lang, aber Frau Meier war sehr freundlich."
    complaint = "Ich hing 40 Minuten in der Warteschleife und niemand hat zurückgerufen."
    for text in (mixed, complaint):
        assert submit_quote(engine, draft(text, people["anna"]), today=TODAY).stored
    with engine.connect() as conn:
        rows = dict(conn.execute(select(Quote.text, Quote.themes)).all())
        evidence = dict(conn.execute(select(Quote.text, Quote.analysis)).all())
    # Shown as "praised for": friendliness, not the speed the quote complains about.
    assert rows[mixed] == ["friendliness"]
    assert rows[complaint] == []
    # The analysis keeps every aspect named, with its words, for the evidence views.
    assert {hit["label"] for hit in evidence[mixed]["themes"]} == {"speed", "friendliness"}
    assert evidence[mixed]["credited"] == ["friendliness"]
    assert "speed" in {hit["label"] for hit in evidence[complaint]["themes"]}


VALIDATION_CASES = [
    ("empty", {"text": "  \u200b "}, "text", "Bitte geben Sie den Text", "Please enter"),
    ("too_long", {"text": "a" * (MAX_QUOTE_CHARS + 1)}, "text", "zu lang", "too long"),
    ("channel", {"channel": "fax"}, "channel", "Unbekannter Kanal", "Unknown channel"),
    ("future", {"said_on": TODAY + dt.timedelta(days=1)}, "said_on", "Zukunft", "future"),
    ("agent", {"agent_id": 99999}, "agent", "Unbekannte mitarbeitende Person", "Unknown agent"),
    ("no_one", {"agent_id": None}, "agent", "gelobte Person", "praised agent"),
    ("scale", {"rating": 4.0}, "rating", "Skala", "scale"),
    ("rating", {"rating": 7.0, "rating_scale": 5}, "rating", "zwischen 1 und 5", "between 1"),
    ("tags", {"tags": [f"t{i}" for i in range(11)]}, "tags", "Schlagwörter", "tags"),
    ("ext", {"external_id": "zd-1"}, "external_id", "Quellsystems", "source system"),
]


@pytest.mark.parametrize(
    ("changes", "field", "de", "en"),
    [c[1:] for c in VALIDATION_CASES],
    ids=[c[0] for c in VALIDATION_CASES],
)
def test_invalid_drafts_are_rejected_with_reasons_in_both_languages(
    engine, people, changes, field, de, en
):
    result = submit_quote(
        engine, draft("Vielen Dank für die Hilfe!", people["anna"], **changes), today=TODAY
    )

    assert not result.stored
    assert field in {p.field for p in result.prepared.problems}
    assert any(de in m for m in result.prepared.messages("de")), result.prepared.messages("de")
    assert any(en in m for m in result.prepared.messages("en")), result.prepared.messages("en")
    assert _count(engine, Quote) == 0
    assert _count(engine, AuditEntry) == FIXTURE_AUDIT_ROWS


def test_same_text_for_same_agent_is_reported_not_stored_twice(engine, people):
    first = submit_quote(engine, draft("Super, danke Jonas!", people["jonas"]), today=TODAY)
    again = submit_quote(engine, draft("super   danke Jonas", people["jonas"]), today=TODAY)
    other = submit_quote(engine, draft("Super, danke Jonas!", people["anna"]), today=TODAY)

    assert first.stored
    assert other.stored
    assert not again.stored
    assert again.prepared.duplicate_of == first.quote_id
    assert "bereits gespeichert" in again.prepared.messages("de")[0]
    assert _count(engine, Quote) == 2


def test_batch_reports_duplicates_inside_the_batch_and_stores_the_rest(engine, people):
    results = submit_many(
        engine,
        [
            draft("Danke für die schnelle Hilfe!", people["anna"]),
            draft("", people["anna"]),
            draft("Danke für die schnelle Hilfe!", people["anna"]),
            draft("Thank you so much, Jonas!", people["jonas"]),
        ],
        today=TODAY,
    )

    assert [r.stored for r in results] == [True, False, False, True]
    assert _count(engine, Quote) == 2


def test_imported_record_is_not_imported_twice(engine, people):
    base = {"source": Source.IMPORT, "source_system": "zendesk", "external_id": "zd-42"}
    first = submit_quote(engine, draft("Top Service!", people["anna"], **base), today=TODAY)
    second = submit_quote(
        engine, draft("Ganz anderer Text, danke", people["anna"], **base), today=TODAY
    )

    assert first.stored
    assert not second.stored
    assert "zendesk" in second.prepared.messages("en")[0]


class _BrokenTermsAnalyzer:
    """A real analysis whose terms break the store's NOT NULL rule for one quote."""

    def analyze(self, text: str) -> Analysis:
        good = default_analyzer().analyze(text)
        if "kaputt" not in text:
            return good
        # A term-shaped value with count=None: a Term would refuse it (the analysis may be
        # compiled with mypyc, which checks the types at run time), the store must refuse it.
        bad = SimpleNamespace(term="x", surface="x", kind="word", count=None)
        return Analysis(
            language=good.language,
            sentiment=Sentiment(0.5, "positive"),
            terms=(bad,),  # type: ignore[arg-type]
            version=good.version,
        )


def test_a_failing_write_leaves_nothing_half_written(engine, people):
    results = submit_many(
        engine,
        [
            draft("Danke, alles bestens!", people["anna"]),
            draft("Danke, das war kaputt und ist jetzt heil", people["jonas"]),
        ],
        _BrokenTermsAnalyzer(),
        today=TODAY,
    )

    assert not any(r.stored for r in results)
    assert "nichts gespeichert" in results[0].prepared.messages("de")[0]
    assert _count(engine, Quote) == 0
    assert _count(engine, QuoteTerm) == 0
    assert _count(engine, AuditEntry) == FIXTURE_AUDIT_ROWS


def test_preview_shows_what_would_be_stored_without_storing(engine, people):
    prepared = preview_quote(
        engine, draft("Ruf mich an: 0151 23456789. Danke!", people["anna"]), today=TODAY
    )

    assert "0151" not in prepared.text
    assert [f.kind.value for f in prepared.redaction.findings] == ["phone"]
    assert prepared.analysis is not None
    assert _count(engine, Quote) == 0


def test_verbatim_flag_is_kept_only_for_phone_quotes(engine, people):
    phone = submit_quote(
        engine,
        draft(
            "Kundin bedankte sich für die Geduld.", people["anna"], channel="phone", verbatim=False
        ),
        today=TODAY,
    )
    chat = submit_quote(
        engine, draft("Danke!", people["anna"], channel="chat", verbatim=True), today=TODAY
    )

    with engine.connect() as conn:
        stored = dict(conn.execute(select(Quote.id, Quote.verbatim)).all())
    assert stored == {phone.quote_id: False, chat.quote_id: None}
