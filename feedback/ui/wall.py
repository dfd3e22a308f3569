"""The wall's state (sort order, shuffle seed, how many cards) and its cached view.

Owns the session keys ``wall_order``, ``wall_seed`` and ``wall_shown``.
"""

from __future__ import annotations

import datetime as dt
import secrets

import streamlit as st

from feedback.insights.wall import PAGE_SIZE, WallView, build_wall
from feedback.store.filters import QuoteFilter
from feedback.ui import resources

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
    return _cached_view(
        flt, order, seed() if order == "random" else 0, shown, dt.date.today(), lang
    )


@resources.cached("quotes", "people", "settings", max_entries=64)
def _cached_view(
    flt: QuoteFilter, order: str, seed: int, shown: int, today: dt.date, lang: str
) -> WallView:
    return build_wall(
        resources.shown_quotes(flt),
        order=order,
        seed=seed,
        limit=shown,
        today=today,
        names=resources.names(),
        lang=lang,
    )
