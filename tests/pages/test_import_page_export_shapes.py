"""The import page with survey downloads in their own shapes
(tests/fixtures/imports/export_shapes): Delighted's CSV download and Zendesk's NPS export are
recognised by name and read on 0..10; a German CES survey's question is its rating; in German
and English."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.i18n import t
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from tests.pages.conftest import open_page
from tests.pages.import_helpers import PAGE, dry_run, upload


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(
    ("name", "label", "new", "stored"),
    [
        ("delighted_nps.csv", "delighted_csv", 4, {(10, 0)}),
        ("zendesk_nps.csv", "zendesk_nps", 3, {(10, 0)}),
        ("ces_survey_de.csv", "generic", 3, {(7, 1)}),
    ],
)
def test_a_survey_download_is_recognised_and_imported(store, lang, name, label, new, stored):
    at = open_page(PAGE, lang)
    upload(at, f"export_shapes/{name}")
    at.selectbox(key="import_team").set_value(min(read_directory(store).teams)).run()
    shown = " ".join(str(m.value) for m in (*at.markdown, *at.caption, *at.info, *at.success))
    assert t(f"imports.format_{label}", lang) in shown

    counts = dry_run(at)
    assert counts[t("imports.count_would_import", lang)] == new
    assert counts[t("imports.count_rejected", lang)] == 0

    before = _ids(store)
    at.button(key="import_start").click().run()
    assert not at.exception, [e.value for e in at.exception]
    with store.connect() as conn:
        rows = conn.execute(
            select(Quote.rating_scale, Quote.rating_from).where(Quote.id.not_in(before))
        ).all()
    assert len(rows) == new
    assert {tuple(r) for r in rows} == stored


def _ids(store) -> list[int]:
    with store.connect() as conn:
        return list(conn.execute(select(Quote.id)).scalars())
