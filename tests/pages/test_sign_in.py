"""The sidebar's "I am" field: a typed handle, not a list that would name every agent."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from feedback.i18n import t
from feedback.store.directory import read_directory
from tests.pages.conftest import DASHBOARD, RUN_TIMEOUT


def _wall_as(typed: str | None = None) -> AppTest:
    """The wall after typing ``typed`` into "I am" (the browser test checks that it holds
    across pages)."""
    at = AppTest.from_file(DASHBOARD, default_timeout=RUN_TIMEOUT)
    at.query_params["lang"] = "de"
    at.run()
    if typed is not None:
        at.text_input(key="ui_user").input(typed).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _agent_filter(at: AppTest) -> list[str]:
    label = t("ui.agent", "de")
    box = next(m for m in at.multiselect if m.label == label)
    return [str(o) for o in box.options]  # AppTest holds the shown labels


def test_a_typed_handle_signs_you_in_whatever_its_case(store):
    me = next(a for a in read_directory(store).agents.values() if not a.consent_named)
    assert me.full_name not in _agent_filter(_wall_as())
    at = _wall_as(f"  {me.handle.upper()} ")
    # Signed in, you may filter by yourself even without consent to be named to others.
    assert me.full_name in _agent_filter(at)
    assert t("ui.i_am_unknown", "de") not in [c.value for c in at.caption]


def test_an_unknown_handle_says_so(store):
    at = _wall_as("nobody.here")
    assert t("ui.i_am_unknown", "de") in [c.value for c in at.caption]


def test_the_sidebar_lists_no_agents(store):
    at = _wall_as()
    handles = {a.handle for a in read_directory(store).agents.values()}
    options = {str(o) for box in at.sidebar.selectbox for o in box.options}
    assert not handles & options
    assert at.sidebar.text_input(key="ui_user").value == ""
