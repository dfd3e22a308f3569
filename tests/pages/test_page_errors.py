"""An unexpected error on a page shows the viewer a fixed German/English message, never the
exception's text (it can hold a quote or SQL) or a traceback; the details go to the log."""

from __future__ import annotations

import pytest
import streamlit as st
from sqlalchemy import text
from streamlit.testing.v1 import AppTest

from feedback.i18n import t
from tests.pages.conftest import RUN_TIMEOUT, open_page


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()


def _everything_shown(at: AppTest) -> str:
    """The text of every element the page shows (markdown, messages, HTML)."""
    parts: list[str] = []
    for kind in ("markdown", "error", "warning", "info", "caption", "html", "text"):
        parts += [str(getattr(e, "value", "")) for e in at.get(kind)]
    parts += [str(getattr(e.proto, "body", "")) for e in at.get("html")]
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_page_that_fails_shows_a_fixed_message_without_details(store, lang, caplog):
    at = open_page("pages/wall.py", lang)
    assert not at.exception, [e.value for e in at.exception]
    # The store breaks under the page (a table gone): its reads now fail with SQL in the text.
    with store.begin() as conn:
        conn.execute(text("ALTER TABLE quotes RENAME TO quotes_gone"))
    st.cache_data.clear()
    with caplog.at_level("ERROR", logger="feedback.ui.errors"):
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("ui.page_failed", lang) in [e.value for e in at.error]
    shown = _everything_shown(at)
    assert "SELECT" not in shown
    assert "quotes" not in shown.casefold().replace("quotes_gone", "quotes")
    assert "Traceback" not in shown
    # The details are in the server's log.
    assert any("no such table" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)


def test_an_uncaught_error_shows_streamlits_generic_message_only():
    # What gets past the pages' own message (a fragment's rerun): the config hides the details.
    secret = "Frau Schulz war super [SQL: SELECT text FROM quotes]"
    at = AppTest.from_string(f"raise ValueError({secret!r})", default_timeout=RUN_TIMEOUT)
    at.run()
    assert len(at.exception) == 1
    shown = at.exception[0]
    assert secret not in shown.message
    assert "Schulz" not in shown.message
    assert not shown.stack_trace
    assert "ValueError" not in shown.proto.type
