"""Cached access to the store and the analyser. Writes call :func:`after_write`."""

from __future__ import annotations

import logging
import threading

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from feedback.collect.pipeline import AnalyzerLike, analyzer_for
from feedback.insights import works_council
from feedback.insights.privacy import NamePrivacy
from feedback.store.directory import Directory, read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.open import open_store
from feedback.store.read import count_matching, quotes_frame, term_counts
from feedback.store.settings import AppSettings, load_settings

# Why 10 minutes: other people's submissions show up without a reload, while a page that is
# just being looked at (a wall on a TV) does not hit the database on every rerun.
_TTL_SECONDS = 600


@st.cache_resource(show_spinner=False)
def engine() -> Engine:
    """The store, migrated to head, one per server process."""
    return open_store()


@st.cache_resource(show_spinner=False)
def warm_analyser() -> threading.Thread:
    """Load the analyser's lazy data (several seconds) in the background, once per process.

    The submit page calls this when it opens: while someone types a quote, the data loads,
    and the first preview does not wait. Not at server start, where it would hold up the first
    page for everyone.
    """
    thread = threading.Thread(target=_warm_up, args=(engine(),), name="analyser-warm-up")
    thread.daemon = True
    thread.start()
    return thread


def _warm_up(store: Engine) -> None:
    """Best effort: a failure here only means the first preview loads the data itself."""
    try:
        warm = getattr(analyzer_for(store), "warm_up", None)
        if callable(warm):
            warm()
    except Exception:  # a store closed under us (tests) or unreadable settings
        logging.getLogger(__name__).debug("analyser warm-up skipped", exc_info=True)


def analyzer() -> AnalyzerLike:
    """The store's analyser (built once per taxonomy by the pipeline's own cache)."""
    return analyzer_for(engine())


# Why cache_resource for frames: cache_data would unpickle a 100,000-row frame (about 0.8 s)
# on every rerun of every session. The frame is shared between sessions, so it is read-only:
# code derives new frames from it (pandas copy-on-write keeps the shared one untouched) and
# never assigns into it. Why 16: a few filters per page; each frame of 100,000 quotes is
# about 50 MB.
@st.cache_resource(ttl=_TTL_SECONDS, show_spinner=False, max_entries=16)
def quotes(flt: QuoteFilter, limit: int | None = None) -> pd.DataFrame:
    """Quotes matching ``flt`` (read-only: shared by every session until the next write)."""
    return quotes_frame(engine(), flt, limit=limit)


@st.cache_data(ttl=_TTL_SECONDS, show_spinner=False)
def count(flt: QuoteFilter) -> int:
    """How many quotes match ``flt`` (a COUNT in the database)."""
    return count_matching(engine(), flt)


def shown_quotes(flt: QuoteFilter, limit: int | None = None) -> pd.DataFrame:
    """Quotes for views that others see. Texts are masked card by card where they are shown
    (pass :func:`names`); here only a search that could find a hidden name is re-checked.
    In works-council mode every quote names its team, not its agent."""
    frame = works_council.team_level(quotes(flt, limit), works_council_mode())
    privacy = names()
    if flt.search and privacy.search_reveals(flt.search):
        return privacy.search_masked(frame, flt.search)
    return frame


@st.cache_data(ttl=_TTL_SECONDS, show_spinner=False)
def terms(flt: QuoteFilter, kind: str = "word", limit: int = 300) -> pd.DataFrame:
    """Cloud counts without agent names: clouds show what customers praise, not who."""
    return term_counts(engine(), flt, kind=kind, limit=limit, exclude=names().hides)


def names() -> NamePrivacy:
    """Who may be named in quote texts, from the current directory (nobody in works-council
    mode)."""
    return works_council.name_privacy(directory(), works_council_mode())


def works_council_mode() -> bool:
    """Team-level figures only (see :mod:`feedback.insights.works_council`)."""
    return settings().works_council_mode


@st.cache_data(ttl=_TTL_SECONDS, show_spinner=False)
def directory() -> Directory:
    return read_directory(engine())


@st.cache_data(ttl=_TTL_SECONDS, show_spinner=False)
def settings() -> AppSettings:
    return load_settings(engine())


def after_write() -> None:
    """Drop cached query results so every page shows the change at once."""
    st.cache_data.clear()
    quotes.clear()
