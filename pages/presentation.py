"""Presentation mode: a full-screen slide show of the selection, plus PPTX and collage exports."""

from __future__ import annotations

import streamlit as st

from feedback.auth.roles import Action
from feedback.insights.presentation import DECK_ORDERS, DEFAULT_SLIDES, MAX_SLIDES, period_label
from feedback.render.slides import deck_html
from feedback.ui import presentation as show
from feedback.ui import wall
from feedback.ui.assets import app_fonts
from feedback.ui.empty_state import no_quotes_yet
from feedback.ui.filters import filter_state, sidebar_filters
from feedback.ui.labels import theme_labels
from feedback.ui.router import ensure_routed, stop_page
from feedback.ui.session import acting, lang, may, reader_today, tr
from feedback.ui.widgets import relabelled

ensure_routed()

flt = sidebar_filters()
# The toggle's state is known before it is drawn: the title goes above it, off in full screen.
if not st.session_state.get("presentation_fullscreen", False):
    st.title(tr("nav.presentation"))
    st.caption(tr("presentation.intro"))
# One container for every control, so the meeting-room view can hide them all.
with st.container(key=show.CONTROLS_KEY):
    fullscreen = st.toggle(
        tr("presentation.fullscreen"),
        key="presentation_fullscreen",
        help=tr("presentation.fullscreen_help"),
    )
    # Closed by default: the slide, not its settings, gets the window's height.
    options = show.options_expander()
# The settings are drawn only while they are open (a rerun on opening): a new tab loads no
# slider or select box. Closed, their last values hold (persist_state="page").
teams: dict[int, str] = {0: tr("presentation.rotation")}
teams.update(show.teams(flt).items())
show.offered_team(teams)
if options.open:
    with options:
        left, right = st.columns(2)
        left.slider(
            tr("presentation.slides"),
            5,
            MAX_SLIDES,
            DEFAULT_SLIDES,
            step=5,
            key=show.SLIDES_KEY,
            persist_state="page",
        )
        right.slider(
            tr("presentation.interval"),
            0,
            60,
            show.DEFAULT_INTERVAL,
            step=1,
            key=show.INTERVAL_KEY,
            help=tr("presentation.interval_help"),
            persist_state="page",
        )
        left, right = st.columns(2)
        left.selectbox(
            tr("presentation.order"),
            DECK_ORDERS,
            key=relabelled(show.ORDER_KEY),
            format_func={o: tr(f"presentation.order_{o}") for o in DECK_ORDERS}.__getitem__,
            placeholder=tr("ui.choose"),
            persist_state="page",
        )
        # 0, not None, for the weekly rotation: a select set to None shows no label at all.
        right.selectbox(
            tr("presentation.spotlight_team"),
            list(teams),
            key=relabelled(show.TEAM_KEY),
            format_func=teams.__getitem__,
            placeholder=tr("ui.choose"),
            persist_state="page",
        )
slides, interval, order, team = show.chosen(teams)

names = theme_labels()
label = period_label(flt.start, flt.end, lang(), filter_state().period)
# The seed only matters for a shuffled deck: otherwise every session shares one cached deck.
seed = wall.seed() if order == "random" else 0
deck = show.deck(flt, slides, order, seed, team or None, reader_today())
if not deck.shown:  # a title slide saying "0" and nothing to export: say why instead
    if not no_quotes_yet():  # a new store: no filter would help
        st.info(tr("presentation.empty"), icon=":material/filter_alt_off:")
    stop_page()
st.html(show.frame_css(fullscreen))
st.iframe(
    deck_html(
        deck,
        lang=lang(),
        interval_s=interval,
        period_label=label,
        theme_names=names,
        fonts=app_fonts(),
        fullscreen=fullscreen,
        # A rerun (a quote approved meanwhile, Esc and back) goes on at the same slide.
        show_id=show.show_id(),
    ),
    height=640,
    alt=tr("presentation.frame_alt"),
)

# In the meeting-room view only the slides are on screen; exports are for leads and managers.
if not fullscreen and may(Action.PRESENT):
    files = show.exporters(deck, actor=acting(), lang=lang(), period_label=label, theme_names=names)
    for column, (kind, mime) in zip(st.columns(3), show.EXPORT_TYPES.items(), strict=True):
        column.download_button(
            tr(f"presentation.download_{kind}"),
            files[kind],
            file_name=f"love-wall.{kind}",
            mime=mime,
            on_click="ignore",
            icon=":material/download:",
            width="stretch",
        )
