"""The import page's services on files shaped as real exports (tests/fixtures/imports/
exports_seen): the dry run counts what the import then gives, every row ends imported,
already present, rejected or skipped, and a second dry run finds the imported rows present."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from feedback.auth.roles import Actor
from feedback.collect.files import ParsedFile, parse_file
from feedback.collect.files.resolve import load_resolver
from feedback.services.import_preview import preview_import
from feedback.services.imports import import_stream
from tests.conftest import TODAY

SEEN = Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "exports_seen"
ADMIN = Actor.system("test")


def _parsed(engine, name: str) -> ParsedFile:
    data = io.BytesIO((SEEN / name).read_bytes())
    return parse_file(data, load_resolver(engine), name=name, today=TODAY)


@pytest.mark.parametrize(
    ("name", "rows", "new", "rejected", "skipped"),
    [
        ("emoji_ratings.csv", 4, 4, 0, 0),
        ("excel_mac_roman.csv", 3, 3, 0, 0),
        ("excel_unicode_text.txt", 3, 3, 0, 0),
        ("freshdesk_satisfaction.csv", 2, 2, 0, 0),
        ("intercom_ratings.csv", 3, 3, 0, 0),
        ("odata_value.json", 2, 2, 0, 0),
        ("hal_embedded.json", 2, 2, 0, 0),
        ("zendesk_ratings_jq.json", 3, 0, 2, 1),
        ("joined_months.csv", 6, 3, 0, 3),  # a header again, a page number, a footer
        ("spaced_quotes.csv", 2, 2, 0, 0),
        ("workbook_sheets.xlsx", 3, 3, 0, 0),
        ("zendesk_page.json", 3, 0, 2, 1),  # two unmapped ids, one only offered
        ("zendesk_ratings_blank.jsonl", 3, 0, 2, 1),
        ("zendesk_view_de.csv", 4, 2, 0, 2),  # one only offered, one "Gesamt" row
        ("zendesk_wide_report.csv", 2, 2, 0, 0),
    ],
)
def test_dry_run_import_and_a_second_dry_run_agree(
    engine, people, name, rows, new, rejected, skipped
):
    dry = preview_import(engine, ADMIN, _parsed(engine, name), today=TODAY)
    parsed = _parsed(engine, name)
    report = import_stream(engine, ADMIN, parsed.entries(), today=TODAY)
    again = preview_import(engine, ADMIN, _parsed(engine, name), today=TODAY)

    assert (dry.rows, dry.would_import, dry.rejected, dry.skipped) == (rows, new, rejected, skipped)
    assert (report.imported, report.present, report.rejected) == (new, 0, rejected)
    assert report.imported + report.present + report.rejected + parsed.summary.skipped == rows
    assert (again.would_import, again.present, again.rejected) == (0, new, rejected)
