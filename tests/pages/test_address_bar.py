"""The address bar: language and filters go into the URL in place, from a component that gets
them as data (never as HTML or script text) and runs in the app's document, without a frame."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from feedback.i18n import t
from feedback.insights.query_params import FilterState
from feedback.ui import url
from tests.pages.conftest import open_page, signed_in_app

EVIL = '</script><script>window.__xss=1</script>"'


def _address(at: AppTest) -> dict[str, Any]:
    """The data the address component got; the page has no frame of its own for it."""
    assert not at.sidebar.get("iframe")
    found = [element.proto for element in at.sidebar.get("bidi_component")]
    assert len(found) == 1, found
    assert found[0].component_name == "lovewall.address"
    assert found[0].WhichOneof("data") == "json"
    assert not found[0].html_content  # it draws nothing
    return dict(json.loads(found[0].json))


def _wanted(data: dict[str, Any]) -> dict[str, str]:
    return dict(data["wanted"])


def test_the_url_keeps_language_and_filters_without_a_new_history_entry(store_url):
    at = open_page("pages/wall.py", "en")
    script = url.ADDRESS_JS
    assert "replaceState" in script  # the entry is replaced: Back needs one press
    assert "pushState" not in script
    wanted = _wanted(_address(at))
    assert wanted["lang"] == "en"
    assert wanted["period"] == ""  # the default period leaves the address short


def test_a_search_text_reaches_the_browser_as_data_only(store_url):
    at = open_page("pages/wall.py", "de")
    at.session_state["filter_state"] = FilterState(search=EVIL)
    at.run()
    assert _wanted(_address(at))["q"] == EVIL  # as data: the script is a constant
    for element in at.sidebar.get("bidi_component"):
        assert EVIL not in element.proto.js_content
        assert EVIL not in element.proto.html_content
        assert EVIL not in element.proto.css_content
    # The script writes the values into properties only, never into HTML.
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", url.ADDRESS_JS)


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
    wanted = _wanted(_address(at))
    assert (wanted["lang"], wanted["q"]) == ("de", "freundlich")

    at = _ends_early("pages/import.py")
    assert _wanted(_address(at))["lang"] == "de"

    at = _ends_early("pages/moderation.py", filter_state=FilterState(search=NO_MATCH))
    assert at.info, "the queue is empty"
    assert _wanted(_address(at))["q"] == NO_MATCH


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
    assert _wanted(_address(at))["from"] == "2099-03-01"  # the link stays as it was


def test_a_range_given_back_to_front_opens(store_url):
    at = open_page(
        "pages/wall.py", "de", period="custom", **{"from": "2026-03-31", "to": "2026-03-01"}
    )
    assert not at.exception, [e.value for e in at.exception]


def _document_language(data: dict[str, Any]) -> tuple[str, str]:
    """What the component sets: the page's ``lang`` and the skip link's text."""
    assert "documentElement.lang = data.lang" in url.ADDRESS_JS
    assert "skip.textContent = data.skip" in url.ADDRESS_JS
    return data["lang"], data["skip"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_page_tells_the_browser_its_language(store_url, lang):
    # Streamlit's page says lang="en" and "Skip to main content" whatever the UI language.
    at = open_page("pages/wall.py", lang)
    assert _document_language(_address(at)) == (lang, t("ui.skip_to_content", lang))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_sign_in_page_tells_the_browser_its_language_and_keeps_the_address(store_url, lang):
    at = signed_in_app(None)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    data = _address(at)
    assert _document_language(data) == (lang, t("ui.skip_to_content", lang))
    assert _wanted(data) == {}  # the address waits for the first page after signing in
