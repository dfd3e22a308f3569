"""Love wall: approved quotes as paper notes on a warm board, with the quote of the week."""

from __future__ import annotations

import streamlit as st

from feedback.insights.wall import WALL_ORDERS
from feedback.render.cards import count_line, wall_html
from feedback.ui import wall
from feedback.ui.empty_state import no_quotes_yet
from feedback.ui.errors import guarded
from feedback.ui.filters import sidebar_filters
from feedback.ui.router import ensure_routed
from feedback.ui.session import lang, tr
from feedback.ui.widgets import first_default, relabelled

ensure_routed()

flt = sidebar_filters()
st.title(tr("nav.wall"))


@st.fragment
@guarded
def board() -> None:
    left, right = st.columns([4, 1], vertical_alignment="bottom")
    order = left.segmented_control(
        tr("wall.sort"),
        WALL_ORDERS,
        default=first_default(wall.ORDER_KEY, "newest"),
        key=relabelled(wall.ORDER_KEY),
        format_func={o: tr(f"wall.sort_{o}") for o in WALL_ORDERS}.__getitem__,
    )
    order = order or "newest"
    if order == "random":
        right.button(
            tr("wall.shuffle"), icon=":material/shuffle:", on_click=wall.shuffle, width="stretch"
        )
    view = wall.view(flt, order, lang())
    if not view.cards and view.highlight is None and no_quotes_yet():
        return  # a new store: "change the filters" on an empty board would not help
    st.caption(count_line(view, lang()))
    st.html(wall_html(view, lang()))
    if view.has_more:
        st.button(tr("wall.show_more"), icon=":material/expand_more:", on_click=wall.show_more)


board()
