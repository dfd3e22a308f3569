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

The same frame tells the browser the page's language (``<html lang>``, which Streamlit leaves
at "en": screen readers read a German page with English pronunciation, and browsers offered
to translate it "from English") and puts Streamlit's English-only "Skip to main content" link
into that language.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import streamlit as st

from feedback.i18n import t

_PENDING_KEY = "_url_pending"
_RUN_KEY = "_url_run"

# Sets or deletes the noted parameters on the app's current history entry, from a frame of the
# app's own origin (an st.html element would show up among the page's HTML). The run number
# makes the frame new on every run, so it runs again after each page switch. The frame shows
# nothing: it takes itself out of the Tab order and out of what screen readers announce (it was
# a Tab stop in the sidebar with nothing to see, and read out as "st.iframe").
_SCRIPT = """<script>((win) => {{
  const frame = window.frameElement;
  if (frame) {{
    frame.tabIndex = -1;
    frame.setAttribute("aria-hidden", "true");
  }}
  const doc = win.document;
  doc.documentElement.lang = {lang};
  const skip = doc.querySelector('[data-testid="stSkipToContent"]');
  if (skip) skip.textContent = {skip};
  const wanted = {wanted};
  const params = new URLSearchParams(win.location.search);
  for (const [key, value] of Object.entries(wanted)) {{
    if (value) params.set(key, value); else params.delete(key);
  }}
  const query = params.toString();
  if (query !== win.location.search.replace(/^\\?/, "")) {{
    const address = win.location.pathname + (query ? "?" + query : "") + win.location.hash;
    win.history.replaceState(win.history.state, "", address);
  }}
}})(window.parent /* run {run} */);</script>"""


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
    st.sidebar.iframe(
        _SCRIPT.format(
            wanted=_script_json({k: v or "" for k, v in pending.items()}),
            lang=_script_json(lang),
            skip=_script_json(t("ui.skip_to_content", lang)),
            run=run,
        ),
        height=1,
    )


def _script_json(value: object) -> str:
    """JSON in a script: "<" escaped, so no text (a search) can end the script element."""
    return json.dumps(value).replace("<", "\\u003c")
