"""The address bar: the language and the filters in the URL, without extra history entries.

The browser adds a history entry for every change of the query string Streamlit sends (one per
``st.query_params[key] = ...``), and Streamlit's navigation drops the query string when it
pushes a new page's address. A page visit that then wrote the language and a filter left three
entries behind, and Back needed three presses, each a reload.

Here the language switch and the filters note what they want (:func:`want`), and after the
page has run ``dashboard.py`` calls :func:`flush`, which *replaces* the query string of the
current entry in the browser (``history.replaceState``): one visit, one entry, and the address
still says how to get back to this view (a reload or a bookmark keeps language and filters).
``st.query_params`` is read once per session (the first load) and is not written.

The same element tells the browser the page's language (``<html lang>``, which Streamlit leaves
at "en": screen readers read a German page with English pronunciation, and browsers offered
to translate it "from English") and puts Streamlit's English-only "Skip to main content" link
into that language.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from feedback.i18n import t

_PENDING_KEY = "_url_pending"
_RUN_KEY = "_url_run"
# The component's widget key; feedback.ui.widgets hides its element (``.st-key-<key>``), so it
# takes no room in the sidebar.
ELEMENT_KEY = "lovewall_address"

# A component (``st.components.v2``) without HTML: its script runs in the app's own document,
# with no frame to load (a frame cost every new tab a document of its own), no Tab stop and
# nothing for a screen reader to announce. It sets or deletes the noted parameters on the
# app's current history entry, and the page's language and skip link. Everything arrives as
# data and goes into properties (``lang``, ``textContent``, the query string), never into HTML.
# The run number in the data makes it run again after every run, so also after a page switch,
# which drops the query string.
ADDRESS_JS = """
export default function ({ data }) {
  const doc = document;
  doc.documentElement.lang = data.lang;
  const skip = doc.querySelector('[data-testid="stSkipToContent"]');
  if (skip) skip.textContent = data.skip;
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(data.wanted)) {
    if (value) params.set(key, value); else params.delete(key);
  }
  const query = params.toString();
  if (query !== window.location.search.replace(/^\\?/, "")) {
    const address = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    window.history.replaceState(window.history.state, "", address);
  }
}
"""

_address = st.components.v2.component("lovewall.address", js=ADDRESS_JS)


def want(params: Mapping[str, str | None]) -> None:
    """Note query parameters for this run's address; None or "" removes one."""
    pending = st.session_state.setdefault(_PENDING_KEY, {})
    pending.update(params)


def flush(lang: str, *, address: bool = True) -> None:
    """Put the noted parameters into the current address, without a new history entry, and
    give the page the language ``lang``. Without ``address`` (the sign-in page) the noted
    parameters wait for the first page after signing in."""
    pending: dict[str, str | None] = st.session_state.pop(_PENDING_KEY, {}) if address else {}
    run = int(st.session_state.get(_RUN_KEY, 0)) + 1
    st.session_state[_RUN_KEY] = run
    with st.sidebar:
        _address(
            key=ELEMENT_KEY,
            data={
                "wanted": {k: v or "" for k, v in pending.items()},
                "lang": lang,
                "skip": t("ui.skip_to_content", lang),
                "run": run,
            },
        )
