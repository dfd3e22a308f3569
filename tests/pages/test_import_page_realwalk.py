"""The import page on exports in their tools' shapes (tests/fixtures/imports/realwalk): a
Freshdesk ticket export with its survey and LiveChat's archive as CSV are recognised and named,
and the dry run counts every data row (the demo store knows none of their agents: each is
offered for mapping)."""

from __future__ import annotations

import pytest

from feedback.i18n import t
from tests.pages.conftest import open_page
from tests.pages.import_helpers import PAGE, dry_run, upload


@pytest.mark.parametrize(
    ("name", "label", "rows", "not_rated"),
    [
        ("realwalk/freshdesk_survey_results.csv", "imports.format_freshdesk_tickets", 6, 1),
        ("realwalk/livechat_chats.csv", "imports.format_livechat_csv", 4, 1),
    ],
)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_real_export_shape_is_recognised_and_every_row_counted(
    store_url, lang, name, label, rows, not_rated
):
    at = open_page(PAGE, lang)
    upload(at, name)
    assert t(label, lang) in at.markdown[0].value

    counts = dry_run(at)

    would = t("imports.count_would_import", lang)
    present, rejected = t("imports.count_present", lang), t("imports.count_rejected", lang)
    assert counts[t("imports.count_not_rated", lang)] == not_rated
    assert counts[would] + counts[present] + counts[rejected] + not_rated == rows
    assert counts[t("imports.count_unknown_agents", lang)] >= 1


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_typeform_opinion_scale_is_counted_as_ratings_not_as_only_offered(store_url, lang):
    """Its 0..10 answers were no rating: all 8 responses "not rated (skipped)". Now each is a
    rating (the demo store maps none of the hidden agent ids: offered for mapping)."""
    at = open_page(PAGE, lang)
    upload(at, "scales/typeform_opinion_scale.json")
    assert t("imports.format_typeform", lang) in at.markdown[0].value

    counts = dry_run(at)

    would = t("imports.count_would_import", lang)
    present, rejected = t("imports.count_present", lang), t("imports.count_rejected", lang)
    assert counts.get(t("imports.count_not_rated", lang), 0) == 0
    assert counts[t("imports.count_no_comment", lang)] == 1
    assert counts[would] + counts[present] + counts[rejected] == 7
