"""Versions before content ids knew a survey's answer without an id by its words alone: the
second and third "Sehr zufrieden, danke!" for an agent were "already present" and their
ratings lost. Imported again after the upgrade, the same file found its words stored and
said "0 new, 5 already present": the lost ratings stayed lost. Now the stored quote adopts
its row's id, the rows lost then are imported, and a third import adds nothing. On SQLite
and PostgreSQL (the ``engine`` fixture)."""

from __future__ import annotations

import io

from sqlalchemy import Engine, select

from feedback.auth.roles import Actor
from feedback.collect.dry_run import dry_run_rows
from feedback.collect.files import ParsedFile
from feedback.collect.importer import open_import
from feedback.collect.pipeline import submit_many
from feedback.services.import_preview import preview_import
from feedback.services.imports import import_stream
from feedback.store.models import Quote
from tests.collect.files.helpers import FIXTURES, TODAY

SURVEY = FIXTURES / "real_shapes" / "survey_same_words.csv"
ADMIN = Actor.system("test")


def _open(engine: Engine) -> ParsedFile:
    return open_import(engine, io.BytesIO(SURVEY.read_bytes()), name="survey.csv", today=TODAY)


def _as_an_earlier_version(engine: Engine) -> int:
    """Store the file as versions before content ids did: rows without an id by their words
    alone (no row key, so no id). Returns how many quotes that stored."""
    drafts = [d for _, d, problems in _open(engine).entries() if d is not None and not problems]
    for draft in drafts:
        draft.row_key = None
    return sum(r.stored for r in submit_many(engine, drafts, today=TODAY))


def _import(engine: Engine, batch_size: int = 500) -> tuple[int, int, int]:
    report = import_stream(
        engine, ADMIN, _open(engine).entries(), batch_size=batch_size, today=TODAY
    )
    return report.imported, report.present, report.rejected


def _stored(engine: Engine) -> list[tuple[str, float | None, bool]]:
    query = select(Quote.text, Quote.rating, Quote.external_id).order_by(Quote.said_on, Quote.id)
    with engine.connect() as conn:
        return [(text, rating, ext is not None) for text, rating, ext in conn.execute(query)]


def test_a_reimport_after_the_upgrade_adds_the_ratings_lost_then(engine, people):
    assert _as_an_earlier_version(engine) == 2  # four answers of one agent were one quote
    dry = preview_import(engine, ADMIN, _open(engine), today=TODAY)
    assert (dry.would_import, dry.present, dry.rejected) == (3, 2, 0)

    assert _import(engine) == (3, 2, 0)
    assert _import(engine) == (0, 5, 0)  # nothing twice

    assert sorted(_stored(engine)) == sorted(
        [
            ("Sehr zufrieden, danke!", 5.0, True),  # the earlier version's, with its row's id
            ("Sehr zufrieden, danke!", 4.0, True),
            ("sehr zufrieden - danke", 5.0, True),
            ("sehr zufrieden - danke", 5.0, True),
            ("Zu lange Warteschleife.", 2.0, True),
        ]
    )


def test_one_row_per_batch_adopts_once(engine, people):
    _as_an_earlier_version(engine)
    rows = _open(engine).entries()
    dry = dry_run_rows(engine, rows, today=TODAY, batch_size=1)
    assert (dry.would_import, dry.present, dry.rejected) == (3, 2, 0)

    assert _import(engine, batch_size=1) == (3, 2, 0)
    assert _import(engine, batch_size=2) == (0, 5, 0)


def test_a_persons_quote_is_not_taken_for_an_imported_row(engine, people):
    """A lead typed the words in (no import): the answer stays already present, as before."""
    draft = next(d for _, d, _ in _open(engine).entries() if d is not None)
    typed = draft.__class__(draft.text, "phone", draft.said_on, "lead", agent_id=draft.agent_id)
    assert submit_many(engine, [typed], today=TODAY)[0].stored

    imported, present, _ = _import(engine)

    # Anna's four answers fold to the lead's words ("sehr zufrieden danke"): the lead's quote,
    # as before content ids; only Jonas's answer is new.
    assert (imported, present) == (1, 4)
    with engine.connect() as conn:
        external = conn.scalar(select(Quote.external_id).where(Quote.source == "manual"))
    assert external is None
