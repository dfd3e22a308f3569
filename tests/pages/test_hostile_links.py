"""A shared link can hold anything: every page opens, and nothing in it becomes markup.

Seen: ``?team=99999999999999999999999`` crashed the wall and the word clouds (an id no
database column holds reached SQLite)."""

from __future__ import annotations

import re

import pytest

from feedback.ui.registry import PAGES
from tests.pages.conftest import open_page

HOSTILE = [
    "1,2,99999999999999999999999",
    "![x](https://evil.example/x.png) $\\frac{1}{2}$ :red[x]",
    "<script>alert(1)</script>\x1b[2J" + "a" * 3000,
]
# Every filter and view key a page reads from the address.
KEYS = (
    "team", "agent", "channel", "theme", "period", "from", "to", "q", "trend_view",
    "submit_mode", "people_tab", "recognition_view", "sentiment", "status", "language",
)  # fmt: skip
_MARKUP = re.compile(r"(?<!\\)\]\(https://evil|(?<!\\)\$\\frac|(?<!\\):red\[")


@pytest.mark.parametrize("value", HOSTILE, ids=["huge-id", "markdown", "script"])
@pytest.mark.parametrize("spec", PAGES, ids=lambda spec: spec.key)
def test_every_page_opens_a_hostile_link_and_shows_it_as_text(store_url, spec, value):
    at = open_page(spec.path, "de", **dict.fromkeys(KEYS, value))
    assert not at.exception, [e.value for e in at.exception]
    shown = [*at.markdown, *at.caption, *at.info, *at.warning, *at.error, *at.success]
    assert not [element.value for element in shown if _MARKUP.search(element.value)]
