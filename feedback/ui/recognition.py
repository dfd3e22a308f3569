"""Recognition widgets: pick whose wall to show, the wall itself and its milestones."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from feedback.auth.roles import Action, Role
from feedback.i18n import format_date, format_share
from feedback.insights import unnamed_teams, works_council
from feedback.insights.recognition import (
    MILESTONES,
    Wall,
    agent_ranking,
    month_bounds,
    own_agent,
    recent_months,
    team_ranking,
    visible_agents,
    wall_owners,
)
from feedback.render.cards import shown_text
from feedback.render.chips import shout_out_html
from feedback.render.plain import markdown_literal
from feedback.store.directory import Directory
from feedback.store.filters import QuoteFilter
from feedback.store.recognition_queries import MonthRollup, WallData, month_rollup, wall_data
from feedback.ui import resources
from feedback.ui.cards import chips, grid_cells, quote_cards
from feedback.ui.labels import theme_labels
from feedback.ui.session import acting, lang, may, my_agent_id, tr
from feedback.ui.widgets import first_default, labelled, relabelled


def wall_picker() -> tuple[str, QuoteFilter | None]:
    """Agent or team (defaults to me and my team, or the team I lead): returns the wall's title
    and filter.

    In works-council mode there are team walls only, no agent to pick and no team below the
    minimum group size."""
    directory = resources.directory()
    mode = resources.works_council_mode()
    me = own_agent(directory, my_agent_id())
    # Agents see their own recognition; team walls are open to everyone.
    only_own = acting().role is Role.AGENT
    shown = visible_agents(directory, my_agent_id())
    owners = wall_owners(shown, my_agent_id(), only_own=only_own, own=me)
    agents = {a.id: a.full_name for a in works_council.pickable(owners, mode)}
    by_name = dict(sorted(directory.teams.items(), key=lambda item: item[1].casefold()))
    teams = works_council.offered_teams(by_name, resources.small_teams())
    kinds = works_council.wall_kinds(mode)
    kind: str | None = kinds[0]
    if len(kinds) == 1:
        # Team walls only (works-council mode): the picker starts at the left, where the
        # agent/team switch would be, instead of leaving that half of the row empty.
        who_col = st.columns([2, 1])[0]
    else:
        kind_col, who_col = st.columns([1, 2], vertical_alignment="bottom")
        kind = kind_col.segmented_control(
            tr("recognition.wall_for"),
            list(kinds),
            required=True,
            default=first_default("wall_kind", "agent" if me is not None else "team"),
            format_func=labelled("recognition.kind_", kinds),
            key=relabelled("wall_kind"),
        )
    options = agents if kind == "agent" else teams
    mine = (me.id if kind == "agent" else me.team_id) if me is not None else None
    if mine is None and kind == "team":  # a lead without an agent record: the first team led
        mine = next((key for key in teams if key in acting().team_ids), None)
    if mine is None and kind == "team":  # an admin: the first team with praise, not an empty one
        mine = next((key for key in teams if resources.count(QuoteFilter(team_ids=(key,)))), None)
    if not options:
        if kind == "team" and by_name:  # works-council mode, and every team is too small
            minimum = resources.settings().works_council_min_team
            st.info(tr("works_council.no_team", minimum=minimum), icon=":material/groups:")
        else:
            _nobody(kind, directory)
        return "", None
    keys = list(options)
    chosen = who_col.selectbox(
        tr(f"recognition.kind_{kind}"),
        keys,
        index=keys.index(mine) if mine in keys else 0,
        format_func=lambda key: options[key],
        key=f"wall_{kind}",
        placeholder=tr("ui.choose"),
    )
    if kind == "agent":
        return options[chosen], QuoteFilter(agent_ids=(chosen,))
    # A team's wall leaves out the quotes its cards would not name the team on.
    flt = QuoteFilter(team_ids=(chosen,))
    return options[chosen], unnamed_teams.no_team_quotes(
        flt, directory, resources.works_council_mode()
    )


def _nobody(kind: str | None, directory: Directory) -> None:
    """No wall to pick. Before the first team (or, for agent walls, the first agent) exists,
    say where people are added: on the People page for admins, by an admin for the others."""
    if directory.teams and (kind != "agent" or directory.agents):
        st.info(tr("recognition.nobody"))  # there are people, just none this user may see
    elif may(Action.MANAGE_USERS):  # who may open the People page
        st.info(tr("recognition.nobody_yet_admin"), icon=":material/group_add:")
        st.page_link("pages/people.py", label=tr("nav.people"), icon=":material/group:")
    else:
        st.info(tr("recognition.nobody_yet"), icon=":material/group_add:")


def show_wall(name: str, wall: Wall) -> None:
    """Counts, milestones, favourite themes and the newest quotes of one wall."""
    st.subheader(tr("recognition.wall_of", name=markdown_literal(name)))
    cols = st.columns([1, 1, 1, 2])
    cols[0].metric(tr("recognition.total"), wall.total, border=True)
    cols[1].metric(tr("recognition.this_month"), wall.this_month, border=True)
    share = "–" if wall.positive_share is None else format_share(wall.positive_share, lang())
    cols[2].metric(tr("recognition.positive_share"), share, border=True)
    with cols[3].container(border=True, height="stretch"):
        st.caption(tr("recognition.top_themes"))
        labels = theme_labels()
        if not wall.top_themes:  # a wall without quotes: words, not an empty box
            st.markdown(tr("recognition.no_themes"))
        chips([f"{labels.get(theme, theme)} · {count}" for theme, count in wall.top_themes])
    _milestones(wall)
    st.markdown(f"**{tr('recognition.latest')}**")
    if wall.latest.empty:
        st.caption(tr("recognition.no_quotes"))
    quote_cards(wall.latest, limit=len(wall.latest), show_team=False, columns=2)


def _milestones(wall: Wall) -> None:
    st.markdown(f"**{tr('recognition.milestones')}**")
    for column, stone in zip(st.columns(len(wall.milestones)), wall.milestones, strict=True):
        with column.container(border=True):
            if stone.reached_on is not None:
                st.markdown(f"🏅 **{tr('recognition.milestone', number=stone.number)}**")
                st.caption(tr("recognition.reached_on", date=format_date(stone.reached_on, lang())))
            else:
                st.markdown(f"🔒 {tr('recognition.milestone', number=stone.number)}")
                st.caption(tr("recognition.not_yet"))
    if wall.next_milestone is not None:
        st.progress(
            1 - wall.to_next / wall.next_milestone,
            text=tr("recognition.to_next", count=wall.to_next, number=wall.next_milestone),
        )


def month_picker(months: list[dt.date], key: str) -> dt.date:
    """A month of the last year, shown as 'November 2026'."""
    return st.selectbox(
        tr("recognition.month"),
        months,
        key=relabelled(key),
        format_func={m: format_date(m, lang(), "MMMM yyyy") for m in months}.__getitem__,
        placeholder=tr("ui.choose"),
    )


# Why 32: a few agents' and teams' walls per page, each a few counts and ``latest`` quotes.
@resources.cached("quotes", "people", max_entries=32)
def wall_sums(flt: QuoteFilter, month_start: dt.date, latest: int) -> WallData:
    """The wall of ``flt``: counts from the database, the newest ``latest`` quotes and the
    oldest up to the last milestone."""
    return wall_data(resources.engine(), flt, month_start, latest, MILESTONES[-1])


@resources.cached("quotes", "people", "settings", max_entries=16)
def month_sums(start: dt.date, end: dt.date) -> MonthRollup:
    """Counts per agent and team from ``start`` to ``end`` with one warmest quote each. The
    teams' counts leave out the quotes whose cards name no team (an agent without consent of
    a teamless team): a team's count minus its named colleagues' would be theirs."""
    flt = unnamed_teams.no_team_quotes(
        QuoteFilter(start=start, end=end), resources.directory(), resources.works_council_mode()
    )
    return month_rollup(resources.engine(), flt)


def month_quotes(today: dt.date, key: str) -> MonthRollup:
    """The sums of the month picked (with the picker ``key``) among the last year's."""
    start, end = month_bounds(month_picker(recent_months(today), key))
    return month_sums(start, end)


