"""A rated comment longer than a quote may be was refused with its row, so its rating (often
the one-star complaint a team most needs to see) was lost from trends and CSAT. It is now cut
after a whole word, marked " […]", and imported with its rating; the import says how many it
cut. An unrated one is still refused, saying why. On SQLite and PostgreSQL."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from feedback.auth.roles import Actor
from feedback.collect.importer import open_import
from feedback.collect.shorten import CUT_MARK, shortened
from feedback.domain import MAX_QUOTE_CHARS
from feedback.insights.import_view import counts_table
from feedback.services.import_preview import preview_import
from feedback.services.imports import import_stream
from feedback.store.models import Quote
from tests.cli.test_import_cli import _cli, _store
from tests.collect.files.helpers import FIXTURES, TODAY

LONG = FIXTURES / "leftovers" / "long_rated_comments.csv"
ADMIN = Actor.system("test")


def _import(engine) -> tuple[int, int, int, list[int]]:
    parsed = open_import(engine, io.BytesIO(LONG.read_bytes()), name=LONG.name, today=TODAY)
    report = import_stream(engine, ADMIN, parsed.entries(), today=TODAY)
    assert parsed.summary.shortened == 1
    lines = [row.line for row in report.rejected_rows]
    return report.imported, report.present, report.rejected, lines


def test_a_long_rated_comment_keeps_its_rating_and_a_reimport_finds_it(engine, people):
    parsed = open_import(engine, io.BytesIO(LONG.read_bytes()), name=LONG.name, today=TODAY)
    dry = preview_import(engine, ADMIN, parsed, today=TODAY)
    assert (dry.would_import, dry.present, dry.rejected, dry.shortened) == (3, 0, 1, 1)
    table = counts_table(dry, "de")
    assert ["Davon gekürzt (über 2.000 Zeichen)", 1] in table.values.tolist()

    assert _import(engine) == (3, 0, 1, [4])  # line 4: unrated, too long: refused
    assert _import(engine) == (0, 3, 1, [4])

    with engine.connect() as conn:
        rows = conn.execute(
            select(Quote.external_id, Quote.rating, Quote.status, Quote.text).order_by(Quote.id)
        ).all()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("7001", 1.0, "archived"),
        ("7002", 5.0, "pending"),  # exactly 2,000 characters: whole
        ("7004", 4.0, "pending"),
    ]
    cut = rows[0].text
    assert cut.endswith("obwohl es" + CUT_MARK)  # after a whole word
    assert len(cut) <= MAX_QUOTE_CHARS
    assert cut.startswith("Ich habe dreimal angerufen")
    assert len(rows[1].text) == MAX_QUOTE_CHARS
    assert CUT_MARK not in rows[1].text


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "de",
            "1 bewerteter Kommentar war länger als 2.000 Zeichen: nach dem letzten ganzen Wort "
            "gekürzt („[…]“), seine Bewertung bleibt erhalten.",
        ),
        (
            "en",
            "1 rated comment was longer than 2,000 characters: cut after the last whole word "
            "(“[…]”); its rating is kept.",
        ),
    ],
)
def test_the_command_line_says_it_cut_a_comment(tmp_path: Path, lang, said):
    _store(tmp_path / "s.db")

    code, out, err = _cli(tmp_path / "s.db", "import", str(LONG), lang=lang)

    assert code == 1  # line 4 is refused
    assert out.splitlines()[0] == said
    assert "4" in err.splitlines()[0]
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kurz", "kurz"),
        ("a" * 10 + " " + "b" * 10, "a" * 10 + CUT_MARK),  # limit 20: the second word goes
        ("a" * 30, "a" * 16 + CUT_MARK),  # one word: cut inside it, no choice
        ("aaaaaaaaaaaaaaa bbbbbbbb", "aaaaaaaaaaaaaaa" + CUT_MARK),  # 19 chars, space at 15
    ],
)
def test_shortened_cuts_after_a_whole_word_and_fits(text, expected):
    assert shortened(text, 20) == expected
    assert len(shortened(text, 20)) <= 20
