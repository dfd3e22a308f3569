"""A survey's or a review site's rows carry no id: three customers who answered "Sehr
zufrieden, danke!" for one agent were one quote, the second and third "already present", and
their ratings lost from trends and CSAT. Each answer is now its own quote (its id made from
its time, rating, words and which of the file's rows like it it is), the dry run, the import
and a re-import agree, and a person's quote keeps the rule "same words, same agent: one
quote". On SQLite and PostgreSQL (the ``engine`` fixture)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
from sqlalchemy import select

from feedback.auth.roles import Actor
from feedback.collect.files import ParsedFile
from feedback.collect.importer import open_import
from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft
from feedback.services.import_preview import preview_import
from feedback.services.imports import import_stream
from feedback.store.models import Quote
from tests.collect.files.helpers import FIXTURES, TODAY

SURVEY = FIXTURES / "real_shapes" / "survey_same_words.csv"
ADMIN = Actor.system("test")


def _open(engine, data: bytes) -> ParsedFile:
    return open_import(engine, io.BytesIO(data), name="survey.csv", today=TODAY)


def _dry(engine, data: bytes) -> tuple[int, int, int]:
    dry = preview_import(engine, ADMIN, _open(engine, data), today=TODAY)
    return dry.would_import, dry.present, dry.rejected


def _import(engine, data: bytes, batch_size: int = 500) -> tuple[int, int, int]:
    parsed = _open(engine, data)
    report = import_stream(engine, ADMIN, parsed.entries(), batch_size=batch_size, today=TODAY)
    return report.imported, report.present, report.rejected


def _ratings(engine) -> list[tuple[str, float | None]]:
    query = select(Quote.text, Quote.rating).order_by(Quote.id)
    with engine.connect() as conn:
        return [(text, rating) for text, rating in conn.execute(query)]


def test_customers_with_the_same_words_are_each_imported_and_found_again(engine, people):
    data = SURVEY.read_bytes()

    assert _dry(engine, data) == (5, 0, 0)
    assert _import(engine, data) == (5, 0, 0)
    assert _dry(engine, data) == (0, 5, 0)
    assert _import(engine, data) == (0, 5, 0)  # "0 new, 5 already present": a success

    assert _ratings(engine) == [
        ("Sehr zufrieden, danke!", 5.0),
        ("Sehr zufrieden, danke!", 4.0),
        ("sehr zufrieden - danke", 5.0),
        ("sehr zufrieden - danke", 5.0),  # in the export twice to the second: two rows
        ("Zu lange Warteschleife.", 2.0),
    ]


def test_one_row_per_batch_gives_the_same_keys(engine, people):
    """Batches are transactions of their own (and a worker's): a row's key is the file's."""
    data = SURVEY.read_bytes()

    assert _import(engine, data, batch_size=1) == (5, 0, 0)
    assert _import(engine, data, batch_size=2) == (0, 5, 0)


def test_a_longer_export_of_the_same_form_adds_only_its_new_rows(engine, people):
    data = SURVEY.read_bytes()
    later = data + b'"2026/11/12 8:00:00 AM GMT","5","Sehr zufrieden, danke!","anna.meier"\n'
    _import(engine, data)

    assert _dry(engine, later) == (1, 5, 0)
    assert _import(engine, later) == (1, 5, 0)


def test_an_undated_unrated_row_is_known_by_its_words(engine, people):
    """Nothing but its words tells such a row apart: as a person's quote, one per agent."""
    data = b"Kommentar;Mitarbeiter\nDanke!;anna.meier\nDanke!;anna.meier\n"

    assert _import(engine, data) == (1, 1, 0)
    assert _import(engine, data) == (0, 2, 0)


def _typed_in(engine, agent_id: int, text: str) -> list[str]:
    """A person hands ``text`` in for the agent: the problems' codes ([] when stored)."""
    draft = QuoteDraft(text, "phone", TODAY, submitted_by="lead", agent_id=agent_id)
    (result,) = submit_many(engine, [draft], today=TODAY)
    return [p.code for p in result.prepared.problems]


def test_an_answer_with_a_persons_words_is_already_present(engine, people):
    """As a ticket's rating: a lead who typed the customer's words in has that quote."""
    assert _typed_in(engine, people["anna"], "Hat mir sehr geholfen, danke!") == []
    answer = b"Zeitstempel;Bewertung;Kommentar;Mitarbeiter\n"
    answer += b"09.11.2026 14:03:11;5;Hat mir sehr geholfen, danke!;anna.meier\n"

    assert _import(engine, answer) == (0, 1, 0)
    assert _typed_in(engine, people["anna"], "Hat mir sehr geholfen, danke!") == ["duplicate"]


def test_a_persons_quote_after_the_answers_is_already_present(engine, people):
    _import(engine, SURVEY.read_bytes())

    assert _typed_in(engine, people["anna"], "Sehr zufrieden, danke!") == ["duplicate"]


def test_the_same_answers_as_xlsx_are_found_again(engine, people):
    """Google Sheets' XLSX of the same responses holds the times as date cells: read as written,
    each answer was imported a second time."""
    book = Workbook()
    sheet = book.active
    rows = list(csv.reader(io.StringIO(SURVEY.read_text(encoding="utf-8"))))
    sheet.append(rows[0])
    for stamp, rating, comment, agent in rows[1:]:
        day, clock, half, _ = stamp.split(" ")
        moment = dt.datetime.strptime(f"{day} {clock} {half}", "%Y/%m/%d %I:%M:%S %p")
        sheet.append([moment, int(rating), comment, agent])
    xlsx = io.BytesIO()
    book.save(xlsx)
    _import(engine, SURVEY.read_bytes())

    parsed = open_import(engine, io.BytesIO(xlsx.getvalue()), name="survey.xlsx", today=TODAY)
    report = import_stream(engine, ADMIN, parsed.entries(), today=TODAY)

    assert (report.imported, report.present, report.rejected) == (0, 5, 0)