def shout_out_cards(shout_outs: pd.DataFrame) -> None:
    """One card per praised colleague: name (or "a colleague from …"), team, count, a quote;
    in works-council mode one card per team."""
    records = shout_outs.to_dict("records")
    for slot, row in zip(grid_cells(len(records), 3), records, strict=True):
        with slot.container(border=True):
            st.html(shout_out_html(str(row["who"]), str(row["team"]), _count(int(row["quotes"]))))
            if row["example"]:
                # Quotes are untrusted: plain text only, placeholders in words.
                st.text(shown_text(str(row["example"]), lang()))


def _count(quotes: int) -> str:
    return (
        tr("recognition.quote_count_one")
        if quotes == 1
        else tr("recognition.quote_count", count=quotes)
    )


def rankings(quotes: MonthRollup) -> None:
    """Agents and teams by their number of quotes (only where the settings allow rankings)."""
    people, teams = st.columns(2)
    people.markdown(f"**{tr('recognition.rank_agents')}**")
    people.caption(tr("recognition.rank_named_only"))
    people.dataframe(
        agent_ranking(quotes, lang()),
        hide_index=True,
        column_config={
            "rank": st.column_config.NumberColumn("#", width=40),
            "who": tr("recognition.col_who"),
            "team": tr("recognition.col_team"),
            "quotes": tr("recognition.col_quotes"),
        },
    )
    teams.markdown(f"**{tr('recognition.rank_teams')}**")
    teams.dataframe(
        team_ranking(quotes),
        hide_index=True,
        column_config={
            "rank": st.column_config.NumberColumn("#", width=40),
            "team": tr("recognition.col_team"),
            "quotes": tr("recognition.col_quotes"),
            # Whole percent in the reader's style ("83 %" / "83%"), not "83,33 %".
            "positive_share": st.column_config.ProgressColumn(
                tr("recognition.positive_share"),
                min_value=0,
                max_value=100,
                format=tr("recognition.percent_format"),
            ),
        },
    )
