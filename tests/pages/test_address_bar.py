"""The address bar: language and filters go into the URL in place, from a frame whose script
cannot be broken out of by a search text."""

from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from feedback.i18n import t
from feedback.insights.query_params import FilterState
from tests.pages.conftest import open_page, signed_in_app

EVIL = '</script><script>window.__xss=1</script>"'


def _wanted(script: str) -> dict[str, str]:
    found = re.search(r"const wanted = (\{.*?\});", script)
    assert found is not None, script
    return dict(json.loads(found.group(1)))


def _address_script(at: AppTest) -> str:
    frames = [element.proto for element in at.sidebar.get("iframe")]
    assert len(frames) == 1, frames
    return str(frames[0].srcdoc)


def test_the_url_keeps_language_and_filters_without_a_new_history_entry(store_url):
    at = open_page("pages/wall.py", "en")
    script = _address_script(at)
    assert "replaceState" in script  # the entry is replaced: Back needs one press
    assert "pushState" not in script
    wanted = _wanted(script)
    assert wanted["lang"] == "en"
    assert wanted["period"] == ""  # the default period leaves the address short


def test_a_search_text_cannot_end_the_script(store_url):
    at = open_page("pages/wall.py", "de")
    at.session_state["filter_state"] = FilterState(search=EVIL)
    at.run()
    script = _address_script(at)
    assert "</script><script>" not in script
    assert script.count("</script>") == 1
    assert _wanted(script)["q"] == EVIL


NO_MATCH = "zzqx-kein-treffer"


def _ends_early(path: str, **state: object) -> AppTest:
    at = open_page(path, "en")
    for key, value in state.items():
        at.session_state[key] = value
    # In AppTest a switched-to page runs without the router: its note of the language is
    # made here, as language_switch() makes it in the browser.
    at.session_state["_url_pending"] = {"lang": "de"}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_pages_that_end_early_still_update_the_address(store_url):
    # Word clouds without a picked word, import without a file, moderation with an empty
    # queue: each ends its run early (st.stop), and still puts language and search into the
    # address; they used to skip the router's update, and a reload lost the language.
    at = _ends_early("pages/wordclouds.py", filter_state=FilterState(search="freundlich"))
    wanted = _wanted(_address_script(at))
    assert (wanted["lang"], wanted["q"]) == ("de", "freundlich")

    at = _ends_early("pages/import.py")
    assert _wanted(_address_script(at))["lang"] == "de"

    at = _ends_early("pages/moderation.py", filter_state=FilterState(search=NO_MATCH))
    assert at.info, "the queue is empty"
    assert _wanted(_address_script(at))["q"] == NO_MATCH


@pytest.mark.parametrize(
    ("page", "empty"),
    [("pages/wall.py", "wall.empty"), ("pages/presentation.py", "presentation.empty")],
)
def test_a_link_to_a_period_in_the_future_says_there_is_nothing_yet(store_url, page, empty):
    """The date picker takes days up to today only: such a link raised an exception before."""
    future = {"period": "custom", "from": "2099-03-01", "to": "2099-03-31"}
    at = open_page(page, "de", **future)
    assert not at.exception, [e.value for e in at.exception]
    shown = [i.value for i in at.info] + [h.proto.body for h in at.get("html")]
    assert any(t(empty, "de") in text for text in shown)
    assert _wanted(_address_script(at))["from"] == "2099-03-01"  # the link stays as it was


def test_a_range_given_back_to_front_opens(store_url):
    at = open_page(
        "pages/wall.py", "de", period="custom", **{"from": "2026-03-31", "to": "2026-03-01"}
    )
    assert not at.exception, [e.value for e in at.exception]


def _document_language(script: str) -> tuple[str, str]:
    """What the frame's script sets: the page's ``lang`` and the skip link's text."""
    lang = re.search(r"doc\.documentElement\.lang = (\".*?\");", script)
    skip = re.search(r"skip\.textContent = (\".*?\");", script)
    assert lang is not None, script
    assert skip is not None, script
    return json.loads(lang.group(1)), json.loads(skip.group(1))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_page_tells_the_browser_its_language(store_url, lang):
    # Streamlit's page says lang="en" and "Skip to main content" whatever the UI language.
    at = open_page("pages/wall.py", lang)
    assert _document_language(_address_script(at)) == (lang, t("ui.skip_to_content", lang))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_sign_in_page_tells_the_browser_its_language_and_keeps_the_address(store_url, lang):
    at = signed_in_app(None)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    script = _address_script(at)
    assert _document_language(script) == (lang, t("ui.skip_to_content", lang))
    assert _wanted(script) == {}  # the address waits for the first page after signing in
