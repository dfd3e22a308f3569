"""The import page with an NPS export whose score column names no range
(tests/fixtures/imports/scales/nps_score_only.csv: "Score", 0 to 10): read on 1..5, its 0, 9
and 10 rejected saying how to name the scale; mapped by hand with the scale 0-10 chosen,
every row is read, in German and English.

AppTest cannot upload a file: the bytes enter the page through its one door, the session key
``import_upload`` that :func:`feedback.ui.importing.take_upload` fills."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.i18n import t
from feedback.render.plain import markdown_literal
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from tests.pages.conftest import open_page
from tests.pages.import_helpers import PAGE, dry_run, upload


@pytest.mark.parametrize("lang", ["de", "en"])
def test_an_nps_score_is_read_on_the_scale_the_lead_picks(store, lang):
    at = open_page(PAGE, lang)
    upload(at, "scales/nps_score_only.csv")
    at.selectbox(key="import_team").set_value(min(read_directory(store).teams)).run()
    counts = dry_run(at)
    assert counts[t("imports.count_rejected", lang)] == 3
    (reason,) = set(at.table[0].value.iloc[:, 0])  # one reason, of three rows
    hint = t("validation.rating_out_of_range_guessed", lang, value="0", low=1, scale=5)
    assert reason.startswith(markdown_literal(hint))

    at.toggle(key="import_manual").set_value(True).run()
    picker = at.selectbox(key="import_col_rating_range")
    assert picker.label == t("imports.field_rating_range", lang)
    assert picker.value == ""  # from the column's title, else 1-5
    picker.set_value("0-10").run()
    counts = dry_run(at)
    assert counts[t("imports.count_rejected", lang)] == 0
    assert counts[t("imports.count_would_import", lang)] == 5

    at.button(key="import_start").click().run()
    assert not at.exception, [e.value for e in at.exception]
    with store.connect() as conn:
        rows = conn.execute(select(Quote.rating, Quote.rating_from).order_by(Quote.id)).all()
    assert [tuple(r) for r in rows][-5:] == [(0.0, 0), (9.0, 0), (4.0, 0), (10.0, 0), (5.0, 0)]
