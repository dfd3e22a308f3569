"""The shared sidebar filters. They live in one form (one rerun per "apply") and in the URL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial

import streamlit as st

from feedback.domain import Channel, Language
from feedback.i18n import format_date
from feedback.insights import unnamed_teams, works_council
from feedback.insights.moderation import queue_agents
from feedback.insights.query_params import (
    PERIODS,
    FilterState,
    params_from_state,
    state_from_params,
)
from feedback.insights.recognition import visible_agents
from feedback.render.cards import quoted
from feedback.render.plain import markdown_literal
from feedback.store.filters import QuoteFilter
from feedback.ui import resources, url
from feedback.ui.labels import theme_labels
from feedback.ui.session import acting, lang, my_agent_id, reader_today, tr
from feedback.ui.widgets import labelled

_STATE_KEY = "filter_state"
_URL_KEYS = ("period", "from", "to", "team", "agent", "channel", "theme", "qlang", "q")


def filter_state() -> FilterState:
    """The current filters: from this session, or parsed from the URL on first load."""
    if _STATE_KEY not in st.session_state:
        params = {key: st.query_params[key] for key in st.query_params}
        st.session_state[_STATE_KEY] = state_from_params(params, set(theme_labels()))
    state = st.session_state[_STATE_KEY]
    assert isinstance(state, FilterState)
    return state


def sidebar_filters(
    today: dt.date | None = None, statuses: tuple[str, ...] = ("approved",)
) -> QuoteFilter:
    """Draw the filter form in the sidebar and return the filter for this rerun.

    Views of approved quotes offer only agents who may be named (and the current user); the
    moderation queue offers admins everyone, and a lead also the agents of their own teams
    without consent (:func:`feedback.insights.moderation.queue_agents`). In works-council
    mode there is no agent filter at all, and no team below the minimum group size: a link
    asking for one says why instead of showing its quotes.
    """
    today = today or reader_today()
    state = filter_state()
    directory = resources.directory()
    visible = visible_agents(directory, my_agent_id())
    if statuses == ("approved",):
        offered = visible
    else:
        offered = queue_agents(list(directory.agents.values()), acting(), visible)
    mode = resources.works_council_mode()
    agents = {a.id: a.full_name for a in works_council.pickable(offered, mode)}
    small = resources.small_teams()
    teams = works_council.offered_teams(directory.teams, small)
    themes = theme_labels()
    # Streamlit's own placeholder ("Choose options") is English only.
    multiselect = partial(st.multiselect, placeholder=tr("ui.choose"))
    # Why a popover: its widgets are drawn only when it is opened, which saves every page about
    # a second of browser work for eight widgets most visits never touch.
    popover = st.sidebar.popover(tr("ui.filters"), icon=":material/filter_list:", width="stretch")
    summary = st.sidebar.empty()
    with popover, st.form("filters", border=False):
        period = st.selectbox(
            tr("ui.period"),
            PERIODS,
            index=PERIODS.index(state.period),
            format_func=labelled("ui.period_", PERIODS),
            placeholder=tr("ui.choose"),
        )
        start, end = state.date_range(today)
        # A link may name days after today (or the range back to front); the picker only
        # takes days up to today, in order. The view itself keeps the range it was given.
        shown = sorted(
            min(d, today) for d in (start or today - dt.timedelta(days=365), end or today)
        )
        custom = st.date_input(
            tr("ui.custom_range"),
            value=(shown[0], shown[1]),
            max_value=today,
            format=tr("ui.date_input_format"),
        )
        team_ids = multiselect(
            tr("ui.team"),
            sorted(teams),
            default=[t for t in state.team_ids if t in teams],
            format_func=teams.__getitem__,
        )
        agent_ids: list[int] = []
        if works_council.per_person(mode):
            agent_ids = multiselect(
                tr("ui.agent"),
                sorted(agents, key=lambda a: agents[a].casefold()),
                default=[a for a in state.agent_ids if a in agents],
                format_func=agents.__getitem__,
            )
        channels = multiselect(
            tr("ui.channel"),
            [c.value for c in Channel],
            default=list(state.channels),
            format_func=labelled("common.channel_", [c.value for c in Channel]),
        )
        chosen_themes = multiselect(
            tr("ui.theme"),
            list(themes),
            default=[t for t in state.themes if t in themes],
            format_func=lambda t: themes[t],
        )
        languages = multiselect(
            tr("ui.quote_language"),
            [lang.value for lang in Language],
            default=list(state.languages),
            format_func=labelled("common.language_", [lang.value for lang in Language]),
        )
        search = st.text_input(tr("ui.search"), value=state.search, max_chars=100)
        if st.form_submit_button(tr("ui.apply"), type="primary"):
            range_start, range_end = (
                custom if isinstance(custom, tuple) and len(custom) == 2 else (None, None)
            )
            state = FilterState(
                period=period,
                start=range_start,
                end=range_end,
                team_ids=tuple(team_ids),
                agent_ids=tuple(agent_ids),
                channels=tuple(channels),
                themes=tuple(chosen_themes),
                languages=tuple(languages),
                search=search.strip(),
            )
            st.session_state[_STATE_KEY] = state
    # Searches come from the address too: a shared link must not show a link or a formula.
    summary.caption(markdown_literal(_summary(state, teams, agents, themes)))
    _mirror_to_url(state)
    flt = state.to_filter(today, statuses)
    # An agent id from the URL or the moderation queue never narrows a view to a hidden agent.
    flt = replace(flt, agent_ids=tuple(a for a in flt.agent_ids if a in agents))
    # A team's unnamed quotes that name no team on a card are no team's under its filter too.
    flt = unnamed_teams.no_team_quotes(flt, directory, mode)
    if not small.intersection(flt.team_ids):
        return flt
    # A small team asked for by a link (works-council mode): its quotes are one or two people's.
    minimum = resources.settings().works_council_min_team
    st.warning(tr("works_council.small_team", minimum=minimum), icon=":material/groups:")
    # -1 is no team's id: asked for small teams only, the view shows nothing rather than all.
    return replace(flt, team_ids=tuple(t for t in flt.team_ids if t not in small) or (-1,))


def _summary(
    state: FilterState,
    teams: dict[int, str],
    agents: dict[int, str],
    themes: dict[str, str],
) -> str:
    """The active filters in one line under the button: 'Letzte 30 Tage · Team: Nord'."""
    if state.period == "custom" and (state.start or state.end):
        period = " – ".join(
            format_date(d, lang(), "short") if d else "…" for d in (state.start, state.end)
        )
    else:
        period = tr(f"ui.period_{state.period}")
    parts = [period]
    chosen: list[tuple[str, list[str]]] = [
        ("ui.team", [teams[t] for t in state.team_ids if t in teams]),
        ("ui.agent", [agents[a] for a in state.agent_ids if a in agents]),
        ("ui.channel", [tr(f"common.channel_{c}") for c in state.channels]),
        ("ui.theme", [themes.get(t, t) for t in state.themes]),
        ("ui.quote_language", [tr(f"common.language_{q}") for q in state.languages]),
    ]
    parts.extend(f"{tr(key)}: {', '.join(names)}" for key, names in chosen if names)
    if state.search:
        parts.append(f"{tr('ui.search')}: {quoted(state.search, lang())}")
    return " · ".join(parts)


def _mirror_to_url(state: FilterState) -> None:
    wanted = params_from_state(state)
    url.want({key: wanted.get(key) for key in _URL_KEYS})
