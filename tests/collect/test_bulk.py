"""Imports in batches: every row ends imported, already present or rejected, on real stores."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from sqlalchemy import Engine, func, select

from feedback.analyze.types import Analysis
from feedback.collect.bulk import ImportProgress, ParsedRow, import_rows
from feedback.collect.pipeline import default_analyzer
from feedback.collect.validate import Problem
from feedback.domain import Source
from feedback.store.models import AuditEntry, Quote
from tests.conftest import TODAY, draft


def _count(engine: Engine, model: type) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def _rows(people: dict[str, int], count: int, *, first_line: int = 2) -> list[ParsedRow]:
    agents = (people["anna"], people["jonas"])
    return [
        (
            first_line + i,
            draft(
                f"Danke für die Hilfe, Vorgang {'abcdefghij'[i % 10]}{'klmnopqrst'[i // 10 % 10]}",
                agents[i % 2],
                source=Source.IMPORT,
                source_system="zendesk",
                external_id=f"zd-{i}",
            ),
            [],
        )
        for i in range(count)
    ]


def test_every_row_ends_imported_present_or_rejected(engine, people):
    rows = _rows(people, 7)
    rows[2] = (rows[2][0], None, [Problem("said_on", "bad_date", {"value": "gestern"})])
    rows[4] = (rows[4][0], draft("", people["anna"]), [])  # the pipeline rejects it
    rows.append((9, rows[0][1], []))  # the file repeats its first row, in a later batch

    report = import_rows(engine, "kim", rows, batch_size=3, today=TODAY)

    assert (report.imported, report.present, report.rejected) == (5, 1, 2)
    assert report.rows == len(rows)
    assert report.batches == 3
    assert list(report.present_lines()) == [9]
    assert [r.line for r in report.rejected_rows] == [4, 6]
    assert "kein gültiges Datum" in report.rejected_rows[0].reasons("de")[0]
    assert "customer's words" in report.rejected_rows[1].reasons("en")[0]
    assert not report.ok
    with engine.connect() as conn:
        assert set(conn.execute(select(Quote.submitted_by)).scalars()) == {"kim"}
    assert _count(engine, Quote) == 5


def test_importing_again_reports_everything_already_present_and_succeeds(engine, people):
    first = import_rows(engine, "kim", _rows(people, 12), batch_size=5, today=TODAY)
    again = import_rows(engine, "kim", _rows(people, 12), batch_size=5, today=TODAY)

    assert (first.imported, first.present, first.rejected) == (12, 0, 0)
    assert (again.imported, again.present, again.rejected) == (0, 12, 0)
    assert again.ok
    assert again.present_ranges == [(2, 13)]  # one run, not twelve entries
    assert _count(engine, Quote) == 12


def test_a_repeat_inside_one_batch_is_already_present(engine, people):
    rows = _rows(people, 2)
    rows.append((4, rows[1][1], []))

    report = import_rows(engine, "kim", rows, batch_size=10, today=TODAY)

    assert (report.imported, report.present, report.rejected) == (2, 1, 0)
    assert list(report.present_lines()) == [4]


def test_a_row_without_draft_or_reason_is_still_rejected_with_one(engine, people):
    report = import_rows(engine, "kim", [(2, None, [])], today=TODAY)

    assert report.rejected == 1
    assert "could not be read" in report.rejected_rows[0].reasons("en")[0]


def test_progress_is_reported_after_each_committed_batch(engine, people):
    seen: list[ImportProgress] = []

    def progress(step: ImportProgress) -> None:
        seen.append(step)
        assert _count(engine, Quote) == step.imported  # committed, visible to others

    import_rows(engine, "kim", _rows(people, 7), batch_size=3, today=TODAY, progress=progress)

    assert [(s.rows, s.imported, s.batches) for s in seen] == [(3, 3, 1), (6, 6, 2), (7, 7, 3)]


def test_rows_are_read_lazily_one_batch_at_a_time(engine, people):
    pulled: list[int] = []
    all_rows = _rows(people, 9)

    def stream() -> Iterator[ParsedRow]:
        for row in all_rows:
            pulled.append(row[0])
            yield row

    def progress(step: ImportProgress) -> None:
        assert len(pulled) == step.rows  # never more than the batch just stored

    import_rows(engine, "kim", stream(), batch_size=3, today=TODAY, progress=progress)


class _FailingAnalyzer:
    """An analysis whose terms break the store's NOT NULL rule for texts with "kaputt"."""

    def analyze(self, text: str) -> Analysis:
        good = default_analyzer().analyze(text)
        if "kaputt" not in text:
            return good
        bad = SimpleNamespace(term="x", surface="x", kind="word", count=None)
        return Analysis(good.language, good.sentiment, terms=(bad,), version=good.version)  # type: ignore[arg-type]


def test_a_failing_batch_rejects_its_rows_and_the_other_batches_are_stored(engine, people):
    rows = _rows(people, 6)
    rows[4] = (rows[4][0], draft("Das war kaputt, jetzt heil", people["anna"]), [])

    report = import_rows(
        engine, "kim", rows, batch_size=3, analyzer=_FailingAnalyzer(), today=TODAY
    )

    assert (report.imported, report.present, report.rejected) == (3, 0, 3)
    assert [r.line for r in report.rejected_rows] == [5, 6, 7]
    assert "nichts gespeichert" in report.rejected_rows[0].reasons("de")[0]
    assert _count(engine, Quote) == 3
    assert _count(engine, AuditEntry) - 5 == 3  # the people fixture wrote 5


def test_only_the_first_rejected_rows_are_kept_and_all_are_counted(engine, people):
    rows: list[ParsedRow] = [(n, None, [Problem("text", "empty_text")]) for n in range(2, 12)]

    report = import_rows(engine, "kim", rows, today=TODAY, keep_rejected=4)

    assert report.rejected == 10
    assert [r.line for r in report.rejected_rows] == [2, 3, 4, 5]


def test_a_batch_size_below_one_is_refused(engine, people):
    with pytest.raises(ValueError, match="batch_size"):
        import_rows(engine, "kim", [], batch_size=0, today=TODAY)
