"""Every cache of the app and its invalidation, in one place.

Cached results are keyed by their arguments and by the data versions of the scopes they read
(:mod:`feedback.store.versions`: counters the database raises in every transaction that
writes a scope, whichever process wrote). So:

- a write anywhere (this process, another app server, the CLI, an importer) makes the next
  read of a changed scope miss, and only of that scope: a settings save keeps every cached
  quote aggregate;
- the versions are read at most once per second per process (one indexed read of a four-row
  table), not per cached call;
- open pages poll the versions (:func:`follow_writes`) and rerun when a scope they read
  changed, so a write shows on every open page within a few seconds;
- the TTL only bounds memory: nothing stays cached longer than it is used.

Views elsewhere in ``feedback/ui`` cache through :func:`cached`; nothing else calls
``st.cache_data`` or ``st.cache_resource`` (a test checks).
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from feedback.insights import unnamed_teams, works_council
from feedback.insights.privacy import NamePrivacy
from feedback.store.directory import Directory, read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.open import open_store
from feedback.store.read import count_matching, quotes_frame, term_counts
from feedback.store.settings import AppSettings, load_settings
from feedback.store.versions import Scope, read_versions

if TYPE_CHECKING:  # the pipeline (redaction, analysis) is imported by the pages that submit
    from feedback.collect.pipeline import AnalyzerLike

P = ParamSpec("P")
R = TypeVar("R")

# Why 10 minutes: a memory bound only (freshness comes from the data versions). An entry a
# page keeps reading stays; one nobody asked for in 10 minutes goes.
_TTL_SECONDS = 600
# Why 1 s: every rerun of every session needs the versions; one read per second per process
# bounds that to one tiny query, and a write still shows within POLL_SECONDS + 1 s.
_VERSIONS_MAX_AGE_S = 1.0
# Why 2 s: a write shows on open pages within about 3 s (the target is 5 s); a poll that
# finds nothing new is one dictionary comparison, no query, no rerun.
POLL_SECONDS = 2.0
_SEEN_KEY = "_data_versions_seen"  # scope -> version this session's page last read
_HOLD_KEY = "_data_versions_hold"  # the page asked not to be rerun on its own (see hold)
# Every cached view, by the scopes it reads: dropped when this process sees a scope change.
_BY_SCOPE: dict[str, list[Callable[[], None]]] = {}


@st.cache_resource(show_spinner=False)
def engine() -> Engine:
    """The store, migrated to head, one per server process."""
    return open_store()


class _Versions:
    """The latest data versions this process read, and when (shared by all sessions)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.read_at = float("-inf")
        self.current: dict[str, int] = {}


@st.cache_resource(show_spinner=False)
def _versions_memo() -> _Versions:
    return _Versions()


def versions(*, fresh: bool = False) -> dict[str, int]:
    """The data versions, read from the store at most once per :data:`_VERSIONS_MAX_AGE_S`,
    or now with ``fresh``.

    When a scope changed since the last read, the cached views of that scope are dropped:
    their keys can no longer be asked for, and the memory is free at once."""
    memo = _versions_memo()
    with memo.lock:
        if not fresh and time.monotonic() - memo.read_at < _VERSIONS_MAX_AGE_S:
            return memo.current
        latest = read_versions(engine())
        changed = {s for s, v in latest.items() if memo.current.get(s, v) != v}
        memo.current, memo.read_at = latest, time.monotonic()
    for scope in sorted(changed):
        for clear in _BY_SCOPE.get(scope, ()):
            clear()
    return latest


def after_write() -> None:
    """Called by a page after it wrote: its next read sees the write at once (the counters
    themselves were raised by the database)."""
    memo = _versions_memo()
    with memo.lock:
        memo.read_at = float("-inf")
    # This page shows its own write already (a "saved" notice, say): the poll must not rerun
    # it for that write two seconds later, which would wipe the notice. Other sessions still
    # see the change.
    seen = st.session_state.get(_SEEN_KEY)
    if isinstance(seen, dict) and seen:
        current = versions()
        seen.update((scope, current.get(scope, version)) for scope, version in seen.items())


