"""The import page on Typeform's responses and LiveChat's archived chats: recognised, and the
helpdesk ids they name offered for mapping with their counts, in either language."""

from __future__ import annotations

import pytest

from feedback.i18n import t
from feedback.render.plain import markdown_literal
from tests.pages.conftest import open_page
from tests.pages.import_helpers import PAGE, dry_run, upload


def _targets(at) -> list[str]:
    return [box.label for box in at.selectbox if (box.key or "").startswith("import_target_")]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_typeform_agent_ids_are_offered_for_mapping(store_url, lang):
    at = open_page(PAGE, lang)
    upload(at, "vendors/typeform_responses.json")
    counts = dry_run(at)

    assert counts[t("imports.count_unknown_agents", lang)] == 4
    assert _targets(at) == [
        t("imports.unknown_agent", lang, id="7001", rows=2),
        t("imports.unknown_agent_one", lang, id="7002"),
        t("imports.unknown_agent_one", lang, id="7099"),
    ]


def test_livechat_logins_and_groups_are_offered_for_mapping(store_url):
    at = open_page(PAGE, "de")
    upload(at, "vendors/livechat_archives.json")
    dry_run(at)

    # The logins as the page writes them (escaped: an e-mail address is no link there).
    anna = markdown_literal("anna.meier@example.invalid")
    jonas = markdown_literal("jonas.becker@example.invalid")
    max_ = markdown_literal("max.muster@example.invalid")
    assert _targets(at) == [
        t("imports.unknown_agent", "de", id=anna, rows=4),
        t("imports.unknown_agent_one", "de", id=jonas),
        t("imports.unknown_agent_one", "de", id=max_),
        t("imports.unknown_group", "de", id="1", rows=6),
    ]
