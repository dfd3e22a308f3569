"""Every select box speaks the page's language when it is emptied to search.

Streamlit's select boxes show "Choose an option" (multiselects "Choose options") once a
reader clears the box to type a search; on a German page that was English (seen in Chromium
on the submit form's channel box). Every select box of every page names its own placeholder.
"""

from __future__ import annotations

import pytest

from feedback.i18n import LANGUAGES, t
from feedback.ui.registry import PAGES
from tests.pages.conftest import open_page


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("spec", PAGES, ids=[p.key for p in PAGES])
def test_every_select_box_has_a_placeholder_in_the_page_language(store, spec, lang):
    at = open_page(spec.path, lang)
    assert not at.exception, [e.value for e in at.exception]
    boxes = [*at.selectbox, *at.multiselect]
    placeholders = {(box.label, box.proto.placeholder) for box in boxes}
    assert {p for _, p in placeholders} <= {t("ui.choose", lang)}, placeholders
    if spec.key in {"submit", "moderation", "audit", "people", "settings", "presentation"}:
        assert boxes  # the check looked at something on the pages known to have select boxes