def cached(
    *scopes: Scope, max_entries: int = 64, shared_object: bool = False
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache a function by its arguments and the data versions of ``scopes``.

    As with ``st.cache_data``, arguments whose name starts with ``_`` are not part of the key.
    ``shared_object`` keeps the very object (``st.cache_resource``): for large frames that
    every session reads and nobody changes, which would take longer to unpickle than to keep.
    Without ``scopes`` the result depends on the arguments only (a drawing of given counts).
    """

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(func)
        kinds = {p.kind for p in signature.parameters.values()}
        assert kinds <= {inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY}

        def keyed(data_versions: tuple[int, ...], shown: tuple[Any, ...], _hidden: Any) -> R:
            plain: Callable[..., R] = func  # called by keyword, as bound in `call`
            return plain(**dict(shown), **_hidden)

        # Streamlit tells caches apart by module and qualified name.
        keyed.__module__, keyed.__qualname__ = func.__module__, func.__qualname__
        keyed.__name__, keyed.__doc__ = func.__name__, func.__doc__
        cache = st.cache_resource if shared_object else st.cache_data
        store = cache(ttl=_TTL_SECONDS, max_entries=max_entries, show_spinner=False)(keyed)
        for scope in scopes:
            _BY_SCOPE.setdefault(scope, []).append(store.clear)

        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            items = bound.arguments.items()
            shown = tuple((k, v) for k, v in items if not k.startswith("_"))
            hidden = {k: v for k, v in items if k.startswith("_")}
            return store(_read(scopes), shown, hidden)

        call.__name__, call.__qualname__ = func.__name__, func.__qualname__
        call.__doc__ = func.__doc__
        call.clear = store.clear  # type: ignore[attr-defined]
        return call

    return decorate


def _read(scopes: tuple[Scope, ...]) -> tuple[int, ...]:
    """The versions of ``scopes``, remembered for this session's page (see follow_writes)."""
    if not scopes:
        return ()
    current = versions()
    seen = st.session_state.get(_SEEN_KEY)
    if isinstance(seen, dict):
        seen.update((s, current.get(s, 0)) for s in scopes)
    return tuple(current.get(s, 0) for s in scopes)


def follow_writes() -> None:
    """Rerun this session's page when a scope it read has changed (checked every
    :data:`POLL_SECONDS`), unless the page asked to be left alone (:func:`hold`).

    Call once per full run, before the page (the router does), and :func:`poll_writes` after
    it.

    The versions are read fresh here, once per run: a page opened (or rerun) after a write
    committed, by whichever process, never shows what was cached before it. The once-a-second
    memo serves the page's cached calls within the run and the polls only."""
    versions(fresh=True)
    st.session_state[_SEEN_KEY] = {}
    st.session_state[_HOLD_KEY] = False


def poll_writes() -> None:
    """Start this run's poll, after the page has run.

    After, not before: the poll's timer starts when its fragment is drawn. Drawn before a page
    that takes about as long as the poll interval, its first run began just as the page's run
    ended, and Streamlit's frontend then scoped the clean-up of the page's old elements to the
    fragment run (streamlit/streamlit#16708): a chart of the tab left behind stayed on screen.
    """
    with st.sidebar:
        _poll()


def hold(reason: bool = True) -> None:
    """Do not rerun this page on its own until its next run: someone is typing, has ticked
    rows that a changed list would move, or watches a slide show that would restart."""
    if reason:
        st.session_state[_HOLD_KEY] = True


@st.fragment(run_every=POLL_SECONDS)
def _poll() -> None:
    seen = st.session_state.get(_SEEN_KEY)
    if not seen or st.session_state.get(_HOLD_KEY):
        return
    current = versions()
    if any(current.get(scope, version) != version for scope, version in seen.items()):
        st.rerun(scope="app")


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
    from feedback.collect.pipeline import analyzer_for

    try:
        warm = getattr(analyzer_for(store), "warm_up", None)
        if callable(warm):
            warm()
    except Exception:  # a store closed under us (tests) or unreadable settings
        logging.getLogger(__name__).debug("analyser warm-up skipped", exc_info=True)


def analyzer() -> AnalyzerLike:
    """The store's analyser (built once per taxonomy by the pipeline's own cache)."""
    # Imported here: pages that only read (wall, trends, ...) need neither the redaction nor
    # the analysis modules, and importing them cost 0.3 s of every such page's first visit.
    from feedback.collect.pipeline import analyzer_for

    return analyzer_for(engine())


# Why a shared object for frames: cache_data would unpickle a 100,000-row frame (about 0.8 s)
# on every rerun of every session. The frame is shared between sessions, so it is read-only:
# code derives new frames from it (pandas copy-on-write keeps the shared one untouched) and
# never assigns into it. Why 16: a few filters per page; each frame of 100,000 quotes is
# about 50 MB.
@cached("quotes", "people", max_entries=16, shared_object=True)
def quotes(flt: QuoteFilter, limit: int | None = None) -> pd.DataFrame:
    """Quotes matching ``flt`` with their agents and teams (read-only, shared)."""
    return quotes_frame(engine(), flt, limit=limit)


@cached("quotes")
def count(flt: QuoteFilter) -> int:
    """How many quotes match ``flt`` (a COUNT in the database)."""
    return count_matching(engine(), flt)


def shown_quotes(flt: QuoteFilter, limit: int | None = None) -> pd.DataFrame:
    """Quotes for views that others see. Texts are masked card by card where they are shown
    (pass :func:`names`); here only a search that could find a hidden name is re-checked.
    In works-council mode every quote names its team, not its agent (a small team: none);
    outside it, an unnamed quote of a :func:`teamless` team names no team either."""
    frame = works_council.team_level(quotes(flt, limit), works_council_mode(), small_teams())
    frame = unnamed_teams.frame_without_team(frame, teamless())
    privacy = names()
    if flt.search and privacy.search_reveals(flt.search):
        return privacy.search_masked(frame, flt.search)
    return frame


@cached("quotes", "people", "settings")
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


def small_teams() -> frozenset[int]:
    """Teams no view shows on their own (in works-council mode, those below the minimum
    group size; see :func:`feedback.insights.works_council.small_teams`)."""
    current = settings()
    return works_council.small_teams(
        directory(), current.works_council_mode, current.works_council_min_team
    )


def teams_below_minimum() -> frozenset[int]:
    """In works-council mode, the teams below the minimum group size themselves (the submit
    form's picker); :func:`small_teams` also holds those that join them in figures."""
    current = settings()
    return works_council.below_minimum(
        directory(), current.works_council_mode, current.works_council_min_team
    )


def teamless() -> frozenset[int]:
    """Teams whose unnamed quotes name no team: "from team X" would name the one agent of X
    without consent (see :mod:`feedback.insights.unnamed_teams`)."""
    return unnamed_teams.teamless(directory(), works_council_mode())


def teamless_names() -> frozenset[str]:
    """The names of :func:`teamless`, for the shout-outs' rows per agent."""
    return unnamed_teams.teamless_names(directory(), works_council_mode())


def small_team_names() -> frozenset[str]:
    """The names of :func:`small_teams`: breakdowns by team show them as one group."""
    return works_council.small_team_names(directory(), small_teams())


@cached("people", max_entries=4)
def directory() -> Directory:
    return read_directory(engine())


@cached("settings", max_entries=4)
def settings() -> AppSettings:
    return load_settings(engine())
