"""Word-cloud widgets: the scope picker, the cached cloud image and the quotes behind a word."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import pandas as pd
import streamlit as st

from feedback.domain import Language
from feedback.insights import clouds, wall_pages, works_council
from feedback.insights.recognition import visible_agents
from feedback.store import wall_queries
from feedback.store.filters import QuoteFilter
from feedback.store.wall_queries import WallQuote
from feedback.ui import resources
from feedback.ui.labels import theme_labels
from feedback.ui.session import my_agent_id, tr
from feedback.ui.widgets import first_default, labelled, relabelled

KINDS = ("word", "bigram", "emoji")


@resources.cached(max_entries=64)
def cloud_png(freqs: tuple[tuple[str, int], ...], heart: bool) -> bytes:
    """The rendered cloud (about 0.35 s at 1600 × 900), cached by its frequencies and shape."""
    return clouds.render_cloud(dict(freqs), heart=heart)


@dataclass(frozen=True, slots=True)
class CloudChoice:
    """What the controls ask for: whose words (scope and which one), in which language (None
    for emoji, which every language shares), what to count and in which shape."""

    scope: clouds.Scope
    value: Any
    language: str | None
    kind: str
    heart: bool


def cloud_controls(ui_lang: str) -> CloudChoice:
    """Two rows: whose words and in which language; what to count and in which shape. The
    language starts as the UI's. In works-council mode there is no cloud of one agent, nor
    of a team below the minimum group size."""
    directory = resources.directory()
    mode = resources.works_council_mode()
    scopes = works_council.scopes(clouds.SCOPES, mode)
    by_name = dict(sorted(directory.teams.items(), key=lambda item: item[1].casefold()))
    teams = works_council.offered_teams(by_name, resources.small_teams())
    if by_name and not teams:  # every team is too small to have a cloud of its own
        scopes = tuple(scope for scope in scopes if scope != "team")
    scope_col, value_col, lang_col = st.columns([1.1, 1.6, 1.5], vertical_alignment="bottom")
    kind_col, heart_col = st.columns([2, 1], vertical_alignment="bottom")
    if st.session_state.get("cloud_scope", scopes[0]) not in scopes:
        del st.session_state["cloud_scope"]  # an agent's cloud, chosen before the mode was on
    scope: clouds.Scope = scope_col.selectbox(
        tr("wordclouds.scope"),
        scopes,
        format_func=labelled("wordclouds.scope_", clouds.SCOPES),
        key=relabelled("cloud_scope"),
        placeholder=tr("ui.choose"),
    )
    options: dict[Any, str] = {}
    if scope == "team":
        options = teams
    elif scope == "agent":
        agents = works_council.pickable(visible_agents(directory, my_agent_id()), mode)
        options = {a.id: a.full_name for a in agents}
    elif scope == "theme":
        options = theme_labels()
    value = None
    if options:
        value = value_col.selectbox(
            tr(f"wordclouds.scope_{scope}"),
            list(options),
            format_func=lambda key: options[key],
            key=f"cloud_{scope}",
            placeholder=tr("ui.choose"),
        )
    kind = kind_col.segmented_control(
        tr("wordclouds.kind"),
        KINDS,
        default=first_default("cloud_kind", "word"),
        required=True,
        format_func=labelled("wordclouds.kind_", KINDS),
        key=relabelled("cloud_kind"),
    )
    # German and English: "other" is many languages at once, whose cloud reads as none.
    languages = [Language.DE.value, Language.EN.value]
    _follow_ui_language(ui_lang if ui_lang in languages else languages[0])
    language = lang_col.segmented_control(
        tr("wordclouds.language"),
        languages,
        default=first_default("cloud_language", ui_lang if ui_lang in languages else languages[0]),
        required=True,
        format_func=lambda code: tr(f"common.language_{code}"),
        key=relabelled("cloud_language"),
        disabled=kind == "emoji",
        help=tr("wordclouds.language_help"),
    )
    heart = heart_col.toggle(tr("wordclouds.heart"), key="cloud_heart", disabled=kind == "emoji")
    return CloudChoice(
        scope=scope,
        value=value,
        language=None if kind == "emoji" else str(language),
        kind=str(kind),
        heart=bool(heart) and kind != "emoji",
    )


def empty_cloud_message(scoped: QuoteFilter, kind: str, language: str | None) -> str:
    """Why the cloud is empty. When the quotes chosen are in the other language (a day of
    German praise looked at in English), it says so and names the language to pick: "no
    counted words" alone read as if there were no quotes at all."""
    if language is not None:
        for other in (Language.DE.value, Language.EN.value):
            if (
                other != language
                and not resources.terms(replace(scoped, languages=(other,)), kind).empty
            ):
                return tr(
                    "wordclouds.empty_other_language",
                    language=tr(f"common.language_{language}"),
                    other=tr(f"common.language_{other}"),
                    control=tr("wordclouds.language"),
                )
    return tr("wordclouds.empty")


# The UI language the cloud's language last followed.
_FOLLOWED_KEY = "cloud_language_followed"


def _follow_ui_language(ui_lang: str) -> None:
    """Take the cloud's language along when the interface switches language: the words of an
    English meeting are English ones. A language picked for the cloud stays until the next
    switch. Runs before the language control is drawn, so it may set its value."""
    followed = st.session_state.get(_FOLLOWED_KEY)
    st.session_state[_FOLLOWED_KEY] = ui_lang
    if followed is not None and followed != ui_lang and "cloud_language" in st.session_state:
        st.session_state["cloud_language"] = ui_lang


def quotes_for_word(flt: QuoteFilter, term: str, surface: str) -> pd.DataFrame:
    """Stored quotes that contain the word, newest first (columns id, text, said_on, channel,
    team): the database narrows by text (the newest 500 per written form), a regex confirms.
    A quote of a small team names no team (works-council mode), nor does an unnamed quote of a
    teamless one (:func:`feedback.insights.unnamed_teams.teamless`)."""
    candidates = [quote for form in {term, surface} if form for quote in _containing(flt, form)]
    names = resources.names()
    hits = wall_pages.team_level(
        clouds.records_with_term(candidates, term, surface),
        resources.works_council_mode(),
        resources.small_teams(),
        resources.teamless(),
    )
    return pd.DataFrame(
        [
            {
                "id": quote.id,
                "text": names.mask(quote.text, quote.agent_id),
                "said_on": quote.said_on,
                "channel": quote.channel,
                "team": quote.team,
            }
            for quote in hits
        ],
        columns=["id", "text", "said_on", "channel", "team"],
    )


# Why 500: the newest 500 quotes per written form are plenty to show 12 and say how many.
_CANDIDATES = 500


@resources.cached("quotes", "people", max_entries=64)
def _containing(flt: QuoteFilter, form: str) -> tuple[WallQuote, ...]:
    return wall_queries.newest_page(
        resources.engine(), replace(flt, search=form), limit=_CANDIDATES
    )


def emoji_cloud(terms: pd.DataFrame) -> None:
    """The emoji cloud as escaped HTML (colour emoji fonts do not work inside wordcloud)."""
    sizes = clouds.emoji_sizes(terms)
    st.html(clouds.emoji_cloud_html(sizes, tr("wordclouds.emoji_count")))
