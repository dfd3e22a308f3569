"""The import page with a rated comment longer than a quote may be: the dry run counts it
among the rows it would import and says it is cut; the import keeps its rating and says so,
in German and English. (AppTest cannot upload: the bytes enter through the session key.)"""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from feedback.i18n import t
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from feedback.ui.importing import UPLOAD_KEY
from tests.collect.files.helpers import FIXTURES
from tests.pages.conftest import open_page

PAGE = "pages/import.py"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_long_rated_comment_is_cut_imported_and_said(store_url, store, lang):
    handle = min(a.handle for a in read_directory(store).agents.values() if a.active)
    raw = (FIXTURES / "leftovers" / "long_rated_comments.csv").read_bytes()
    data = raw.replace(b"anna.meier", handle.encode("cp1252"))
    at = open_page(PAGE, lang)
    digest = hashlib.sha256(data).hexdigest()
    at.session_state[UPLOAD_KEY] = {"name": "csat.csv", "data": data, "digest": digest}
    at.run()

    at.button(key="import_dry_run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[1].value
    counts = dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))
    limit = "2.000" if lang == "de" else "2,000"
    assert counts[t("imports.count_would_import", lang)] == 3
    assert counts[t("imports.count_rejected", lang)] == 1  # unrated and too long
    assert counts[t("imports.count_shortened", lang, limit=limit)] == 1

    at.button(key="import_start").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == t("imports.result", lang, imported=3, present=0, rejected=1)
    captions = [c.value for c in at.caption]
    assert t("imports.shortened_one", lang, count=1, limit=limit) in captions
    with store.connect() as conn:
        rating = conn.scalar(select(Quote.rating).where(Quote.external_id == "7001"))
    assert rating == 1.0


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        ("zendesk_pages_concat.json", 5),
        ("zendesk_pages_list.json", 5),
        ("zendesk_pages.jsonl", 5),
        ("zendesk_incremental_tickets.json", 4),
        ("zendesk_explore.csv", 3),
        ("survey_times_serial.xlsx", 4),
        ("survey_times_split.xlsx", 4),
        ("excel_scientific_ids.csv", 4),
        ("powershell_ratings.csv", 3),
        ("freshdesk_de.csv", 6),
        ("intercom_csat.csv", 3),
    ],
)
def test_each_real_shape_is_recognised_and_every_row_counted(store_url, name, rows):
    """Uploaded on the page, each file is recognised (not mapped by hand) and its dry run
    accounts for every data row: would import, present, rejected or skipped."""
    data = (FIXTURES / "leftovers" / name).read_bytes()
    at = open_page(PAGE, "en")
    digest = hashlib.sha256(data).hexdigest()
    at.session_state[UPLOAD_KEY] = {"name": name, "data": data, "digest": digest}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("imports.format_none", "en") not in at.markdown[0].value

    at.button(key="import_dry_run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[1].value
    counts = dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))
    outcomes = ("would_import", "present", "rejected", "not_rated", "no_comment", "no_text")
    assert sum(counts.get(t(f"imports.count_{k}", "en"), 0) for k in outcomes) == rows
