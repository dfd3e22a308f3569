"""The address bar: language and filters go into the URL in place, from a frame whose script
cannot be broken out of by a search text."""

from __future__ import annotations

import json
import re

from streamlit.testing.v1 import AppTest

from feedback.insights.query_params import FilterState
from tests.pages.conftest import open_page

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
