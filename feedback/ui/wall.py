"""The wall's state (sort order, shuffle seed, how many cards) and its cached view.

Owns the session keys ``wall_order``, ``wall_seed`` and ``wall_shown``.
"""

from __future__ import annotations

import datetime as dt
import secrets

import streamlit as st

from feedback.insights import wall_pages
from feedback.insights.wall import EMOTION_WEIGHTS, PAGE_SIZE, WALL_ORDERS, WallView, build_wall
from feedback.store import wall_queries
from feedback.store.filters import QuoteFilter
from feedback.store.wall_queries import PageKey, WallQuote
from feedback.ui import resources
from feedback.ui.session import reader_today

ORDER_KEY = "wall_order"
_SEED_KEY = "wall_seed"
_SHOWN_KEY = "wall_shown"


def seed() -> int:
    """The shuffle seed of this session (stable across reruns until "shuffle" is pressed)."""
    if _SEED_KEY not in st.session_state:
        st.session_state[_SEED_KEY] = secrets.randbelow(2**31)
    return int(st.session_state[_SEED_KEY])


def shuffle() -> None:
    st.session_state[_SEED_KEY] = secrets.randbelow(2**31)
    st.session_state.pop(_SHOWN_KEY, None)


def show_more() -> None:
    signature, shown = st.session_state.get(_SHOWN_KEY, ("", PAGE_SIZE))
    st.session_state[_SHOWN_KEY] = (signature, shown + PAGE_SIZE)


def view(flt: QuoteFilter, order: str, lang: str) -> WallView:
    """The cards for ``flt`` in ``order``; "show more" grows the count until the view changes.

    ``lang`` is the UI language: the quote of the week is picked in it first."""
    signature = f"{flt!r}|{order}|{seed()}"
    kept, shown = st.session_state.get(_SHOWN_KEY, (signature, PAGE_SIZE))
    if kept != signature:
        shown = PAGE_SIZE
    st.session_state[_SHOWN_KEY] = (signature, shown)
    # The seed only orders a shuffled wall: for the other orders every session shares one view.
    return _cached_view(flt, order, seed() if order == "random" else 0, shown, reader_today(), lang)


@resources.cached("quotes", "people", "settings", max_entries=64)
def _cached_view(
    flt: QuoteFilter, order: str, seed: int, shown: int, today: dt.date, lang: str
) -> WallView:
    names = resources.names()
    if flt.search and names.search_reveals(flt.search):
        # The search could find a hidden name: matches are checked on the masked texts, in
        # Python, over what the search found (see NamePrivacy.search_masked).
        return build_wall(
            resources.shown_quotes(flt),
            order=order,
            seed=seed,
            limit=shown,
            today=today,
            names=names,
            lang=lang,
        )
    if order not in WALL_ORDERS:
        raise ValueError(f"unknown wall order {order!r}; expected one of {WALL_ORDERS}")
    highlight = _highlight(flt, today, lang)
    exclude = highlight.id if highlight is not None else None
    want, first_page = wall_pages.page_sizes(shown, highlight is not None)
    if order == "newest":
        quotes = _newest(flt, want, first_page, exclude)
    else:
        ids = _ordered_ids(flt, order, seed, want, exclude)
        quotes = wall_queries.quotes_by_id(resources.engine(), ids)
    return wall_pages.wall_view(
        quotes,
        total=resources.count(flt) - (highlight is not None),
        highlight=highlight,
        names=names,
        works_council_mode=resources.works_council_mode(),
        small_teams=resources.small_teams(),
        teamless=resources.teamless(),
    )


def _newest(
    flt: QuoteFilter, want: int, first_page: int, exclude: int | None
) -> tuple[WallQuote, ...]:
    """The first ``want`` quotes, newest first: "show more" reads one new page after the last
    card (a keyset), the pages before it come from the cache."""

    def read(after: PageKey | None, size: int) -> tuple[WallQuote, ...]:
        return _page(flt, after, size, exclude)

    return wall_pages.collect_pages(read, want, first_page)


@resources.cached("quotes", "people", max_entries=256)
def _page(
    flt: QuoteFilter, after: PageKey | None, size: int, exclude: int | None
) -> tuple[WallQuote, ...]:
    return wall_queries.newest_page(
        resources.engine(), flt, limit=size, after=after, exclude_id=exclude
    )


@resources.cached("quotes", "people", max_entries=64)
def _highlight(flt: QuoteFilter, today: dt.date, lang: str) -> WallQuote | None:
    candidates = wall_queries.week_candidates(
        resources.engine(), flt, today, lang, wall_pages.WEEK_DAYS
    )
    return wall_pages.pick_of_the_week(candidates)


@resources.cached("quotes", max_entries=32)
def _ordered_ids(
    flt: QuoteFilter, order: str, seed: int, want: int, exclude: int | None
) -> list[int]:
    """The ids of the first ``want`` cards in ``order`` ("loved" or "random"), ordered by the
    database with LIMIT. Then only the shown quotes are read."""
    if order == "loved":
        return wall_queries.warmest_ids(
            resources.engine(), flt, EMOTION_WEIGHTS, limit=want, exclude_id=exclude
        )
    return wall_queries.shuffled_ids(resources.engine(), flt, seed, limit=want, exclude_id=exclude)
