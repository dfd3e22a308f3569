"""Presentation mode helpers: the cached deck, the full-screen CSS and the deferred exports."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping

import streamlit as st
from streamlit.elements.lib.mutable_expander_container import ExpanderContainer

from feedback.auth.roles import Action, Actor, require
from feedback.insights import works_council
from feedback.insights.deck_pages import database_deck
from feedback.insights.presentation import (
    DECK_ORDERS,
    DEFAULT_SLIDES,
    Deck,
    build_deck,
    collage_title,
)
from feedback.present.collage import collage_pdf, collage_png
from feedback.present.deck import build_pptx
from feedback.store import presentation_queries
from feedback.store.filters import QuoteFilter
from feedback.ui import resources
from feedback.ui.session import tr

# The slide frame's accessible name (its alt/title) starts with this in every language.
FRAME_PREFIX = "Love Wall"
# The key of the container holding the page's switch and settings: hidden in the meeting-room view.
CONTROLS_KEY = "presentation_controls"
# The settings expander (open or not) and its widgets' keys.
OPTIONS_OPEN = "presentation_options_open"
SLIDES_KEY = "presentation_slides"
INTERVAL_KEY = "presentation_interval"
ORDER_KEY = "presentation_order"
TEAM_KEY = "presentation_team"
# Seconds per slide until someone changes it.
DEFAULT_INTERVAL = 10
# Streamlit's chrome and the page's own controls hidden, the slide frame filling the window: a
# meeting room TV view. Escape in the frame switches it off again (feedback/render/slides.js).
_FULLSCREEN_CSS = f"""<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], .st-key-{CONTROLS_KEY} {{
  display: none !important; }}
[data-testid="stMainBlockContainer"] {{
  padding: 0 !important; max-width: 100% !important; }}
iframe[title^="{FRAME_PREFIX}"] {{ position: fixed; inset: 0; z-index: 999990;
  width: 100vw !important; height: 100vh !important; border: 0; }}
</style>"""
# Why 23rem: the title, intro, switch, closed settings and the page's top padding above the
# frame, so the whole slide fits the window (1080 px projector: a 700 px slide); never below
# 320 px, and never taller than a 16:9 slide of the page's width.
_WINDOW_CSS = f"""<style>
iframe[title^="{FRAME_PREFIX}"] {{ border-radius: 12px;
  height: clamp(320px, calc(100vh - 23rem), 56vw) !important;
  box-shadow: 0 10px 30px -12px rgba(60, 30, 10, 0.45); }}
[data-testid="stElementContainer"]:has(> iframe[title^="{FRAME_PREFIX}"]) {{
  height: auto !important; min-height: 0 !important; flex: 0 0 auto !important; }}
@media (max-width: 640px) {{
  iframe[title^="{FRAME_PREFIX}"] {{ height: clamp(320px, calc(100vh - 27rem), 120vw) !important; }}
}}
</style>"""


def show_id() -> str:
    """This browser session's slide show: where it stands survives the page's reruns."""
    return str(st.session_state.setdefault("presentation_show", uuid.uuid4().hex))


def options_expander() -> ExpanderContainer:
    """The settings' expander, closed at first; opening or closing it reruns the page, which
    draws its widgets only while it is open."""
    return st.expander(
        tr("presentation.options"), expanded=False, key=OPTIONS_OPEN, on_change="rerun"
    )


def offered_team(teams: Mapping[int, str]) -> None:
    """Before the spotlight picker is drawn: a chosen team the filter no longer offers goes
    back to the weekly rotation (0)."""
    if st.session_state.get(TEAM_KEY, 0) not in teams:
        st.session_state[TEAM_KEY] = 0


def chosen(teams: Mapping[int, str]) -> tuple[int, int, str, int | None]:
    """Slides, seconds per slide, order and spotlight team (None: the weekly rotation), as set
    in the settings, drawn or not (their values persist while they are closed)."""
    state = st.session_state
    order = state.get(ORDER_KEY)
    team = state.get(TEAM_KEY) or 0
    return (
        int(state.get(SLIDES_KEY, DEFAULT_SLIDES)),
        int(state.get(INTERVAL_KEY, DEFAULT_INTERVAL)),
        order if order in DECK_ORDERS else DECK_ORDERS[0],
        team if team in teams and team else None,
    )


def frame_css(fullscreen: bool) -> str:
    return _FULLSCREEN_CSS if fullscreen else _WINDOW_CSS


@resources.cached("quotes", "people", "settings", max_entries=32)
def teams(flt: QuoteFilter) -> dict[int, str]:
    """The spotlight picker's teams: those with quotes matching ``flt`` (a GROUP BY), but no
    team below the minimum group size (works-council mode)."""
    found = presentation_queries.team_choices(resources.engine(), flt)
    return works_council.offered_teams(found, resources.small_teams())


@resources.cached("quotes", "people", "settings", max_entries=32)
def deck(
    flt: QuoteFilter, slides: int, order: str, seed: int, team: int | None, today: dt.date
) -> Deck:
    """The slides for ``flt``. ``today`` (which team the weekly rotation spotlights, and what
    "this week" is) is part of the cache key: a deck cached before midnight is not shown after."""
    names = resources.names()
    if flt.search and names.search_reveals(flt.search):
        # The search could find a hidden name: matches are checked on the masked texts.
        return build_deck(
            resources.shown_quotes(flt),
            slides=slides,
            order=order,
            seed=seed,
            spotlight_team=team,
            today=today,
            names=names,
        )
    return database_deck(
        resources.engine(),
        flt,
        teams=teams(flt),
        slides=slides,
        order=order,
        seed=seed,
        spotlight_team=team,
        today=today,
        names=names,
        works_council_mode=resources.works_council_mode(),
        small_teams=resources.small_teams(),
        teamless=resources.teamless(),
    )


def exporters(
    current: Deck,
    *,
    actor: Actor,
    lang: str,
    period_label: str,
    theme_names: Mapping[str, str],
) -> dict[str, Callable[[], bytes]]:
    """File kind -> a callable that builds the file when its download button is clicked.

    Only roles that may present (leads, managers, admins) get files: agents see the slides.
    """
    require(actor, Action.PRESENT)
    names = dict(theme_names)
    title = collage_title(current.stats, period_label, lang, current.team)
    return {
        "pptx": lambda: build_pptx(
            current, lang=lang, period_label=period_label, theme_names=names
        ),
        "png": lambda: collage_png(current.shown, title=title, lang=lang),
        "pdf": lambda: collage_pdf(current.shown, title=title, lang=lang),
    }


EXPORT_TYPES: dict[str, str] = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "png": "image/png",
    "pdf": "application/pdf",
}
